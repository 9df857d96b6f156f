//! The succession view: accounts by owner, with each handover's progress and
//! how many relationships the successor already holds.

use super::Facts;
use crate::domain::figures::{handover_is_late, retires_within};
use crate::domain::knowledge::is_thin;
use crate::domain::{AccountId, HandoverStage, Health, RepId, Tier};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// One account in the succession view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// Which.
    pub account: AccountId,
    /// The successor, if planned.
    pub successor: Option<RepId>,
    /// The handover stage.
    pub stage: Option<HandoverStage>,
    /// The handover target.
    pub target: Option<NaiveDate>,
    /// Whether the handover is past its target.
    pub late: bool,
    /// The relationship's health.
    pub health: Option<Health>,
    /// Handover visits held at the account.
    pub joint_visits: u32,
    /// Contacts at the account.
    pub contacts: u32,
    /// Of them, known by the successor.
    pub known_by_successor: u32,
    /// The account hangs on one relationship (or none).
    pub single_threaded: bool,
    /// The harvest's coverage, (answered, asked), for an account that needs one.
    pub knowledge: Option<(usize, usize)>,
    /// Less than half of what the owner knows is written down.
    pub knowledge_thin: bool,
}

/// An owner's accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// The owner (`None`: accounts without one).
    pub owner: Option<RepId>,
    /// When the owner retires.
    pub retires_on: Option<NaiveDate>,
    /// The owner retires within five years.
    pub retiring: bool,
    /// The owner's accounts, key accounts first.
    pub rows: Vec<Row>,
}

/// The whole view.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Succession {
    /// Groups: retiring owners first, soonest first, then the rest by name.
    pub groups: Vec<Group>,
    /// Annual value of key accounts owned by reps retiring within two years
    /// with no handover started or less than half their knowledge harvested.
    pub value_at_risk_cents: i64,
}

/// Builds the view; `joint_visits` counts handover visits per account.
pub fn succession(f: &Facts<'_>, joint_visits: &HashMap<AccountId, u32>) -> Succession {
    let mut groups: Vec<Group> = Vec::new();
    let mut value_at_risk_cents = 0;
    for a in f.accounts {
        let d = &a.data;
        let handover = d.handover.as_ref();
        let contacts: Vec<_> = f.contacts.iter().filter(|c| c.data.account == a.id).collect();
        let known = contacts
            .iter()
            .filter(|c| c.data.known_by_owner || c.data.known_by_successor)
            .count();
        let knowledge = f.knowledge(a);
        let knowledge_thin = knowledge.is_some_and(|(done, all)| is_thin(done, all));
        let row = Row {
            account: a.id,
            successor: handover.map(|h| h.successor),
            stage: handover.map(|h| h.stage),
            target: handover.and_then(|h| h.target),
            late: handover.is_some_and(|h| handover_is_late(h, f.today)),
            health: d.health,
            joint_visits: joint_visits.get(&a.id).copied().unwrap_or(0),
            contacts: contacts.len() as u32,
            known_by_successor: contacts.iter().filter(|c| c.data.known_by_successor).count() as u32,
            single_threaded: known <= 1,
            knowledge,
            knowledge_thin,
        };
        let owner = d.owner.and_then(|o| f.rep(o));
        let retires_on = owner.and_then(|o| o.data.retires_on);
        let started = handover.is_some_and(|h| h.stage != HandoverStage::Planned);
        if d.tier == Some(Tier::Key) && (!started || knowledge_thin) && retires_within(retires_on, f.today, 2.0) {
            value_at_risk_cents += d.annual_value_cents.unwrap_or(0);
        }
        match groups.iter_mut().find(|g| g.owner == d.owner) {
            Some(group) => group.rows.push(row),
            None => groups.push(Group {
                owner: d.owner,
                retires_on,
                retiring: retires_within(retires_on, f.today, 5.0),
                rows: vec![row],
            }),
        }
    }
    let tier_rank = |id: AccountId| {
        f.accounts
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.data.tier)
            .map_or(9, |t| Tier::ALL.iter().position(|x| *x == t).unwrap_or(9))
    };
    for g in &mut groups {
        g.rows.sort_by_key(|r| tier_rank(r.account));
    }
    groups.sort_by(|a, b| {
        b.retiring
            .cmp(&a.retiring)
            .then(if a.retiring {
                a.retires_on.cmp(&b.retires_on)
            } else {
                std::cmp::Ordering::Equal
            })
            .then(a.owner.is_none().cmp(&b.owner.is_none()))
            .then(
                f.rep_name(a.owner.unwrap_or_default())
                    .cmp(f.rep_name(b.owner.unwrap_or_default())),
            )
    });
    Succession {
        groups,
        value_at_risk_cents,
    }
}
