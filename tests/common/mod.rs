//! Helpers shared by the CLI tests: a temporary notebook and a fixed "today".
#![allow(dead_code)]

use assert_cmd::Command;
pub mod fixture;
pub mod pty;
pub mod sample;
pub mod team;

use std::path::PathBuf;
use tempfile::TempDir;

/// Thursday 2026-11-26: every CLI test runs on this day.
pub const TODAY: &str = "2026-11-26";

/// A notebook in a temporary folder, removed when dropped.
pub struct Notebook {
    pub dir: TempDir,
}

impl Notebook {
    pub fn new() -> Self {
        Notebook {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("coachbook.db")
    }

    /// The texts of the drafts saved in the notebook, read without writing.
    pub fn drafts(&self) -> Vec<String> {
        let Ok(conn) = rusqlite::Connection::open_with_flags(self.path(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        else {
            return Vec::new();
        };
        conn.prepare("SELECT payload FROM drafts")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_default()
    }

    /// `coachbook` against this notebook on TODAY.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("coachbook").unwrap();
        cmd.env("COACHBOOK_DB", self.path())
            .env("COACHBOOK_TODAY", TODAY)
            .env_remove("COACHBOOK_CONFIG");
        cmd
    }

    /// Runs `args`, asserts success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    /// Runs `args`, asserts exit status 1 with one line on stderr, returns it.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().code(1);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr}");
        assert!(stderr.starts_with("coachbook: "), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
        stderr
    }

    /// The CLI tests' few records (`sample::small`): Pat (retiring), Dana
    /// (mentored by Pat), Sam, and Acme Tools.
    pub fn with_team() -> Self {
        let nb = Notebook::new();
        sample::small_at(&nb.path());
        nb
    }
}

/// Parses stdout as JSON.
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}
