//! A coaching session with one rep: the debrief in the order a field coach runs it.

use super::enums::SessionKind;
use super::fields::FieldId;
use super::ids::{AccountId, Meta, RepId, SessionId, SkillId};
use super::validation::{trim_in_place, FieldErrors};
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeMap;

/// Ratings and will run from 1 to 5.
pub const SCORE_RANGE: std::ops::RangeInclusive<u8> = 1..=5;

/// One customer call within a session (a ride-along is often a whole field day).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Call {
    /// The account visited, if any.
    pub account: Option<AccountId>,
    /// The pre-call plan.
    pub objective: String,
    /// What happened on the call.
    pub what_happened: String,
    /// The outcome against the objective.
    pub outcome: String,
}

impl Call {
    fn is_blank(&self) -> bool {
        self.account.is_none()
            && self.objective.trim().is_empty()
            && self.what_happened.trim().is_empty()
            && self.outcome.trim().is_empty()
    }
}

/// The editable part of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionData {
    /// The rep coached.
    pub rep: RepId,
    /// The account where it happened, if at one.
    pub account: Option<AccountId>,
    /// What kind of coaching it was.
    pub kind: SessionKind,
    /// The rep who led it, for peer coaching (the coach is a mentor, not the manager).
    pub coach: Option<RepId>,
    /// The day it happened.
    pub date: NaiveDate,
    /// When it started.
    pub time: Option<NaiveTime>,
    /// How long it took.
    pub minutes: Option<u32>,
    /// The pre-call plan.
    pub objective: String,
    /// The rep's own view, asked before the manager's.
    pub self_assessment: String,
    /// What the manager observed.
    pub notes: String,
    /// What went well.
    pub strengths: String,
    /// What to do differently.
    pub improvements: String,
    /// The outcome against the objective.
    pub outcome: String,
    /// The agreed next step.
    pub next_step: String,
    /// When to check back.
    pub follow_up: Option<NaiveDate>,
    /// Skill ratings 1..=5 by skill.
    pub ratings: BTreeMap<SkillId, u8>,
    /// The rep's motivation, 1..=5.
    pub will: Option<u8>,
    /// The calls of a field day.
    pub calls: Vec<Call>,
    /// The manager's own notes; never in reports or exports unless asked for.
    pub private_notes: String,
    /// When the rep acknowledged the write-up.
    pub acknowledged_on: Option<NaiveDate>,
    /// Archived sessions are hidden but restorable.
    pub archived: bool,
}

impl SessionData {
    /// A ride-along with `rep` on `date`, everything else empty.
    pub fn new(rep: RepId, date: NaiveDate) -> Self {
        SessionData {
            rep,
            account: None,
            kind: SessionKind::RideAlong,
            coach: None,
            date,
            time: None,
            minutes: None,
            objective: String::new(),
            self_assessment: String::new(),
            notes: String::new(),
            strengths: String::new(),
            improvements: String::new(),
            outcome: String::new(),
            next_step: String::new(),
            follow_up: None,
            ratings: BTreeMap::new(),
            will: None,
            calls: Vec::new(),
            private_notes: String::new(),
            acknowledged_on: None,
            archived: false,
        }
    }

    /// Checks every rule and drops blank calls; text is kept verbatim apart
    /// from surrounding white space.
    pub fn validated(mut self) -> Result<SessionData, FieldErrors> {
        let mut errors = FieldErrors::default();
        for text in [
            &mut self.objective,
            &mut self.self_assessment,
            &mut self.notes,
            &mut self.strengths,
            &mut self.improvements,
            &mut self.outcome,
            &mut self.next_step,
            &mut self.private_notes,
        ] {
            trim_in_place(text);
        }
        if let Some((_, score)) = self.ratings.iter().find(|(_, s)| !SCORE_RANGE.contains(s)) {
            errors.add(FieldId::Ratings, format!("a rating runs from 1 to 5, not {score}"));
        }
        if matches!(self.will, Some(w) if !SCORE_RANGE.contains(&w)) {
            errors.add(FieldId::Will, "will runs from 1 to 5");
        }
        if matches!(self.minutes, Some(m) if m == 0 || m > 24 * 60) {
            errors.add(FieldId::Minutes, "a session lasts between 1 minute and 24 hours");
        }
        if matches!(self.follow_up, Some(f) if f < self.date) {
            errors.add(FieldId::FollowUp, "the follow-up date is before the session");
        }
        match (self.kind, self.coach) {
            (SessionKind::PeerCoaching, None) => {
                errors.add(FieldId::Coach, "who led it? Peer coaching is led by a rep, the mentor")
            }
            (SessionKind::PeerCoaching, Some(coach)) if coach == self.rep => {
                errors.add(FieldId::Coach, "the coach is another rep than the one coached")
            }
            (SessionKind::PeerCoaching, Some(_)) => {}
            (_, Some(_)) => errors.add(
                FieldId::Coach,
                "only peer coaching has a coach; set the kind to peer coaching or clear the coach",
            ),
            (_, None) => {}
        }
        if matches!(self.acknowledged_on, Some(a) if a < self.date) {
            errors.add(FieldId::AcknowledgedOn, "acknowledged before the session took place");
        }
        self.calls.retain(|c| !c.is_blank());
        for call in &mut self.calls {
            trim_in_place(&mut call.objective);
            trim_in_place(&mut call.what_happened);
            trim_in_place(&mut call.outcome);
        }
        errors.into_result(self)
    }

