//! Drafts: the text of an open form or the quick-capture prompt, saved as it
//! is typed so that a crash, a killed process or a flat battery loses nothing.

use super::convert::now;
use super::error::StoreResult;
use super::Store;
use chrono::{DateTime, Utc};
use rusqlite::params;

/// A saved draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Whose it is: each window writes only its own slot.
    pub slot: String,
    /// What it is a draft of ("New session", "Edit rep: Dana Ortiz").
    pub title: String,
    /// The fields as JSON, as the UI wrote them.
    pub payload: String,
    /// When it was last saved.
    pub saved_at: DateTime<Utc>,
}

impl Store {
    /// Saves the draft of window `slot`, replacing that window's previous
    /// one, in one short transaction; other windows' drafts are untouched.
    pub fn save_draft(&mut self, slot: &str, title: &str, payload: &str) -> StoreResult<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO drafts (slot, title, payload, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (slot) DO UPDATE SET title = ?2, payload = ?3, saved_at = ?4",
                params![slot, title, payload, now()],
            )?;
            Ok(())
        })
    }

    /// Every draft in the notebook, newest first.
    pub fn drafts(&self) -> StoreResult<Vec<Draft>> {
        let mut stmt = self
            .conn
            .prepare("SELECT slot, title, payload, saved_at FROM drafts ORDER BY saved_at DESC, slot")?;
        let rows = stmt.query_map([], |r| {
            Ok(Draft {
                slot: r.get(0)?,
                title: r.get(1)?,
                payload: r.get(2)?,
                saved_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Moves a draft to another slot (a window takes over one an ended
    /// window left); false when it is no longer there.
    pub fn adopt_draft(&mut self, from: &str, to: &str) -> StoreResult<bool> {
        self.write(|tx| {
            tx.execute("DELETE FROM drafts WHERE slot = ?1 AND ?1 <> ?2", params![to, from])?;
            Ok(tx.execute("UPDATE drafts SET slot = ?2 WHERE slot = ?1", params![from, to])? == 1)
        })
    }

    /// Forgets the draft in `slot` (after saving or discarding its form).
    pub fn clear_draft(&mut self, slot: &str) -> StoreResult<()> {
        if self.read_only.is_some() {
            return Ok(());
        }
        self.write(|tx| {
            tx.execute("DELETE FROM drafts WHERE slot = ?1", [slot])?;
            Ok(())
        })
    }
}
