//! Drafts: the text of an open form or the quick-capture prompt, saved as it
//! is typed so that a crash, a killed process or a flat battery loses nothing.

use super::convert::now;
use super::error::StoreResult;
use super::Store;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

/// A saved draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// What it is a draft of ("New session", "Edit rep: Dana Ortiz").
    pub title: String,
    /// The fields as JSON, as the UI wrote them.
    pub payload: String,
    /// When it was last saved.
    pub saved_at: DateTime<Utc>,
}

/// The one slot a draft is kept in: the UI has one form or prompt open at a time.
const SLOT: &str = "ui";

impl Store {
    /// Saves the draft, replacing the previous one, in one short transaction.
    pub fn save_draft(&mut self, title: &str, payload: &str) -> StoreResult<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO drafts (slot, title, payload, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (slot) DO UPDATE SET title = ?2, payload = ?3, saved_at = ?4",
                params![SLOT, title, payload, now()],
            )?;
            Ok(())
        })
    }

    /// The draft left behind, if any.
    pub fn draft(&self) -> StoreResult<Option<Draft>> {
        Ok(self
            .conn
            .query_row(
                "SELECT title, payload, saved_at FROM drafts WHERE slot = ?1",
                [SLOT],
                |r| {
                    Ok(Draft {
                        title: r.get(0)?,
                        payload: r.get(1)?,
                        saved_at: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Forgets the draft (after saving or discarding the form).
    pub fn clear_draft(&mut self) -> StoreResult<()> {
        if self.read_only.is_some() {
            return Ok(());
        }
        self.write(|tx| {
            tx.execute("DELETE FROM drafts WHERE slot = ?1", [SLOT])?;
            Ok(())
        })
    }
}
