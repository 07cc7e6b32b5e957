package cmd

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
)

// configKey describes one key of `quiz config`: how to read, parse and
// describe it. Parsing checks the range, so a bad value never reaches the
// store and the error can say what is allowed.
type configKey struct {
	key     string
	meaning string
	allowed string // what values are accepted, for errors and help
	get     func(progress.Settings) any
	set     func(*progress.Settings, string) error
}

// configKeys lists the keys in the order `quiz config` shows them.
var configKeys = []configKey{
	{
		key:     "retention",
		meaning: "chance to recall a question when it is due",
		allowed: "a number from 0.70 to 0.99 (or 70% to 99%)",
		get:     func(s progress.Settings) any { return s.Retention },
		set: func(s *progress.Settings, v string) error {
			r, err := parseRetention(v)
			if err != nil {
				return err
			}
			s.Retention = r
			return nil
		},
	},
	intConfigKey("new-per-day", "new questions introduced per day", 0, 10000,
		func(s *progress.Settings) *int { return &s.NewPerDay }),
	intConfigKey("reviews-per-day", "reviews of due questions per day", 0, 100000,
		func(s *progress.Settings) *int { return &s.ReviewsPerDay }),
	intConfigKey("session-size", "questions per study session", 1, 10000,
		func(s *progress.Settings) *int { return &s.SessionSize }),
	{
		key:     "auto-rate",
		meaning: "rate answers without asking (like --auto)",
		allowed: "true or false",
		get:     func(s progress.Settings) any { return s.AutoRate },
		set: func(s *progress.Settings, v string) error {
			b, ok := parseOnOff(v)
			if !ok {
				return fmt.Errorf("auto-rate must be true or false, not %q", v)
			}
			s.AutoRate = b
			return nil
		},
	},
	intConfigKey("leech-threshold", "failures that make a question a leech", 1, 1000,
		func(s *progress.Settings) *int { return &s.LeechThreshold }),
	intConfigKey("rollover-hour", "hour a new day of study begins (4 = 4 a.m.)", 0, 23,
		func(s *progress.Settings) *int { return &s.RolloverHour }),
	{
		key:     "parameters",
		meaning: "FSRS-6 scheduling parameters ('quiz optimize' fits them)",
		allowed: "set by 'quiz optimize' (--reset: the defaults)",
		get:     func(s progress.Settings) any { return fsrsParams(s.Parameters) },
		set: func(s *progress.Settings, v string) error {
			return errors.New("parameters are fitted to your history by 'quiz optimize', not set by hand; 'quiz optimize --reset' restores the defaults")
		},
	},
}

// fsrsParams shows the scheduling parameters: in a table whether they were
// fitted, in JSON and 'config get' the 21 numbers in use.
type fsrsParams [21]float64

func (p fsrsParams) String() string {
	if p == (fsrsParams{}) {
		return "defaults"
	}
	return "fitted"
}

// numbers are the 21 parameters in use, the defaults when none were fitted.
func (p fsrsParams) numbers() [21]float64 {
	return progress.Settings{Parameters: p}.FSRSParameters()
}

// MarshalJSON writes the 21 parameters in use.
func (p fsrsParams) MarshalJSON() ([]byte, error) { return json.Marshal(p.numbers()) }

func intConfigKey(key, meaning string, lo, hi int, field func(*progress.Settings) *int) configKey {
	allowed := fmt.Sprintf("a whole number from %d to %d", lo, hi)
	return configKey{
		key:     key,
		meaning: meaning,
		allowed: allowed,
		get:     func(s progress.Settings) any { return *field(&s) },
		set: func(s *progress.Settings, v string) error {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < lo || n > hi {
				return fmt.Errorf("%s must be %s, not %q", key, allowed, v)
			}
			*field(s) = n
			return nil
		},
	}
}

// parseRetention reads 0.85 or 85%.
func parseRetention(v string) (float64, error) {
	s := strings.TrimSpace(v)
	pct := strings.HasSuffix(s, "%")
	r, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if pct {
		r /= 100
	}
	if err != nil || !(r >= 0.70 && r <= 0.99) {
		return 0, fmt.Errorf("retention must be a number from 0.70 to 0.99 (or 70%% to 99%%), not %q", v)
	}
	return r, nil
}

