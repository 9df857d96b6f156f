//! Commitments agreed in coaching, followed up by both sides.

use super::enums::CommitmentOwner;
use super::fields::FieldId;
use super::ids::{CommitmentId, Meta, RepId, SessionId};
use super::validation::{trim_in_place, FieldErrors};
use chrono::NaiveDate;

/// The editable part of a commitment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentData {
    /// The rep it concerns.
    pub rep: RepId,
    /// The session where it was agreed, if any.
    pub session: Option<SessionId>,
    /// What was promised.
    pub text: String,
    /// Who promised it.
    pub owner: CommitmentOwner,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// When it was done; open while unset.
    pub done_on: Option<NaiveDate>,
    /// Archived commitments are hidden but restorable.
    pub archived: bool,
}

impl CommitmentData {
    /// An open commitment by the rep.
    pub fn new(rep: RepId, text: impl Into<String>, due: Option<NaiveDate>) -> Self {
        CommitmentData {
            rep,
            session: None,
            text: text.into(),
            owner: CommitmentOwner::Rep,
            due,
            done_on: None,
            archived: false,
        }
    }

    /// Trims and checks every rule.
    pub fn validated(mut self) -> Result<CommitmentData, FieldErrors> {
        let mut errors = FieldErrors::default();
        if !trim_in_place(&mut self.text) {
            errors.add(FieldId::Text, "a commitment needs some text");
        }
        errors.into_result(self)
    }

    /// Still to be done (and not archived).
    pub fn is_open(&self) -> bool {
        self.done_on.is_none() && !self.archived
    }

    /// Open and past its due date.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && matches!(self.due, Some(due) if due < today)
    }

    /// Done no later than its due date (or done with no due date).
    pub fn done_on_time(&self) -> bool {
        match (self.done_on, self.due) {
            (Some(done), Some(due)) => done <= due,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

/// A saved commitment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    /// Row id.
    pub id: CommitmentId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: CommitmentData,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    #[test]
    fn open_overdue_and_on_time() {
        let mut c = CommitmentData::new(RepId(1), "send case study", Some(d(10)));
        assert!(c.is_open());
        assert!(!c.is_overdue(d(10)), "due today is not overdue");
        assert!(c.is_overdue(d(11)));
        c.done_on = Some(d(10));
        assert!(!c.is_open() && !c.is_overdue(d(20)) && c.done_on_time());
        c.done_on = Some(d(12));
        assert!(!c.done_on_time());
        c.due = None;
        assert!(c.done_on_time());
        assert!(!CommitmentData::new(RepId(1), "x", None).is_overdue(d(30)));
    }

    #[test]
    fn text_required() {
        let c = CommitmentData::new(RepId(1), "  ", None);
        assert!(c.validated().unwrap_err().get(FieldId::Text).is_some());
    }
}
