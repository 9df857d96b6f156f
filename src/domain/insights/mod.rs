//! What the notebook tells the manager to do next: who is due for coaching,
//! which promises slip, which handovers are at risk, where field time goes,
//! and how each rep develops. Pure functions of records, `today` and the config.

pub mod development;
pub mod mentors;
pub mod peer;
pub mod retention;
pub mod spread;
pub mod succession;
pub mod tally;
pub mod today;

use super::config::Config;
use super::figures::RepActivity;
use super::knowledge::Question;
use super::{Account, AccountId, Commitment, Contact, Rep, RepId};
use chrono::NaiveDate;
use std::collections::HashMap;
use tally::Tally;

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
    /// Counts from the sessions: field time, ratings, follow-ups.
    pub tally: &'a Tally,
    /// Open commitments due within the week ahead (or more: the figures filter).
    pub commitments: &'a [Commitment],
    /// Active contacts of every account.
    pub contacts: &'a [Contact],
    /// The harvest's questions in effect.
    pub questions: &'a [Question],
    /// The question keys answered so far, per account.
    pub answered: &'a HashMap<AccountId, Vec<String>>,
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

    /// The harvest's coverage of an account that needs one: (answered, asked).
    pub fn knowledge(&self, account: &Account) -> Option<(usize, usize)> {
        let owner = account.data.owner.and_then(|o| self.rep(o));
        crate::domain::knowledge::needs_harvest(account, owner, self.today).then(|| {
            let keys = self.answered.get(&account.id).map(Vec::as_slice).unwrap_or_default();
            crate::domain::knowledge::coverage_of_keys(self.questions, keys)
        })
    }
}

/// The records behind the figures, owned; `facts` lends them out.
#[derive(Debug, Clone)]
pub struct Records {
    /// Active reps.
    pub reps: Vec<Rep>,
    /// Last session and commitment counts per rep.
    pub activity: HashMap<RepId, RepActivity>,
    /// Active accounts.
    pub accounts: Vec<Account>,
    /// Counts from the sessions.
    pub tally: Tally,
    /// Open commitments due within the week ahead.
    pub commitments: Vec<Commitment>,
    /// Active contacts.
    pub contacts: Vec<Contact>,
    /// Handover visits held per account, all time.
    pub joint_visits: HashMap<AccountId, u32>,
    /// The harvest's questions in effect.
    pub questions: Vec<Question>,
    /// The question keys answered so far, per account.
    pub answered: HashMap<AccountId, Vec<String>>,
}

impl Records {
    /// The figures' inputs for `today` under `config`.
    pub fn facts<'a>(&'a self, config: &'a Config, today: NaiveDate) -> Facts<'a> {
        Facts {
            today,
            config,
            reps: &self.reps,
            activity: &self.activity,
            accounts: &self.accounts,
            tally: &self.tally,
            commitments: &self.commitments,
            contacts: &self.contacts,
            questions: &self.questions,
            answered: &self.answered,
        }
    }
}

/// Everything the Today tab and `coachbook agenda` show.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Agenda {
    /// Reps due for coaching.
    pub coaching_due: Vec<today::DueRep>,
    /// Commitments overdue or due within a week.
    pub commitments_due: Vec<today::DueCommitment>,
    /// Follow-ups that have come.
    pub follow_ups: Vec<today::FollowUp>,
    /// Key and A accounts whose handover is at risk.
    pub handovers_at_risk: Vec<today::HandoverRisk>,
    /// Field time and its spread.
    pub field_time: spread::FieldTime,
}

/// Computes the whole agenda.
pub fn agenda(f: &Facts<'_>) -> Agenda {
    Agenda {
        coaching_due: today::coaching_due(f),
        commitments_due: today::commitments_due(f),
        follow_ups: today::follow_ups(f),
        handovers_at_risk: today::handovers_at_risk(f),
        field_time: spread::field_time(f),
    }
}
