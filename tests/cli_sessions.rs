//! CLI tests for sessions, commitments, export/import and the summary.

mod common;

use common::{json, Notebook};
use predicates::prelude::*;

#[test]
fn session_add_show_list_edit_ack_archive() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--account",
        "acme",
        "--date",
        "yesterday",
        "--time",
        "09:30",
        "--minutes",
        "90",
        "--objective",
        "Book the demo",
        "--self",
        "Went OK",
        "--notes",
        "Strong discovery, rushed the close",
        "--strength",
        "Open questions",
        "--improve",
        "Ask for the next step",
        "--outcome",
        "Demo booked",
        "--next",
        "Prepare demo",
        "--follow-up",
        "2w",
        "--rate",
        "disc=4",
        "--rate",
        "Closing=2",
        "--will",
        "4",
        "--commit",
        "Send ROI case study@fri",
        "--commit-mine",
        "Email bob@example.com the pricing",
        "--call",
        "acme:CFO joined",
        "--private",
        "Seems tired",
    ]);
    assert_eq!(
        out.trim(),
        "Saved ride-along with Dana Ortiz on 2026-11-25 (session 1) and 2 commitments"
    );

    let show = nb.ok(&["session", "show", "1"]);
    for wanted in [
        "Session 1: ride-along with Dana Ortiz at Acme Tools",
        "Wed 2026-11-25 09:30, 90 min",
        "Strong discovery, rushed the close",
        "Discovery               ■■■■□ 4",
        "Will                    ■■■■□ 4",
        "[rep] Send ROI case study (open, due 2026-11-27)",
        "[manager] Email bob@example.com the pricing (open)",
        "1. Acme Tools",
        "what happened: CFO joined",
        "Follow-up: 2026-12-10",
        "(private notes hidden",
    ] {
        assert!(show.contains(wanted), "missing {wanted:?} in\n{show}");
    }
    assert!(!show.contains("Seems tired"));
    assert!(nb
        .ok(&["session", "show", "1", "--include-private"])
        .contains("Seems tired"));

    let s = json(&nb.ok(&["session", "show", "1", "--json"]));
    assert_eq!(s["rep"], "Dana Ortiz");
    assert_eq!(s["account"], "Acme Tools");
    assert_eq!(s["kind"], "ride_along");
    assert_eq!(s["date"], "2026-11-25");
    assert_eq!(s["time"], "09:30");
    assert_eq!(s["self_assessment"], "Went OK");
    assert_eq!(s["ratings"]["Discovery"], 4);
    assert_eq!(s["follow_up"], "2026-12-10");
    assert_eq!(s["private_notes"], serde_json::Value::Null);
    assert_eq!(s["calls"][0]["what_happened"], "CFO joined");
    let with_private = json(&nb.ok(&["session", "show", "1", "--json", "--include-private"]));
    assert_eq!(with_private["private_notes"], "Seems tired");

    nb.ok(&[
        "session",
        "add",
        "--rep",
        "sam",
        "--kind",
        "1:1",
        "--date",
        "mon",
        "--notes",
        "Pipeline review",
    ]);
    let list = nb.ok(&["session", "list"]);
    let first = list.lines().nth(1).unwrap();
    assert!(first.contains("2026-11-25") && first.contains("Dana Ortiz"), "{list}");
    assert!(list.contains("2026-11-23") && list.contains("1:1"), "{list}");
    let only_sam = json(&nb.ok(&["session", "list", "--rep", "sam", "--json"]));
    assert_eq!(only_sam.as_array().unwrap().len(), 1);
    let at_acme = json(&nb.ok(&["session", "list", "--account", "acme", "--json"]));
    assert_eq!(at_acme.as_array().unwrap().len(), 1);
    let recent = json(&nb.ok(&["session", "list", "--since", "2026-11-24", "--json"]));
    assert_eq!(recent.as_array().unwrap().len(), 1);
    let limited = json(&nb.ok(&["session", "list", "--limit", "1", "--json"]));
    assert_eq!(limited.as_array().unwrap().len(), 1);

    nb.ok(&[
        "session",
        "edit",
        "1",
        "--rate",
        "close=3",
        "--rate",
        "disc=none",
        "--commit",
        "Practise closing@2w",
    ]);
    let s = json(&nb.ok(&["session", "show", "1", "--json"]));
    assert_eq!(s["ratings"], serde_json::json!({"Closing": 3}));
    assert_eq!(
        json(&nb.ok(&["commitment", "list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        3
    );

    assert!(nb.ok(&["session", "ack", "1"]).contains("acknowledged on 2026-11-26"));
    assert_eq!(
        json(&nb.ok(&["session", "show", "1", "--json"]))["acknowledged_on"],
        "2026-11-26"
    );

    nb.ok(&["session", "archive", "2"]);
    assert_eq!(
        json(&nb.ok(&["session", "list", "--json"])).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        json(&nb.ok(&["session", "list", "--all", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    nb.ok(&["session", "restore", "2"]);
    assert_eq!(
        json(&nb.ok(&["session", "list", "--json"])).as_array().unwrap().len(),
        2
    );
}

#[test]
fn session_errors() {
    let nb = Notebook::with_team();
    assert!(nb
        .fails(&["session", "add", "--rep", "zed"])
        .contains("no rep matches \"zed\""));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--date", "2026-02-30"])
        .contains("February 2026 has 28 days"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--rate", "disc=6"])
        .contains("from 1 to 5"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--rate", "juggling=3"])
        .contains("no skill matches"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--rate", "disc"])
        .contains("write SKILL=N"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--will", "9"])
        .contains("will runs from 1 to 5"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--kind", "party"])
        .contains("not a valid session kind"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--time", "9h"])
        .contains("HH:MM"));
    assert!(nb
        .fails(&[
            "session",
            "add",
            "--rep",
            "dana",
            "--date",
            "2026-11-20",
            "--follow-up",
            "2026-11-01"
        ])
        .contains("follow-up date is before the session"));
    assert!(nb
        .fails(&["session", "add", "--rep", "dana", "--commit", "Call@someday"])
        .contains("--commit"));
    assert!(nb.fails(&["session", "show", "99"]).contains("no session with id 99"));
    assert!(nb.fails(&["session", "ack", "99"]).contains("no session with id 99"));
    assert_eq!(json(&nb.ok(&["session", "list", "--json"])), serde_json::json!([]));
    nb.cmd().args(["session", "show", "one"]).assert().code(2);
}

#[test]
fn commitments_list_add_done_reopen() {
    let nb = Notebook::with_team();
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--commit",
        "Late thing@2026-11-20",
        "--commit",
        "Soon thing@mon",
    ]);
    nb.ok(&["commitment", "add", "sam", "Book joint visit", "--due", "fri", "--mine"]);
    let list = nb.ok(&["commitment", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    assert!(
        lines[1].contains("Late thing") && lines[1].contains("OVERDUE"),
        "{list}"
    );
    assert!(
        lines[2].contains("Book joint visit") && lines[2].contains("manager"),
        "{list}"
    );
    assert!(nb
        .ok(&["commitment", "done", "1"])
        .contains("Done: Late thing (2026-11-26)"));
    let again = nb.ok(&["commitment", "done", "1", "--date", "2026-11-20"]);
    assert!(
        again.contains("Already done on 2026-11-26: Late thing (nothing changed"),
        "a no-op says so and keeps the day: {again}"
    );
    let open = json(&nb.ok(&["commitment", "list", "--open", "--json"]));
    assert_eq!(open.as_array().unwrap().len(), 2);
    let dana = json(&nb.ok(&["commitment", "list", "--rep", "dana", "--json"]));
    assert_eq!(dana[0]["text"], "Soon thing");
    assert_eq!(dana[0]["due"], "2026-11-30");
    assert_eq!(dana[1]["done"], "2026-11-26");
    assert_eq!(dana[1]["rep"], "Dana Ortiz");
    nb.ok(&["commitment", "reopen", "1"]);
    assert!(nb
        .ok(&["commitment", "reopen", "1"])
        .contains("Already open: Late thing"));
    assert_eq!(
        json(&nb.ok(&["commitment", "list", "--open", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert!(nb
        .fails(&["commitment", "done", "42"])
        .contains("no commitment with id 42"));
    assert!(nb
        .fails(&["commitment", "add", "dana", " "])
        .contains("needs some text"));
}

#[test]
fn export_import_round_trip_through_the_cli() {
    let nb = Notebook::with_team();
    nb.ok(&["account", "handover", "acme", "--to", "dana", "--due", "2027-03-31"]);
    nb.ok(&["account", "contact", "add", "acme", "Lee Chen", "--role", "CFO"]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--account",
        "acme",
        "--notes",
        "Notes with \"quotes\" and ünïcode",
        "--rate",
        "disc=4",
        "--commit",
        "Send deck@fri",
        "--private",
        "Secret",
        "--call",
        "acme",
    ]);
    nb.ok(&["rep", "archive", "sam"]);
    for private in [false, true] {
        let mut args = vec!["export", "--format", "json"];
        if private {
            args.push("--include-private");
        }
        let first = nb.ok(&args);
        assert_eq!(first.contains("Secret"), private);
        let doc = json(&first);
        assert_eq!(doc["version"], 1);
        for key in ["reps", "accounts", "sessions", "commitments", "skills"] {
            assert!(doc[key].is_array(), "{key}");
        }
        let file = nb.dir.path().join(format!("export-{private}.json"));
        std::fs::write(&file, &first).unwrap();
        let copy = Notebook::new();
        let out = copy.ok(&["import", file.to_str().unwrap()]);
        assert!(
            out.contains("Imported 3 reps, 1 account, 1 session and 1 commitment"),
            "{out}"
        );
        assert_eq!(copy.ok(&args), first, "export after import differs");
    }
    let out_file = nb.dir.path().join("out.json");
    nb.ok(&["export", "--out", out_file.to_str().unwrap()]);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out_file).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn import_errors_change_nothing() {
    let nb = Notebook::with_team();
    let export = nb.ok(&["export"]);
    let file = nb.dir.path().join("e.json");
    std::fs::write(&file, &export).unwrap();
    let err = nb.fails(&["import", file.to_str().unwrap()]);
    assert!(err.contains("already holds data"), "{err}");

    let fresh = Notebook::new();
    let bad = fresh.dir.path().join("bad.json");
    std::fs::write(&bad, "{\"version\": 1, \"reps\": [}").unwrap();
    let err = fresh.fails(&["import", bad.to_str().unwrap()]);
    assert!(
        err.contains("is not a Coachbook export") && err.contains("line 1"),
        "{err}"
    );
    let mut doc = json(&export);
    doc["accounts"][0]["owner"] = "Nobody".into();
    doc["accounts"][0]["owner_uuid"] = serde_json::Value::Null;
    std::fs::write(&bad, serde_json::to_string(&doc).unwrap()).unwrap();
    let err = fresh.fails(&["import", bad.to_str().unwrap()]);
    assert!(err.contains("accounts[0] (id 1): no rep named \"Nobody\""), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(json(&fresh.ok(&["rep", "list", "--json"])), serde_json::json!([]));
    assert!(fresh
        .fails(&["import", "/no/such/file.json"])
        .contains("cannot read /no/such/file.json"));
}

#[test]
fn summary_without_subcommand_and_refusals() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[]);
    assert!(out.contains("3 reps, 1 account, 0 sessions"), "{out}");
    assert!(
        out.contains("Coaching due") && out.contains("Sam Lee: never coached"),
        "{out}"
    );

    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a notebook").unwrap();
    assert_cmd::Command::cargo_bin("coachbook")
        .unwrap()
        .args(["--db", text.to_str().unwrap(), "rep", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a Coachbook notebook"));
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "not a notebook");
    nb.cmd()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    nb.cmd()
        .args(["session", "add", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--rate"));
}

#[test]
fn demo_creates_a_separate_sample_notebook_and_never_touches_the_real_one() {
    let real = Notebook::with_team();
    let before = std::fs::read(real.path()).unwrap();
    let data_home = tempfile::tempdir().unwrap();
    let out = real
        .cmd()
        .env("XDG_DATA_HOME", data_home.path())
        .args(["demo", "--no-open"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let demo = data_home.path().join("coachbook/demo.db");
    assert!(
        stdout.contains(&format!("Created a sample notebook at {}", demo.display())),
        "{stdout}"
    );
    assert!(stdout.contains("10 reps, 40 accounts, 260 sessions"), "{stdout}");
    assert_eq!(
        std::fs::read(real.path()).unwrap(),
        before,
        "COACHBOOK_DB's notebook untouched"
    );

    // Running it again never replaces a demo notebook that may hold the
    // user's own additions; --fresh does, with the same notebook.
    let export = |path: &std::path::Path| {
        let out = assert_cmd::Command::cargo_bin("coachbook")
            .unwrap()
            .args(["--db", path.to_str().unwrap(), "export"])
            .env("COACHBOOK_TODAY", common::TODAY)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let first = export(&demo);
    let again = real
        .cmd()
        .env("XDG_DATA_HOME", data_home.path())
        .args(["demo", "--no-open"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(again.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("demo --fresh"), "{stderr}");
    real.cmd()
        .env("XDG_DATA_HOME", data_home.path())
        .args(["demo", "--no-open", "--fresh"])
        .assert()
        .success();
    assert_eq!(export(&demo), first, "same seed, same notebook");
    let reps = json(&first)["reps"].as_array().unwrap().len();
    assert_eq!(reps, 10);

    // A named file that already holds data is refused.
    let err = real.fails(&["--db", real.path().to_str().unwrap(), "demo", "--no-open"]);
    assert!(err.contains("already holds a notebook"), "{err}");
    assert_eq!(std::fs::read(real.path()).unwrap(), before);

    let custom = real.dir.path().join("small.db");
    real.ok(&[
        "demo",
        "--db",
        custom.to_str().unwrap(),
        "--reps",
        "3",
        "--accounts",
        "5",
        "--sessions",
        "20",
        "--no-open",
    ]);
    assert_eq!(json(&export(&custom))["sessions"].as_array().unwrap().len(), 20);
}

#[test]
fn commitment_edit_changes_text_due_and_who_and_search_follows() {
    let nb = Notebook::with_team();
    let out = nb.ok(&["add", "@dana ride strong discovery todo: send the brochure"]);
    assert!(out.contains("send the brochure"), "{out}");
    let list = json(&nb.ok(&["commitment", "list", "--json"]));
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "send the brochure")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let out = nb.ok(&[
        "commitment",
        "edit",
        &id,
        "--text",
        "Send the ROI case study",
        "--due",
        "2026-12-04",
        "--by",
        "me",
    ]);
    assert!(
        out.contains("Saved commitment") && out.contains("Send the ROI case study, due 2026-12-04"),
        "{out}"
    );
    let list = json(&nb.ok(&["commitment", "list", "--json"]));
    let edited = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"].as_i64().map(|n| n.to_string()).as_deref() == Some(id.as_str()))
        .unwrap();
    assert_eq!(edited["due"], "2026-12-04");
    assert_eq!(edited["owner"], "manager");
    // The old words are gone from the search, the new ones found.
    nb.cmd().args(["search", "brochure"]).assert().code(1);
    assert!(
        nb.ok(&["search", "case study"]).contains("Dana Ortiz"),
        "the session is found by the new text"
    );
    assert!(nb
        .ok(&["commitment", "edit", &id, "--due", "none"])
        .contains("Saved commitment"));
    assert!(nb.ok(&["commitment", "edit", &id]).contains("Nothing changed"));
    assert!(nb
        .fails(&["commitment", "edit", &id, "--by", "boss"])
        .contains("neither rep nor me"));
}
