//! Forms for each kind of record, filled from an existing record or a prefill.

use super::fields::{text_area, Choice, Picker};
use super::{Field, Form, Input, Purpose};
use crate::domain::{Account, AccountId, Contact, HandoverStage, Health, Rep, RepData, RepId, Risk, Tier};
use crate::ui::data::Data;
use chrono::NaiveDate;

pub(super) fn line(key: &'static str, label: &'static str, value: &str, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Line(text_area(value)),
    }
}

pub(super) fn text(key: &'static str, label: &'static str, value: &str, rows: u16, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Text(text_area(value), rows),
    }
}

pub(super) fn picker(key: &'static str, label: &'static str, picker: Picker, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Picker(picker),
    }
}

pub(super) fn choice(
    key: &'static str,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    current: &str,
) -> Field {
    Field {
        key,
        label,
        hint: "",
        input: Input::Choice(Choice::new(options, current)),
    }
}

pub(super) fn date(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

pub(super) fn rep_options(data: &Data, except: Option<RepId>) -> Vec<(i64, String)> {
    data.reps
        .iter()
        .filter(|r| Some(r.id) != except)
        .map(|r| (r.id.0, r.data.name.clone()))
        .collect()
}

pub(super) fn account_options(data: &Data) -> Vec<(i64, String)> {
    data.accounts.iter().map(|a| (a.id.0, a.data.name.clone())).collect()
}

fn with_none<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    std::iter::once(("", "—"))
        .chain(all.iter().map(|t| (value(*t), label(*t))))
        .collect()
}

/// The rep form: starts on Name.
pub fn rep_form(existing: Option<Rep>, data: &Data, default_cadence: u16) -> Form {
    let d = existing.as_ref().map(|r| r.data.clone()).unwrap_or(RepData {
        cadence_days: default_cadence,
        ..RepData::default()
    });
    let focus: Vec<String> = d.focus.iter().map(|s| data.skill_name(*s).to_string()).collect();
    let fields = vec![
        line("name", "Name", &d.name, "full name"),
        line("title", "Title", &d.title, ""),
        line("territory", "Territory", &d.territory, ""),
        line("email", "Email", &d.email, ""),
        line("phone", "Phone", &d.phone, ""),
        line("hired_on", "Hired", &date(d.hired_on), "YYYY-MM-DD"),
        line(
            "retires_on",
            "Retires",
            &date(d.retires_on),
            "planned retirement or exit",
        ),
        picker(
            "mentor",
            "Mentor",
            Picker::new(
                "rep",
                rep_options(data, existing.as_ref().map(|r| r.id)),
                d.mentor.map(|m| m.0),
            ),
            "another rep",
        ),
        line(
            "cadence_days",
            "Cadence (days)",
            &d.cadence_days.to_string(),
            "days between sessions",
        ),
        choice(
            "retention_risk",
            "Retention risk",
            with_none(Risk::ALL, Risk::as_str, Risk::label),
            d.retention_risk.map_or("", |r| r.as_str()),
        ),
        line(
            "focus",
            "Focus skills",
            &focus.join(", "),
            "at most two, e.g. discovery, closing",
        ),
        text("notes", "Notes", &d.notes, 3, ""),
    ];
    let title = match &existing {
        Some(r) => format!("Edit rep: {}", r.data.name),
        None => "New rep".to_string(),
    };
    Form::new(title, Purpose::Rep(existing), fields, "name")
}

/// The account form: starts on Name, then Owner.
pub fn account_form(existing: Option<Account>, data: &Data) -> Form {
    let d = existing.as_ref().map(|a| a.data.clone()).unwrap_or_default();
    let h = d.handover.as_ref();
    let value = d
        .annual_value_cents
        .map(|c| crate::domain::money::format_amount(c, ""))
        .unwrap_or_default();
    let fields = vec![
        line("name", "Name", &d.name, "account name"),
        picker(
            "owner",
            "Owner",
            Picker::new("rep", rep_options(data, None), d.owner.map(|o| o.0)),
            "the rep who leads it",
        ),
        choice(
            "tier",
            "Tier",
            with_none(Tier::ALL, Tier::as_str, Tier::label),
            d.tier.map_or("", |t| t.as_str()),
        ),
        line("annual_value", "Annual value", &value, "e.g. 1,250,000 or 1.2m"),
        line("industry", "Industry", &d.industry, ""),
        choice(
            "health",
            "Health",
            with_none(Health::ALL, Health::as_str, Health::label),
            d.health.map_or("", |h| h.as_str()),
        ),
        picker(
            "successor",
            "Successor",
            Picker::new("rep", rep_options(data, None), h.map(|h| h.successor.0)),
            "who takes the account over",
        ),
        choice(
            "stage",
            "Handover stage",
            HandoverStage::ALL.iter().map(|s| (s.as_str(), s.label())).collect(),
            h.map_or("planned", |h| h.stage.as_str()),
        ),
        line(
            "target",
            "Handover target",
            &date(h.and_then(|h| h.target)),
            "YYYY-MM-DD",
        ),
        line(
            "handover_notes",
            "Handover notes",
            h.map_or("", |h| h.notes.as_str()),
            "",
        ),
        text("notes", "Notes", &d.notes, 3, ""),
    ];
    let title = match &existing {
        Some(a) => format!("Edit account: {}", a.data.name),
        None => "New account".to_string(),
    };
    Form::new(title, Purpose::Account(existing), fields, "name")
}

const YES_NO: [(&str, &str); 2] = [("no", "no"), ("yes", "yes")];

/// The contact form for an account.
pub fn contact_form(account: AccountId, existing: Option<Contact>, data: &Data) -> Form {
    let d = existing.as_ref().map(|c| c.data.clone()).unwrap_or_default();
    let yes = |b: bool| if b { "yes" } else { "no" };
    let fields = vec![
        line("name", "Name", &d.name, "full name"),
        line("role", "Role", &d.role, "e.g. CFO"),
        line(
            "influence",
            "Influence",
            &d.influence.map(|i| i.to_string()).unwrap_or_default(),
            "0-10",
        ),
        choice("known_by_owner", "Owner knows", YES_NO.to_vec(), yes(d.known_by_owner)),
        choice(
            "known_by_successor",
            "Successor knows",
            YES_NO.to_vec(),
            yes(d.known_by_successor),
        ),
        line(
            "last_touch",
            "Last touch",
            &date(d.last_touch),
            "YYYY-MM-DD, yesterday, fri",
        ),
        text("notes", "Notes", &d.notes, 3, ""),
    ];
    let title = match &existing {
        Some(c) => format!("Edit contact: {} at {}", c.data.name, data.account_name(account)),
        None => format!("New contact at {}", data.account_name(account)),
    };
    Form::new(title, Purpose::Contact(account, existing), fields, "name")
}
