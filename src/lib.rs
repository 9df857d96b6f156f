//! Coachbook: a keyboard-first notebook for field sales managers who coach their reps.
//!
//! Layers, each in its own folder; arrows point down only:
//! `cli` (subcommands) -> `store` (SQLite) -> `domain` (types, rules, figures).

pub mod cli;
pub mod clock;
pub mod crash;
pub mod domain;
pub mod notebook;
pub mod store;
pub mod ui;
