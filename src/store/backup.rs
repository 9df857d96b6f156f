//! Backups through SQLite's online backup API (safe while another window
//! writes; never a file copy of a live notebook), daily rolling backups, and
//! restoring with the current notebook kept aside.

use super::error::{StoreError, StoreResult};
use super::schema::{APPLICATION_ID, LATEST_VERSION};
use super::Store;
use chrono::NaiveDate;
use rusqlite::backup::Progress;
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Whether a copy may take the place of a file already at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Never: the copy is refused (another window made today's already, or
    /// the user named a file that is there).
    Keep,
    /// Yes: the user said so (`--force`).
    Replace,
}

/// Copies the notebook open on `conn` to `to` (created 0600) with the backup
/// API. The copy is written under a name no other process uses, checked
/// with `integrity_check`, and only then put in place: a copy cut short, or
/// one that two windows wrote at once, never stands where a good one would.
pub(super) fn copy_database(conn: &Connection, to: &Path, existing: Existing) -> StoreResult<()> {
    if let Some(folder) = to.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)
            .map_err(io("cannot create", folder))?;
    }
    if existing == Existing::Keep && to.exists() {
        return Err(already_there(to));
    }
    let partial = PathBuf::from(format!(
        "{}.{}-{}.partial",
        to.display(),
        std::process::id(),
        uuid::Uuid::now_v7().simple()
    ));
    let result = write_checked_copy(conn, &partial).and_then(|()| match existing {
        // A link fails where the name is taken: of two windows, one wins.
        Existing::Keep => std::fs::hard_link(&partial, to).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                already_there(to)
            } else {
                io("cannot create", to)(e)
            }
        }),
        Existing::Replace => std::fs::rename(&partial, to).map_err(io("cannot rename", &partial)),
    });
    let _ = std::fs::remove_file(&partial);
    result
}

fn already_there(path: &Path) -> StoreError {
    StoreError::Io {
        action: "will not overwrite",
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "the file exists (pass --force to replace it)",
        ),
    }
}

fn write_checked_copy(conn: &Connection, partial: &Path) -> StoreResult<()> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(partial)
        .map_err(io("cannot create", partial))?;
    conn.backup(MAIN_DB, partial, None::<fn(Progress)>)
        .map_err(|e| StoreError::from_sqlite(e, partial))?;
    // A rollback-journal copy is one file: checking it leaves nothing beside it.
    let copy = Connection::open(partial)?;
    copy.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
    check_integrity(&copy, partial)
}

/// `PRAGMA integrity_check` says "ok", or the file is refused as damaged.
fn check_integrity(conn: &Connection, path: &Path) -> StoreResult<()> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .unwrap_or_else(|e| e.to_string());
    if verdict == "ok" {
        Ok(())
    } else {
        let findings: Vec<&str> = verdict.lines().filter(|l| !l.starts_with("***")).collect();
        Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: format!("it is damaged; integrity check: {}", findings.join("; ")),
        })
    }
}

use std::os::unix::fs::DirBuilderExt;

/// Checks, without writing to it, that `path` is a Coachbook notebook this
/// program can read; returns its schema version.
pub fn inspect(path: &Path) -> StoreResult<i64> {
    let refuse = |reason: String| StoreError::NotANotebook {
        path: path.to_path_buf(),
        reason,
    };
    if !path.is_file() {
        return Err(refuse("there is no such file".into()));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let app = read("PRAGMA application_id").map_err(|e| refuse(format!("it is damaged or not a database: {e}")))?;
    let version = read("PRAGMA user_version").map_err(|e| refuse(e.to_string()))?;
    if app != APPLICATION_ID {
        return Err(refuse("it is not a Coachbook notebook".into()));
    }
    if version > LATEST_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    check_integrity(&conn, path)?;
    Ok(version)
}

impl Store {
    /// Writes a consistent, checked copy of the notebook to `to`.
    pub fn backup_to(&self, to: &Path, existing: Existing) -> StoreResult<()> {
        copy_database(&self.conn, to, existing)
    }

    /// Keeps one backup a day in `folder` (`<notebook>-YYYY-MM-DD.db`), the
    /// newest `keep`; returns the backup made today, if one was made now.
    pub fn daily_backup(&self, folder: &Path, today: NaiveDate, keep: usize) -> StoreResult<Option<PathBuf>> {
        if keep == 0 {
            return Ok(None);
        }
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "coachbook".into());
        let prefix = format!("{stem}-");
        let today_file = folder.join(format!("{prefix}{today}.db"));
        let made = if today_file.exists() {
            None
        } else {
            match self.backup_to(&today_file, Existing::Keep) {
                Ok(()) => Some(today_file),
                // Another window made today's copy first: one is enough.
                Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => None,
                Err(e) => return Err(e),
            }
        };
        let mut existing: Vec<PathBuf> = std::fs::read_dir(folder)
            .map_err(io("cannot read", folder))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                name.starts_with(&prefix)
                    && name.ends_with(".db")
                    && NaiveDate::parse_from_str(&name[prefix.len()..name.len() - 3], "%Y-%m-%d").is_ok()
            })
            .collect();
        existing.sort();
        let surplus = existing.len().saturating_sub(keep);
        for old in existing.into_iter().take(surplus) {
            std::fs::remove_file(&old).map_err(io("cannot remove", &old))?;
        }
        Ok(made)
    }

    /// Replaces the notebook's content with the notebook at `from` (checked
    /// first), after keeping the current content at `aside`.
    pub fn restore_from(&mut self, from: &Path, aside: &Path) -> StoreResult<()> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                why: why.clone(),
            });
        }
        inspect(from)?;
        self.backup_to(aside, Existing::Keep)?;
        self.conn.restore(MAIN_DB, from, None::<fn(Progress)>)?;
        super::schema::migrate(&mut self.conn)?;
        Ok(())
    }
}
