//! Opening a notebook: create the folder (0700) and file (0600); refuse, untouched,
//! a file that is not ours or is newer than this program; then pragmas and migrations.

use super::error::{StoreError, StoreResult};
use super::schema::{self, APPLICATION_ID, LATEST_VERSION};
use super::Store;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How much of the notebook SQLite keeps in memory, in KiB (as a negative
/// `cache_size`, which SQLite reads as KiB).
const PAGE_CACHE_KIB: i64 = -65_536;

/// How much of the file reads map into memory instead of copying pages:
/// a command's first search then reads the index straight from the
/// operating system's cache.
const MMAP_BYTES: i64 = 1 << 30;

/// The settings every connection needs, on a file or in memory.
pub(super) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Plans that do not depend on the values bound: otherwise SQLite
    // compiles a cached statement again each time its LIMIT (or a value
    // compared with an indexed column) is bound, which costs more than
    // running a short list's query.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(())
}

pub(super) fn open(path: &Path, key: Option<&str>) -> StoreResult<Store> {
    open_checked(path, key).map_err(|e| match e {
        StoreError::Sqlite(e) => StoreError::from_sqlite(e, path),
        other => other,
    })
}

fn open_checked(path: &Path, key: Option<&str>) -> StoreResult<Store> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.exists() {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)
            .map_err(|source| StoreError::Io {
                action: "cannot create the notebook folder",
                path: folder.to_path_buf(),
                source,
            })?;
    }
    let folder_read_only = fs::metadata(folder)
        .map(|m| m.permissions().readonly())
        .unwrap_or(false)
        || !writable(folder);
    let mut created = false;
    let read_only = match fs::metadata(path) {
        Ok(meta) => {
            check_file_kind(path, &meta)?;
            if meta.permissions().readonly() || !writable(path) {
                Some("you cannot write to this notebook; opened read-only".to_string())
            } else if folder_read_only {
                Some(format!("its folder {} is not writable", folder.display()))
            } else {
                None
            }
        }
        Err(_) => {
            if folder_read_only {
                return Err(StoreError::ReadOnly {
                    path: path.to_path_buf(),
                    why: format!(
                        "its folder {} is not writable, so it cannot be created",
                        folder.display()
                    ),
                });
            }
            create_private_file(path)?;
            created = true;
            None
        }
    };
    let mut conn = connect(path, read_only.is_some(), folder_read_only)?;
    if let Some(key) = key {
        apply_key(&conn, path, key)?;
    }
    let version = check_identity(&conn, path, key.is_some())?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    configure(&conn)?;
    // SQLite's own default keeps 2 MB of pages: a detail pane on a large
    // notebook then reads the same pages from the file on every key. Pages
    // are kept as they are read, so a small notebook uses little.
    conn.pragma_update(None, "cache_size", PAGE_CACHE_KIB)?;
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    if let Some(why) = &read_only {
        if version < LATEST_VERSION {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
                why: format!(
                    "{why}, and it needs an upgrade to schema {LATEST_VERSION} before this program can read it"
                ),
            });
        }
    } else {
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        if (1..LATEST_VERSION).contains(&version) {
            let copy = PathBuf::from(format!("{}.bak-v{version}", path.display()));
            if !copy.exists() {
                super::backup::copy_database(&conn, &copy, super::backup::Existing::Keep)?;
            }
        }
        schema::migrate(&mut conn)?;
    }
    let warning = make_private(path);
    let warning = if created {
        Some(format!("Started a new notebook at {}", path.display()))
    } else {
        warning
    };
    Ok(Store {
        conn,
        path: path.to_path_buf(),
        read_only,
        key: key.map(str::to_string),
        warning,
    })
}

/// Whether the file starts like an unencrypted SQLite database.
pub fn is_plain_sqlite(path: &Path) -> bool {
    let mut head = [0u8; 16];
    OpenOptions::new()
        .read(true)
        .open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|_| &head == SQLITE_MAGIC)
}

