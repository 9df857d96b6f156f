//! The golden files' notebook: the sample story (`sample::story`).
#![allow(dead_code)]

use super::Notebook;

/// Today is Thursday 2026-11-26 (see `TODAY`).
pub fn notebook() -> Notebook {
    let nb = Notebook::new();
    super::sample::story_at(&nb.path());
    nb
}
