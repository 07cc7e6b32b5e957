package cmd

import "github.com/fatih/color"

// palette colours the parts of what the program writes to one stream: the
// study session's verdicts, and the headings, shares and charts of stats
// and history. Every function returns its text unchanged when colour is
// off, so no escape ever reaches a file or a pipe.
type palette struct {
	on      bool
	heading func(string) string
	dim     func(string) string
	// good, fair and poor colour a share of right answers; volume a count.
	good, fair, poor, volume func(string) string
	// right, wrong and warn mark a verdict.
	right, wrong, warn func(string) string
	heat               [5]func(string) string // calendar levels, none to most
}

// newPalette returns the palette for a stream with colour on or off. The
// decision is the caller's, made per stream: fatih/color's global NoColor,
// guessed from stdout alone, is neither read nor changed.
func newPalette(on bool) palette {
	plain := func(s string) string { return s }
	p := palette{on: on}
	for _, fn := range []*func(string) string{&p.heading, &p.dim, &p.good, &p.fair, &p.poor, &p.volume, &p.right, &p.wrong, &p.warn} {
		*fn = plain
	}
	for i := range p.heat {
		p.heat[i] = plain
	}
	if !on {
		return p
	}
	c := func(attrs ...color.Attribute) func(string) string {
		cp := color.New(attrs...)
		cp.EnableColor()
		return func(s string) string { return cp.Sprint(s) }
	}
	p.heading = c(color.Bold)
	p.dim = c(color.Faint)
	p.good = c(color.FgGreen)
	p.fair = c(color.FgYellow)
	p.poor = c(color.FgRed)
	p.volume = c(color.FgCyan)
	p.right = c(color.FgGreen, color.Bold)
	p.wrong = c(color.FgRed, color.Bold)
	p.warn = c(color.FgYellow, color.Bold)
	// 256-colour greens, as in a contribution calendar.
	p.heat = [5]func(string) string{
		c(38, 5, 239), c(38, 5, 22), c(38, 5, 28), c(38, 5, 34), c(38, 5, 46),
	}
	return p
}
