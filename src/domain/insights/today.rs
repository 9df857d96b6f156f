//! The Today tab: coaching due, commitments due, follow-ups, handovers at risk.

use super::Facts;
use crate::domain::figures::{coaching_status, handover_is_late, retires_within, CoachingStatus};
use crate::domain::{AccountId, CommitmentId, HandoverStage, RepId, SessionId, SessionKind, Tier};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// A rep past their cadence (or never coached).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueRep {
    /// Who.
    pub rep: RepId,
    /// Days since the last session; `None` when never coached.
    pub days_since: Option<i64>,
    /// The rep's cadence.
    pub cadence_days: u16,
    /// The last session's date and kind.
    pub last: Option<(NaiveDate, SessionKind)>,
}

/// Reps due for coaching: never-coached first, then the most overdue.
pub fn coaching_due(f: &Facts<'_>) -> Vec<DueRep> {
    let mut due: Vec<(i64, &str, DueRep)> = f
        .reps
        .iter()
        .filter_map(|r| {
            let last = f.activity.get(&r.id).and_then(|a| a.last_session);
            let status = coaching_status(last.map(|(d, _)| d), r.data.cadence_days, f.today);
            let order = match status {
                CoachingStatus::Never => i64::MAX,
                CoachingStatus::Overdue { days_over, .. } => days_over,
                CoachingStatus::OnTrack { .. } => return None,
            };
            Some((
                order,
                r.data.name.as_str(),
                DueRep {
                    rep: r.id,
                    days_since: status.days_since(),
                    cadence_days: r.data.cadence_days,
                    last,
                },
            ))
        })
        .collect();
    due.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    due.into_iter().map(|(_, _, d)| d).collect()
}

/// An open commitment overdue or due within a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueCommitment {
    /// Which.
    pub id: CommitmentId,
    /// Whose.
    pub rep: RepId,
    /// What.
    pub text: String,
    /// When.
    pub due: NaiveDate,
    /// Already past its date.
    pub overdue: bool,
}

/// Open commitments overdue or due within 7 days, grouped by rep (by name), then by date.
pub fn commitments_due(f: &Facts<'_>) -> Vec<DueCommitment> {
    let horizon = f.today.checked_add_days(Days::new(7)).unwrap_or(f.today);
    let mut due: Vec<DueCommitment> = f
        .commitments
        .iter()
        .filter(|c| c.data.is_open())
        .filter_map(|c| {
            let due = c.data.due.filter(|d| *d <= horizon)?;
            Some(DueCommitment {
                id: c.id,
                rep: c.data.rep,
                text: c.data.text.clone(),
                due,
                overdue: due < f.today,
            })
        })
        .filter(|c| f.rep(c.rep).is_some())
        .collect();
    due.sort_by(|a, b| {
        f.rep_name(a.rep)
            .cmp(f.rep_name(b.rep))
            .then(a.due.cmp(&b.due))
            .then(a.id.cmp(&b.id))
    });
    due
}

/// A session whose follow-up date has come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// The session.
    pub session: SessionId,
    /// Its rep.
    pub rep: RepId,
    /// Its date.
    pub date: NaiveDate,
    /// The follow-up date.
    pub follow_up: NaiveDate,
}

/// Sessions whose follow-up date is today or past, unless a later session
/// with the rep on or after that date already followed up; oldest first.
pub fn follow_ups(f: &Facts<'_>) -> Vec<FollowUp> {
    // Each rep's two latest sessions: enough to know whether any session
    // other than this one is on or after a date, in one pass over the sessions.
    let mut latest: HashMap<RepId, [Option<(NaiveDate, SessionId)>; 2]> = HashMap::new();
    for s in f.sessions {
        let key = Some((s.data.date, s.id));
        let top = latest.entry(s.data.rep).or_default();
        if key > top[0] {
            *top = [key, top[0]];
        } else if key > top[1] {
            top[1] = key;
        }
    }
    let mut out: Vec<FollowUp> = f
        .sessions
        .iter()
        .filter_map(|s| {
            let follow_up = s.data.follow_up.filter(|d| *d <= f.today)?;
            let top = latest.get(&s.data.rep).copied().unwrap_or_default();
            let other = top.into_iter().flatten().find(|(_, id)| *id != s.id);
            let done = other.is_some_and(|(date, _)| date >= follow_up);
            (!done && f.rep(s.data.rep).is_some()).then_some(FollowUp {
                session: s.id,
                rep: s.data.rep,
                date: s.data.date,
                follow_up,
            })
        })
        .collect();
    out.sort_by_key(|f| (f.follow_up, f.session));
    out
}

/// A key or A account whose handover is late or not started in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandoverRisk {
    /// Which.
    pub account: AccountId,
    /// Who owns it now.
    pub owner: Option<RepId>,
    /// Who takes it over, if anyone yet.
    pub successor: Option<RepId>,
    /// How far the handover is.
    pub stage: Option<HandoverStage>,
    /// Why it is at risk.
    pub reason: String,
}

/// Key and A accounts past their handover target, or whose owner retires
/// within 12 months with no handover started.
pub fn handovers_at_risk(f: &Facts<'_>) -> Vec<HandoverRisk> {
    let mut out = Vec::new();
    for a in f.accounts {
        let d = &a.data;
        if !matches!(d.tier, Some(Tier::Key) | Some(Tier::A)) {
            continue;
        }
        let owner = d.owner.and_then(|o| f.rep(o));
        let handover = d.handover.as_ref();
        let reason = match handover {
            Some(h) if handover_is_late(h, f.today) => {
                let target = h.target.unwrap_or(f.today);
                Some(format!(
                    "handover {} days past its target ({target}), still {}",
                    (f.today - target).num_days(),
                    h.stage.label()
                ))
            }
            _ => {
                let started = handover.is_some_and(|h| h.stage != HandoverStage::Planned);
                match owner {
                    Some(o) if !started && retires_within(o.data.retires_on, f.today, 1.0) => Some(format!(
                        "{} retires on {} and no handover has started",
                        o.data.name,
                        o.data.retires_on.unwrap_or(f.today)
                    )),
                    _ => None,
                }
            }
        };
        if let Some(reason) = reason {
            out.push(HandoverRisk {
                account: a.id,
                owner: d.owner,
                successor: handover.map(|h| h.successor),
                stage: handover.map(|h| h.stage),
                reason,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
