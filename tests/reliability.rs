//! Nothing lost: migrations from old schemas, backups, restore, and four
//! writer processes on one file.

mod common;

use coachbook::store::{schema, SessionFilter, Store};
use common::{json, Notebook};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn every_old_schema_fixture_migrates_with_its_data_and_a_copy_kept() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for version in 1..schema::LATEST_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("coachbook.db");
        std::fs::copy(fixtures.join(format!("v{version}.db")), &path).unwrap();
        let original = std::fs::read(&path).unwrap();
        let store = Store::open(&path).unwrap();
        let names: Vec<String> = store.reps(true).unwrap().into_iter().map(|r| r.data.name).collect();
        assert_eq!(names, vec!["Dana Ortiz", "Pat Kowalski"], "v{version}");
        let sessions = store.sessions(&SessionFilter::default()).unwrap();
        assert_eq!(sessions.len(), 2);
        assert!(sessions.iter().any(|s| s.data.private_notes == "Retiring early?"));
        let account = &store.accounts(true).unwrap()[0];
        assert_eq!(
            account.data.handover.as_ref().unwrap().successor,
            store.reps(true).unwrap()[0].id
        );
        assert!(store.drafts().unwrap().is_empty(), "the drafts table of v2 exists");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let hits = store.search("discovery", &Default::default(), today, 10).unwrap();
        assert_eq!(hits.len(), 1, "v{version}: search answers after migrating");
        drop(store);
        let kept = dir.path().join(format!("coachbook.db.bak-v{version}"));
        assert_eq!(mode(&kept), 0o600);
        let conn = rusqlite::Connection::open(&kept).unwrap();
        let old: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(old, version, "the copy is the notebook before migrating");
        assert_ne!(std::fs::read(&path).unwrap(), original);
    }
}

#[test]
fn backup_is_a_private_consistent_copy_and_restore_keeps_the_current_aside() {
    let nb = Notebook::with_team();
    let copy = nb.dir.path().join("copy.db");
    let out = nb.ok(&["backup", copy.to_str().unwrap()]);
    assert!(out.contains("Backed up"), "{out}");
    assert_eq!(mode(&copy), 0o600);
    nb.ok(&["rep", "add", "After Backup"]);
    assert_eq!(json(&nb.ok(&["rep", "list", "--json"])).as_array().unwrap().len(), 4);

    let out = nb.ok(&["restore", copy.to_str().unwrap(), "--yes"]);
    assert!(out.contains("the previous notebook is at"), "{out}");
    let reps = json(&nb.ok(&["rep", "list", "--json"]));
    assert_eq!(reps.as_array().unwrap().len(), 3, "back to the backup");
    let aside: Vec<_> = std::fs::read_dir(nb.dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("before-restore-"))
        .collect();
    assert_eq!(aside.len(), 1);
    let kept = Store::open(&aside[0]).unwrap();
    assert!(kept.reps(false).unwrap().iter().any(|r| r.data.name == "After Backup"));

    let text = nb.dir.path().join("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    let err = nb.fails(&["restore", text.to_str().unwrap(), "--yes"]);
    assert!(err.contains("not a Coachbook notebook"), "{err}");
    let err = nb
        .cmd()
        .args(["restore", copy.to_str().unwrap()])
        .write_stdin("no\n")
        .assert()
        .code(1);
    let stderr = String::from_utf8(err.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("not restored; nothing was changed"), "{stderr}");
    let default = nb.ok(&["backup"]);
    assert!(default.contains("/backups/coachbook-"), "{default}");
}

#[test]
fn daily_backups_keep_the_newest_few() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("coachbook.db")).unwrap();
    let folder = dir.path().join("backups");
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    for d in 1..=10 {
        assert!(store.daily_backup(&folder, day(d), 7).unwrap().is_some());
    }
    assert!(store.daily_backup(&folder, day(10), 7).unwrap().is_none(), "one a day");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names.len(), 7);
    assert_eq!(names[0], "coachbook-2026-11-04.db");
    assert_eq!(mode(&folder), 0o700);
    assert!(
        store.daily_backup(&folder, day(11), 0).unwrap().is_none(),
        "0 turns them off"
    );
}

