//! The notebook on disk: one SQLite file, opened carefully, written only in
//! short IMMEDIATE transactions that are committed before anything says "saved".

mod account_lines;
mod accounts;
pub mod backup;
mod columns;
mod commitments;
pub mod convert;
pub mod crm;
mod drafts;
mod encryption;
mod error;
mod insights;
mod knowledge;
pub mod names;
pub mod open;
mod plays;
pub mod private_files;
mod rep_figures;
mod reps;
mod retention;
pub mod schema;
mod schema_peer;
mod schema_v1;
pub mod search;
mod search_index;
mod session_detail;
mod session_lines;
mod session_pages;
mod sessions;
mod skills;
mod stays;
mod table;
mod tally;
mod transfer;

pub use crate::domain::figures::RepActivity;
pub use account_lines::AccountLine;
pub use commitments::{CommitmentChanges, CommitmentFilter};
pub use drafts::Draft;
pub use error::{StoreError, StoreResult};
pub use plays::PlayHit;
pub use session_detail::SessionDetail;
pub use session_lines::SessionLine;
pub use session_pages::ListingKey;
pub use sessions::SessionFilter;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// An open notebook.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: Option<String>,
    /// The passphrase it was opened with, to open a second connection.
    key: Option<String>,
    /// Something the user should hear once about how it was opened.
    warning: Option<String>,
}

impl Store {
    /// Opens (or creates) the notebook at `path`; see `open.rs` for the checks.
    pub fn open(path: &Path) -> StoreResult<Store> {
        open::open(path, None)
    }

    /// Opens an encrypted notebook (or creates one) with its passphrase; needs
    /// the `encryption` feature.
    pub fn open_with_key(path: &Path, key: &str) -> StoreResult<Store> {
        open::open(path, Some(key))
    }

    /// A fresh notebook in memory, for tests and dry runs.
    pub fn open_in_memory() -> StoreResult<Store> {
        let mut conn = Connection::open_in_memory()?;
        open::configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
            read_only: None,
            key: None,
            warning: None,
        })
    }

    /// A second connection to the same notebook, for reads on another thread
    /// while this one writes (WAL lets them run side by side). None for a
    /// notebook in memory, which no other connection can see.
    pub fn open_reader(&self) -> Option<StoreResult<Store>> {
        (self.path != Path::new(":memory:")).then(|| open::open(&self.path, self.key.as_deref()))
    }

    /// The notebook's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the user should be told once about opening it (a mode tightened).
    pub fn take_warning(&mut self) -> Option<String> {
        self.warning.take()
    }

    /// Why the notebook can only be read, when it can.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// A counter that changes when another connection commits; lets a running
    /// UI notice writes from another window or the CLI.
    pub fn data_version(&self) -> StoreResult<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Runs `work` in one IMMEDIATE transaction and commits it: taking the write
    /// lock up front is what keeps concurrent writers from "database is locked".
    fn write<T>(&mut self, work: impl FnOnce(&Transaction<'_>) -> StoreResult<T>) -> StoreResult<T> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                why: why.clone(),
            });
        }
        let path = &self.path;
        let named = |e| StoreError::from_sqlite(e, path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(named)?;
        let out = work(&tx).map_err(|e| match e {
            StoreError::Sqlite(e) => named(e),
            other => other,
        })?;
        tx.commit().map_err(named)?;
        Ok(out)
    }
}

/// When the last connection closes cleanly, everything is moved into the
/// notebook file and the -wal is emptied, so the .db file alone is the
/// notebook (copied to a stick or another laptop, it holds everything).
impl Drop for Store {
    fn drop(&mut self) {
        if self.read_only.is_none() && self.path != Path::new(":memory:") {
            // Fails harmlessly (SQLITE_BUSY) while another connection reads.
            let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

/// The names in `table` ("reps" or "accounts") of the notebook at `path`,
/// read without writing anything; empty when it cannot be read. For shell
/// completion, which must be fast and must never change the notebook.
pub fn names(path: &Path, table: &str) -> Vec<String> {
    if !["reps", "accounts"].contains(&table) {
        return Vec::new();
    }
    let Ok(conn) = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Vec::new();
    };
    let sql = format!("SELECT name FROM {table} WHERE archived = 0 ORDER BY name COLLATE NOCASE");
    let Ok(mut stmt) = conn.prepare(&sql) else {
        return Vec::new();
    };
    stmt.query_map([], |r| r.get(0))
        .map(|rows| rows.filter_map(Result::ok).collect())
        .unwrap_or_default()
}