func parseOnOff(v string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "yes", "on", "1":
		return true, true
	case "false", "no", "off", "0":
		return false, true
	}
	return false, false
}

// findConfigKey looks a key up; new_per_day, as in the JSON, works too.
func findConfigKey(key string) (configKey, error) {
	k := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(key)), "_", "-")
	names := make([]string, len(configKeys))
	for i, s := range configKeys {
		if s.key == k {
			return s, nil
		}
		names[i] = s.key
	}
	return configKey{}, fmt.Errorf("unknown setting %q: use one of %s", key, strings.Join(names, ", "))
}

// formatConfigValue shows a value the way `config set` takes it.
func formatConfigValue(v any) string {
	if f, ok := v.(float64); ok {
		// 0.90 rather than 0.9, but 0.875 in full.
		if f == math.Round(f*100)/100 {
			return strconv.FormatFloat(f, 'f', 2, 64)
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// configRow is one line of `quiz config`, and one object of its --json.
type configRow struct {
	Key     string `json:"key"`
	Value   any    `json:"value"`
	Default any    `json:"default"`
	Meaning string `json:"meaning"`
	Allowed string `json:"allowed"`
}

// configOptions are the flags of `quiz config`.
type configOptions struct {
	asJSON bool
}

// newConfigCmd builds 'quiz config'; runF, when not nil, is called with the
// parsed options instead of listing the settings (for tests).
func newConfigCmd(f *Factory, runF func(*configOptions) error) *cobra.Command {
	o := configOptions{}
	c := &cobra.Command{
		Use:   "config",
		Short: "Show or change settings",
		Long: `Config shows your settings: each key, its value, its default and what it
means. 'quiz config get KEY' prints one value; 'quiz config set KEY VALUE'
checks and saves one. A value out of range is refused and nothing changes.

A higher retention brings questions back sooner, so you review more often;
study --limit overrides session-size for one session; a leech is suspended
until you unsuspend it.`,
		Example: `  quiz config
  quiz config --json
  quiz config get retention
  quiz config set retention 0.85
  quiz config set auto-rate true`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(f, &o, runF, runConfig)
		},
	}
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the settings as a JSON array")
	c.AddCommand(newConfigGetCmd(f, nil), newConfigSetCmd(f, nil))
	return c
}

// runConfig lists the settings with their defaults and meanings.
func runConfig(f *Factory, o configOptions) error {
	set, err := readConfig(f)
	if err != nil {
		return err
	}
	def := progress.DefaultSettings()
	rows := make([]configRow, len(configKeys))
	for i, s := range configKeys {
		rows[i] = configRow{Key: s.key, Value: s.get(set), Default: s.get(def), Meaning: s.meaning, Allowed: s.allowed}
	}
	if o.asJSON {
		return writeJSON(f.IO.Out, rows)
	}
	// The meaning column takes what the terminal leaves, and is left
	// out when too little is left to read it.
	used := [3]int{len("KEY"), len("VALUE"), len("DEFAULT")}
	for _, r := range rows {
		used[0] = max(used[0], text.Width(r.Key))
		used[1] = max(used[1], text.Width(formatConfigValue(r.Value)))
		used[2] = max(used[2], text.Width(formatConfigValue(r.Default)))
	}
	meaningW := f.IO.TerminalWidth() - (used[0] + used[1] + used[2] + 3*2) // each column and its gap of 2
	tw := tabwriter.NewWriter(f.IO.Out, 0, 0, 2, ' ', 0)
	if meaningW >= 20 {
		fmt.Fprintln(tw, "KEY\tVALUE\tDEFAULT\tMEANING")
	} else {
		fmt.Fprintln(tw, "KEY\tVALUE\tDEFAULT")
	}
	for _, r := range rows {
		if meaningW >= 20 {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Key, formatConfigValue(r.Value), formatConfigValue(r.Default), text.Clip(r.Meaning, meaningW))
		} else {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Key, formatConfigValue(r.Value), formatConfigValue(r.Default))
		}
	}
	return tw.Flush()
}

