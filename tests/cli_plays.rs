//! Plays at the command line: written down, listed, found by search beside
//! sessions, archived and restored, and carried through export and import.

mod common;

use common::{json, Notebook};

fn with_a_play() -> Notebook {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "play",
        "add",
        "Trade, never give",
        "--author",
        "pat",
        "--skill",
        "closing",
        "--situation",
        "The buyer asks for a discount at the last meeting",
        "--steps",
        "Ask what they give in return: volume, a longer term, a reference",
        "--account",
        "acme",
    ]);
    assert!(out.contains("Added play \"Trade, never give\" (id 1)"), "{out}");
    nb
}

#[test]
fn a_play_is_written_down_listed_shown_and_edited() {
    let nb = with_a_play();
    let list = nb.ok(&["plays"]);
    assert!(
        list.contains("Trade, never give") && list.contains("Pat Kowalski") && list.contains("Closing"),
        "{list}"
    );
    assert!(
        nb.ok(&["plays", "--skill", "discovery"]).contains("No plays yet"),
        "filtered by skill"
    );
    assert_eq!(
        json(&nb.ok(&["play", "list", "--author", "pat", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let show = nb.ok(&["play", "show", "1"]);
    assert!(
        show.contains("By         Pat Kowalski")
            && show.contains("Account    Acme Tools")
            && show.contains("Situation  The buyer asks for a discount at the last meeting"),
        "{show}"
    );
    nb.ok(&[
        "play",
        "edit",
        "1",
        "--pitfalls",
        "Giving the discount to end the meeting",
    ]);
    let play = json(&nb.ok(&["play", "show", "1", "--json"]));
    assert_eq!(play["pitfalls"], "Giving the discount to end the meeting");
    assert_eq!(play["skills"], serde_json::json!(["Closing"]));

    let err = nb.fails(&["play", "add", "Empty"]);
    assert!(err.contains("Steps: say what to do, or the situation it fits"), "{err}");
    let err = nb.fails(&["play", "show", "9"]);
    assert!(err.contains("play") && err.contains('9'), "{err}");
}

#[test]
fn search_finds_plays_beside_sessions_marked_by_kind() {
    let nb = with_a_play();
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--notes",
        "Held firm on the discount and traded for volume",
    ]);
    let out = nb.ok(&["search", "discount"]);
    assert!(out.contains("play 1 Trade, never give by Pat Kowalski"), "{out}");
    assert!(
        out.contains("[discount]") && out.contains("ride-along with Dana Ortiz"),
        "{out}"
    );
    let items = json(&nb.ok(&["search", "discount", "--json"]));
    let kinds: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["play", "session"]);
    let by_dana = nb.ok(&["search", "discount", "--rep", "dana"]);
    assert!(!by_dana.contains("play 1"), "--rep is the play's author: {by_dana}");

    nb.ok(&["play", "archive", "1"]);
    assert!(!nb.ok(&["search", "discount"]).contains("play 1"));
    assert!(nb
        .ok(&["play", "archive", "1"])
        .contains("already archived; nothing changed"));
    nb.ok(&["play", "restore", "1"]);
    assert!(nb.ok(&["search", "volume"]).contains("play 1"));
}

#[test]
fn plays_travel_through_export_and_import() {
    let nb = with_a_play();
    let doc = nb.ok(&["export", "--format", "json"]);
    assert_eq!(json(&doc)["plays"][0]["title"], "Trade, never give");
    assert_eq!(json(&doc)["plays"][0]["author"], "Pat Kowalski");
    let file = nb.dir.path().join("notebook.json");
    std::fs::write(&file, &doc).unwrap();
    let copy = Notebook::new();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export", "--format", "json"]), doc, "round trip identical");
    assert!(
        copy.ok(&["search", "reference"]).contains("play 1"),
        "the index is rebuilt on import"
    );
}

#[test]
fn mentors_are_suggested_from_the_ratings_seniors_first() {
    let nb = Notebook::with_team();
    assert!(nb.ok(&["rep", "mentors", "dana"]).contains("has no focus skill yet"));
    nb.ok(&["rep", "edit", "dana", "--focus", "discovery"]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "sam",
        "--notes",
        "Great questions",
        "--rate",
        "disc=5",
    ]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "sam",
        "--date",
        "2026-10-01",
        "--notes",
        "Again",
        "--rate",
        "disc=4",
    ]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "pat",
        "--notes",
        "Deep discovery",
        "--rate",
        "disc=4",
    ]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "pat",
        "--date",
        "2026-03-01",
        "--notes",
        "Long ago",
        "--rate",
        "disc=5",
    ]);
    let out = nb.ok(&["rep", "mentors", "dana"]);
    assert!(
        out.contains("Discovery: Pat Kowalski (senior, 1 time), Sam Lee (2 times)"),
        "Pat retires within five years; his March rating is outside 180 days: {out}"
    );
    let items = json(&nb.ok(&["rep", "mentors", "dana", "--json"]));
    assert_eq!(items[0]["mentors"][0]["rep"], "Pat Kowalski");
    assert_eq!(items[0]["mentors"][1]["times_rated_4_or_5"], 2);
}

