//! CLI tests for reps, accounts, contacts, handovers and skills.

mod common;

use common::{json, Notebook};

#[test]
fn rep_add_list_show_edit_archive_restore() {
    let nb = Notebook::with_team();
    let list = nb.ok(&["rep", "list"]);
    assert!(list.contains("Dana Ortiz") && list.contains("never coached"), "{list}");
    assert!(list.contains("Pat Kowalski") && list.contains("1y"), "{list}");

    let show = nb.ok(&["rep", "show", "do"]);
    assert!(
        show.contains("Dana Ortiz") && show.contains("Mentor        Pat Kowalski"),
        "{show}"
    );
    assert!(show.contains("Hired         2024-02-29 (2y 8m)"), "{show}");

    nb.ok(&[
        "rep",
        "edit",
        "dana",
        "--cadence",
        "7",
        "--focus",
        "disc",
        "--title",
        "Account Manager",
    ]);
    let rep = json(&nb.ok(&["rep", "show", "dana", "--json"]));
    assert_eq!(rep["cadence_days"], 7);
    assert_eq!(rep["focus"][0], "Discovery");
    assert_eq!(rep["title"], "Account Manager");
    assert_eq!(rep["mentor"], "Pat Kowalski");
    assert_eq!(rep["phone"], serde_json::Value::Null);

    nb.ok(&["rep", "edit", "dana", "--title", "", "--mentor", "none"]);
    let rep = json(&nb.ok(&["rep", "show", "dana", "--json"]));
    assert_eq!(rep["title"], serde_json::Value::Null);
    assert_eq!(rep["mentor"], serde_json::Value::Null);

    let out = nb.ok(&["rep", "archive", "sam"]);
    assert!(out.contains("Archived rep Sam Lee"), "{out}");
    assert!(!nb.ok(&["rep", "list"]).contains("Sam Lee"));
    assert!(nb.ok(&["rep", "list", "--all"]).contains("Sam Lee (archived)"));
    nb.ok(&["rep", "restore", "sam"]);
    assert!(nb.ok(&["rep", "list"]).contains("Sam Lee"));
}

#[test]
fn rep_errors_are_one_clear_line() {
    let nb = Notebook::with_team();
    let err = nb.fails(&["rep", "add", "   "]);
    assert!(err.contains("a rep needs a name"), "{err}");
    let err = nb.fails(&["rep", "show", "zed"]);
    assert!(
        err.contains("no rep matches \"zed\"; reps are: Dana Ortiz, Pat Kowalski, Sam Lee"),
        "{err}"
    );
    nb.ok(&["rep", "add", "Dan Brown"]);
    let err = nb.fails(&["rep", "show", "dan"]);
    assert!(
        err.contains("could be any rep of: Dan Brown (id 4), Dana Ortiz (id 2); type more of the name, or the id"),
        "{err}"
    );
    let err = nb.fails(&["rep", "add", "X", "--hired", "2026-02-30"]);
    assert!(
        err.contains("2026-02-30 is not a date: February 2026 has 28 days"),
        "{err}"
    );
    let err = nb.fails(&["rep", "add", "X", "--cadence", "0"]);
    assert!(err.contains("cadence must be between 1 and 365"), "{err}");
    let err = nb.fails(&["rep", "add", "X", "--risk", "extreme"]);
    assert!(err.contains("choose one of: low, medium, high"), "{err}");
    let err = nb.fails(&["rep", "edit", "dana", "--mentor", "dana"]);
    assert!(err.contains("cannot mentor themselves"), "{err}");
    nb.ok(&["rep", "edit", "dana", "--focus", "disc", "--focus", "close"]);
    let err = nb.fails(&["rep", "edit", "dana", "--focus", "neg"]);
    assert!(err.contains("close one first"), "{err}");
    nb.ok(&["rep", "edit", "dana", "--unfocus", "close", "--focus", "neg"]);
    let err = nb.fails(&["rep", "edit", "dana", "--email", "dana at acme"]);
    assert!(err.contains("does not look like an email"), "{err}");
    nb.cmd().args(["rep", "add"]).assert().code(2);
    nb.cmd().args(["rep", "frobnicate"]).assert().code(2);
    nb.cmd()
        .args(["rep", "add", "X", "--cadence", "often"])
        .assert()
        .code(2);
}