    /// Whether nothing was recorded: no text, rating, will or call. Saved
    /// with no commitment either, it would reset "last coached" and take
    /// the rep off Coaching due while saying nothing.
    pub fn is_blank(&self) -> bool {
        [
            &self.objective,
            &self.self_assessment,
            &self.notes,
            &self.strengths,
            &self.improvements,
            &self.outcome,
            &self.next_step,
            &self.private_notes,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
            && self.ratings.is_empty()
            && self.will.is_none()
            && self.calls.iter().all(Call::is_blank)
    }

    /// The first non-empty line of the notes, for one-line lists.
    pub fn headline(&self) -> &str {
        headline_of([&self.notes, &self.objective, &self.outcome])
    }
}

/// The first non-empty line of the notes, the objective or the outcome (in
/// that order), trimmed: what a one-line list shows of a session.
pub fn headline_of(notes_objective_outcome: [&str; 3]) -> &str {
    notes_objective_outcome
        .into_iter()
        .find_map(|t| t.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or("")
}

/// The error for a new session with nothing in it.
pub fn blank_session_error() -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add(
        FieldId::Notes,
        "nothing to save: write what you saw, a rating (disc:4) or a commitment (todo: ...)",
    );
    errors
}

/// What to add to "Saved ..." for a session dated after `today`: it is a
/// plan, and counts as coaching (cadence, field time) only once that day comes.
pub fn plan_note(date: NaiveDate, today: NaiveDate) -> Option<String> {
    (date > today).then(|| {
        format!(
            "; planned for {}, it counts as coaching once that day comes",
            date.format("%a %Y-%m-%d")
        )
    })
}

/// A saved session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Row id.
    pub id: SessionId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: SessionData,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> SessionData {
        SessionData::new(RepId(1), NaiveDate::from_ymd_opt(2026, 3, 10).unwrap())
    }

    #[test]
    fn a_session_with_nothing_in_it_is_blank() {
        let mut data = base();
        data.account = Some(AccountId(3));
        data.time = NaiveTime::from_hms_opt(9, 0, 0);
        assert!(data.is_blank(), "prefilled fields alone are not coaching");
        data.notes = "  ".into();
        assert!(data.is_blank());
        data.ratings.insert(SkillId(1), 4);
        assert!(!data.is_blank());
        let mut noted = base();
        noted.next_step = "call back".into();
        assert!(!noted.is_blank());
    }

    #[test]
    fn a_session_after_today_is_a_plan() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(plan_note(today, today), None);
        let next = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        assert_eq!(
            plan_note(next, today).unwrap(),
            "; planned for Mon 2027-01-04, it counts as coaching once that day comes"
        );
    }

    #[test]
    fn scores_must_be_one_to_five() {
        let mut s = base();
        s.ratings.insert(SkillId(1), 5);
        s.will = Some(1);
        assert!(s.clone().validated().is_ok());
        s.ratings.insert(SkillId(2), 0);
        assert!(s.clone().validated().unwrap_err().get(FieldId::Ratings).is_some());
        s.ratings.remove(&SkillId(2));
        s.will = Some(6);
        assert!(s.validated().unwrap_err().get(FieldId::Will).is_some());
    }

    #[test]
    fn dates_and_minutes_checked() {
        let mut s = base();
        s.follow_up = NaiveDate::from_ymd_opt(2026, 3, 9);
        assert!(s.clone().validated().unwrap_err().get(FieldId::FollowUp).is_some());
        s.follow_up = NaiveDate::from_ymd_opt(2026, 3, 10);
        s.acknowledged_on = NaiveDate::from_ymd_opt(2026, 3, 1);
        assert!(s
            .clone()
            .validated()
            .unwrap_err()
            .get(FieldId::AcknowledgedOn)
            .is_some());
        s.acknowledged_on = None;
        s.minutes = Some(0);
        assert!(s.clone().validated().unwrap_err().get(FieldId::Minutes).is_some());
        s.minutes = Some(90);
        assert!(s.validated().is_ok());
    }

    #[test]
    fn peer_coaching_is_led_by_another_rep_and_only_it_has_a_coach() {
        let mut s = base();
        s.kind = SessionKind::PeerCoaching;
        let err = s.clone().validated().unwrap_err();
        assert!(err.get(FieldId::Coach).unwrap().contains("who led it?"), "{err:?}");
        s.coach = Some(s.rep);
        let err = s.clone().validated().unwrap_err();
        assert!(err.get(FieldId::Coach).unwrap().contains("another rep"), "{err:?}");
        s.coach = Some(RepId(99));
        assert!(s.clone().validated().is_ok());
        s.kind = SessionKind::RideAlong;
        let err = s.validated().unwrap_err();
        assert!(
            err.get(FieldId::Coach)
                .unwrap()
                .contains("only peer coaching has a coach"),
            "{err:?}"
        );
    }

    #[test]
    fn blank_calls_dropped_and_headline() {
        let mut s = base();
        s.calls.push(Call::default());
        s.calls.push(Call {
            objective: " book demo ".into(),
            ..Call::default()
        });
        s.notes = "\n  strong discovery\nsecond line".into();
        let v = s.validated().unwrap();
        assert_eq!(v.calls.len(), 1);
        assert_eq!(v.calls[0].objective, "book demo");
        assert_eq!(v.headline(), "strong discovery");
    }
}
