//! The retention watch at the command line: recording stay conversations,
//! the watch with its signals, and stay conversations kept private.

mod common;

use common::{json, Notebook};

const SECRET: &str = "Offer from a competitor, wants a bigger territory";

/// The CLI team with Sam's stay conversation and a drifting record: a ride
/// long ago, an overdue promise of the manager's.
fn notebook_with_a_stay() -> Notebook {
    let nb = Notebook::with_team();
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "sam",
        "--date",
        "2026-09-01",
        "--notes",
        "Ride along",
    ]);
    nb.ok(&[
        "commitment",
        "add",
        "sam",
        "Approve the training budget",
        "--due",
        "2026-11-10",
        "--mine",
    ]);
    let out = nb.ok(&[
        "rep",
        "stay",
        "sam",
        "--risk",
        "high",
        "--why",
        "recruiter,growth",
        "--two-years",
        "unsure",
        "--notes",
        SECRET,
    ]);
    assert!(
        out.contains(
            "Saved stay conversation with Sam Lee on 2026-11-26: risk high (approached by a recruiter or \
             competitor, growth or career path), here in two years: unsure, impact low (from their accounts); \
             next check-in 2026-12-26"
        ),
        "{out}"
    );
    nb
}

#[test]
fn a_stay_conversation_puts_the_rep_on_the_watch_with_the_records_signals() {
    let nb = notebook_with_a_stay();
    let out = nb.ok(&["retention"]);
    let sam = out.find("ACT NOW  Sam Lee: risk high").expect(&out);
    let rest = &out[sam..];
    assert!(
        rest.contains("! your promises slipping: 1 promise of yours overdue, the oldest due 2026-11-10 (\"Approve the training budget\")")
            && rest.contains("! coaching gap: 72 days past a 14-day cadence (last 2026-09-01)")
            && rest.contains("-> keep your own promise: Approve the training budget"),
        "{out}"
    );
    assert!(out.contains("next check-in 2026-12-26"), "{out}");
    assert!(!out.contains(SECRET), "the notes stay in the record: {out}");

    let items = json(&nb.ok(&["retention", "--json"]));
    let sam = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["rep"] == "Sam Lee")
        .unwrap();
    assert_eq!(sam["level"], "act_now");
    assert_eq!(sam["stay"]["risk"], "high");
    assert_eq!(sam["stay"]["reasons"], serde_json::json!(["recruiter", "growth"]));
    assert_eq!(sam["next_check_in"], "2026-12-26");
    assert_eq!(items[0]["rep"], "Sam Lee", "act now comes first");
}

#[test]
fn a_stay_conversation_is_checked_and_takes_the_impact_of_the_accounts_owned() {
    let nb = Notebook::with_team();
    let err = nb.fails(&[
        "rep",
        "stay",
        "pat",
        "--risk",
        "low",
        "--two-years",
        "yes",
        "--why",
        "boredom",
    ]);
    assert!(
        err.contains("--why: \"boredom\" is not a valid reason; choose one of: pay, growth"),
        "{err}"
    );
    let err = nb.fails(&[
        "rep",
        "stay",
        "pat",
        "--risk",
        "low",
        "--two-years",
        "yes",
        "--next",
        "yesterday",
    ]);
    assert!(err.contains("the next check-in comes after this one"), "{err}");
    let out = nb.ok(&["rep", "stay", "pat", "--risk", "low", "--two-years", "yes"]);
    assert!(
        out.contains("impact high (from their accounts); next check-in 2027-02-24"),
        "Pat owns a key account; a quarter at low risk: {out}"
    );
    let out = nb.ok(&[
        "rep",
        "stay",
        "pat",
        "--risk",
        "medium",
        "--two-years",
        "no",
        "--impact",
        "low",
    ]);
    assert!(out.contains("impact low; next check-in 2026-12-26"), "{out}");
}

#[test]
fn stay_conversations_never_leave_unless_asked_for() {
    let nb = notebook_with_a_stay();
    for args in [
        &["export", "--format", "json"][..],
        &["export", "--format", "markdown"],
        &["report", "rep", "sam"],
        &["brief", "sam"],
        &["ics"],
        &["rep", "show", "sam", "--json"],
    ] {
        let out = nb.ok(args);
        assert!(
            !out.contains(SECRET) && !out.contains("stay_conversations"),
            "{args:?}: {out}"
        );
    }
    let err = nb.cmd().args(["search", "competitor"]).assert().code(1);
    let out = String::from_utf8(err.get_output().stdout.clone()).unwrap();
    assert!(!out.contains(SECRET), "{out}");

    let private = nb.ok(&["export", "--format", "json", "--include-private"]);
    let doc = json(&private);
    assert_eq!(doc["stay_conversations"][0]["notes"], SECRET);
    assert_eq!(doc["stay_conversations"][0]["rep"], "Sam Lee");

    // ... and then they round-trip through import.
    let file = nb.dir.path().join("private.json");
    std::fs::write(&file, &private).unwrap();
    let copy = Notebook::new();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export", "--format", "json", "--include-private"]), private);
}

#[test]
fn a_stay_conversation_in_one_line_is_saved_privately() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "add",
        "@sam stay risk:high why:recruiter,growth 2y:unsure thinking of leaving for a rival",
    ]);
    assert!(
        out.contains(
            "Saved stay conversation with Sam Lee on 2026-11-26: risk high (approached by a recruiter or \
             competitor, growth or career path), here in two years: unsure (private)"
        ),
        "{out}"
    );
    assert!(nb.ok(&["retention"]).contains("ACT NOW  Sam Lee: risk high"));
    let found = nb.cmd().args(["search", "rival"]).assert().code(1);
    assert!(String::from_utf8_lossy(&found.get_output().stdout).contains("Nothing matches"));
    assert_eq!(
        json(&nb.ok(&["session", "list", "--json"])).as_array().unwrap().len(),
        0,
        "no session was made"
    );
    let err = nb.fails(&["add", "@sam stay risk:high"]);
    assert!(err.contains("needs risk:low|medium|high and 2y:yes|unsure|no"), "{err}");
}

#[test]
fn the_agenda_json_carries_the_retention_items() {
    let nb = notebook_with_a_stay();
    let agenda = json(&nb.ok(&["agenda", "--json"]));
    let items = agenda["retention"].as_array().unwrap();
    assert_eq!(items[0]["rep"], "Sam Lee");
    assert_eq!(items[0]["level"], "act_now");
    assert_eq!(items[0]["action"], "keep your own promise: Approve the training budget");
    assert!(!agenda.to_string().contains(SECRET));
}

#[test]
fn the_retention_review_is_written_for_the_manager_alone() {
    use std::os::unix::fs::PermissionsExt;
    let nb = notebook_with_a_stay();
    let file = nb.dir.path().join("retention.md");
    let said = nb.ok(&["report", "retention", "--out", file.to_str().unwrap()]);
    assert!(said.contains("Wrote"), "{said}");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    for wanted in [
        "# Retention review, 2026-11-26",
        "## Act now",
        "### Sam Lee",
        "- This week: keep your own promise: Approve the training budget",
        "- Stay conversation 2026-11-26: risk high (approached by a recruiter or competitor, growth or career path)",
        SECRET,
        "| risk \\ impact | high | medium | low |",
        "| high | — | — | Sam Lee (1) |",
        "No stay conversation yet: ",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
}
