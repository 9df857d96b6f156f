//! Saving a form: its table writes every field into the record, the domain
//! validates it, and the store writes it in one transaction. What happened
//! comes back as one `Outcome`; on any problem the form keeps what was typed.

use super::commitments::{commitment_changes, commitment_data};
use super::table::{write, Parse};
use super::tables::session::SessionEdit;
use super::tables::{account, contact, play, rep, session, stay};
use super::{Form, Purpose};
use crate::domain::{Account, Contact, FieldError, FieldErrors, IntoValid, Rep, Session, SessionData};
use crate::store::{Store, StoreError};
use crate::ui::data::Data;
use crate::ui::target::Target;
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
    let outcome = attempt(form, store, data, today, Mode::Save);
    form.show(&outcome);
    outcome
}

/// After an edit, checks again the fields a failed save flagged: a fixed
/// field loses its error at once, and the "Not saved" footer goes with the
/// last one. Nothing is saved, and no field the user has not yet been told
/// about gains an error.
pub fn recheck(form: &mut Form, store: &mut Store, data: &Data, today: NaiveDate) {
    if form.flagged.is_empty() {
        return;
    }
    let now = match attempt(form, store, data, today, Mode::Check) {
        Outcome::Invalid(errors) => errors,
        _ => FieldErrors::default(),
    };
    let still: Vec<FieldError> = form
        .flagged
        .iter()
        .filter_map(|&field| {
            now.get(field).map(|message| FieldError {
                field,
                message: message.to_string(),
            })
        })
        .collect();
    form.errors = FieldErrors(still);
    form.message = (!form.errors.0.is_empty()).then(|| format!("Not saved: {}", form.errors));
}

/// Whether a form is saved or only checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Save,
    /// Parse and validate, write nothing: a valid form comes back as
    /// `Outcome::Invalid` with no errors.
    Check,
}

fn attempt(form: &Form, store: &mut Store, data: &Data, today: NaiveDate, mode: Mode) -> Outcome {
    let parse = Parse { today, data };
    match &form.purpose {
        Purpose::Rep(existing) => {
            let mut data = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            let errors = write(rep::FIELDS, form, &mut data, &parse);
            let said = |r: &Rep| (format!("Saved rep {}", r.data.name), Target::Rep(r.id));
            match existing {
                Some(old) => finish(
                    mode,
                    errors,
                    Rep { data, ..old.clone() }.into_valid(),
                    |v| store.save_rep(v),
                    said,
                ),
                None => finish(mode, errors, data.into_valid(), |v| store.add_rep(v), said),
            }
        }
        Purpose::Account(existing) => {
            let mut data = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            let errors = write(account::FIELDS, form, &mut data, &parse);
            let said = |a: &Account| (format!("Saved account {}", a.data.name), Target::Account(a.id));
            match existing {
                Some(old) => finish(
                    mode,
                    errors,
                    Account { data, ..old.clone() }.into_valid(),
                    |v| store.save_account(v),
                    said,
                ),
                None => finish(mode, errors, data.into_valid(), |v| store.add_account(v), said),
            }
        }
        Purpose::Contact(account, existing) => {
            let mut data = existing.as_ref().map(|e| e.data.clone()).unwrap_or_default();
            data.account = *account;
            let errors = write(contact::FIELDS, form, &mut data, &parse);
            let said = |c: &Contact| {
                (
                    format!("Saved contact {}", c.data.name),
                    Target::Account(c.data.account),
                )
            };
            match existing {
                Some(old) => finish(
                    mode,
                    errors,
                    Contact { data, ..old.clone() }.into_valid(),
                    |v| store.save_contact(v),
                    said,
                ),
                None => finish(mode, errors, data.into_valid(), |v| store.add_contact(v), said),
            }
        }
        Purpose::Play(existing, start) => {
            let mut data = (**start).clone();
            let errors = write(play::FIELDS, form, &mut data, &parse);
            let said = |p: &crate::domain::Play| {
                let target = match (p.data.author, p.data.account) {
                    (Some(rep), _) => Target::Rep(rep),
                    (None, Some(account)) => Target::Account(account),
                    (None, None) => Target::Rep(Default::default()),
                };
                (format!("Saved play \"{}\"", p.data.title), target)
            };
            match existing {
                Some(old) => finish(
                    mode,
                    errors,
                    data.validated().map(|data| crate::domain::Play { data, ..old.clone() }),
                    |v| store.save_play(v),
                    said,
                ),
                None => finish(mode, errors, data.into_valid(), |v| store.add_play(v), said),
            }
        }
        Purpose::Stay(rep) => {
            let mut data = crate::domain::StayData::new(*rep, today);
            let errors = write(stay::FIELDS, form, &mut data, &parse);
            let name = parse.data.rep_name(*rep).to_string();
            let said = |s: &crate::domain::Stay| {
                (
                    format!("Saved stay conversation with {name} (private)"),
                    Target::Rep(s.data.rep),
                )
            };
            finish(mode, errors, data.into_valid(), |v| store.add_stay(v), said)
        }
        Purpose::Session(existing, old_commitments) => {
            let start = existing
                .as_ref()
                .map(|e| e.data.clone())
                .unwrap_or_else(|| SessionData::new(Default::default(), today));
            let mut edit = SessionEdit::new(start, &[]);
            let errors = write(session::FIELDS, form, &mut edit, &parse);
            let lines = commitment_data(&edit.commitments, edit.data.rep, today);
            let changes = commitment_changes(old_commitments, lines, today);
            let rep_name = data.rep_name(edit.data.rep).to_string();
            let said = |s: &Session| {
                let plan = crate::domain::session::plan_note(s.data.date, today).unwrap_or_default();
                let message = format!("Saved {} with {rep_name}{plan}", s.data.kind.label());
                (message, Target::Session(s.id))
            };
            match existing {
                Some(old) => {
                    let session = Session {
                        data: edit.data,
                        ..old.clone()
                    };
                    finish(
                        mode,
                        errors,
                        session.into_valid(),
                        |v| store.save_session(v, changes),
                        said,
                    )
                }
                None => finish(
                    mode,
                    errors,
                    edit.data.into_valid(),
                    |v| store.add_session(v, changes.added),
                    said,
                ),
            }
        }
    }
}

/// Writes the validated record with `save` (unless only checking), or
/// says what is wrong.
fn finish<V, T>(
    mode: Mode,
    errors: FieldErrors,
    validated: Result<V, FieldErrors>,
    save: impl FnOnce(V) -> Result<T, StoreError>,
    said: impl FnOnce(&T) -> (String, Target),
) -> Outcome {
    match checked(errors, validated) {
        Ok(_) if mode == Mode::Check => Outcome::Invalid(FieldErrors::default()),
        Ok(valid) => stored(save(valid), said),
        Err(errors) => Outcome::Invalid(errors),
    }
}

/// The validated record, or every problem: what parsing found first, then
/// what validation found in fields parsing did not already flag.
fn checked<V>(mut errors: FieldErrors, validated: Result<V, FieldErrors>) -> Result<V, FieldErrors> {
    match validated {
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
                for e in &errors.0 {
                    if !self.flagged.contains(&e.field) {
                        self.flagged.push(e.field);
                    }
                }
            }
            Outcome::Conflict(e) | Outcome::Failed(e) => self.message = Some(format!("Not saved: {e}")),
        }
    }
}
