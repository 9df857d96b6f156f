//! The data-safety promises at the command line: hostile text, typos in
//! paths, files that already exist, and errors said once.

mod common;

use common::Notebook;

#[test]
fn escape_codes_from_imports_never_reach_the_terminal() {
    let nb = Notebook::with_team();
    let csv = nb.dir.path().join("reps.csv");
    std::fs::write(&csv, "Name,Title\n\"Evil\x1b]0;pwned\x07\",Rep\nFine Name,Rep\n").unwrap();
    let err = nb.fails(&["import-csv", "reps", csv.to_str().unwrap()]);
    assert!(err.contains("control characters"), "{err}");
    assert!(!err.contains('\x1b'), "the message itself is safe: {err:?}");

    let evil_note = "seen \x1b]0;pwned\x07 and \x1b[2J cleared";
    nb.ok(&["session", "add", "--rep", "dana", "--notes", evil_note]);
    for args in [
        &["session", "show", "1"][..],
        &["session", "list"],
        &["search", "cleared"],
        &["report", "rep", "dana"],
    ] {
        let out = nb.ok(args);
        assert!(
            !out.contains('\x1b') && !out.contains('\x07'),
            "{args:?} printed {out:?}"
        );
    }
    let shown = nb.ok(&["session", "show", "1"]);
    assert!(shown.contains("seen \\u001b]0;pwned\\u0007 and"), "{shown}");
    // JSON keeps the text, escaped, and reads back the same.
    let doc = common::json(&nb.ok(&["export"]));
    assert_eq!(doc["sessions"][0]["notes"], evil_note);
}

