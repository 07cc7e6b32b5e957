package progress

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/quiz-cli/quiz/progress/optimize"
)

// Settings returns the learner's settings.
func (s *Store) Settings() Settings { return s.settings }

// SetSettings records new settings as of the store's clock; see
// SetSettingsAt.
func (s *Store) SetSettings(set Settings) error { return s.SetSettingsAt(set, s.now()) }

// SetSettingsAt validates new settings, appends them to the log as a
// settings entry (fsync'd, so a snapshot rebuilt from the log keeps them)
// and saves the snapshot. now is when they were changed: merged logs keep
// the latest.
func (s *Store) SetSettingsAt(set Settings, now time.Time) error {
	if err := s.writable(); err != nil {
		return err
	}
	if err := set.Validate(); err != nil {
		return err
	}
	e := Entry{ID: NewID(), Time: now.UTC(), Kind: KindSettings, Settings: &set}
	if err := s.appendEntry(e); err != nil {
		return err
	}
	s.apply(e)
	return s.save()
}

// Validate reports the first setting out of range.
func (set Settings) Validate() error {
	switch {
	case !(set.Retention >= 0.70 && set.Retention <= 0.99):
		return fmt.Errorf("retention %v is out of range: use 0.70 to 0.99", set.Retention)
	case set.NewPerDay < 0 || set.NewPerDay > 10000:
		return fmt.Errorf("new questions per day %d is out of range: use 0 to 10000", set.NewPerDay)
	case set.ReviewsPerDay < 0 || set.ReviewsPerDay > 100000:
		return fmt.Errorf("reviews per day %d is out of range: use 0 to 100000", set.ReviewsPerDay)
	case set.SessionSize < 1 || set.SessionSize > 10000:
		return fmt.Errorf("session size %d is out of range: use 1 to 10000", set.SessionSize)
	case set.LeechThreshold < 1:
		return fmt.Errorf("leech threshold %d is out of range: use 1 or more", set.LeechThreshold)
	case set.RolloverHour < 0 || set.RolloverHour > 23:
		return fmt.Errorf("rollover hour %d is out of range: use 0 to 23", set.RolloverHour)
	case strings.Trim(set.HiddenCourses, "abcdefghijklmnopqrstuvwxyz0123456789-,") != "" || len(set.HiddenCourses) > 1<<16:
		return fmt.Errorf("hidden courses %q are not course ids", set.HiddenCourses)
	case set.Parameters != [21]float64{} && !optimize.Parameters(set.Parameters).Valid():
		return errors.New("scheduling parameters are out of range: run 'quiz optimize --reset' for the defaults")
	}
	return nil
}
