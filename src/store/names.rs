//! Finding one rep or account by what was typed: by id, then by the exact
//! name through its index, and only then by matching against the names
//! alone (never whole records), so a name costs one indexed read.

use super::error::StoreResult;
use super::Store;
use crate::domain::{AccountId, RepId};
use chrono::NaiveDate;

/// Which table a name is looked up in.
#[derive(Debug, Clone, Copy)]
pub enum Named {
    /// Reps.
    Reps,
    /// Accounts.
    Accounts,
}

impl Named {
    fn table(self) -> &'static str {
        match self {
            Named::Reps => "reps",
            Named::Accounts => "accounts",
        }
    }
}

impl Store {
    /// Whether row `id` exists (and is active, unless `include_archived`).
    pub fn has_id(&self, named: Named, id: i64, include_archived: bool) -> StoreResult<bool> {
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1 AND (archived = 0 OR ?2))",
            named.table()
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params![id, include_archived], |r| r.get(0))?)
    }

    /// The ids whose name is exactly `name` (any case), from the name index.
    pub fn ids_named(&self, named: Named, name: &str, include_archived: bool) -> StoreResult<Vec<i64>> {
        let sql = format!(
            "SELECT id FROM {} WHERE name = ?1 COLLATE NOCASE AND (archived = 0 OR ?2) ORDER BY id",
            named.table()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params![name.trim(), include_archived], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every id and name, and nothing else, for matching part of a name.
    pub fn names(&self, named: Named, include_archived: bool) -> StoreResult<Vec<(i64, String)>> {
        let sql = format!(
            "SELECT id, name FROM {} WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE, id",
            named.table()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([include_archived], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When each rep last had a session at `account` (archived ones left
    /// out): which of two Danas `#acme` goes with. One indexed read of the
    /// account's sessions.
    pub fn visits_by_rep(&self, account: AccountId) -> StoreResult<Vec<(RepId, NaiveDate)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rep_id, max(date) FROM sessions WHERE account_id = ?1 AND archived = 0 GROUP BY rep_id",
        )?;
        let rows = stmt.query_map([account], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
