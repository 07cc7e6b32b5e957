package cmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quiz-cli/quiz/cmd/internal/text"
	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/progress/optimize"
	"github.com/quiz-cli/quiz/quiz"
)

// Outcomes of `quiz optimize` beyond the optimizer's own.
const outcomeNoBetter = "no-better" // the fit does not beat the parameters in use

// optimizeReport is what `quiz optimize` found, as --json prints it.
type optimizeReport struct {
	Parameters         [21]float64 `json:"parameters"`
	PreviousParameters [21]float64 `json:"previous_parameters"`
	Outcome            string      `json:"outcome"`
	LogLoss            float64     `json:"log_loss"`
	RMSE               float64     `json:"rmse"`
	DefaultLogLoss     float64     `json:"default_log_loss"`
	DefaultRMSE        float64     `json:"default_rmse"`
	PreviousLogLoss    float64     `json:"previous_log_loss"`
	PreviousRMSE       float64     `json:"previous_rmse"`
	Reviews            int         `json:"reviews"`
	Predictions        int         `json:"predictions"`
	Questions          int         `json:"questions"`
	Retention          float64     `json:"retention"`
	// IntervalChange is how much longer (positive) or shorter the next
	// intervals of the learner's questions get with the new parameters.
	IntervalChange float64 `json:"interval_change"`
	Applied        bool    `json:"applied"`
	Reset          bool    `json:"reset,omitempty"`
}

// MarshalJSON writes the figures measured on the history as null when the
// history holds nothing to measure them on: 0 would read as a perfect fit.
func (r optimizeReport) MarshalJSON() ([]byte, error) {
	type plain optimizeReport
	if r.Predictions > 0 {
		return json.Marshal(plain(r))
	}
	return json.Marshal(struct {
		plain
		LogLoss         *float64 `json:"log_loss"`
		RMSE            *float64 `json:"rmse"`
		DefaultLogLoss  *float64 `json:"default_log_loss"`
		DefaultRMSE     *float64 `json:"default_rmse"`
		PreviousLogLoss *float64 `json:"previous_log_loss"`
		PreviousRMSE    *float64 `json:"previous_rmse"`
		IntervalChange  *float64 `json:"interval_change"`
	}{plain: plain(r)})
}

// optimizeOptions are the flags of `quiz optimize`.
type optimizeOptions struct {
	yes    bool
	asJSON bool
	reset  bool
}

// newOptimizeCmd builds 'quiz optimize'; runF, when not nil, is called with
// the parsed options instead of fitting anything (for tests).
func newOptimizeCmd(f *Factory, runF func(*optimizeOptions) error) *cobra.Command {
	o := optimizeOptions{}
	c := &cobra.Command{
		Use:   "optimize",
		Short: "Fit the scheduling to your own memory",
		Long: `Optimize fits the 21 parameters of FSRS-6, the scheduler, to your own review
history, the way Anki's optimizer (fsrs-rs) does, and shows how much better
they predict whether you recall a question: log loss and RMSE(bins), lower
is better. It asks before using them; from then on every review is
scheduled with them. Questions already scheduled keep their due dates until
you next answer them.

It learns from answers given on a later day than the question's previous
answer: with fewer than 8 of them it keeps the defaults, and with fewer
than 64 it fits only the first intervals of new questions (the rules of
fsrs-rs); a few hundred give a useful fit. Run it again every month or so:
more history gives a better fit. --reset goes back to the defaults.`,
		Example: `  quiz optimize            # fit, show the gain, ask before using it
  quiz optimize --yes      # use the fitted parameters without asking
  quiz optimize --json     # the figures for a script (add --yes to use them)
  quiz optimize --reset    # back to the default parameters`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(&o)
			}
			if o.reset {
				return runOptimizeReset(f, o.asJSON)
			}
			return runOptimize(cmd.Context(), f, o.yes, o.asJSON)
		},
	}
	c.Flags().BoolVarP(&o.yes, "yes", "y", false, "use the fitted parameters without asking")
	c.Flags().BoolVar(&o.asJSON, "json", false, "print the figures as JSON")
	c.Flags().BoolVar(&o.reset, "reset", false, "go back to the default parameters")
	return c
}

// reviewCollector feeds a store's reviews to the optimizer's builder and
// reports every 10,000.
type reviewCollector struct {
	b      *optimize.Builder
	n      *int
	report func(label string, done, total int)
}

// Review adds one answer to the builder.
func (c reviewCollector) Review(bank, question string, t time.Time, r progress.Rating, order int64) {
	c.b.Add(bank, question, t, int(r), order)
	if *c.n++; *c.n%10000 == 0 {
		c.report("Reading your answers", *c.n, 0)
	}
}

