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