#[test]
fn accounts_handovers_and_contacts() {
    let nb = Notebook::with_team();
    let list = nb.ok(&["account", "list"]);
    assert!(
        list.contains("Acme Tools") && list.contains("$1,250,000") && list.contains("Key"),
        "{list}"
    );

    let out = nb.ok(&[
        "account",
        "handover",
        "acme",
        "--to",
        "dana",
        "--stage",
        "joint-visits",
        "--due",
        "2027-03-31",
    ]);
    assert!(
        out.contains("Handover of Acme Tools to Dana Ortiz: joint visits, target 2027-03-31"),
        "{out}"
    );
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
        "account",
        "contact",
        "add",
        "acme",
        "Kim Park",
        "--role",
        "Buyer",
        "--known-by",
        "both",
    ]);
    nb.ok(&[
        "account",
        "contact",
        "edit",
        "acme",
        "lee",
        "--known-by",
        "both",
        "--last-touch",
        "yesterday",
    ]);

    let contacts = nb.ok(&["account", "contact", "list", "acme"]);
    assert!(
        contacts.contains("Lee Chen") && contacts.contains("2026-11-25"),
        "{contacts}"
    );
    let account = json(&nb.ok(&["account", "show", "acme", "--json"]));
    assert_eq!(account["owner"], "Pat Kowalski");
    assert_eq!(account["tier"], "key");
    assert_eq!(account["annual_value_cents"], 125_000_000);
    assert_eq!(account["handover"]["successor"], "Dana Ortiz");
    assert_eq!(account["handover"]["stage"], "joint_visits");
    assert_eq!(account["handover"]["target_date"], "2027-03-31");
    assert_eq!(account["contacts"][0]["name"], "Lee Chen");
    assert_eq!(account["contacts"][0]["known_by_successor"], true);

    let show = nb.ok(&["account", "show", "acme"]);
    assert!(show.contains("Owner         Pat Kowalski (retires 1y)"), "{show}");
    assert!(
        show.contains("to Dana Ortiz: joint visits, target 2027-03-31"),
        "{show}"
    );

    nb.ok(&[
        "account",
        "edit",
        "acme",
        "--health",
        "red",
        "--value",
        "2m",
        "--industry",
        "Tools",
    ]);
    let account = json(&nb.ok(&["account", "show", "acme", "--json"]));
    assert_eq!(account["health"], "red");
    assert_eq!(account["annual_value_cents"], 200_000_000);
    nb.ok(&["account", "handover", "acme", "--cancel"]);
    assert_eq!(
        json(&nb.ok(&["account", "show", "acme", "--json"]))["handover"],
        serde_json::Value::Null
    );

    nb.ok(&["account", "archive", "acme"]);
    assert!(nb.ok(&["account", "list"]).contains("No accounts yet"));
    nb.ok(&["account", "restore", "acme"]);
    let all = json(&nb.ok(&["account", "list", "--json"]));
    assert_eq!(all.as_array().unwrap().len(), 1);
}

#[test]
fn account_errors() {
    let nb = Notebook::with_team();
    assert!(nb.fails(&["account", "add", ""]).contains("an account needs a name"));
    assert!(nb
        .fails(&["account", "add", "X", "--tier", "gold"])
        .contains("not a valid tier"));
    assert!(nb
        .fails(&["account", "add", "X", "--value", "lots"])
        .contains("is not an amount"));
    assert!(nb
        .fails(&["account", "add", "X", "--owner", "nobody"])
        .contains("no rep matches"));
    assert!(nb
        .fails(&["account", "handover", "acme"])
        .contains("name the successor with --to"));
    assert!(nb
        .fails(&["account", "handover", "acme", "--to", "pat"])
        .contains("already the owner"));
    assert!(nb
        .fails(&["account", "contact", "add", "acme", "Lee", "--influence", "11"])
        .contains("influence runs from 0 to 10"));
    assert!(nb
        .fails(&["account", "contact", "add", "acme", "Lee", "--known-by", "everyone"])
        .contains("choose owner, successor, both or none"));
    assert!(nb.fails(&["account", "show", "globex"]).contains("no account matches"));
}

#[test]
fn skills_can_be_added_renamed_and_retired() {
    let nb = Notebook::new();
    nb.ok(&["rep", "add", "Dana Ortiz"]);
    let list = nb.ok(&["skill", "list"]);
    for skill in ["Prospecting", "Objection handling", "Pipeline discipline"] {
        assert!(list.contains(skill), "{list}");
    }
    nb.ok(&[
        "skill",
        "add",
        "Storytelling",
        "--alias",
        "story",
        "--description",
        "Tells customer stories",
    ]);
    assert!(nb
        .fails(&["skill", "add", "storytelling", "--alias", "st2"])
        .contains("already a skill named"));
    nb.ok(&["skill", "rename", "story", "Customer stories", "--alias", "stories"]);
    nb.ok(&["skill", "retire", "stories"]);
    assert!(!nb.ok(&["skill", "list"]).contains("Customer stories"));
    let all = nb.ok(&["skill", "list", "--all"]);
    assert!(all.contains("Customer stories (retired)"), "{all}");
    nb.ok(&["skill", "restore", "stories"]);
    let skills = json(&nb.ok(&["skill", "list", "--json"]));
    let last = skills.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["name"], "Customer stories");
    assert_eq!(last["alias"], "stories");
    assert_eq!(last["retired"], false);
}

