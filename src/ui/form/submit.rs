//! Saving a form: parse every field, validate through the domain, and write in
//! one transaction; problems come back as errors beside their fields.

use super::lines::{calls, commitment_changes, commitment_lines};
use super::{Form, Purpose};
use crate::domain::dates::{parse_date, Direction};
use crate::domain::matching::find_by_name;
use crate::domain::money::parse_amount;
use crate::domain::{
    Account, AccountData, AccountId, Commitment, Contact, ContactData, FieldErrors, Handover, HandoverStage, Rep,
    RepData, RepId, Session, SessionData, SessionKind, SkillId,
};
use crate::store::{Store, StoreError};
use crate::ui::data::Data;
use chrono::{NaiveDate, NaiveTime};

/// What a successful save says and which record to select afterwards.
pub struct Saved {
    /// The status line message ("Saved ride-along with Dana Ortiz").
    pub message: String,
    /// The record to select.
    pub target: super::super::app::Target,
}

/// Reads fields, collecting every problem instead of stopping at the first.
pub(super) struct Reader<'a> {
    pub(super) form: &'a Form,
    pub(super) today: NaiveDate,
    pub(super) errors: FieldErrors,
}

impl Reader<'_> {
    pub(super) fn text(&self, key: &str) -> String {
        self.form.text(key)
    }

    fn date(&mut self, key: &'static str, direction: Direction) -> Option<NaiveDate> {
        let text = self.text(key);
        if text.trim().is_empty() {
            return None;
        }
        parse_date(&text, self.today, direction)
            .map_err(|e| self.errors.add(key, e.to_string()))
            .ok()
    }

    fn number<T: std::str::FromStr>(&mut self, key: &'static str, what: &str) -> Option<T> {
        let text = self.text(key);
        if text.trim().is_empty() {
            return None;
        }
        text.trim()
            .parse()
            .map_err(|_| self.errors.add(key, format!("{what} is a whole number")))
            .ok()
    }

    fn picked(&mut self, key: &'static str) -> Option<i64> {
        self.form
            .picked(key)
            .map_err(|e| self.errors.add(key, e))
            .ok()
            .flatten()
    }

    fn parsed<T: std::str::FromStr>(&mut self, key: &'static str) -> Option<T>
    where
        T::Err: std::fmt::Display,
    {
        let value = self.form.choice(key);
        if value.is_empty() {
            return None;
        }
        value
            .parse()
            .map_err(|e: T::Err| self.errors.add(key, e.to_string()))
            .ok()
    }

    /// Merges domain validation errors with the parse errors found so far.
    fn finish<T>(mut self, validated: Result<T, FieldErrors>) -> Result<T, FieldErrors> {
        match validated {
            Ok(value) if self.errors.0.is_empty() => Ok(value),
            Ok(_) => Err(self.errors),
            Err(domain) => {
                for e in domain.0 {
                    if self.errors.get(e.field).is_none() {
                        self.errors.0.push(e);
                    }
                }
                Err(self.errors)
            }
        }
    }
}

/// Saves the form; on failure the form keeps everything typed and shows why.
pub fn save(form: &mut Form, store: &mut Store, data: &Data, today: NaiveDate) -> Option<Saved> {
    form.message = None;
    let result = match &form.purpose {
        Purpose::Rep(existing) => save_rep(form, existing.as_ref(), store, data, today),
        Purpose::Account(existing) => save_account(form, existing.as_ref(), store, today),
        Purpose::Contact(account, existing) => save_contact(form, *account, existing.as_ref(), store, today),
        Purpose::Session(existing, old) => save_session(form, existing.as_ref(), old, store, data, today),
    };
    match result {
        Ok(saved) => Some(saved),
        Err(Problem::Fields(errors)) => {
            if let Some(first) = errors.0.first() {
                form.focus_on(first.field);
            }
            form.message = Some(format!("Not saved: {errors}"));
            form.errors = errors;
            None
        }
        Err(Problem::Store(e)) => {
            form.conflict = matches!(e, StoreError::Conflict { .. });
            form.message = Some(format!("Not saved: {e}"));
            None
        }
    }
}