/// What can be told from the file's metadata alone. Its header is checked
/// through SQLite (`check_identity`): opening and closing the file here while
/// another connection of this process is open would drop that connection's
/// POSIX locks, and a `sqlite3` run beside the app would then delete the WAL
/// that holds its saved sessions.
fn check_file_kind(path: &Path, meta: &fs::Metadata) -> StoreResult<()> {
    if meta.is_dir() {
        return Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: "it is a folder".to_string(),
        });
    }
    Ok(())
}

/// Whether this user may write `path` (the permission bits alone say nothing
/// of who owns the file).
fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access only reads the NUL-terminated path it is given.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

/// Every file of the notebook (the file, its -wal and -shm) is the owner's
/// alone, whatever mode it had: returns a warning when the notebook's own
/// mode had to be tightened.
fn make_private(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let tighten = |file: &Path| -> Option<u32> {
        let mode = fs::metadata(file).ok()?.permissions().mode() & 0o777;
        let private = mode & 0o700 | if file == path { 0 } else { 0o600 };
        (mode != private && fs::set_permissions(file, fs::Permissions::from_mode(private)).is_ok()).then_some(mode)
    };
    for suffix in ["-wal", "-shm"] {
        tighten(Path::new(&format!("{}{suffix}", path.display())));
    }
    tighten(path).map(|was| {
        format!(
            "{} could be read by other users (mode {was:o}); it is now private to you (600)",
            path.display()
        )
    })
}

fn create_private_file(path: &Path) -> StoreResult<()> {
    match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::Io {
            action: "cannot create",
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn connect(path: &Path, read_only: bool, folder_read_only: bool) -> StoreResult<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    if !read_only {
        return Ok(Connection::open_with_flags(
            path,
            flags | OpenFlags::SQLITE_OPEN_READ_WRITE,
        )?);
    }
    // A WAL notebook in a folder we cannot write has no -shm file to share, and
    // nobody else can write it either: read it as immutable. The same when no
    // -wal is there (nobody has it open to write): reading then leaves no
    // -wal or -shm of ours behind.
    let mut uri = format!("file:{}?mode=ro", uri_escape(path));
    let wal_there = Path::new(&format!("{}-wal", path.display())).exists();
    if folder_read_only || !wal_there {
        uri.push_str("&immutable=1");
    }
    Ok(Connection::open_with_flags(
        uri,
        flags | OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?)
}

fn uri_escape(path: &Path) -> String {
    let mut out = String::new();
    for byte in path.as_os_str().as_encoded_bytes() {
        match byte {
            b'%' | b'?' | b'#' | b' ' => out.push_str(&format!("%{byte:02X}")),
            b if b.is_ascii() => out.push(*b as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Unlocks an encrypted notebook (SQLCipher); the key must come before anything else.
fn apply_key(conn: &Connection, path: &Path, key: &str) -> StoreResult<()> {
    if !cfg!(feature = "encryption") {
        return Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: "a passphrase was given, but this Coachbook was built without encryption \
                     (cargo build --release --features encryption)"
                .into(),
        });
    }
    conn.pragma_update(None, "cipher_log_level", "NONE")?;
    conn.pragma_update(None, "key", key)?;
    Ok(())
}

/// Reads the file's identity without writing anything; returns its schema version.
fn check_identity(conn: &Connection, path: &Path, keyed: bool) -> StoreResult<i64> {
    let damaged = |e: rusqlite::Error| match StoreError::from_sqlite(e, path) {
        StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            StoreError::NotANotebook {
                path: path.to_path_buf(),
                reason: if keyed {
                    "the passphrase is wrong, or the file is damaged".to_string()
                } else {
                    "it is not a SQLite database, or it is an encrypted notebook (set COACHBOOK_PASSPHRASE)".to_string()
                },
            }
        }
        StoreError::Sqlite(e) => StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: format!("it is damaged: {e}"),
        },
        other => other,
    };
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(damaged)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(damaged)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(damaged)?;
    if app_id != APPLICATION_ID {
        if app_id == 0 && version == 0 && objects == 0 {
            return Ok(0);
        }
        let reason = if app_id == 0 {
            "it is another program's SQLite database"
        } else {
            "it belongs to another application"
        };
        return Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        });
    }
    if version > LATEST_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    Ok(version)
}
