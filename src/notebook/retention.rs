//! The retention watch for the whole team, most urgent first: what the
//! Today tab, `coachbook retention` and the agenda JSON all show.

use crate::domain::config::Config;
use crate::domain::insights::retention::{watch, Watch};
use crate::store::{Store, StoreResult};
use chrono::NaiveDate;

/// Every active rep's watch on `today`: act now first, then watch, then
/// the rest; more signals first within a level, then by name.
pub fn watches(store: &Store, today: NaiveDate, config: &Config) -> StoreResult<Vec<Watch>> {
    let facts = store.retention_facts(today)?;
    let (at_risk, days) = (config.stay_check_in_days_at_risk, config.stay_check_in_days);
    let mut watches: Vec<Watch> = facts.iter().map(|f| watch(f, today, at_risk, days)).collect();
    watches.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then(b.signals.len().cmp(&a.signals.len()))
            .then(a.name.cmp(&b.name))
    });
    Ok(watches)
}
