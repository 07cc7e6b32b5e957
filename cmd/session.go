package cmd

import (
	"cmp"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/quiz-cli/quiz/cmd/internal/text"
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
	fs.StringVar(&s.section, "section", "", "only banks whose section heading or title this names, from the start of a word")
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
		by := []string{"--tag/--section"} // the flags given, as typed
		if sel.tag != "" || sel.section != "" {
			by = nil
		}
		if sel.tag != "" {
			by = append(by, fmt.Sprintf("--tag %q", sel.tag))
		}
		if sel.section != "" {
			by = append(by, fmt.Sprintf("--section %q", sel.section))
		}
		return nil, fmt.Errorf("no questions match %s; 'quiz banks' lists the banks and 'quiz read' the sections", strings.Join(by, " and "))
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
		Width:    sessionWidth(f.IO),
		Mode:     mode,
		AutoRate: env.store.Settings().AutoRate,
		Edit:     func(it quiz.Item) (quiz.Item, error) { return editQuestion(f, it) },
	}
}

// sessionWidth is the width session text is laid out in: the terminal's,
// but no wider than reads comfortably.
func sessionWidth(io *IOStreams) int { return min(io.TerminalWidth(), readingWidth) }

// editQuestion opens the bank file of it in the learner's editor ($VISUAL,
// else $EDITOR, else vi) at the question's line, then reads the file again
// and returns the question as it now is. A file left with problems, or
// without the question, is reported and the old question kept.
func editQuestion(f *Factory, it quiz.Item) (quiz.Item, error) {
	editor := cmp.Or(os.Getenv("VISUAL"), os.Getenv("EDITOR"), "vi")
	line := max(it.Q.Line, 1)
	// Through the shell, as git does, so EDITOR may hold arguments;
	// "+LINE FILE" is understood by vi, vim, nano, emacs and most others.
	c := exec.Command("sh", "-c", editor+` "+$1" "$2"`, "sh", strconv.Itoa(line), it.Bank.File)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if in, ok := f.IO.In.(*os.File); ok {
		c.Stdin = in
	}
	// The prompter must not read the keys meant for the editor.
	if p, ok := f.Prompter().(interface{ Pause() func() }); ok {
		defer p.Pause()()
	}
	if err := c.Run(); err != nil {
		return it, fmt.Errorf("the editor (%s) failed: %v; the question is unchanged", editor, err)
	}
	b, err := questions.LoadFile(it.Bank.File)
	if err != nil {
		return it, fmt.Errorf("the bank file has problems now, so the question is asked as it was; run 'quiz validate %s':\n%v", it.Bank.File, err)
	}
	b.File = it.Bank.File
	q := b.Find(it.Q.ID)
	if q == nil {
		return it, fmt.Errorf("question %s is no longer in the file; it is asked as it was", questions.Key(it.Bank.ID, it.Q.ID))
	}
	return quiz.Item{Bank: b, Q: q, New: it.New}, nil
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

// noQuestions explains why a practice or exam session found nothing to
// ask: the --new and --reviews caps, or suspended questions.
func (env *sessionEnv) noQuestions(sel *selectFlags, what string) string {
	var fresh, seen, suspended int
	for _, b := range env.banks {
		n := quiz.Count(b, env.store, env.now)
		fresh += n.New
		suspended += n.Suspended
		seen += n.Questions - n.New - n.Suspended
	}
	var left []string
	if sel.newN == 0 && fresh > 0 {
		left = append(left, "--new 0 leaves out the "+text.Count(fresh, "new question"))
	}
	if sel.reviewsN == 0 && seen > 0 {
		left = append(left, "--reviews 0 leaves out the "+text.Count(seen, "question")+" you have answered before")
	}
	if suspended > 0 {
		left = append(left, text.Count(suspended, "question")+" that match are suspended ('quiz leeches' lists them)")
	}
	if len(left) == 0 {
		return "No questions " + what + "."
	}
	return "No questions " + what + ": " + strings.Join(left, "; ") + "."
}
