//! The Today tab: coaching due, commitments due, follow-ups, handovers at risk.

use super::Facts;
use crate::domain::figures::{coaching_status, handover_is_late, retires_within, CoachingStatus};
use crate::domain::knowledge::is_thin;
use crate::domain::{AccountId, CommitmentId, HandoverStage, RepId, SessionId, SessionKind, Tier};
use chrono::{Days, NaiveDate};
use serde::Serialize;

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

/// How many days ahead the Today list shows open commitments.
pub const DUE_AHEAD_DAYS: u64 = 7;

/// Open commitments overdue or due within `DUE_AHEAD_DAYS`, grouped by rep (by name), then by date.
pub fn commitments_due(f: &Facts<'_>) -> Vec<DueCommitment> {
    let horizon = f.today.checked_add_days(Days::new(DUE_AHEAD_DAYS)).unwrap_or(f.today);
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
    // A rep's two latest sessions are enough to know whether any session
    // other than this one is on or after its follow-up date.
    f.tally
        .follow_ups
        .iter()
        .filter(|c| {
            let latest = f.tally.reps.get(&c.rep).map(|r| r.latest).unwrap_or_default();
            let other = latest.into_iter().flatten().find(|(_, id)| *id != c.session);
            let done = other.is_some_and(|(date, _)| date >= c.follow_up);
            !done && f.rep(c.rep).is_some()
        })
        .cloned()
        .collect()
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

/// Key and A accounts past their handover target, whose owner retires
/// within 12 months with no handover started, or that need a knowledge
/// harvest (owner retiring within five years, or a handover begun) and have
/// less than half the questions answered.
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
                    "handover {} past its target ({target}), still {}",
                    crate::domain::text::count((f.today - target).num_days(), "day"),
                    h.stage.label()
                ))
            }
            _ => {
                let started = handover.is_some_and(|h| h.stage != HandoverStage::Planned);
                let thin = f.knowledge(a).filter(|&(done, all)| is_thin(done, all));
                match (owner, thin) {
                    (Some(o), _) if !started && retires_within(o.data.retires_on, f.today, 1.0) => Some(format!(
                        "{} retires on {} and no handover has started",
                        o.data.name,
                        o.data.retires_on.unwrap_or(f.today)
                    )),
                    (_, Some((done, all))) => Some(format!(
                        "only {done} of {all} harvest questions answered{}",
                        owner
                            .and_then(|o| o.data.retires_on.map(|r| format!("; {} retires on {r}", o.data.name)))
                            .unwrap_or_default()
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
