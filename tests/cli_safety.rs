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