#[test]
fn a_second_rep_or_account_of_the_same_name_is_refused_unless_asked_for() {
    let nb = Notebook::new();
    nb.ok(&["rep", "add", "Dana Ortiz"]);
    let err = nb.fails(&["rep", "add", "dana ortiz"]);
    assert!(
        err.contains("a rep named \"dana ortiz\" already exists (id 1)") && err.contains("--allow-duplicate"),
        "{err}"
    );
    assert_eq!(json(&nb.ok(&["rep", "list", "--json"])).as_array().unwrap().len(), 1);
    assert!(nb
        .ok(&["rep", "add", "Dana Ortiz", "--allow-duplicate"])
        .contains("Added rep Dana Ortiz (id 2)"));
    nb.ok(&["account", "add", "Acme"]);
    let err = nb.fails(&["account", "add", "ACME"]);
    assert!(err.contains("an account named \"ACME\" already exists (id 1)"), "{err}");
    nb.ok(&["account", "add", "ACME", "--allow-duplicate"]);
}

#[test]
fn the_agenda_lines_up_wide_names_by_display_width() {
    let nb = Notebook::new();
    nb.ok(&["rep", "add", "王小明"]);
    nb.ok(&["rep", "add", "Ana Lima"]);
    let agenda = nb.ok(&["agenda"]);
    let column = |name: &str| {
        let line = agenda
            .lines()
            .find(|l| l.contains(name) && l.contains("never coached"))
            .unwrap_or_else(|| panic!("{agenda}"));
        unicode_width::UnicodeWidthStr::width(&line[..line.find("never coached").unwrap()])
    };
    assert_eq!(column("王小明"), column("Ana Lima"), "{agenda}");
}

#[test]
fn a_contact_can_be_archived_shown_with_all_and_restored() {
    let nb = Notebook::with_team();
    nb.ok(&["account", "contact", "add", "acme", "Lee Chen", "--role", "CFO"]);
    nb.ok(&["account", "contact", "add", "acme", "Kim Park", "--role", "Buyer"]);

    let out = nb.ok(&["account", "contact", "archive", "acme", "lee"]);
    assert!(
        out.contains("Archived contact Lee Chen at Acme Tools") && out.contains("coachbook account contact restore"),
        "{out}"
    );
    let list = nb.ok(&["account", "contact", "list", "acme"]);
    assert!(list.contains("Kim Park") && !list.contains("Lee Chen"), "{list}");
    let all = nb.ok(&["account", "contact", "list", "acme", "--all"]);
    assert!(all.contains("Lee Chen (archived)") && all.contains("Kim Park"), "{all}");
    let again = nb.ok(&["account", "contact", "archive", "acme", "Lee Chen"]);
    assert!(
        again.contains("Contact Lee Chen at Acme Tools is already archived; nothing changed"),
        "{again}"
    );

    let out = nb.ok(&["account", "contact", "restore", "acme", "lee"]);
    assert!(out.contains("Restored contact Lee Chen at Acme Tools"), "{out}");
    let list = nb.ok(&["account", "contact", "list", "acme"]);
    assert!(list.contains("Lee Chen") && !list.contains("(archived)"), "{list}");
    let err = nb.fails(&["account", "contact", "archive", "acme", "Nobody"]);
    assert!(err.contains("Nobody"), "{err}");
}

#[test]
fn a_config_that_names_a_rep_the_notebook_lacks_warns() {
    let nb = Notebook::with_team();
    let config = nb.dir.path().join("config.toml");
    std::fs::write(&config, "top_performers = [\"Nobody Here\", \"dana ortiz\"]\n").unwrap();
    let config = config.to_str().unwrap();
    let warning = "config top_performers: \"Nobody Here\" is not a rep in this notebook";
    let out = nb.ok(&["--config", config, "config"]);
    assert!(out.contains(warning) && !out.contains("\"dana ortiz\" is not"), "{out}");
    let run = nb.cmd().args(["--config", config, "rep", "list"]).assert().success();
    let stderr = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim(),
        format!("coachbook: warning: {warning} (write a rep's full name)")
    );
    let stdout = String::from_utf8(run.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("Dana Ortiz"), "the command still runs: {stdout}");
}