// configGetOptions are the argument of `quiz config get`.
type configGetOptions struct {
	key string // a known key, as configKeys spells it
}

// newConfigGetCmd builds 'quiz config get'; runF, when not nil, is called
// with the parsed options instead of reading the setting (for tests).
func newConfigGetCmd(f *Factory, runF func(*configGetOptions) error) *cobra.Command {
	o := configGetOptions{}
	return &cobra.Command{
		Use:     "get KEY",
		Short:   "Print the value of one setting",
		Example: `  quiz config get session-size`,
		Args:    exactArgs(1, "name the setting to show; 'quiz config' lists them"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := findConfigKey(args[0])
			if err != nil {
				return err
			}
			o.key = s.key
			return runOr(f, &o, runF, runConfigGet)
		},
	}
}

// runConfigGet prints the value of the setting o.key.
func runConfigGet(f *Factory, o configGetOptions) error {
	s, err := findConfigKey(o.key)
	if err != nil {
		return err
	}
	set, err := readConfig(f)
	if err != nil {
		return err
	}
	if p, ok := s.get(set).(fsrsParams); ok {
		w := p.numbers()
		nums := make([]string, len(w))
		for i, v := range w {
			nums[i] = strconv.FormatFloat(v, 'f', -1, 64)
		}
		fmt.Fprintln(f.IO.Out, strings.Join(nums, " "))
		return nil
	}
	fmt.Fprintln(f.IO.Out, formatConfigValue(s.get(set)))
	return nil
}

// configSetOptions are the arguments of `quiz config set`: a known key and
// a value it takes.
type configSetOptions struct {
	key   string // as configKeys spells it
	value string
}

// newConfigSetCmd builds 'quiz config set'; runF, when not nil, is called
// with the parsed options instead of saving the value (for tests).
func newConfigSetCmd(f *Factory, runF func(*configSetOptions) error) *cobra.Command {
	var b strings.Builder
	for _, s := range configKeys {
		fmt.Fprintf(&b, "\n  %-16s %s", s.key, s.allowed)
	}
	o := configSetOptions{}
	c := &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Check and save the value of one setting",
		Long:  "Set checks a value and saves it. The keys and their values:\n" + b.String(),
		Example: `  quiz config set retention 0.85
  quiz config set new-per-day 10`,
		Args: exactArgs(2, "give a setting and its value, e.g. 'quiz config set retention 0.9'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := findConfigKey(args[0])
			if err != nil {
				return err
			}
			// Check the value before taking the lock, so a typo never waits on
			// or disturbs a running session.
			var probe progress.Settings
			if err := s.set(&probe, args[1]); err != nil {
				return err
			}
			o.key, o.value = s.key, args[1]
			return runOr(f, &o, runF, runConfigSet)
		},
	}
	// Flags go before KEY, so a value such as -1 is a value, not a flag.
	c.Flags().SetInterspersed(false)
	return c
}

// runConfigSet saves the checked value o.value of the setting o.key.
func runConfigSet(f *Factory, o configSetOptions) error {
	s, err := findConfigKey(o.key)
	if err != nil {
		return err
	}
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	set := store.Settings()
	old := s.get(set)
	if err := s.set(&set, o.value); err != nil {
		return err
	}
	if s.get(set) == old {
		// Nothing changes, so nothing goes into the log.
		fmt.Fprintf(f.IO.Out, "%s is already %s\n", s.key, formatConfigValue(old))
		return store.Close()
	}
	if err := store.SetSettings(set); err != nil {
		return fmt.Errorf("save %s: %w", s.key, err)
	}
	if err := store.Close(); err != nil {
		return err
	}
	fmt.Fprintf(f.IO.Out, "%s set to %s (was %s)\n", s.key, formatConfigValue(s.get(set)), formatConfigValue(old))
	return nil
}

// readConfig reads the settings without taking the writer lock, so it
// works during a study session.
func readConfig(f *Factory) (progress.Settings, error) {
	store, err := f.OpenReader()
	if err != nil {
		return progress.Settings{}, err
	}
	defer store.Close()
	return store.Settings(), nil
}