// Reset starts a question or bank afresh in the builder.
func (c reviewCollector) Reset(bank, question string, order int64) {
	c.b.Reset(bank, question, order)
}

// collectReviews builds the optimizer's dataset from every scheduled
// answer of the log, whether or not its bank is still installed, counting
// days as the scheduler does; report is told what is being done.
func collectReviews(store *progress.Store, report func(label string, done, total int)) (*optimize.Dataset, error) {
	b := optimize.NewBuilder(func(t time.Time) int64 { return store.Day(t).Unix() / 86400 })
	n := 0
	if err := store.EachScheduledReview(reviewCollector{b, &n, report}); err != nil {
		return nil, err
	}
	report("Sorting your answers by question", 0, 0)
	return b.Build(), nil
}

func runOptimize(ctx context.Context, f *Factory, yes, asJSON bool) error {
	bar := newProgressBar(f.IO.ErrOut, f.IO.TerminalWidth())
	defer bar.finish()

	// Fit from a read-only store: a session may go on meanwhile.
	bar.set("Reading your answers", 0, 0)
	store, err := f.OpenReader()
	if err != nil {
		return err
	}
	set := store.Settings()
	d, err := collectReviews(store, bar.set)
	store.Close()
	if err != nil {
		return err
	}
	// Ctrl-C while reading ends the program as usual (nothing is written
	// before the end); while fitting it stops the fit cleanly.
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	res, err := optimize.Fit(ctx, d, optimize.Config{Progress: func(done, total int) {
		bar.set("Fitting the parameters", done, total)
	}})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("optimize: %w", quiz.ErrInterrupted)
		}
		return fmt.Errorf("optimize: %w", err)
	}
	bar.set("Measuring the fit", 0, 0)

	prev := optimize.Parameters(set.FSRSParameters())
	rep := optimizeReport{
		Parameters:         res.Parameters,
		PreviousParameters: prev,
		Outcome:            string(res.Outcome),
		Reviews:            d.Reviews(),
		Predictions:        d.Predictions(),
		Questions:          d.Questions(),
		Retention:          set.Retention,
	}
	if d.Predictions() > 0 {
		fit := optimize.Evaluate(d, res.Parameters)
		def := optimize.Evaluate(d, optimize.Defaults())
		old := optimize.Evaluate(d, prev)
		rep.LogLoss, rep.RMSE = fit.LogLoss, fit.RMSEBins
		rep.DefaultLogLoss, rep.DefaultRMSE = def.LogLoss, def.RMSEBins
		rep.PreviousLogLoss, rep.PreviousRMSE = old.LogLoss, old.RMSEBins
		rep.IntervalChange = optimize.IntervalChange(d, prev, res.Parameters, set.Retention)
	}
	bar.finish()
	stop() // from here Ctrl-C is the prompt's
	if res.Outcome != optimize.TooFew && rep.LogLoss >= rep.PreviousLogLoss {
		rep.Outcome = outcomeNoBetter
	}
	usable := rep.Outcome == string(optimize.Fitted) || rep.Outcome == string(optimize.InitialOnly)

	if asJSON {
		if usable && yes {
			if err := saveParameters(f, res.Parameters); err != nil {
				return err
			}
			rep.Applied = true
		}
		return writeJSON(f.IO.Out, rep)
	}

	out := f.IO.Out
	width := f.IO.TerminalWidth()
	say := func(s string) { fmt.Fprintln(out, text.Wrap(s, width, "")) }
	if !usable {
		if rep.Outcome == outcomeNoBetter {
			renderOptimizeTable(out, rep, set.Parameters != [21]float64{})
			say("The parameters in use already fit your history as well as a new fit does: nothing changed.")
			return nil
		}
		if d.Reviews() == 0 {
			say("No answers to learn from yet: the default parameters stay in use. Study for a while and try again.")
			return nil
		}
		say(fmt.Sprintf("Too few answers to fit the scheduling to you: %d of your %s can be predicted "+
			"(an answer on a later day than the question's previous one), and at least %d that pass the optimizer's checks are needed. "+
			"The default parameters stay in use; study for a while and try again.",
			d.Predictions(), text.Count(d.Reviews(), "answer"), optimize.MinPredictions))
		return nil
	}
	say(fmt.Sprintf("Fitted the scheduling to %s answers to %s questions (%s of them predicted from the ones before).",
		thousands(d.Reviews()), thousands(d.Questions()), thousands(d.Predictions())))
	if res.Outcome == optimize.InitialOnly {
		say("Your history is short: only the first intervals of new questions were fitted; the rest keeps the defaults.")
	}
	fmt.Fprintln(out)
	renderOptimizeTable(out, rep, set.Parameters != [21]float64{})
	fmt.Fprintln(out)
	say(optimizeMeaning(rep, prev))

	if !yes {
		if !f.IO.CanPrompt() {
			say("Nothing changed: run 'quiz optimize --yes' to use them.")
			return nil
		}
		ok, err := f.Prompter().Confirm("Use the fitted parameters from now on?", true)
		if err != nil {
			return fmt.Errorf("optimize: %w", err)
		}
		if !ok {
			fmt.Fprintln(out, "Nothing changed.")
			return nil
		}
	}
	if err := saveParameters(f, res.Parameters); err != nil {
		return err
	}
	say("Scheduling now uses the fitted parameters ('quiz config' shows them; 'quiz optimize --reset' goes back to the defaults).")
	return nil
}

