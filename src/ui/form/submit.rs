//! Saving a form: its table writes every field into the record, the domain
//! validates it, and the store writes it in one transaction. What happened
//! comes back as one `Outcome`; on any problem the form keeps what was typed.

use super::commitments::{commitment_changes, commitment_data};
use super::table::{write, FieldSpec, Parse};
use super::tables::session::SessionEdit;
use super::tables::{account, contact, rep, session};
use super::{Form, Purpose};
use crate::domain::{FieldErrors, SessionData};
use crate::store::{Store, StoreError};
use crate::ui::data::Data;
use crate::ui::overlay::Target;
use chrono::NaiveDate;

/// What a successful save says and which record to select afterwards.
pub struct Saved {
    /// The status line message ("Saved ride-along with Dana Ortiz").
    pub message: String,
    /// The record to select.
    pub target: Target,
}

/// What saving a form did.
pub enum Outcome {
    /// It is saved.
    Saved(Saved),
    /// Fields need fixing; nothing was written.
    Invalid(FieldErrors),
    /// The record changed in another window since the form opened.
    Conflict(StoreError),
    /// The store could not write it (disk full, read-only, ...).
    Failed(StoreError),
}

impl From<StoreError> for Outcome {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(fields) => Outcome::Invalid(fields),
            e @ StoreError::Conflict { .. } => Outcome::Conflict(e),
            other => Outcome::Failed(other),
        }
    }
}

/// Saves the form. It shows any problem itself: beside the fields, with
/// focus on the first, and in its footer.
pub fn save(form: &mut Form, store: &mut Store, data: &Data, today: NaiveDate) -> Outcome {
    form.message = None;
    let parse = Parse { today, data };
    let outcome = match &form.purpose {
        Purpose::Rep(existing) => {
            let mut record = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            let own = existing.as_ref().map(|e| e.id);
            match read(rep::FIELDS, form, &mut record, &parse, |r| r.validated(own)) {
                Err(errors) => Outcome::Invalid(errors),
                Ok(record) => stored(
                    match existing {
                        Some(old) => store.save_rep(&crate::domain::Rep {
                            data: record,
                            ..old.clone()
                        }),
                        None => store.add_rep(record),
                    },
                    |r| (format!("Saved rep {}", r.data.name), Target::Rep(r.id)),
                ),
            }
        }
        Purpose::Account(existing) => {
            let mut record = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            match read(account::FIELDS, form, &mut record, &parse, |a| a.validated()) {
                Err(errors) => Outcome::Invalid(errors),
                Ok(record) => stored(
                    match existing {
                        Some(old) => store.save_account(&crate::domain::Account {
                            data: record,
                            ..old.clone()
                        }),
                        None => store.add_account(record),
                    },
                    |a| (format!("Saved account {}", a.data.name), Target::Account(a.id)),
                ),
            }
        }
        Purpose::Contact(account, existing) => {
            let mut record = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            record.account = *account;
            match read(contact::FIELDS, form, &mut record, &parse, |c| c.validated()) {
                Err(errors) => Outcome::Invalid(errors),
                Ok(record) => stored(
                    match existing {
                        Some(old) => store.save_contact(&crate::domain::Contact {
                            data: record,
                            ..old.clone()
                        }),
                        None => store.add_contact(record),
                    },
                    |c| {
                        (
                            format!("Saved contact {}", c.data.name),
                            Target::Account(c.data.account),
                        )
                    },
                ),
            }
        }
        Purpose::Session(existing, old_commitments) => {
            let start = existing
                .as_ref()
                .map(|e| e.data.clone())
                .unwrap_or_else(|| SessionData::new(Default::default(), today));
            let mut record = SessionEdit::new(start, &[]);
            match read(session::FIELDS, form, &mut record, &parse, |s| {
                s.data.validated().map(|data| SessionEdit { data, ..s })
            }) {
                Err(errors) => Outcome::Invalid(errors),
                Ok(SessionEdit {
                    data: record,
                    commitments,
                }) => {
                    let lines = commitment_data(&commitments, record.rep, today);
                    let changes = commitment_changes(old_commitments, lines, today);
                    let rep_name = data.rep_name(record.rep).to_string();
                    let result = match existing {
                        Some(old) => store.save_session(
                            &crate::domain::Session {
                                data: record,
                                ..old.clone()
                            },
                            changes,
                        ),
                        None => store.add_session(record, changes.added),
                    };
                    stored(result, |s| {
                        let plan = crate::domain::session::plan_note(s.data.date, today).unwrap_or_default();
                        let message = format!("Saved {} with {rep_name}{plan}", s.data.kind.label());
                        (message, Target::Session(s.id))
                    })
                }
            }
        }
    };
    form.show(&outcome);
    outcome
}

/// Writes the form into `record` through its table, then validates it; parse
/// problems come first, and a field keeps the first problem found in it.
fn read<R, V>(
    table: &[FieldSpec<R>],
    form: &Form,
    record: &mut R,
    parse: &Parse<'_>,
    validate: impl FnOnce(R) -> Result<V, FieldErrors>,
) -> Result<V, FieldErrors>
where
    R: Clone,
{
    let mut errors = write(table, form, record, parse);
    match validate(record.clone()) {
        Ok(value) if errors.0.is_empty() => Ok(value),
        Ok(_) => Err(errors),
        Err(domain) => {
            for e in domain.0 {
                if errors.get(e.field).is_none() {
                    errors.0.push(e);
                }
            }
            Err(errors)
        }
    }
}

fn stored<T>(result: Result<T, StoreError>, said: impl FnOnce(&T) -> (String, Target)) -> Outcome {
    match result {
        Ok(record) => {
            let (message, target) = said(&record);
            Outcome::Saved(Saved { message, target })
        }
        Err(e) => e.into(),
    }
}

impl Form {
    /// Shows a save's problem: errors beside their fields, focus on the
    /// first, and one line in the footer.
    pub fn show(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Saved(_) => {}
            Outcome::Invalid(errors) => {
                if let Some(first) = errors.0.first() {
                    self.focus_on(first.field);
                }
                self.message = Some(format!("Not saved: {errors}"));
                self.errors = errors.clone();
            }
            Outcome::Conflict(e) | Outcome::Failed(e) => self.message = Some(format!("Not saved: {e}")),
        }
    }
}
