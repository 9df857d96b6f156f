//! `coachbook add`: one line of quick capture from the shell.

mod common;

use common::{json, Notebook};

#[test]
fn add_saves_a_session_with_everything_on_the_line() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "add",
        "@dana #acme ride strong discovery, rushed the close disc:4 close:2 todo: send ROI case study fri !follow 2w +open questions; -ask for the next step",
    ]);
    assert_eq!(
        out.trim(),
        "Saved ride-along with Dana Ortiz at Acme Tools on 2026-11-26: 2 ratings, todo \"send ROI case study\" (due 2026-11-27), follow-up 2026-12-10 (session 1)"
    );
    let s = json(&nb.ok(&["session", "show", "1", "--json"]));
    assert_eq!(s["notes"], "strong discovery, rushed the close");
    assert_eq!(s["strengths"], "open questions");
    assert_eq!(s["improvements"], "ask for the next step");
    assert_eq!(s["ratings"], serde_json::json!({"Discovery": 4, "Closing": 2}));
    assert_eq!(s["follow_up"], "2026-12-10");
    let c = json(&nb.ok(&["commitment", "list", "--json"]));
    assert_eq!(c[0]["text"], "send ROI case study");
    assert_eq!(c[0]["due"], "2026-11-27");
    assert_eq!(c[0]["session_id"], 1);
}

#[test]
fn add_reads_standard_input_and_backdates() {
    let nb = Notebook::with_team();
    let out = nb
        .cmd()
        .args(["add", "-"])
        .write_stdin("@sam 1:1 pipeline review todo(me): approve pricing by mon !date yesterday\n\n@dana quick check\n")
        .assert()
        .success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(out.starts_with("Saved 1:1 with Sam Lee on 2026-11-25"), "{out}");
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("Saved ride-along with Dana Ortiz on 2026-11-26"),
        "{out}"
    );
    let bad = nb
        .cmd()
        .args(["add", "-"])
        .write_stdin("@sam fine\n@zed wrong\n")
        .assert()
        .code(1);
    let err = String::from_utf8(bad.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("line 2, column 1: no rep matches \"zed\"") && err.contains("nothing was saved"),
        "{err}"
    );
    assert_eq!(
        json(&nb.ok(&["session", "list", "--json"])).as_array().unwrap().len(),
        2
    );
    let c = json(&nb.ok(&["commitment", "list", "--json"]));
    assert_eq!(c[0]["owner"], "manager");
    assert_eq!(c[0]["text"], "approve pricing");
    assert_eq!(c[0]["due"], "2026-11-30");
}

#[test]
fn dry_run_saves_nothing() {
    let nb = Notebook::with_team();
    let out = nb.ok(&["add", "--dry-run", "@pat handover #acme joint visit with Dana"]);
    assert_eq!(
        out.trim(),
        "Would save handover visit with Pat Kowalski at Acme Tools on 2026-11-26"
    );
    assert_eq!(json(&nb.ok(&["session", "list", "--json"])), serde_json::json!([]));
}

#[test]
fn every_error_names_its_column_and_saves_nothing() {
    let nb = Notebook::with_team();
    nb.ok(&["rep", "add", "Dan Brown"]);
    let cases = [
        ("no rep here", "column 1: name the rep with @name"),
        (
            "@zed notes",
            "column 1: no rep matches \"zed\"; reps are: Dan Brown, Dana Ortiz",
        ),
        (
            "notes @dan",
            "column 7: \"dan\" could be any rep of: Dan Brown (id 4), Dana Ortiz (id 2)",
        ),
        (
            "@sam #globex",
            "column 6: no account matches \"globex\"; accounts are: Acme Tools",
        ),
        ("@sam @pat", "column 6: a line names one rep"),
        ("@\"Sam Lee", "column 2: this quote is never closed"),
        ("@sam disc:7", "column 6: a rating runs from 1 to 5, not 7"),
        ("@sam juggling:3", "column 6: no skill matches \"juggling\""),
        ("@sam !follow", "column 6: !follow needs a date after it"),
        ("@sam !follow someday", "column 14: \"someday\" is not a date"),
        (
            "@sam !date 2026-02-30",
            "column 12: 2026-02-30 is not a date: February 2026 has 28 days",
        ),
        ("@sam todo: ;", "column 6: a todo needs some text"),
        (
            "@sam !date yesterday !follow 2026-11-01",
            "follow-up date is before the session",
        ),
    ];
    for (line, message) in cases {
        let err = nb.fails(&["add", line]);
        assert!(err.contains(message), "{line:?}: {err}");
    }
    assert_eq!(json(&nb.ok(&["session", "list", "--json"])), serde_json::json!([]));
    nb.cmd().arg("add").assert().code(2);
}

#[test]
fn the_account_on_the_line_settles_which_of_two_reps_is_meant() {
    let nb = Notebook::new();
    nb.ok(&["rep", "add", "Dana Ortiz"]);
    nb.ok(&["rep", "add", "Dana Smith"]);
    nb.ok(&["account", "add", "Acme Tools", "--owner", "dana ortiz"]);
    nb.ok(&["account", "add", "Globex"]);
    let out = nb.ok(&["add", "@dana #acme strong discovery"]);
    assert!(
        out.contains("Saved ride-along with Dana Ortiz at Acme Tools")
            && out.contains("(read @dana as Dana Ortiz: Dana Ortiz owns Acme Tools)"),
        "{out}"
    );
    let err = nb.fails(&["add", "@dana #globex first visit"]);
    assert!(
        err.contains("\"dana\" could be any rep of: Dana Ortiz (id 1), Dana Smith (id 2); type more of the name"),
        "nothing tells them apart: {err}"
    );
    nb.ok(&["add", "@dana.smith #globex first visit"]);
    let out = nb.ok(&["add", "--dry-run", "@dana #globex second visit"]);
    assert!(
        out.contains("with Dana Smith at Globex") && out.contains("Dana Smith visited Globex last, on 2026-11-26"),
        "{out}"
    );
}
