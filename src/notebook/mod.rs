//! Use cases both front ends call, above the store and the domain: capture
//! (one line of quick capture, from the `:` prompt or `coachbook add`), the
//! name directory lines resolve against, and the per-rep documents. The UI
//! and the CLI differ in how they ask and show, never in what happens.

pub mod capture;
pub mod reports;
pub mod retention;

use crate::domain::capture::Directory;
use crate::domain::config::{Config, TopPerformers};
use crate::store::names::Named;
use crate::store::{Store, StoreResult};

/// Settings that name records this notebook does not have: a misspelt
/// name in `top_performers` would quietly leave the top tier short.
pub fn config_warnings(store: &Store, config: &Config) -> StoreResult<Vec<String>> {
    let TopPerformers::Named(names) = &config.top_performers else {
        return Ok(Vec::new());
    };
    let mut warnings = Vec::new();
    for name in names {
        if store.ids_named(Named::Reps, name, false)?.is_empty() {
            warnings.push(format!(
                "config top_performers: {name:?} is not a rep in this notebook (write a rep's full name)"
            ));
        }
    }
    Ok(warnings)
}

/// The names quick capture resolves against: active reps and accounts,
/// skills that take ratings.
pub fn directory(store: &Store) -> StoreResult<Directory> {
    Ok(Directory::of(
        &store.reps(false)?,
        &store.accounts(false)?,
        &store.skills(false)?,
    ))
}
