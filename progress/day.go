package progress

import "time"

// DefaultRolloverHour is the hour a learner's day starts at unless the
// settings say otherwise: 4 a.m., as in Anki, so a late evening still
// counts as the day it began.
const DefaultRolloverHour = 4

// DayOf returns the learner's day that t falls in: the calendar date of t
// in loc, or the date before when t is earlier than the rollover hour. The
// day is given as midnight UTC of that date, so days compare with Equal and
// Before, step with AddDate and subtract exactly, whatever daylight saving
// does in loc.
//
// Due counts, planning, the elapsed days fed to FSRS, streaks, statistics
// and the forecast all count days with DayOf.
func DayOf(t time.Time, loc *time.Location, rollover int) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	y, m, d := lt.Date()
	if lt.Hour() < rollover {
		d--
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// DayStart returns the instant the learner's day day (as DayOf gives it)
// begins in loc: its rollover hour.
func DayStart(day time.Time, loc *time.Location, rollover int) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := day.Date()
	return time.Date(y, m, d, rollover, 0, 0, 0, loc)
}

// DaysBetween returns how many learner's days lie from the day of a to the
// day of b: 0 on the same day, 1 from one day to the next however few hours
// apart, negative when b is on an earlier day.
func DaysBetween(a, b time.Time, loc *time.Location, rollover int) int {
	return int(DayOf(b, loc, rollover).Sub(DayOf(a, loc, rollover)).Hours() / 24)
}

// Day returns the learner's day of t under these settings; see DayOf.
func (set Settings) Day(t time.Time, loc *time.Location) time.Time {
	return DayOf(t, loc, set.RolloverHour)
}