// saveParameters records the parameters as a settings entry, on top of
// the settings in effect now (they may have changed during the fit).
func saveParameters(f *Factory, w [21]float64) error {
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	set := store.Settings()
	set.Parameters = w
	if err := store.SetSettingsAt(set, f.Now()); err != nil {
		return fmt.Errorf("save the parameters: %w", err)
	}
	return store.Close()
}

func runOptimizeReset(f *Factory, asJSON bool) error {
	store, err := f.OpenWriter()
	if err != nil {
		return err
	}
	defer store.Close()
	set := store.Settings()
	prev := set.FSRSParameters()
	was := set.Parameters != [21]float64{}
	if was {
		set.Parameters = [21]float64{}
		if err := store.SetSettingsAt(set, f.Now()); err != nil {
			return fmt.Errorf("reset the parameters: %w", err)
		}
	}
	if err := store.Close(); err != nil {
		return err
	}
	if asJSON {
		return writeJSON(f.IO.Out, optimizeReport{
			Parameters: optimize.Defaults(), PreviousParameters: prev, Outcome: "reset",
			Retention: set.Retention, Applied: was, Reset: true,
		})
	}
	if was {
		fmt.Fprintln(f.IO.Out, "Scheduling uses the default parameters again.")
	} else {
		sayf(f, "Scheduling already uses the default parameters: nothing changed.")
	}
	return nil
}

// renderOptimizeTable shows the figures before and after; the parameters
// in use get their own row when they are not the defaults.
func renderOptimizeTable(w io.Writer, rep optimizeReport, fitted bool) {
	fmt.Fprintf(w, "  %-16s %9s %11s\n", "parameters", "log loss", "RMSE(bins)")
	row := func(name string, ll, rmse float64) {
		fmt.Fprintf(w, "  %-16s %9.4f %10.2f%%\n", name, ll, 100*rmse)
	}
	row("defaults", rep.DefaultLogLoss, rep.DefaultRMSE)
	if fitted {
		row("in use", rep.PreviousLogLoss, rep.PreviousRMSE)
	}
	row("fitted now", rep.LogLoss, rep.RMSE)
}

// optimizeMeaning says in plain words what the new parameters change.
func optimizeMeaning(rep optimizeReport, prev optimize.Parameters) string {
	var b strings.Builder
	b.WriteString("Lower is better for both: the log loss scores each predicted chance of recall, " +
		"RMSE(bins) the gap between predicted and actual recall. ")
	pct := int(math.Round(100 * math.Abs(rep.IntervalChange)))
	retention := fmt.Sprintf("%d%%", int(math.Round(100*rep.Retention)))
	switch {
	case pct < 5:
		fmt.Fprintf(&b, "Your intervals stay about the same at %s retention", retention)
	case rep.IntervalChange > 0:
		fmt.Fprintf(&b, "Your intervals get about %d%% longer at %s retention: fewer reviews for the same recall", pct, retention)
	default:
		fmt.Fprintf(&b, "Your intervals get about %d%% shorter at %s retention: more reviews, so that you recall as often as you asked", pct, retention)
	}
	next := optimize.Parameters(rep.Parameters)
	before := days(prev.Interval(prev[2], rep.Retention))
	after := days(next.Interval(next[2], rep.Retention))
	if before != after {
		fmt.Fprintf(&b, "; a new question you know (Good) first comes back after %s instead of %s", text.Count(after, "day"), text.Count(before, "day"))
	}
	b.WriteString(".")
	return b.String()
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// days rounds an interval to whole days, at least one, as the scheduler does.
func days(ivl float64) int { return max(1, int(math.Round(ivl))) }