#[test]
fn the_brief_and_the_1on1_sheet_list_the_plays_that_fit() {
    let nb = with_a_play();
    let brief = nb.ok(&["brief", "pat"]);
    assert!(
        brief.contains("Plays that fit")
            && brief.contains("Trade, never give (by Pat Kowalski): The buyer asks for a discount"),
        "the play is for Pat's account: {brief}"
    );
    let sheet = nb.ok(&["report", "rep", "pat"]);
    assert!(
        sheet.contains("## Plays that fit") && sheet.contains("- **Trade, never give** (by Pat Kowalski)"),
        "{sheet}"
    );
    assert!(
        !nb.ok(&["brief", "sam"]).contains("Plays that fit"),
        "nothing fits Sam yet"
    );
    nb.ok(&["rep", "edit", "sam", "--focus", "closing"]);
    assert!(
        nb.ok(&["brief", "sam"]).contains("Trade, never give"),
        "a play for his focus skill"
    );
}

#[test]
fn a_play_in_one_line() {
    let nb = Notebook::with_team();
    let out = nb.ok(&[
        "add",
        "play: @pat #acme close \"Trade, never give\" ask what they give in return",
    ]);
    assert!(
        out.contains("Saved play \"Trade, never give\" by Pat Kowalski for Closing (play 1)"),
        "{out}"
    );
    let play = json(&nb.ok(&["play", "show", "1", "--json"]));
    assert_eq!(play["steps"], "ask what they give in return");
    assert_eq!(play["account"], "Acme Tools");
    assert_eq!(
        json(&nb.ok(&["session", "list", "--json"])).as_array().unwrap().len(),
        0,
        "no session"
    );
}

#[test]
fn the_knowledge_harvest_keeps_every_answer_and_counts_the_newest() {
    let nb = Notebook::with_team();
    let out = nb.ok(&["account", "knowledge", "acme"]);
    assert!(
        out.contains("Acme Tools: knowledge 0/7; the owner retires soon")
            && out.contains("Who really decides, and who blocks? (decides): not asked yet"),
        "Pat retires in 2028 and owns this key account: {out}"
    );
    nb.ok(&[
        "account",
        "knowledge",
        "acme",
        "--answer",
        "decides",
        "The CFO",
        "--date",
        "2026-09-01",
    ]);
    let out = nb.ok(&[
        "account",
        "knowledge",
        "acme",
        "--answer",
        "decides",
        "The COO since October",
    ]);
    assert!(out.contains("knowledge 1/7"), "{out}");
    let doc = json(&nb.ok(&["account", "knowledge", "acme", "--json"]));
    assert_eq!(doc["answered"], 1);
    assert_eq!(doc["harvest_needed"], true);
    assert_eq!(doc["answers"][0]["answer"], "The COO since October");
    assert_eq!(doc["answers"][0]["date"], "2026-11-26");
    let err = nb.fails(&["account", "knowledge", "acme", "--answer", "gossip", "x"]);
    assert!(
        err.contains("no question \"gossip\"; the questions are decides, history"),
        "{err}"
    );

    // In one line, as in the app's prompt: the owner told it, dated by !date.
    let out = nb.ok(&[
        "add",
        "know: #acme renewals The framework renews in March !date 2026-11-20",
    ]);
    assert!(
        out.contains("Saved what the owner knows about Acme Tools on 2026-11-20: Upcoming renewals and risks"),
        "{out}"
    );
    let err = nb.fails(&["add", "know: #acme gossip x"]);
    assert!(err.contains("no question \"gossip\""), "{err}");
    nb.ok(&[
        "account",
        "knowledge",
        "acme",
        "--answer",
        "renewals",
        "x",
        "--date",
        "2026-11-19",
    ]);
    let doc = json(&nb.ok(&["account", "knowledge", "acme", "--json"]));
    assert_eq!(doc["answered"], 2, "the line's answer is the newest of renewals: {doc}");

    // Every answer travels through export and import.
    let doc = nb.ok(&["export", "--format", "json"]);
    assert_eq!(json(&doc)["account_knowledge"].as_array().unwrap().len(), 4);
    let file = nb.dir.path().join("notebook.json");
    std::fs::write(&file, &doc).unwrap();
    let copy = Notebook::new();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export", "--format", "json"]), doc);
}

