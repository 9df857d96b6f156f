//! Derived figures: days since coaching, overdue, tenure, retirement horizon,
//! handover lateness. Pure functions of the record and `today`.

use super::account::Handover;
use super::commitment::CommitmentData;
use super::{HandoverStage, SessionKind};
use chrono::{Datelike, NaiveDate};

/// What lists show beside a rep: the last session and commitment counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepActivity {
    /// The date and kind of the latest session, if any.
    pub last_session: Option<(NaiveDate, SessionKind)>,
    /// Commitments not yet done.
    pub open_commitments: u32,
    /// Open commitments past their due date.
    pub overdue_commitments: u32,
}

/// Where a rep stands against their coaching cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoachingStatus {
    /// No session recorded yet: always due.
    Never,
    /// Within cadence, with the days left before it is due (0 = due today).
    OnTrack {
        /// Days since the last session.
        days_since: i64,
        /// Days until the cadence runs out.
        days_left: i64,
    },
    /// Past cadence by `days_over` days.
    Overdue {
        /// Days since the last session.
        days_since: i64,
        /// Days past the cadence.
        days_over: i64,
    },
}

impl CoachingStatus {
    /// Whether the rep needs coaching now (never coached, or past cadence).
    pub fn is_due(self) -> bool {
        !matches!(self, CoachingStatus::OnTrack { .. })
    }

    /// Days since the last session, if there was one.
    pub fn days_since(self) -> Option<i64> {
        match self {
            CoachingStatus::Never => None,
            CoachingStatus::OnTrack { days_since, .. } | CoachingStatus::Overdue { days_since, .. } => Some(days_since),
        }
    }
}

/// Days between the last session and today; `None` when never coached.
pub fn days_since(last: Option<NaiveDate>, today: NaiveDate) -> Option<i64> {
    last.map(|date| (today - date).num_days())
}

/// Compares the days since the last session with the rep's cadence.
pub fn coaching_status(last: Option<NaiveDate>, cadence_days: u16, today: NaiveDate) -> CoachingStatus {
    match days_since(last, today) {
        None => CoachingStatus::Never,
        Some(days) if days > cadence_days as i64 => CoachingStatus::Overdue {
            days_since: days,
            days_over: days - cadence_days as i64,
        },
        Some(days) => CoachingStatus::OnTrack {
            days_since: days,
            days_left: cadence_days as i64 - days,
        },
    }
}

/// Whether a rep is past their cadence (never coached counts as overdue).
pub fn is_overdue(last: Option<NaiveDate>, cadence_days: u16, today: NaiveDate) -> bool {
    !matches!(
        coaching_status(last, cadence_days, today),
        CoachingStatus::OnTrack { .. }
    )
}

/// "today", "1d ago", "12d ago", "never": how lists show the last session.
pub fn ago_label(last: Option<NaiveDate>, today: NaiveDate) -> String {
    match days_since(last, today) {
        None => "never".into(),
        Some(0) => "today".into(),
        Some(d) if d < 0 => "planned".into(),
        Some(d) => format!("{d}d ago"),
    }
}

/// Counts open and overdue commitments.
pub fn commitment_counts<'a>(
    commitments: impl IntoIterator<Item = &'a CommitmentData>,
    today: NaiveDate,
) -> (usize, usize) {
    commitments.into_iter().fold((0, 0), |(open, overdue), c| {
        (open + c.is_open() as usize, overdue + c.is_overdue(today) as usize)
    })
}

/// Whole years and months from `start` to `end` (a Feb 29 anniversary falls on Feb 28).
pub fn years_and_months(start: NaiveDate, end: NaiveDate) -> (i32, u32) {
    if end < start {
        return (0, 0);
    }
    let mut months = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
    let start_day = start.day().min(super::dates::days_in_month(end.year(), end.month()));
    if end.day() < start_day {
        months -= 1;
    }
    (months / 12, (months % 12) as u32)
}

/// Time in the role, as (years, months); `None` without a hire date or before it.
pub fn tenure(hired_on: Option<NaiveDate>, today: NaiveDate) -> Option<(i32, u32)> {
    hired_on.filter(|h| *h <= today).map(|h| years_and_months(h, today))
}

/// "3y 2m", "5m", "<1m".
pub fn tenure_label(hired_on: Option<NaiveDate>, today: NaiveDate) -> String {
    match tenure(hired_on, today) {
        None => String::new(),
        Some((0, 0)) => "<1m".into(),
        Some((0, m)) => format!("{m}m"),
        Some((y, 0)) => format!("{y}y"),
        Some((y, m)) => format!("{y}y {m}m"),
    }
}

/// Years until planned retirement, as a fraction (negative once past).
pub fn years_to_retirement(retires_on: Option<NaiveDate>, today: NaiveDate) -> Option<f64> {
    retires_on.map(|r| (r - today).num_days() as f64 / 365.25)
}

/// Whether the rep retires within `years` (and has not already left).
pub fn retires_within(retires_on: Option<NaiveDate>, today: NaiveDate, years: f64) -> bool {
    matches!(years_to_retirement(retires_on, today), Some(y) if (0.0..=years).contains(&y))
}

