package text

import (
	"fmt"
	"time"
)

// Duration writes a span for people: "45s", "3m 05s", "1h 02m".
func Duration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm %02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh %02dm", int(d.Hours()), int(d.Minutes())%60)
}

// When says when t comes, relative to now, in now's time zone: "now",
// "in 10 minutes", "tomorrow at 09:30", "in 3 days (Wed 4 Mar)".
func When(t, now time.Time) string {
	t = t.In(now.Location())
	d := t.Sub(now)
	switch {
	case d <= 0:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("in %d minutes", int(d.Minutes()+0.5))
	}
	y1, m1, d1 := now.Date()
	y2, m2, d2 := t.Date()
	days := int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days == 0:
		return "today at " + t.Format("15:04")
	case days == 1:
		return "tomorrow at " + t.Format("15:04")
	case days < 7:
		return fmt.Sprintf("in %d days (%s)", days, t.Format("Mon 2 Jan"))
	}
	return fmt.Sprintf("in %d days (%s)", days, t.Format("Mon 2 Jan 2006"))
}

// Clock writes a countdown: "14:05", or "1:02:03" past an hour.
func Clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d.Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