#[test]
fn the_handover_pack_gathers_contacts_knowledge_and_plays_for_the_successor() {
    let nb = with_a_play();
    nb.ok(&[
        "account",
        "handover",
        "acme",
        "--to",
        "dana",
        "--stage",
        "introduced",
        "--due",
        "2027-03-31",
        "--notes",
        "Introduce Dana to the CFO first",
    ]);
    nb.ok(&[
        "account",
        "contact",
        "add",
        "acme",
        "Lee Chen",
        "--role",
        "CFO",
        "--influence",
        "9",
        "--known-by",
        "owner",
    ]);
    nb.ok(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--account",
        "acme",
        "--private",
        "Seems tired",
    ]);
    nb.ok(&[
        "account",
        "knowledge",
        "acme",
        "--answer",
        "decides",
        "The COO since October; procurement only signs",
        "--date",
        "2026-10-05",
    ]);
    let pack = nb.ok(&["report", "handover", "acme"]);
    for line in [
        "# Handover pack: Acme Tools",
        "- Owner: Pat Kowalski",
        "- Successor: Dana Ortiz (introduced, target 2027-03-31)",
        "- Handover notes: Introduce Dana to the CFO first",
        "- Lee Chen, CFO, influence 9: only the owner knows them",
        "## What the owner knows (1/7)",
        "- **Who really decides, and who blocks?** The COO since October; procurement only signs _(as of 2026-10-05)_",
        "not asked yet",
        "- **Trade, never give** (by Pat Kowalski)",
        "  - When: The buyer asks for a discount at the last meeting",
    ] {
        assert!(pack.contains(line), "missing {line:?} in:\n{pack}");
    }
    assert!(!pack.contains("Seems tired"), "private notes stay out: {pack}");

    let file = nb.dir.path().join("acme.md");
    let said = nb.ok(&["report", "handover", "acme", "--out", file.to_str().unwrap()]);
    assert!(said.contains("Wrote"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), pack);
    let err = nb.fails(&["report", "handover", "nowhere"]);
    assert!(err.contains("no account"), "{err}");

    // Into the field: the successor's brief and 1:1 sheet carry what is known,
    // the retiring owner's brief what is still to ask.
    let brief = nb.ok(&["brief", "dana"]);
    assert!(
        brief.contains("    what the owner knows (1/7):")
            && brief.contains(
                "      Who really decides, and who blocks? The COO since October; procurement only signs (2026-10-05)"
            ),
        "{brief}"
    );
    let sheet = nb.ok(&["report", "rep", "dana"]);
    assert!(
        sheet.contains("## Taking over Acme Tools: what Pat Kowalski knows (1/7)")
            && sheet.contains("- **Who really decides, and who blocks?** The COO since October"),
        "{sheet}"
    );
    let brief = nb.ok(&["brief", "pat"]);
    assert!(
        brief.contains("    harvest 1/7; still to ask: The relationship's history, and the promises made;")
            && !brief.contains("what the owner knows"),
        "{brief}"
    );
}
