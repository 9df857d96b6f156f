//! Coachbook: a keyboard-first notebook for field sales managers who coach their reps.
//!
//! Layers, each in its own folder; arrows point down only:
//! `ui` (the full-screen app) and `cli` (subcommands) -> `notebook` (use cases
//! both share: capture, the name directory, documents) -> `store` (SQLite) ->
//! `domain` (types, rules, line syntaxes, figures). `clock` is the one source
//! of today and now. `docs/ARCHITECTURE.md` is the map.

pub mod cli;
pub mod clock;
pub mod crash;
pub mod domain;
pub mod notebook;
pub mod store;
pub mod ui;