#[test]
fn names_with_line_breaks_or_nul_are_refused_everywhere() {
    let nb = Notebook::with_team();
    let err = nb.fails(&["rep", "add", "Two\nLines"]);
    assert!(err.contains("one line"), "{err}");
    let err = nb.fails(&["account", "add", "Acme\x07"]);
    assert!(err.contains("control characters"), "{err}");
    let mut doc = common::json(&nb.ok(&["export"]));
    doc["reps"][0]["name"] = serde_json::json!("Dana\u{0}Ortiz");
    let file = nb.dir.path().join("doc.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let fresh = Notebook::new();
    let err = fresh.fails(&["import", file.to_str().unwrap()]);
    assert!(err.contains("control characters"), "{err}");
}

#[test]
fn a_typo_in_the_path_creates_nothing() {
    let nb = Notebook::new();
    let typo = nb.dir.path().join("notes/notebok.db");
    for args in [
        &["agenda"][..],
        &["rep", "list"],
        &["search", "x"],
        &["export"],
        &["brief", "dana"],
    ] {
        let mut all = vec!["--db", typo.to_str().unwrap()];
        all.extend_from_slice(args);
        let err = nb.fails(&all);
        assert!(
            err.contains("there is no notebook at") && err.contains("notebok.db"),
            "{err}"
        );
    }
    assert!(!typo.exists() && !typo.parent().unwrap().exists(), "nothing created");
    // Commands that add start a notebook; help-like commands need none.
    nb.ok(&["--db", typo.to_str().unwrap(), "man"]);
    assert!(!typo.exists());
    nb.ok(&["--db", typo.to_str().unwrap(), "rep", "add", "Dana Ortiz"]);
    assert!(typo.exists());
}

#[test]
fn nothing_blank_or_planned_is_saved_as_coaching() {
    let nb = Notebook::with_team();
    let due_before = nb.ok(&["agenda"]);
    assert!(due_before.contains("Sam Lee"), "{due_before}");
    let err = nb.fails(&["add", "@sam"]);
    assert!(err.contains("nothing to save"), "{err}");
    let err = nb.fails(&["add", "@sam #acme"]);
    assert!(err.contains("nothing to save"), "{err}");
    let err = nb.fails(&["session", "add", "--rep", "sam"]);
    assert!(err.contains("nothing to save"), "{err}");
    assert_eq!(
        common::json(&nb.ok(&["session", "list", "--rep", "sam", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // A session dated ahead is a plan: saved, said so, and Sam is still due.
    let out = nb.ok(&["add", "@sam plan the territory review !date 2026-12-07"]);
    assert!(
        out.contains("planned for Mon 2026-12-07, it counts as coaching once that day comes"),
        "{out}"
    );
    let out = nb.ok(&[
        "session",
        "add",
        "--rep",
        "sam",
        "--date",
        "2027-01-04",
        "--notes",
        "quarter kick-off",
    ]);
    assert!(out.contains("planned for Mon 2027-01-04"), "{out}");
    let agenda = nb.ok(&["agenda", "--json"]);
    assert!(agenda.contains("Sam Lee"), "still due: {agenda}");
    let reps = nb.ok(&["rep", "show", "sam"]);
    assert!(reps.contains("last never; never coached"), "{reps}");
}

#[test]
fn smaller_ones_exports_imports_and_passphrases() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "export",
        "--format",
        "csv",
        "--what",
        "reps",
        "--out",
        nb.dir.path().join("r.csv").to_str().unwrap(),
    ]);
    assert!(out.starts_with("Exported 3 reps to"), "{out}");
    let out = nb.ok(&["export", "--out", "/dev/null"]);
    assert!(out.contains("to /dev/null"), "{out}");

    // A JSON file from a Windows editor starts with a byte-order mark.
    nb.ok(&["add", "@dana strong opener"]);
    let doc = nb.ok(&["export"]);
    let file = nb.dir.path().join("bom.json");
    std::fs::write(&file, format!("\u{feff}{doc}")).unwrap();
    let fresh = Notebook::new();
    let out = fresh.ok(&["import", file.to_str().unwrap()]);
    assert!(out.contains("Imported 3 reps"), "{out}");

    let mut big = common::json(&doc);
    big["sessions"][0]["id"] = serde_json::json!(i64::MAX);
    std::fs::write(&file, big.to_string()).unwrap();
    let err = Notebook::new().fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains("out of range") && !err.contains("datatype mismatch"),
        "{err}"
    );

    // Without the encryption feature a passphrase does not lock out a plain notebook.
    if !cfg!(feature = "encryption") {
        let out = nb
            .cmd()
            .env("COACHBOOK_PASSPHRASE", "secret")
            .args(["rep", "list"])
            .assert()
            .success();
        assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Dana Ortiz"));
    }
}

#[test]
fn an_unchanged_crm_file_imported_again_changes_nothing() {
    let nb = Notebook::new();
    let csv = nb.dir.path().join("reps.csv");
    std::fs::write(
        &csv,
        "Name,Title,Region\nDana Ortiz,Account Manager,North\nSam Lee,Rep,South\n",
    )
    .unwrap();
    let out = nb.ok(&["import-csv", "reps", csv.to_str().unwrap()]);
    assert!(out.contains("2 reps, updated 0, 0 unchanged"), "{out}");
    let out = nb.ok(&["import-csv", "reps", csv.to_str().unwrap()]);
    assert!(out.contains("0 reps, updated 0, 2 unchanged"), "{out}");
    std::fs::write(
        &csv,
        "Name,Title,Region\nDana Ortiz,Senior Account Manager,North\nSam Lee,Rep,South\n",
    )
    .unwrap();
    let out = nb.ok(&["import-csv", "reps", csv.to_str().unwrap()]);
    assert!(out.contains("updated 1, 1 unchanged"), "{out}");
}

#[test]
fn every_file_it_writes_is_private_whatever_was_there() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let nb = Notebook::with_team();
    let out_file = nb.dir.path().join("x.json");
    std::fs::write(&out_file, "old").unwrap();
    std::fs::set_permissions(&out_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    nb.ok(&["export", "--include-private", "--out", out_file.to_str().unwrap()]);
    assert_eq!(mode(&out_file), 0o600, "private notes never sit in a 0644 file");

    std::fs::set_permissions(nb.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    nb.ok(&["rep", "list"]);
    assert_eq!(mode(&nb.path()), 0o600, "the notebook is tightened");

    // A read-only notebook is read without leaving -wal or -shm files about,
    // and any that are there are private.
    std::fs::set_permissions(nb.path(), std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(nb.ok(&["rep", "list"]).contains("Dana Ortiz"));
    let err = nb.fails(&["rep", "add", "New Person"]);
    assert!(err.contains("you cannot write to this notebook"), "{err}");
    for suffix in ["-wal", "-shm"] {
        let beside = std::path::PathBuf::from(format!("{}{suffix}", nb.path().display()));
        assert!(!beside.exists() || mode(&beside) == 0o600, "{}", beside.display());
    }
    assert_eq!(mode(&nb.path()) & 0o077, 0, "nobody else can read it");
}

#[test]
fn an_error_is_said_once() {
    let nb = Notebook::with_team();
    let err = nb.fails(&["rep", "edit", "dana", "--cadence", "0"]);
    let words: Vec<&str> = err.split(": ").collect();
    let mut seen = std::collections::HashSet::new();
    assert!(words.iter().all(|w| seen.insert(*w)), "repeated: {err}");
}

#[test]
fn a_full_disk_is_called_a_full_disk() {
    let nb = Notebook::new();
    let disk = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(disk.path())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: this user cannot mount a small tmpfs to fill");
        return;
    }
    let db = disk.path().join("coachbook.db");
    let db = db.to_str().unwrap();
    nb.ok(&["--db", db, "rep", "add", "Dana Ortiz"]);
    let filler = disk.path().join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 2 << 20]);
    let full = nb.cmd().args(["--db", db, "rep", "add", "Sam Lee"]).output().unwrap();
    let _ = std::fs::remove_file(&filler);
    let listed = nb.cmd().args(["--db", db, "rep", "list"]).output().unwrap();
    let _ = std::process::Command::new("umount").arg(disk.path()).status();
    let stderr = String::from_utf8_lossy(&full.stderr);
    assert_eq!(full.status.code(), Some(1));
    assert!(
        stderr.contains("the disk is full") && !stderr.contains("not a Coachbook notebook"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.contains("Dana Ortiz") && !listed.contains("Sam Lee"), "{listed}");
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let nb = Notebook::new();
    let db = nb.path();
    nb.cmd()
        .args(["demo", "--no-open", "--sessions", "3000", "--db", db.to_str().unwrap()])
        .assert()
        .success();
    for format in [&["session", "list", "--json"][..], &["session", "list"][..]] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("coachbook"))
            .env("COACHBOOK_DB", &db)
            .env("COACHBOOK_TODAY", "2026-11-26")
            .args(format)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Like `| head -c 100`: read a little, then close the pipe.
        let mut first = [0u8; 100];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{format:?}: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{format:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
