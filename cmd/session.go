package cmd

import (
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/quiz-cli/quiz/progress"
	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/quiz"
)

// selectFlags are the question-selection flags shared by study, practice
// and exam.
type selectFlags struct {
	tag, section string
	newN         int // -1: no cap
	reviewsN     int // -1: no cap
	fs           *pflag.FlagSet
}

func (s *selectFlags) register(fs *pflag.FlagSet) {
	s.fs = fs
	fs.StringVar(&s.tag, "tag", "", "only questions (or banks) with this tag")
	fs.StringVar(&s.section, "section", "", "only banks whose section or title contains this text")
	fs.IntVar(&s.newN, "new", 0, "at most this many new (never answered) questions")
	fs.IntVar(&s.reviewsN, "reviews", 0, "at most this many questions you have answered before")
}

// check validates the flags and marks the caps that were not given.
func (s *selectFlags) check() error {
	if s.newN < 0 || s.reviewsN < 0 {
		return usageErrorf("--new and --reviews take a number of questions, 0 or more")
	}
	if s.fs != nil && !s.fs.Changed("new") {
		s.newN = -1
	}
	if s.fs != nil && !s.fs.Changed("reviews") {
		s.reviewsN = -1
	}
	return nil
}

// capNewAndSeen keeps at most newN new and reviewsN seen items (-1 = no cap).
func (s *selectFlags) capNewAndSeen(items []quiz.Item) []quiz.Item {
	var out []quiz.Item
	var nNew, nSeen int
	for _, it := range items {
		if it.New {
			if s.newN >= 0 && nNew >= s.newN {
				continue
			}
			nNew++
		} else {
			if s.reviewsN >= 0 && nSeen >= s.reviewsN {
				continue
			}
			nSeen++
		}
		out = append(out, it)
	}
	return out
}

// sessionEnv is what a study, practice or exam session runs with.
type sessionEnv struct {
	banks []*questions.Bank
	store *progress.Store
	now   time.Time
	rng   *mrand.Rand
}

// openSession checks that prompts can be shown, picks and filters the banks,
// and opens the progress store for writing. The caller closes the store.
func openSession(f *Factory, args []string, sel *selectFlags) (*sessionEnv, error) {
	if err := sel.check(); err != nil {
		return nil, err
	}
	lib, err := f.Library()
	if err != nil {
		return nil, err
	}
	chosen, err := lib.pick(args)
	if err != nil {
		return nil, err
	}
	if len(chosen) == 0 {
		return nil, errors.New("every course is set aside; 'quiz courses use COURSE' brings one back, or name a course or bank ('quiz courses' lists them)")
	}
	chosen = quiz.Filter{Tag: sel.tag, Section: sel.section}.Apply(chosen)
	if len(chosen) == 0 {
		return nil, errors.New("no questions match --tag/--section; 'quiz banks' lists the banks")
	}
	if !f.IO.CanPrompt() {
		return nil, errors.New("this command asks questions, so it needs an interactive terminal (stdin and stdout); run it in a terminal")
	}
	store, err := f.OpenWriter()
	if err != nil {
		return nil, err
	}
	now := f.Now()
	return &sessionEnv{
		banks: chosen,
		store: store,
		now:   now,
		rng:   mrand.New(mrand.NewPCG(uint64(now.UnixNano()), uint64(os.Getpid()))),
	}, nil
}

// newSession prepares a session on env with the terminal prompter.
func (env *sessionEnv) newSession(f *Factory, mode string) *quiz.Session {
	return &quiz.Session{
		Prompter: f.Prompter(),
		Store:    env.store,
		Out:      f.IO.Out,
		Style:    sessionStyle(f.IO),
		Clock:    f.Now,
		Rand:     env.rng,
		Width:    f.IO.TerminalWidth(),
		Mode:     mode,
		AutoRate: env.store.Settings().AutoRate,
	}
}

// run runs the session, then saves the snapshot and releases the store,
// and returns the session's outcome as an error for the exit status.
func (env *sessionEnv) run(s *quiz.Session, items []quiz.Item, report func(quiz.Summary)) error {
	items, err := fullItems(items)
	if err != nil {
		return err
	}
	sum, runErr := s.Run(items)
	fmt.Fprintln(s.Out)
	report(sum)
	if err := env.store.Close(); err != nil && runErr == nil {
		runErr = err
	}
	switch {
	case runErr != nil:
		return runErr
	case sum.Interrupted:
		return errInterrupted
	}
	return nil
}

// fullItems gives the planned items their whole questions: planning works
// on the bank index's summaries, and only the questions a session asks
// are read from their files.
func fullItems(items []quiz.Item) ([]quiz.Item, error) {
	out := make([]quiz.Item, len(items))
	for i, it := range items {
		q, err := it.Bank.Question(it.Q.ID)
		if err != nil {
			return nil, err
		}
		it.Q = q
		out[i] = it
	}
	return out, nil
}
