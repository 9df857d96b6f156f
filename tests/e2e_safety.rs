//! The real binary in a pseudo-terminal, killed, signalled and crashed: what
//! was typed or saved is still there afterwards.

mod common;

use common::pty::Pty;
use common::{json, Notebook};
use std::time::{Duration, Instant};

const SAVE: &str = "\x13";

/// Waits until the notebook holds a draft containing `text`.
fn wait_for_draft(nb: &Notebook, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if nb.drafts().iter().any(|p| p.contains(text)) {
            return;
        }
        assert!(Instant::now() < deadline, "no draft with {text:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn start_on_reps(nb: &Notebook, env: &[(&str, &str)]) -> Pty {
    let mut pty = Pty::start_with(&nb.path(), &[], env, 120, 32);
    pty.wait_for("4 Today");
    pty.send("1");
    pty.wait_for("Reps (3)");
    pty
}

#[test]
fn a_draft_survives_sigkill_and_is_offered_back() {
    let nb = Notebook::with_team();
    let mut pty = start_on_reps(&nb, &[]);
    pty.send("c");
    pty.wait_for("New session");
    pty.send("Notes typed in the car park");
    pty.wait_for("Notes typed in the car park");
    wait_for_draft(&nb, "Notes typed in the car park");
    pty.signal(libc::SIGKILL);
    pty.wait_exit();

    let mut again = Pty::start(&nb.path(), &[], 120, 32);
    again.wait_for("Restore your unsaved New session");
    again.send("y");
    again.wait_for("Notes typed in the car park");
    again.send(SAVE);
    again.wait_for("Saved ride-along with Dana Ortiz");
    again.send("q");
    assert!(again.wait_exit());
    let doc = json(&nb.ok(&["export"]));
    assert_eq!(doc["sessions"][0]["notes"], "Notes typed in the car park");
    let conn = rusqlite::Connection::open(nb.path()).unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM drafts", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0, "the draft is gone once saved");
}

#[test]
fn sigterm_and_sighup_save_the_draft_and_exit_cleanly() {
    for sig in [libc::SIGTERM, libc::SIGHUP] {
        let nb = Notebook::with_team();
        let mut pty = start_on_reps(&nb, &[]);
        pty.send(":");
        pty.wait_for("Quick capture");
        pty.send("@sam half a thought");
        pty.wait_for("half a thought");
        pty.signal(sig);
        assert!(pty.wait_exit(), "clean exit on signal {sig}");
        let raw = String::from_utf8_lossy(&pty.raw).to_string();
        assert!(raw.contains("\x1b[?1049l"), "terminal restored on signal {sig}");
        let mut again = Pty::start(&nb.path(), &[], 120, 32);
        again.wait_for("Restore your unsaved quick capture");
        again.send("y");
        again.wait_for("@sam half a thought");
        again.send("\x1b");
        again.send("q");
    }
}

#[test]
fn closing_the_terminal_window_saves_the_draft_and_ends_the_app() {
    let nb = Notebook::with_team();
    let mut pty = start_on_reps(&nb, &[]);
    pty.send(":");
    pty.wait_for("Quick capture");
    pty.send("@sam typed as the window close");
    pty.wait_for("typed as the window close");
    pty.hang_up("d");
    // It ends (wait_exit fails the test after 10 s) instead of spinning on a
    // dead terminal; whether it calls that an error nobody can see.
    pty.wait_exit();
    let mut again = Pty::start(&nb.path(), &[], 120, 32);
    again.wait_for("Restore your unsaved quick capture");
    again.send("y");
    again.wait_for("@sam typed as the window closed");
}

#[test]
fn saved_means_on_disk_even_if_killed_at_once() {
    let nb = Notebook::with_team();
    let mut pty = start_on_reps(&nb, &[]);
    pty.send("c");
    pty.wait_for("New session");
    pty.send("Durable note");
    pty.send(SAVE);
    pty.wait_for("Saved ride-along");
    pty.signal(libc::SIGKILL);
    pty.wait_exit();
    let doc = json(&nb.ok(&["export"]));
    assert_eq!(doc["sessions"][0]["notes"], "Durable note");
}

#[test]
fn a_crash_restores_the_terminal_and_writes_a_report_without_notes() {
    let nb = Notebook::with_team();
    let state = tempfile::tempdir().unwrap();
    let state_path = state.path().to_str().unwrap().to_string();
    let mut pty = Pty::start_with(
        &nb.path(),
        &[],
        &[("COACHBOOK_TEST_PANIC", "1"), ("XDG_STATE_HOME", &state_path)],
        120,
        32,
    );
    pty.wait_for("A report without your notes is at");
    assert!(!pty.wait_exit(), "a crash is not a success");
    let raw = String::from_utf8_lossy(&pty.raw).to_string();
    let left = raw.find("\x1b[?1049l").expect("left the alternate screen");
    let said = raw.find("coachbook crashed").expect("said it crashed");
    assert!(left < said, "the terminal is restored before the message");
    let reports: Vec<_> = walk(state.path());
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = std::fs::read_to_string(&reports[0]).unwrap();
    assert!(
        report.contains(env!("CARGO_PKG_VERSION")) && report.contains("backtrace"),
        "{report}"
    );
    assert!(!report.contains("Seems tired"), "no note text in the report");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&reports[0]).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn another_sqlite_reader_beside_the_app_loses_nothing_it_saves() {
    let nb = Notebook::with_team();
    let mut pty = start_on_reps(&nb, &[]);
    // Another program reads the notebook while the app is open, as
    // `sqlite3 notebook.db 'select count(*) from reps'` does, and closes it.
    // With the app's locks dropped, that close deleted the WAL the app then
    // saved into (this test lost the session on the code before the fix).
    let conn = rusqlite::Connection::open(nb.path()).unwrap();
    let reps: i64 = conn.query_row("SELECT count(*) FROM reps", [], |r| r.get(0)).unwrap();
    assert_eq!(reps, 3);
    drop(conn);
    pty.send(":");
    pty.wait_for("Quick capture");
    pty.send("@sam saved while another reader looked");
    pty.wait_for("saved while another reader looked");
    pty.send("\r");
    pty.wait_for("Saved ride-along with Sam Lee");
    pty.send("q");
    assert!(pty.wait_exit());
    // After quit the .db file alone is the notebook: copied anywhere, it has everything.
    for suffix in ["-wal", "-shm"] {
        let beside = format!("{}{suffix}", nb.path().display());
        assert!(!std::path::Path::new(&beside).exists(), "{beside} left behind");
    }
    let stick = tempfile::tempdir().unwrap();
    let copy = stick.path().join("copied.db");
    std::fs::copy(nb.path(), &copy).unwrap();
    let out = nb
        .cmd()
        .args(["--db", copy.to_str().unwrap(), "export"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes: Vec<&str> = doc["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["notes"].as_str())
        .collect();
    assert!(notes.contains(&"saved while another reader looked"), "{notes:?}");
}

#[test]
fn two_windows_keep_their_own_drafts_and_both_are_offered_back() {
    let nb = Notebook::with_team();
    let mut first = start_on_reps(&nb, &[]);
    let mut second = start_on_reps(&nb, &[]);
    for (window, text) in [
        (&mut first, "typed in the first window"),
        (&mut second, "typed in the second window"),
    ] {
        window.send(":");
        window.wait_for("Quick capture");
        window.send(&format!("@sam {text}"));
        window.wait_for(text);
    }
    wait_for_draft(&nb, "typed in the first window");
    wait_for_draft(&nb, "typed in the second window");
    for window in [&mut first, &mut second] {
        window.signal(libc::SIGKILL);
        window.wait_exit();
    }

    let mut again = Pty::start(&nb.path(), &[], 120, 32);
    again.wait_for("(1 more after this)");
    again.send("y");
    again.wait_for("typed in the second window");
    again.send("\x1b");
    again.wait_for("Restore your unsaved quick capture");
    again.send("y");
    again.wait_for("typed in the first window");
    again.signal(libc::SIGTERM);
    assert!(again.wait_exit());
}
