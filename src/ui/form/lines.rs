//! The list fields of the session form: calls and commitments, one a line.

use super::submit::Reader;
use crate::domain::dates::{parse_date, Direction};
use crate::domain::matching::find_by_name;
use crate::domain::{AccountId, Call, Commitment, CommitmentData, CommitmentOwner, RepId};
use crate::store::CommitmentChanges;
use crate::ui::data::Data;
use chrono::NaiveDate;

/// Reads "account; objective; what happened; outcome" lines.
pub(super) fn calls(r: &mut Reader<'_>, data: &Data) -> Vec<Call> {
    let accounts: Vec<(AccountId, &str)> = data.accounts.iter().map(|a| (a.id, a.data.name.as_str())).collect();
    let mut calls = Vec::new();
    for line in r.text("calls").lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.splitn(4, ';').map(|p| p.trim().to_string());
        let account_text = parts.next().unwrap_or_default();
        let account = if account_text.is_empty() || account_text == "-" {
            None
        } else {
            match find_by_name("account", &account_text, &accounts) {
                Ok(id) => Some(id),
                Err(e) => {
                    r.errors.add(FieldId::Calls, e.to_string());
                    None
                }
            }
        };
        calls.push(Call {
            account,
            objective: parts.next().unwrap_or_default(),
            what_happened: parts.next().unwrap_or_default(),
            outcome: parts.next().unwrap_or_default(),
        });
    }
    calls
}

/// Reads "[x] me: text @ date" lines.
pub(super) fn commitment_lines(r: &mut Reader<'_>, rep: RepId, today: NaiveDate) -> Vec<CommitmentData> {
    let mut out = Vec::new();
    for raw in r.text("commitments").lines() {
        let mut line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let done = ["[x]", "[X]"].iter().any(|p| line.starts_with(p));
        if done {
            line = line[3..].trim_start();
        }
        let mine = line.to_lowercase().starts_with("me:");
        if mine {
            line = line[3..].trim_start();
        }
        let (text, due) = match line.rsplit_once('@') {
            Some((text, date)) if !text.trim().is_empty() => match parse_date(date, today, Direction::Future) {
                Ok(due) => (text.trim(), Some(due)),
                Err(_) if date.contains('.') => (line, None),
                Err(e) => {
                    r.errors.add(FieldId::Commitments, format!("{:?}: {e}", raw.trim()));
                    (text.trim(), None)
                }
            },
            _ => (line, None),
        };
        let mut c = CommitmentData::new(rep, text, due);
        c.owner = if mine {
            CommitmentOwner::Manager
        } else {
            CommitmentOwner::Rep
        };
        c.done_on = done.then_some(today);
        out.push(c);
    }
    out
}

/// Matches edited lines to the commitments the session had: same text first,
/// then by position; lines left over are new, commitments left over are archived.
pub(super) fn commitment_changes(
    old: &[Commitment],
    lines: Vec<CommitmentData>,
    today: NaiveDate,
) -> CommitmentChanges {
    let mut unmatched: Vec<Option<&Commitment>> = old.iter().map(Some).collect();
    let mut pairs: Vec<(Option<&Commitment>, CommitmentData)> = Vec::new();
    let mut pending = Vec::new();
    for line in lines {
        let same = unmatched
            .iter()
            .position(|c| c.is_some_and(|c| c.data.text == line.text));
        match same {
            Some(i) => pairs.push((unmatched[i].take(), line)),
            None => pending.push(line),
        }
    }
    for line in pending {
        let next = unmatched.iter().position(Option::is_some);
        pairs.push((next.and_then(|i| unmatched[i].take()), line));
    }
    let mut changes = CommitmentChanges::default();
    for (old, line) in pairs {
        match old {
            Some(old) => {
                let mut c = old.clone();
                c.data.text = line.text;
                c.data.owner = line.owner;
                c.data.due = line.due;
                c.data.done_on = match (line.done_on, old.data.done_on) {
                    (Some(_), Some(was)) => Some(was),
                    (Some(_), None) => Some(today),
                    (None, _) => None,
                };
                if c.data != old.data {
                    changes.changed.push(c);
                }
            }
            None => changes.added.push(line),
        }
    }
    for old in unmatched.into_iter().flatten() {
        let mut c = old.clone();
        c.data.archived = true;
        changes.changed.push(c);
    }
    changes
}
