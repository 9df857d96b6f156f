//! Forms for each kind of record, filled from an existing record or a prefill.

use super::fields::{text_area, Choice, Picker, Ratings};
use super::{Field, Form, Input, Purpose};
use crate::domain::{
    Account, AccountId, Call, Commitment, CommitmentData, CommitmentOwner, Contact, HandoverStage, Health, Rep,
    RepData, RepId, Risk, Session, SessionKind, Tier,
};
use crate::ui::data::Data;
use chrono::{NaiveDate, NaiveTime};

fn line(key: &'static str, label: &'static str, value: &str, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Line(text_area(value)),
    }
}

fn text(key: &'static str, label: &'static str, value: &str, rows: u16, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Text(text_area(value), rows),
    }
}

fn picker(key: &'static str, label: &'static str, picker: Picker, hint: &'static str) -> Field {
    Field {
        key,
        label,
        hint,
        input: Input::Picker(picker),
    }
}

fn choice(key: &'static str, label: &'static str, options: Vec<(&'static str, &'static str)>, current: &str) -> Field {
    Field {
        key,
        label,
        hint: "",
        input: Input::Choice(Choice::new(options, current)),
    }
}

fn date(value: Option<NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

fn rep_options(data: &Data, except: Option<RepId>) -> Vec<(i64, String)> {
    data.reps
        .iter()
        .filter(|r| Some(r.id) != except)
        .map(|r| (r.id.0, r.data.name.clone()))
        .collect()
}

fn account_options(data: &Data) -> Vec<(i64, String)> {
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
}

/// A commitment as one line of the form: "[x] me: text @ 2026-12-01".
pub fn commitment_line(c: &CommitmentData) -> String {
    let mut line = String::new();
    if c.done_on.is_some() {
        line.push_str("[x] ");
    }
    if c.owner == CommitmentOwner::Manager {
        line.push_str("me: ");
    }
    line.push_str(&c.text);
    if let Some(due) = c.due {
        line.push_str(&format!(" @ {due}"));
    }
    line
}

/// A call as one line of the form: "Account; objective; what happened; outcome".
pub fn call_line(call: &Call, data: &Data) -> String {
    let account = call
        .account
        .map(|a| data.account_name(a).to_string())
        .unwrap_or_default();
    let parts = [
        account,
        call.objective.clone(),
        call.what_happened.clone(),
        call.outcome.clone(),
    ];
    let used = parts.iter().rposition(|p| !p.is_empty()).map_or(0, |i| i + 1);
    parts[..used].join("; ")
}

/// The session form: Rep, Account, Kind, Date, Notes, then the rest. A new
/// capture starts on Notes when the rep is known.
pub fn session_form(existing: Option<(Session, Vec<Commitment>)>, prefill: SessionPrefill, data: &Data) -> Form {
    let (session, commitments) = match existing {
        Some((s, c)) => (Some(s), c),
        None => (None, Vec::new()),
    };
    let d = session.as_ref().map(|s| s.data.clone());
    let rep = d.as_ref().map(|d| d.rep).or(prefill.rep);
    let account = d.as_ref().map_or(prefill.account, |d| d.account);
    let kind = d.as_ref().map_or(SessionKind::RideAlong, |d| d.kind);
    let day = d.as_ref().map_or(prefill.date, |d| d.date);
    let time = d.as_ref().map_or(prefill.time, |d| d.time);
    let get = |f: fn(&crate::domain::SessionData) -> String| d.as_ref().map(f).unwrap_or_default();
    let ratings = Ratings {
        skills: data
            .skills
            .iter()
            .filter(|s| !s.data.retired || d.as_ref().is_some_and(|d| d.ratings.contains_key(&s.id)))
            .map(|s| (s.id, s.data.name.clone(), s.data.alias.clone()))
            .collect(),
        values: d.as_ref().map(|d| d.ratings.clone()).unwrap_or_default(),
        cursor: 0,
    };
    let will_options = vec![("", "—"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")];
    let will = d
        .as_ref()
        .and_then(|d| d.will)
        .map(|w| w.to_string())
        .unwrap_or_default();
    let commitment_lines: Vec<String> = commitments.iter().map(|c| commitment_line(&c.data)).collect();
    let call_lines: Vec<String> = d
        .as_ref()
        .map(|d| d.calls.iter().map(|c| call_line(c, data)).collect())
        .unwrap_or_default();
    let fields = vec![
        picker(
            "rep",
            "Rep",
            Picker::new("rep", rep_options(data, None), rep.map(|r| r.0)),
            "who you coached",
        ),
        picker(
            "account",
            "Account",
            Picker::new("account", account_options(data), account.map(|a| a.0)),
            "where (optional)",
        ),
        choice(
            "kind",
            "Kind",
            SessionKind::ALL.iter().map(|k| (k.as_str(), k.label())).collect(),
            kind.as_str(),
        ),
        line("date", "Date", &day.to_string(), "today, yesterday, mon, 2026-11-20"),
        text("notes", "Notes", &get(|d| d.notes.clone()), 6, "what you observed"),
        line(
            "time",
            "Time",
            &time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            "HH:MM",
        ),
        line(
            "minutes",
            "Minutes",
            &get(|d| d.minutes.map(|m| m.to_string()).unwrap_or_default()),
            "",
        ),
        text(
            "objective",
            "Objective",
            &get(|d| d.objective.clone()),
            2,
            "the pre-call plan",
        ),
        text(
            "self_assessment",
            "Self-assessment",
            &get(|d| d.self_assessment.clone()),
            2,
            "the rep's own view",
        ),
        text(
            "strengths",
            "Strengths",
            &get(|d| d.strengths.clone()),
            2,
            "what went well",
        ),
        text(
            "improvements",
            "Improvements",
            &get(|d| d.improvements.clone()),
            2,
            "what to do differently",
        ),
        text(
            "outcome",
            "Outcome",
            &get(|d| d.outcome.clone()),
            2,
            "against the objective",
        ),
        Field {
            key: "ratings",
            label: "Ratings",
            hint: "1-5 on the highlighted skill, 0 clears",
            input: Input::Ratings(ratings),
        },
        choice("will", "Will (1-5)", will_options, &will),
        text(
            "commitments",
            "Commitments",
            &commitment_lines.join("\n"),
            3,
            "one a line: text @ fri; me: for yours; [x] done",
        ),
        text(
            "calls",
            "Calls",
            &call_lines.join("\n"),
            3,
            "one a line: account; objective; what happened; outcome",
        ),
        text("next_step", "Next step", &get(|d| d.next_step.clone()), 2, ""),
        line(
            "follow_up",
            "Follow-up",
            &date(d.as_ref().and_then(|d| d.follow_up)),
            "2w, fri, 2026-12-10",
        ),
        text(
            "private_notes",
            "Private notes",
            &get(|d| d.private_notes.clone()),
            2,
            "yours only; never in reports",
        ),
    ];
    let title = match &session {
        Some(s) => format!("Edit session {}", s.id),
        None => "New session".to_string(),
    };
    let start = if session.is_some() || rep.is_some() {
        "notes"
    } else {
        "rep"
    };
    Form::new(title, Purpose::Session(session, commitments), fields, start)
}
