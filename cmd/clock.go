package cmd

import (
	"fmt"
	"time"
)

// clockFromEnv returns the program's clock. When value (the QUIZ_NOW
// environment variable) is empty it is wall; otherwise value is an RFC 3339
// time and the clock starts there and runs on at wall's pace, so scripts
// and tests get exact days while answer times still measure something, and
// a learner can look ahead ("what is due next Monday?"). Times are in the
// local time zone (TZ), which decides where a learner's day begins.
func clockFromEnv(value string, wall func() time.Time) (func() time.Time, error) {
	if value == "" {
		return wall, nil
	}
	at, err := time.Parse(time.RFC3339Nano, value)
	if err != nil {
		return nil, fmt.Errorf("QUIZ_NOW=%q is not a time: use RFC 3339, like 2026-03-01T09:00:00Z, or unset it", value)
	}
	start := wall()
	return func() time.Time { return at.Add(wall().Sub(start)).In(time.Local) }, nil
}