#[test]
fn four_writer_processes_lose_nothing_and_never_see_a_lock() {
    let nb = Notebook::with_team();
    let writers: Vec<_> = ["dana", "sam", "pat", "dana"]
        .iter()
        .enumerate()
        .map(|(w, rep)| {
            let lines: String = (0..250)
                .map(|i| format!("@{rep} writer {w} session {i} disc:3\n"))
                .collect();
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coachbook"))
                .args(["add", "-"])
                .env("COACHBOOK_DB", nb.path())
                .env("COACHBOOK_TODAY", common::TODAY)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            child.stdin.take().unwrap().write_all(lines.as_bytes()).unwrap();
            child
        })
        .collect();
    for child in writers {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
    }
    let store = Store::open(&nb.path()).unwrap();
    let sessions = store.sessions(&SessionFilter::default()).unwrap();
    assert_eq!(sessions.len(), 1000);
    for w in 0..4 {
        let count = sessions
            .iter()
            .filter(|s| s.data.notes.starts_with(&format!("writer {w} ")))
            .count();
        assert_eq!(count, 250, "writer {w}");
    }
}

#[test]
fn backup_never_overwrites_a_file_unless_forced() {
    let nb = Notebook::with_team();
    let other = nb.dir.path().join("other.db");
    std::fs::write(&other, "someone else's file").unwrap();
    let err = nb.fails(&["backup", other.to_str().unwrap()]);
    assert!(err.contains("will not overwrite") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "someone else's file");
    let out = nb.ok(&["backup", other.to_str().unwrap(), "--force"]);
    assert!(out.contains("Backed up"), "{out}");
    assert_eq!(Store::open(&other).unwrap().reps(false).unwrap().len(), 3);
    assert_eq!(mode(&other), 0o600);
}

#[test]
fn restore_refuses_a_damaged_backup_and_keeps_the_notebook() {
    let nb = Notebook::with_team();
    let copy = nb.dir.path().join("copy.db");
    nb.ok(&["backup", copy.to_str().unwrap()]);
    // Damage a page in the middle, as a cut-short copy or a bad disk does.
    let mut bytes = std::fs::read(&copy).unwrap();
    let page = 4096 * 3;
    bytes[page..page + 4096].fill(0x5a);
    std::fs::write(&copy, &bytes).unwrap();
    let err = nb.fails(&["restore", copy.to_str().unwrap(), "--yes"]);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(json(&nb.ok(&["rep", "list", "--json"])).as_array().unwrap().len(), 3);
}

#[test]
fn two_restores_in_one_second_keep_both_notebooks_aside() {
    let nb = Notebook::with_team();
    let copy = nb.dir.path().join("copy.db");
    nb.ok(&["backup", copy.to_str().unwrap()]);
    nb.ok(&["rep", "add", "First Change"]);
    nb.ok(&["restore", copy.to_str().unwrap(), "--yes"]);
    nb.ok(&["rep", "add", "Second Change"]);
    nb.ok(&["restore", copy.to_str().unwrap(), "--yes"]);
    let aside: Vec<_> = std::fs::read_dir(nb.dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("before-restore-"))
        .collect();
    assert_eq!(aside.len(), 2, "{aside:?}");
    let names: Vec<String> = aside
        .iter()
        .flat_map(|p| Store::open(p).unwrap().reps(false).unwrap())
        .map(|r| r.data.name)
        .collect();
    assert!(names.contains(&"First Change".to_string()) && names.contains(&"Second Change".to_string()));
}

#[test]
fn two_windows_making_the_days_backup_at_once_leave_one_good_copy() {
    let nb = Notebook::with_team();
    let folder = nb.dir.path().join("backups");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let windows: Vec<_> = (0..2)
        .map(|_| {
            let store = Store::open(&nb.path()).unwrap();
            let folder = folder.clone();
            std::thread::spawn(move || store.daily_backup(&folder, day, 7).unwrap())
        })
        .collect();
    let made: Vec<_> = windows.into_iter().map(|w| w.join().unwrap()).collect();
    assert!(made.iter().filter(|m| m.is_some()).count() >= 1);
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["coachbook-2026-11-26.db".to_string()],
        "one copy, no partials"
    );
    let copy = Store::open(&folder.join(&names[0])).unwrap();
    assert_eq!(copy.reps(false).unwrap().len(), 3);
}
