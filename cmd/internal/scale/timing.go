package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// sample is one timed run: wall time and peak resident memory.
type sample struct {
	wall time.Duration
	cpu  time.Duration // user + system: less sensitive than wall time to a busy machine
	rss  int64         // bytes
}

func diskUsage(info os.FileInfo) int64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return st.Blocks * 512
	}
	return info.Size()
}

func cpuTime(ps *os.ProcessState) time.Duration { return ps.UserTime() + ps.SystemTime() }

func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}

// runQuiz runs quiz once with output discarded.
func runQuiz(bin, home string, args ...string) (sample, error) {
	c := exec.Command(bin, append(args, "--home", home)...)
	c.Env = append(os.Environ(), "NO_COLOR=1", "COLUMNS=100")
	var stderr bytes.Buffer
	c.Stderr = &stderr
	t0 := time.Now()
	err := c.Run()
	wall := time.Since(t0)
	if err != nil {
		return sample{}, fmt.Errorf("quiz %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return sample{wall, cpuTime(c.ProcessState), peakRSS(c.ProcessState)}, nil
}

// firstQuestion runs `quiz study` in a 100x30 pseudo-terminal and returns
// the time from exec until the first question's prompt is on the screen
// (the generated prompts all start with "Question q"). It then stops the
// session with Ctrl-C before anything is answered.
func firstQuestion(bin, home string) (sample, error) {
	c := exec.Command(bin, "study", "--home", home)
	c.Env = append(os.Environ(), "NO_COLOR=1", "TERM=xterm")
	t0 := time.Now()
	ptm, err := pty.StartWithSize(c, &pty.Winsize{Rows: 30, Cols: 100})
	if err != nil {
		return sample{}, err
	}
	defer ptm.Close()
	found := make(chan time.Duration, 1)
	go func() {
		var seen []byte
		buf := make([]byte, 4096)
		for {
			n, err := ptm.Read(buf)
			if n > 0 {
				seen = append(seen, buf[:n]...)
				// Answer survey's cursor position queries as a terminal would.
				for range bytes.Count(buf[:n], []byte("\x1b[6n")) {
					ptm.Write([]byte("\x1b[1;1R"))
				}
				if bytes.Contains(seen, []byte("Question q")) {
					found <- time.Since(t0)
					// Keep draining so quiz never blocks on output.
					for {
						if _, err := ptm.Read(buf); err != nil {
							return
						}
					}
				}
			}
			if err != nil {
				close(found)
				return
			}
		}
	}()
	var s sample
	select {
	case d, ok := <-found:
		if !ok {
			c.Wait()
			return sample{}, errors.New("quiz study ended before showing a question")
		}
		s.wall = d
	case <-time.After(60 * time.Second):
		c.Process.Kill()
		c.Wait()
		return sample{}, errors.New("no question on screen after 60 s")
	}
	ptm.Write([]byte{3}) // Ctrl-C
	done := make(chan struct{})
	go func() { c.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		c.Process.Kill()
		<-done
	}
	s.rss = peakRSS(c.ProcessState)
	// The CPU time covers the whole run, Ctrl-C included.
	s.cpu = cpuTime(c.ProcessState)
	return s, nil
}

// row is one line of the table: what it times and how.
type row struct {
	name string
	runs int
	run  func() (sample, error)
}

func timeAll(args []string) error {
	fl := flag.NewFlagSet("time", flag.ContinueOnError)
	runs := fl.Int("runs", 7, "measured runs per command (add: at most 3)")
	bin := fl.String("quiz", "", "quiz binary to time (default: build this module's)")
	only := fl.String("only", "", "comma-separated rows to run: first,banks,dashboard,add,history,stats,size")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return errors.New("name the folder that setup wrote")
	}
	dir := fl.Arg(0)
	home, src := filepath.Join(dir, "home"), filepath.Join(dir, "src")
	if _, err := os.Stat(filepath.Join(home, "reviews.jsonl")); err != nil {
		return fmt.Errorf("no heavy setup in %s: run 'scale setup %s' first", dir, dir)
	}
	if *bin == "" {
		tmp, err := os.MkdirTemp("", "quiz-scale-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*bin = filepath.Join(tmp, "quiz")
		if out, err := exec.Command("go", "build", "-o", *bin, "./cmd/quiz").CombinedOutput(); err != nil {
			return fmt.Errorf("build quiz: %v\n%s", err, out)
		}
	}
	files, _ := filepath.Glob(filepath.Join(src, "*.yaml"))
	rows := []row{
		{"first", *runs, func() (sample, error) { return firstQuestion(*bin, home) }},
		{"banks", *runs, func() (sample, error) { return runQuiz(*bin, home, "banks") }},
		{"dashboard", *runs, func() (sample, error) { return runQuiz(*bin, home) }},
		{"add", min(*runs, 3), func() (sample, error) {
			h, err := os.MkdirTemp(dir, "add-")
			if err != nil {
				return sample{}, err
			}
			defer os.RemoveAll(h)
			return runQuiz(*bin, h, append([]string{"add"}, files...)...)
		}},
		{"history", *runs, func() (sample, error) { return runQuiz(*bin, home, "history", "-n", "20") }},
		{"stats", *runs, func() (sample, error) { return runQuiz(*bin, home, "stats") }},
	}
	labels := map[string]string{
		"first": "new process → first question on screen", "banks": "`quiz banks`", "dashboard": "`quiz` (dashboard)",
		"add": fmt.Sprintf("`quiz add` of %d bank files", len(files)), "history": "`quiz history -n 20`", "stats": "`quiz stats`",
	}
	want := func(name string) bool { return *only == "" || slices.Contains(strings.Split(*only, ","), name) }
	fmt.Printf("%s, %d CPUs, %s, load average %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), runtime.NumCPU(), runtime.Version(), loadavg())
	fmt.Println("| command | median | fastest | slowest | median CPU | peak memory |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, r := range rows {
		if !want(r.name) {
			continue
		}
		if _, err := r.run(); err != nil { // warm-up
			return err
		}
		var ss []sample
		for range r.runs {
			s, err := r.run()
			if err != nil {
				return err
			}
			ss = append(ss, s)
		}
		slices.SortFunc(ss, func(a, b sample) int { return int(a.wall - b.wall) })
		var rss int64
		cpus := make([]time.Duration, len(ss))
		for i, s := range ss {
			rss = max(rss, s.rss)
			cpus[i] = s.cpu
		}
		slices.Sort(cpus)
		fmt.Printf("| %s | %s | %s | %s | %s | %.0f MiB |\n", labels[r.name], secs(ss[len(ss)/2].wall), secs(ss[0].wall),
			secs(ss[len(ss)-1].wall), secs(cpus[len(cpus)/2]), float64(rss)/(1<<20))
	}
	if want("size") {
		fmt.Printf("\ndata directory: %.0f MiB on disk, %.0f MiB apparent size\n", float64(dirSize(home))/(1<<20), float64(apparentSize(home))/(1<<20))
		entries, _ := os.ReadDir(home)
		for _, e := range entries {
			if info, err := e.Info(); err == nil && !e.IsDir() {
				fmt.Printf("  %-24s %7.1f MiB\n", e.Name(), float64(diskUsage(info))/(1<<20))
			} else if e.IsDir() {
				fmt.Printf("  %-24s %7.1f MiB\n", e.Name()+"/", float64(dirSize(filepath.Join(home, e.Name())))/(1<<20))
			}
		}
	}
	return nil
}

func secs(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%.3f s", d.Seconds())
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:3], " ")
}
