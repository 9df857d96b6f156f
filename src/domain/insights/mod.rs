//! What the notebook tells the manager to do next: who is due for coaching,
//! which promises slip, which handovers are at risk, where field time goes,
//! and how each rep develops. Pure functions of records, `today` and the config.

pub mod development;
pub mod spread;
pub mod succession;
pub mod today;

use super::config::Config;
use super::figures::RepActivity;
use super::{Account, Commitment, Contact, Rep, RepId, Session};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The records the Today figures are computed from.
pub struct Facts<'a> {
    /// The day the figures are for.
    pub today: NaiveDate,
    /// Targets, tiers, week start.
    pub config: &'a Config,
    /// Active reps.
    pub reps: &'a [Rep],
    /// Last session and commitment counts per rep.
    pub activity: &'a HashMap<RepId, RepActivity>,
    /// Active accounts.
    pub accounts: &'a [Account],
    /// Recent sessions (the last 120 days and any with a follow-up in the last 180), not archived.
    pub sessions: &'a [Session],
    /// Open commitments and those due in the last 90 days.
    pub commitments: &'a [Commitment],
    /// Active contacts of every account.
    pub contacts: &'a [Contact],
}

impl Facts<'_> {
    /// A rep's name ("?" when unknown).
    pub fn rep_name(&self, id: RepId) -> &str {
        self.reps
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.data.name.as_str())
            .unwrap_or("?")
    }

    /// A rep by id.
    pub fn rep(&self, id: RepId) -> Option<&Rep> {
        self.reps.iter().find(|r| r.id == id)
    }
}

/// How far back the Today figures look at sessions.
pub const SESSION_WINDOW_DAYS: u64 = 120;
/// How far back unresolved follow-ups are shown.
pub const FOLLOW_UP_WINDOW_DAYS: u64 = 180;
