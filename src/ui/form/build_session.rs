//! The session form and its list fields written out as lines.

use super::build::{account_options, choice, date, line, picker, rep_options, text};
use super::fields::{Picker, Ratings};
use super::{Field, Form, Input, Purpose};
use crate::domain::{AccountId, Call, Commitment, CommitmentData, CommitmentOwner, RepId, Session, SessionKind};
use crate::ui::data::Data;
use chrono::{NaiveDate, NaiveTime};

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
