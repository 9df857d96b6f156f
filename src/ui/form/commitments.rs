//! Matching a session form's commitment lines to the commitments it had.

use crate::domain::lines::CommitmentLine;
use crate::domain::{Commitment, CommitmentData, RepId};
use crate::store::CommitmentChanges;
use chrono::NaiveDate;

/// The lines as commitments of `rep`; a line marked done is done today.
pub(super) fn commitment_data(lines: &[CommitmentLine], rep: RepId, today: NaiveDate) -> Vec<CommitmentData> {
    lines
        .iter()
        .map(|line| {
            let mut c = CommitmentData::new(rep, &line.text, line.due);
            c.owner = line.owner;
            c.done_on = line.done.then_some(today);
            c
        })
        .collect()
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
