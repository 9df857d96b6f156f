//! The Today tab's content: the agenda as a list of actionable items, and the
//! succession view of the accounts.

use super::target::Target;
use crate::domain::config::Config;
use crate::domain::insights::retention::{Level, Watch};
use crate::domain::insights::succession::{succession, Succession};
use crate::domain::insights::today::{DueCommitment, DueRep, FollowUp, HandoverRisk};
use crate::domain::insights::{agenda, Agenda};
use crate::store::{Store, StoreResult};
use chrono::NaiveDate;

/// One actionable line of the Today tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TodayItem {
    /// A rep due for coaching.
    Due(DueRep),
    /// A commitment overdue or due this week.
    Commitment(DueCommitment),
    /// A follow-up that has come.
    FollowUp(FollowUp),
    /// A handover at risk.
    Handover(HandoverRisk),
    /// A rep on the retention watch (act now or watch).
    Retention(Box<Watch>),
}

/// The sections of the Today tab, in order.
pub const SECTIONS: [&str; 5] = [
    "Coaching due",
    "Commitments",
    "Follow-ups",
    "Handovers at risk",
    "Retention",
];

impl TodayItem {
    /// Which section it belongs to (an index into `SECTIONS`).
    pub fn section(&self) -> usize {
        match self {
            TodayItem::Due(_) => 0,
            TodayItem::Commitment(_) => 1,
            TodayItem::FollowUp(_) => 2,
            TodayItem::Handover(_) => 3,
            TodayItem::Retention(_) => 4,
        }
    }

    /// The record Enter jumps to and `c` captures for.
    pub fn target(&self) -> Target {
        match self {
            TodayItem::Due(d) => Target::Rep(d.rep),
            TodayItem::Commitment(c) => Target::Rep(c.rep),
            TodayItem::FollowUp(f) => Target::Session(f.session),
            TodayItem::Handover(h) => Target::Account(h.account),
            TodayItem::Retention(w) => Target::Rep(w.rep),
        }
    }
}

/// The figures behind the Today tab and the succession view.
#[derive(Debug, Clone, Default)]
pub struct Insights {
    /// Everything due.
    pub agenda: Agenda,
    /// The agenda as actionable lines, section by section.
    pub items: Vec<TodayItem>,
    /// Accounts grouped by owner with their handovers.
    pub succession: Succession,
    /// The day the figures are for; None until they are first worked out.
    pub day: Option<NaiveDate>,
    /// Each item's text as the filter matches it (folded), filled in by
    /// `lists::index_today` once the names are at hand.
    pub filter_texts: Vec<String>,
}

impl Insights {
    /// Computes the figures for `today`.
    pub fn load(store: &Store, today: NaiveDate, config: &Config) -> StoreResult<Insights> {
        let records = store.insight_records(today, config, None)?;
        let facts = records.facts(config, today);
        let agenda = agenda(&facts);
        let succession = succession(&facts, &records.joint_visits);
        let items = agenda
            .coaching_due
            .iter()
            .cloned()
            .map(TodayItem::Due)
            .chain(agenda.commitments_due.iter().cloned().map(TodayItem::Commitment))
            .chain(agenda.follow_ups.iter().cloned().map(TodayItem::FollowUp))
            .chain(agenda.handovers_at_risk.iter().cloned().map(TodayItem::Handover))
            .chain(
                crate::notebook::retention::watches(store, today, config)?
                    .into_iter()
                    .filter(|w| w.level != Level::Fine)
                    .map(|w| TodayItem::Retention(Box::new(w))),
            )
            .collect();
        Ok(Insights {
            agenda,
            items,
            succession,
            day: Some(today),
            filter_texts: Vec::new(),
        })
    }
}
