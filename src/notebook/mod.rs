//! Use cases both front ends call, above the store and the domain: capture
//! (one line of quick capture, from the `:` prompt or `coachbook add`), the
//! name directory lines resolve against, and the per-rep documents. The UI
//! and the CLI differ in how they ask and show, never in what happens.

pub mod capture;
pub mod reports;

use crate::domain::capture::Directory;
use crate::store::{Store, StoreResult};

/// The names quick capture resolves against: active reps and accounts,
/// skills that take ratings.
pub fn directory(store: &Store) -> StoreResult<Directory> {
    Ok(Directory::of(
        &store.reps(false)?,
        &store.accounts(false)?,
        &store.skills(false)?,
    ))
}
