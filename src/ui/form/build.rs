//! Forms for each kind of record, built from its field table and filled from
//! an existing record or a prefill.

use super::table::build;
use super::tables::session::SessionEdit;
use super::tables::{account, contact, play, rep, session, stay};
use super::{Form, Purpose};
use crate::domain::{
    Account, AccountData, AccountId, Commitment, Contact, ContactData, FieldId, Rep, RepData, RepId, Session,
    SessionData, SessionKind,
};
use crate::ui::data::Data;
use chrono::{NaiveDate, NaiveTime};

/// The rep form: starts on Name.
pub fn rep_form(existing: Option<Rep>, data: &Data, default_cadence: u16) -> Form {
    let record = existing.as_ref().map(|r| r.data.clone()).unwrap_or(RepData {
        cadence_days: default_cadence,
        ..RepData::default()
    });
    let fields = build(rep::FIELDS, &record, data, existing.as_ref().map(|r| r.id));
    let title = match &existing {
        Some(r) => format!("Edit rep: {}", r.data.name),
        None => "New rep".to_string(),
    };
    Form::new(title, Purpose::Rep(existing), fields, FieldId::Name)
}

/// The account form: starts on Name, then Owner.
pub fn account_form(existing: Option<Account>, data: &Data) -> Form {
    let record: AccountData = existing.as_ref().map(|a| a.data.clone()).unwrap_or_default();
    let fields = build(account::FIELDS, &record, data, None);
    let title = match &existing {
        Some(a) => format!("Edit account: {}", a.data.name),
        None => "New account".to_string(),
    };
    Form::new(title, Purpose::Account(existing), fields, FieldId::Name)
}

/// The contact form for an account.
pub fn contact_form(account: AccountId, existing: Option<Contact>, data: &Data) -> Form {
    let record: ContactData = existing.as_ref().map(|c| c.data.clone()).unwrap_or_default();
    let fields = build(contact::FIELDS, &record, data, None);
    let title = match &existing {
        Some(c) => format!("Edit contact: {} at {}", c.data.name, data.account_name(account)),
        None => format!("New contact at {}", data.account_name(account)),
    };
    Form::new(title, Purpose::Contact(account, existing), fields, FieldId::Name)
}

/// A new stay conversation with `rep` on `today`, its impact proposed from
/// the accounts the rep owns.
pub fn stay_form(rep: RepId, today: NaiveDate, data: &Data) -> Form {
    let mut record = crate::domain::StayData::new(rep, today);
    record.impact = crate::domain::stay::impact_of_owner(rep, &data.accounts);
    let fields = build(stay::FIELDS, &record, data, None);
    let title = format!("Stay conversation with {} (private)", data.rep_name(rep));
    Form::new(title, Purpose::Stay(rep), fields, FieldId::StayRisk)
}

/// The play form: an existing play, or a new one starting from `draft`
/// (a session's notes, with `P`).
pub fn play_form(existing: Option<crate::domain::Play>, draft: crate::domain::PlayData, data: &Data) -> Form {
    let record = existing.as_ref().map_or(draft, |p| p.data.clone());
    let fields = build(play::FIELDS, &record, data, None);
    let title = match &existing {
        Some(p) => format!("Edit play: {}", p.data.title),
        None => "New play".to_string(),
    };
    Form::new(title, Purpose::Play(existing, Box::new(record)), fields, FieldId::Title)
}

/// What a captured session starts with.
pub struct SessionPrefill {
    /// The rep, if known.
    pub rep: Option<RepId>,
    /// The account, if known.
    pub account: Option<AccountId>,
    /// The day (today).
    pub date: NaiveDate,
    /// The time (now).
    pub time: Option<NaiveTime>,
    /// The kind, when the occasion says it (a handover visit); otherwise
    /// the default.
    pub kind: Option<SessionKind>,
}

/// The session form: Rep, Account, Kind, Date, Notes, then the rest. A new
/// capture starts on Notes when the rep is known.
pub fn session_form(existing: Option<(Session, Vec<Commitment>)>, prefill: SessionPrefill, data: &Data) -> Form {
    let (session, commitments) = match existing {
        Some((s, c)) => (Some(s), c),
        None => (None, Vec::new()),
    };
    let record = match &session {
        Some(s) => SessionEdit::new(s.data.clone(), &commitments),
        None => {
            let mut d = SessionData::new(prefill.rep.unwrap_or_default(), prefill.date);
            d.account = prefill.account;
            d.time = prefill.time;
            if let Some(kind) = prefill.kind {
                d.kind = kind;
            }
            SessionEdit::new(d, &[])
        }
    };
    let known_rep = session.is_some() || prefill.rep.is_some();
    let fields = build(session::FIELDS, &record, data, None);
    let title = match &session {
        Some(s) => format!("Edit session {}", s.id),
        None => "New session".to_string(),
    };
    let start = if known_rep { FieldId::Notes } else { FieldId::Rep };
    Form::new(title, Purpose::Session(session, commitments), fields, start)
}