enum Problem {
    Fields(FieldErrors),
    Store(StoreError),
}

impl From<FieldErrors> for Problem {
    fn from(e: FieldErrors) -> Self {
        Problem::Fields(e)
    }
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(fields) => Problem::Fields(fields),
            other => Problem::Store(other),
        }
    }
}

fn reader(form: &Form, today: NaiveDate) -> Reader<'_> {
    Reader {
        form,
        today,
        errors: FieldErrors::default(),
    }
}

fn save_rep(
    form: &Form,
    existing: Option<&Rep>,
    store: &mut Store,
    data: &Data,
    today: NaiveDate,
) -> Result<Saved, Problem> {
    let mut r = reader(form, today);
    let mut rep = existing.map(|e| e.data.clone()).unwrap_or_default();
    rep.name = r.text("name");
    rep.title = r.text("title");
    rep.territory = r.text("territory");
    rep.email = r.text("email");
    rep.phone = r.text("phone");
    rep.hired_on = r.date("hired_on", Direction::Past);
    rep.retires_on = r.date("retires_on", Direction::Future);
    rep.mentor = r.picked("mentor").map(RepId);
    rep.cadence_days = r.number("cadence_days", "cadence").unwrap_or(0);
    rep.retention_risk = r.parsed("retention_risk");
    rep.focus = focus_skills(&mut r, data);
    rep.notes = r.text("notes");
    let validated: Result<RepData, FieldErrors> = rep.validated(existing.map(|e| e.id));
    let rep = r.finish(validated)?;
    let saved = match existing {
        Some(old) => {
            let mut changed = old.clone();
            changed.data = rep;
            store.save_rep(&changed)?
        }
        None => store.add_rep(rep)?,
    };
    Ok(Saved {
        message: format!("Saved rep {}", saved.data.name),
        target: super::super::app::Target::Rep(saved.id),
    })
}

fn focus_skills(r: &mut Reader<'_>, data: &Data) -> Vec<SkillId> {
    let text = r.text("focus");
    let skills: Vec<(SkillId, &str)> = data
        .skills
        .iter()
        .filter(|s| !s.data.retired)
        .map(|s| (s.id, s.data.name.as_str()))
        .collect();
    let mut focus = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let by_alias = data.skills.iter().find(|s| s.data.alias.eq_ignore_ascii_case(part));
        match by_alias
            .map(|s| Ok(s.id))
            .unwrap_or_else(|| find_by_name("skill", part, &skills))
        {
            Ok(id) => focus.push(id),
            Err(e) => r.errors.add("focus", e.to_string()),
        }
    }
    focus
}

fn save_account(
    form: &Form,
    existing: Option<&Account>,
    store: &mut Store,
    today: NaiveDate,
) -> Result<Saved, Problem> {
    let mut r = reader(form, today);
    let mut account = existing.map(|e| e.data.clone()).unwrap_or_default();
    account.name = r.text("name");
    account.owner = r.picked("owner").map(RepId);
    account.tier = r.parsed("tier");
    let value = r.text("annual_value");
    account.annual_value_cents = if value.trim().is_empty() {
        None
    } else {
        parse_amount(&value)
            .map_err(|e| r.errors.add("annual_value", e.to_string()))
            .ok()
    };
    account.industry = r.text("industry");
    account.health = r.parsed("health");
    let successor = r.picked("successor").map(RepId);
    let stage: Option<HandoverStage> = r.parsed("stage");
    let target = r.date("target", Direction::Future);
    account.handover = successor.map(|successor| Handover {
        successor,
        stage: stage.unwrap_or(HandoverStage::Planned),
        target,
        notes: r.text("handover_notes"),
    });
    account.notes = r.text("notes");
    let validated: Result<AccountData, FieldErrors> = account.validated();
    let account = r.finish(validated)?;
    let saved = match existing {
        Some(old) => {
            let mut changed = old.clone();
            changed.data = account;
            store.save_account(&changed)?
        }
        None => store.add_account(account)?,
    };
    Ok(Saved {
        message: format!("Saved account {}", saved.data.name),
        target: super::super::app::Target::Account(saved.id),
    })
}

