//! Typed store errors, each with a message a user can act on.

use crate::domain::FieldErrors;
use std::path::PathBuf;

/// Everything that can go wrong between Coachbook and its SQLite file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a Coachbook notebook; it was not touched.
    #[error("{path} is not a Coachbook notebook ({reason}); it was left untouched")]
    NotANotebook {
        /// The file.
        path: PathBuf,
        /// What it looks like instead.
        reason: String,
    },
    /// The notebook was written by a newer Coachbook; it was not touched.
    #[error("{path} was written by a newer Coachbook (schema {found}; this program knows up to {supported}); upgrade Coachbook to open it. The file was not modified")]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest version this program knows.
        supported: i64,
    },
    /// The notebook can only be read.
    #[error("{path} is read-only: {why}; nothing was changed")]
    ReadOnly {
        /// The file.
        path: PathBuf,
        /// Why it cannot be written.
        why: String,
    },
    /// A file-system problem around the notebook.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done ("cannot create folder").
        action: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The disk (or the user's quota) has no room; nothing was half-written.
    #[error("the disk is full: {path} could not be written; nothing was changed. Free some space and try again")]
    DiskFull {
        /// The notebook.
        path: PathBuf,
    },
    /// A record failed validation.
    #[error("{0}")]
    Invalid(#[from] FieldErrors),
    /// A record that is not there.
    #[error("no {what} with id {id}")]
    NotFound {
        /// "rep", "session", ...
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// Someone else saved the record after it was opened here.
    #[error("this {what} was changed elsewhere since it was opened; reload it or overwrite")]
    Conflict {
        /// "rep", "session", ...
        what: &'static str,
    },
    /// An operation that needs an empty notebook got one with data in it.
    #[error("{0}")]
    NotEmpty(String),
    /// SQLite reported an error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Names what SQLite's error means for the notebook at `path`, where it
    /// means something the user can act on (a full disk, a file they may not
    /// write); anything else stays a database error.
    pub fn from_sqlite(e: rusqlite::Error, path: &std::path::Path) -> StoreError {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull {
                path: path.to_path_buf(),
            },
            // Creating or growing the -shm file on a full disk is reported as
            // an I/O error: the free space says which it was.
            Some(ErrorCode::SystemIoFailure) if no_space_left(path) => StoreError::DiskFull {
                path: path.to_path_buf(),
            },
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => StoreError::ReadOnly {
                path: path.to_path_buf(),
                why: "you cannot write to this notebook".into(),
            },
            _ => StoreError::Sqlite(e),
        }
    }
}

/// Whether the file system holding `path` has no room left.
fn no_space_left(path: &std::path::Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let Ok(c_path) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: statvfs fills the zeroed struct it is given for a NUL-terminated path.
    unsafe {
        let mut stats: libc::statvfs = std::mem::zeroed();
        libc::statvfs(c_path.as_ptr(), &mut stats) == 0 && stats.f_bavail == 0
    }
}

/// Results of store operations.
pub type StoreResult<T> = Result<T, StoreError>;