/// "2y", "8m", "retired", or empty: the retirement horizon in lists.
pub fn retirement_label(retires_on: Option<NaiveDate>, today: NaiveDate) -> String {
    match retires_on {
        None => String::new(),
        Some(r) if r <= today => "retired".into(),
        Some(r) => match years_and_months(today, r) {
            (0, 0) => "<1m".into(),
            (0, m) => format!("{m}m"),
            (y, _) => format!("{y}y"),
        },
    }
}

/// Days until the handover's target date (negative once past).
pub fn handover_days_to_target(handover: &Handover, today: NaiveDate) -> Option<i64> {
    handover.target.map(|t| (t - today).num_days())
}

/// A handover is late when its target has passed and the successor does not yet carry the account.
pub fn handover_is_late(handover: &Handover, today: NaiveDate) -> bool {
    stage_is_late(handover.stage, handover.target, today)
}

/// The same for a handover known only by its stage and target (a list row).
pub fn stage_is_late(stage: HandoverStage, target: Option<NaiveDate>, today: NaiveDate) -> bool {
    !stage.is_done() && matches!(target, Some(t) if t < today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::RepId;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn coaching_status_edges() {
        let today = d("2026-03-15");
        assert_eq!(coaching_status(None, 14, today), CoachingStatus::Never);
        assert!(is_overdue(None, 14, today), "never coached is due");
        let due_today = coaching_status(Some(d("2026-03-01")), 14, today);
        assert_eq!(
            due_today,
            CoachingStatus::OnTrack {
                days_since: 14,
                days_left: 0
            }
        );
        assert!(!due_today.is_due());
        assert_eq!(
            coaching_status(Some(d("2026-02-28")), 14, today),
            CoachingStatus::Overdue {
                days_since: 15,
                days_over: 1
            }
        );
        assert_eq!(coaching_status(Some(today), 1, today).days_since(), Some(0));
        // Across a leap day.
        assert_eq!(days_since(Some(d("2024-02-28")), d("2024-03-01")), Some(2));
    }

    #[test]
    fn labels() {
        let today = d("2026-03-15");
        assert_eq!(ago_label(None, today), "never");
        assert_eq!(ago_label(Some(today), today), "today");
        assert_eq!(ago_label(Some(d("2026-03-03")), today), "12d ago");
        assert_eq!(retirement_label(Some(d("2028-06-01")), today), "2y");
        assert_eq!(retirement_label(Some(d("2026-11-20")), today), "8m");
        assert_eq!(retirement_label(Some(d("2026-03-15")), today), "retired");
        assert_eq!(retirement_label(None, today), "");
        assert_eq!(tenure_label(Some(d("2023-01-15")), today), "3y 2m");
        assert_eq!(tenure_label(Some(d("2026-03-01")), today), "<1m");
        assert_eq!(tenure_label(Some(d("2027-01-01")), today), "");
    }

    #[test]
    fn tenure_from_a_leap_day() {
        assert_eq!(years_and_months(d("2024-02-29"), d("2025-02-28")), (1, 0));
        assert_eq!(years_and_months(d("2024-02-29"), d("2025-02-27")), (0, 11));
        assert_eq!(years_and_months(d("2024-01-31"), d("2024-02-29")), (0, 1));
        assert_eq!(years_and_months(d("2024-03-10"), d("2024-03-09")), (0, 0));
    }

    #[test]
    fn retirement_horizon() {
        let today = d("2026-01-01");
        assert!(retires_within(Some(d("2030-12-31")), today, 5.0));
        assert!(!retires_within(Some(d("2031-06-01")), today, 5.0));
        assert!(!retires_within(Some(d("2025-06-01")), today, 5.0), "already gone");
        assert!(!retires_within(None, today, 5.0));
        let years = years_to_retirement(Some(d("2028-01-01")), today).unwrap();
        assert!((years - 2.0).abs() < 0.01);
    }

    #[test]
    fn handover_lateness() {
        let today = d("2026-05-10");
        let mut h = Handover {
            successor: RepId(2),
            stage: HandoverStage::Introduced,
            target: Some(d("2026-05-10")),
            notes: String::new(),
        };
        assert_eq!(handover_days_to_target(&h, today), Some(0));
        assert!(!handover_is_late(&h, today), "due today is not late");
        h.target = Some(d("2026-05-09"));
        assert!(handover_is_late(&h, today));
        h.stage = HandoverStage::HandedOver;
        assert!(!handover_is_late(&h, today));
        h.target = None;
        assert_eq!(handover_days_to_target(&h, today), None);
    }

    #[test]
    fn counts_commitments() {
        let today = d("2026-05-10");
        let mut done = CommitmentData::new(RepId(1), "a", Some(d("2026-05-01")));
        done.done_on = Some(d("2026-05-02"));
        let late = CommitmentData::new(RepId(1), "b", Some(d("2026-05-09")));
        let open = CommitmentData::new(RepId(1), "c", Some(d("2026-05-10")));
        assert_eq!(commitment_counts([&done, &late, &open], today), (2, 1));
    }
}