fn save_contact(
    form: &Form,
    account: AccountId,
    existing: Option<&Contact>,
    store: &mut Store,
    today: NaiveDate,
) -> Result<Saved, Problem> {
    let mut r = reader(form, today);
    let mut contact = existing.map(|e| e.data.clone()).unwrap_or_default();
    contact.account = account;
    contact.name = r.text("name");
    contact.role = r.text("role");
    contact.influence = r.number("influence", "influence");
    contact.known_by_owner = form.choice("known_by_owner") == "yes";
    contact.known_by_successor = form.choice("known_by_successor") == "yes";
    contact.last_touch = r.date("last_touch", Direction::Past);
    contact.notes = r.text("notes");
    let validated: Result<ContactData, FieldErrors> = contact.validated();
    let contact = r.finish(validated)?;
    let saved = match existing {
        Some(old) => {
            let mut changed = old.clone();
            changed.data = contact;
            store.save_contact(&changed)?
        }
        None => store.add_contact(contact)?,
    };
    Ok(Saved {
        message: format!("Saved contact {}", saved.data.name),
        target: super::super::app::Target::Account(account),
    })
}

fn save_session(
    form: &Form,
    existing: Option<&Session>,
    old_commitments: &[Commitment],
    store: &mut Store,
    data: &Data,
    today: NaiveDate,
) -> Result<Saved, Problem> {
    let mut r = reader(form, today);
    let rep = r.picked("rep").map(RepId);
    if rep.is_none() && r.errors.get("rep").is_none() {
        r.errors.add("rep", "pick the rep you coached");
    }
    let date = r.date("date", Direction::Past);
    if date.is_none() && r.errors.get("date").is_none() {
        r.errors.add("date", "when did it happen?");
    }
    let mut session = SessionData::new(rep.unwrap_or_default(), date.unwrap_or(today));
    session.account = r.picked("account").map(AccountId);
    session.kind = form.choice("kind").parse().unwrap_or(SessionKind::RideAlong);
    session.notes = r.text("notes");
    let time = r.text("time");
    session.time = if time.trim().is_empty() {
        None
    } else {
        NaiveTime::parse_from_str(time.trim(), "%H:%M")
            .map_err(|_| r.errors.add("time", "write the time as HH:MM, e.g. 09:30"))
            .ok()
    };
    session.minutes = r.number("minutes", "minutes");
    session.objective = r.text("objective");
    session.self_assessment = r.text("self_assessment");
    session.strengths = r.text("strengths");
    session.improvements = r.text("improvements");
    session.outcome = r.text("outcome");
    session.ratings = form.ratings("ratings");
    session.will = form.choice("will").parse().ok();
    session.calls = calls(&mut r, data);
    session.next_step = r.text("next_step");
    session.follow_up = r.date("follow_up", Direction::Future);
    session.private_notes = r.text("private_notes");
    if let Some(old) = existing {
        session.acknowledged_on = old.data.acknowledged_on;
    }
    let lines = commitment_lines(&mut r, session.rep, today);
    let validated: Result<SessionData, FieldErrors> = session.validated();
    let session = r.finish(validated)?;
    let changes = commitment_changes(old_commitments, lines, today);
    let rep_name = data.rep_name(session.rep).to_string();
    let saved = match existing {
        Some(old) => {
            let mut changed = old.clone();
            changed.data = session;
            store.save_session(&changed, changes)?
        }
        None => store.add_session(session, changes.added)?,
    };
    Ok(Saved {
        message: format!(
            "Saved {} with {rep_name}{}",
            saved.data.kind.label(),
            crate::domain::session::plan_note(saved.data.date, today).unwrap_or_default()
        ),
        target: super::super::app::Target::Session(saved.id),
    })
}
