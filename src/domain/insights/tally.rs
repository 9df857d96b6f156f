//! What the Today figures need from the sessions, as counts per rep. The
//! store counts them with indexed aggregates, so a notebook of any size is
//! never read whole; `Tally::of` counts the same from sessions in memory and
//! is the reference the store's aggregates are tested against.

use super::spread::week_start;
use super::today::FollowUp;
use crate::domain::config::Config;
use crate::domain::{RepId, Session, SessionId};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::HashMap;

/// How far back the tier spread and the average ratings look.
pub const SPREAD_DAYS: u64 = 90;

/// How far back a session's follow-up can still come due on the Today tab.
pub const FOLLOW_UP_DAYS: u64 = 180;

/// The days the tally counts from; every count also stops at `today`,
/// except the report's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Windows {
    /// The day the figures are for.
    pub today: NaiveDate,
    /// The first day of this week (the config's week start).
    pub week: NaiveDate,
    /// The first of this month.
    pub month: NaiveDate,
    /// `SPREAD_DAYS` ago: field time per tier and average ratings.
    pub spread: NaiveDate,
    /// `FOLLOW_UP_DAYS` ago: older sessions' follow-ups no longer show.
    pub follow_ups: NaiveDate,
    /// The team report's first day (sessions counted from it, future ones too).
    pub report: NaiveDate,
}

impl Windows {
    /// The windows for `today` under `config`; `report` defaults to the spread's.
    pub fn new(today: NaiveDate, config: &Config, report: Option<NaiveDate>) -> Windows {
        let back = |days| today.checked_sub_days(Days::new(days)).unwrap_or(today);
        let spread = back(SPREAD_DAYS);
        Windows {
            today,
            week: week_start(today, config.week_start().unwrap_or(chrono::Weekday::Mon)),
            month: today.with_day(1).unwrap_or(today),
            spread,
            follow_ups: back(FOLLOW_UP_DAYS),
            report: report.unwrap_or(spread),
        }
    }
}

/// One rep's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepTally {
    /// Field sessions (ride-alongs and handover visits) since `Windows::spread`.
    pub field_spread: u32,
    /// Field sessions this week.
    pub field_week: u32,
    /// Field sessions this month.
    pub field_month: u32,
    /// Sum of the ratings given since `Windows::spread`.
    pub rating_sum: u32,
    /// How many ratings were given since `Windows::spread`.
    pub rating_count: u32,
    /// Sessions since `Windows::report`.
    pub since_report: u32,
    /// The rep's two latest sessions, latest first (any date, future ones too).
    pub latest: [Option<(NaiveDate, SessionId)>; 2],
}

/// The counts behind the Today figures and the team report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// What was counted from.
    pub windows: Windows,
    /// Per rep (archived reps too) with at least one session.
    pub reps: HashMap<RepId, RepTally>,
    /// Sessions since `Windows::follow_ups` whose follow-up date has come and
    /// is after their rep's second-latest session (no earlier one can be
    /// open), ordered by follow-up date, then session.
    pub follow_ups: Vec<FollowUp>,
}

impl Tally {
    /// An empty tally for `windows`.
    pub fn new(windows: Windows) -> Tally {
        Tally {
            windows,
            reps: HashMap::new(),
            follow_ups: Vec::new(),
        }
    }

    /// Counts `sessions` (all of them, archived ones left out) in memory.
    pub fn of(sessions: &[Session], windows: Windows) -> Tally {
        let w = windows;
        let mut tally = Tally::new(windows);
        let active = || sessions.iter().filter(|s| !s.data.archived);
        for s in active() {
            let d = &s.data;
            let rep = tally.reps.entry(d.rep).or_default();
            let field = d.kind.is_field_time() && d.date <= w.today;
            rep.field_spread += u32::from(field && d.date >= w.spread);
            rep.field_week += u32::from(field && d.date >= w.week);
            rep.field_month += u32::from(field && d.date >= w.month);
            if d.date >= w.spread && d.date <= w.today {
                rep.rating_sum += d.ratings.values().map(|v| u32::from(*v)).sum::<u32>();
                rep.rating_count += d.ratings.len() as u32;
            }
            rep.since_report += u32::from(d.date >= w.report);
            rep.note_latest(d.date, s.id);
        }
        for s in active() {
            let d = &s.data;
            let second = tally.reps.get(&d.rep).and_then(|r| r.latest[1]).map(|(date, _)| date);
            let Some(follow_up) = d.follow_up else { continue };
            if follow_up <= w.today && d.date >= w.follow_ups && second.is_none_or(|date| follow_up > date) {
                tally.follow_ups.push(FollowUp {
                    session: s.id,
                    rep: d.rep,
                    date: d.date,
                    follow_up,
                });
            }
        }
        tally.follow_ups.sort_by_key(|f| (f.follow_up, f.session));
        tally
    }

    /// Field sessions of every rep in a window.
    pub fn field_total(&self, of: impl Fn(&RepTally) -> u32) -> u32 {
        self.reps.values().map(of).sum()
    }
}

impl RepTally {
    /// Keeps the two latest sessions by (date, id).
    pub fn note_latest(&mut self, date: NaiveDate, id: SessionId) {
        let key = Some((date, id));
        if key > self.latest[0] {
            self.latest = [key, self.latest[0]];
        } else if key > self.latest[1] {
            self.latest[1] = key;
        }
    }

    /// The average rating since `Windows::spread`, if any were given.
    pub fn average_rating(&self) -> Option<f64> {
        (self.rating_count > 0).then(|| f64::from(self.rating_sum) / f64::from(self.rating_count))
    }
}
