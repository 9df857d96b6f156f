//! Fitting other tools: CRM CSV in, iCalendar, Markdown and CSV out,
//! completions and the man page.

mod common;

use common::{json, Notebook};
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .to_string()
}

#[test]
fn crm_exports_import_and_a_second_import_updates() {
    let nb = Notebook::new();
    let out = nb.ok(&["import-csv", "reps", &fixture("crm-reps.csv"), "--dry-run"]);
    assert!(
        out.contains("create: Dana Ortiz") && out.contains("Would create 3 reps, would update 0"),
        "{out}"
    );
    assert_eq!(
        json(&nb.ok(&["rep", "list", "--json"])),
        serde_json::json!([]),
        "dry run writes nothing"
    );
    let out = nb.ok(&["import-csv", "reps", &fixture("crm-reps.csv")]);
    assert!(out.contains("Created 3 reps, updated 0"), "{out}");
    let reps = json(&nb.ok(&["rep", "list", "--json"]));
    let sam = reps
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Sam Lee")
        .unwrap();
    assert_eq!(sam["title"], "Field Sales\nRep");
    let jose = reps
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Núñez, José")
        .unwrap();
    assert_eq!(jose["hired_on"], "2010-03-01");
    let dana = reps
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Dana Ortiz")
        .unwrap();
    assert_eq!(dana["hired_on"], "2024-02-29");

    let out = nb.ok(&["import-csv", "accounts", &fixture("crm-accounts.csv")]);
    assert!(
        out.contains("line 5: tier \"Customer - Direct\" is not key, a, b or c; left unset"),
        "{out}"
    );
    assert!(out.contains("Created 3 accounts, updated 0"), "{out}");
    let acme = json(&nb.ok(&["account", "show", "Acme; Tools", "--json"]));
    assert_eq!(acme["annual_value_cents"], 125_000_000);
    assert_eq!(acme["tier"], "key");
    assert_eq!(acme["owner"], "Dana Ortiz");
    assert_eq!(acme["notes"], "Long-time customer,\nbuys every spring");
    let initech = json(&nb.ok(&["account", "show", "initech", "--json"]));
    assert_eq!(initech["annual_value_cents"], 12_000_000);

    nb.ok(&["account", "edit", "globex", "--health", "red"]);
    let out = nb.ok(&["import-csv", "accounts", &fixture("crm-accounts.csv")]);
    assert!(out.contains("Created 0 accounts, updated 0, 3 unchanged"), "{out}");
    assert_eq!(
        json(&nb.ok(&["account", "list", "--json"])).as_array().unwrap().len(),
        3,
        "no duplicates"
    );
    assert_eq!(
        json(&nb.ok(&["account", "show", "globex", "--json"]))["health"],
        "red",
        "fields not in the file stay"
    );
}

#[test]
fn a_bad_row_names_its_line_and_nothing_is_written_unless_skip_bad() {
    let nb = Notebook::new();
    let file = nb.dir.path().join("bad.csv");
    std::fs::write(
        &file,
        "Account Name,Annual Revenue,Account Owner\nGood,100,\nBad,lots,\nNo Owner,5,Ghost\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let err = nb.fails(&["import-csv", "accounts", f]);
    assert!(
        err.contains("line 3: annual value: \"lots\" is not an amount") && err.contains("2 bad rows"),
        "{err}"
    );
    assert_eq!(json(&nb.ok(&["account", "list", "--json"])), serde_json::json!([]));
    let out = nb.ok(&["import-csv", "accounts", f, "--skip-bad"]);
    assert!(
        out.contains("skipped line 4: owner \"Ghost\" is not a rep here"),
        "{out}"
    );
    assert_eq!(
        json(&nb.ok(&["account", "list", "--json"])).as_array().unwrap().len(),
        1
    );
    let err = nb.fails(&["import-csv", "reps", f]);
    assert!(
        err.contains("no name column") && err.contains("--map COLUMN=name"),
        "{err}"
    );
    let mapped = nb.ok(&["import-csv", "reps", f, "--map", "Account Name=name", "--dry-run"]);
    assert!(mapped.contains("create: Good"), "{mapped}");
}

#[test]
fn the_calendar_is_valid_icalendar_with_stable_uids_and_no_private_notes() {
    let nb = common::team::notebook();
    let first = nb.ok(&["ics"]);
    let calendar: icalendar::Calendar = first.parse().expect("a valid iCalendar file");
    let events: Vec<_> = calendar.components.iter().filter_map(|c| c.as_event()).collect();
    use icalendar::Component;
    let summaries: Vec<String> = events
        .iter()
        .filter_map(|e| e.get_summary().map(str::to_string))
        .collect();
    assert!(
        summaries.contains(&"Follow up with Dana Ortiz".to_string()),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&"Dana Ortiz: Send ROI case study".to_string()),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&"Me (for Dana Ortiz): Get pricing approval".to_string()),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&"Handover of Acme Tools to Dana Ortiz due".to_string()),
        "{summaries:?}"
    );
    assert!(!first.contains("Seems tired"));
    assert!(first.contains("DTSTART;VALUE=DATE:20261124"));
    assert!(first.lines().all(|l| l.len() <= 76), "folded at 75 octets");
    assert_eq!(nb.ok(&["ics"]), first, "UIDs and stamps are stable");
    let out = nb.dir.path().join("coachbook.ics");
    nb.ok(&["ics", "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(out).unwrap(), first);
}

#[test]
fn markdown_and_csv_exports() {
    let nb = common::team::notebook();
    let markdown = nb.ok(&["export", "--format", "markdown"]);
    assert!(!markdown.contains("Seems tired"));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/export.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &markdown).unwrap();
    }
    assert_eq!(
        markdown,
        std::fs::read_to_string(&path).unwrap(),
        "export.md differs from its golden file"
    );
    assert!(nb
        .ok(&["export", "--format", "markdown", "--include-private"])
        .contains("Seems tired"));

    let sessions = nb.ok(&["export", "--format", "csv", "--what", "sessions"]);
    let mut reader = csv::Reader::from_reader(sessions.as_bytes());
    assert_eq!(&reader.headers().unwrap()[15], "ratings");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().any(|r| &r[15] == "Closing=2; Discovery=4"));
    assert!(!sessions.contains("Seems tired"));
    for what in ["commitments", "reps", "accounts"] {
        let table = nb.ok(&["export", "--format", "csv", "--what", what]);
        assert!(table.lines().count() > 1, "{what}");
    }
    assert!(nb.fails(&["export", "--format", "csv"]).contains("--what"));
}

#[test]
fn completions_for_every_shell_and_names_from_the_notebook() {
    let nb = common::team::notebook();
    for shell in ["bash", "zsh", "fish"] {
        let script = nb.ok(&["completions", shell]);
        assert!(script.contains("coachbook") && script.contains("COMPLETE"), "{shell}");
    }
    std::env::set_var("COACHBOOK_DB", nb.path());
    let complete = |words: &[&str]| -> Vec<String> {
        use clap::CommandFactory;
        let args: Vec<std::ffi::OsString> = words.iter().map(Into::into).collect();
        let index = args.len() - 1;
        clap_complete::engine::complete(&mut coachbook::cli::Cli::command(), args, index, None)
            .unwrap()
            .into_iter()
            .map(|c| c.get_value().to_string_lossy().to_string())
            .collect()
    };
    let subcommands = complete(&["coachbook", "re"]);
    for wanted in ["rep", "report", "restore"] {
        assert!(subcommands.contains(&wanted.to_string()), "{subcommands:?}");
    }
    assert_eq!(complete(&["coachbook", "rep", "show", "Da"]), vec!["Dana Ortiz"]);
    assert_eq!(complete(&["coachbook", "account", "show", "Glo"]), vec!["Globex"]);
    assert!(complete(&["coachbook", "session", "add", "--rep", "S"]).contains(&"Sam Lee".to_string()));
    let man = nb.ok(&["man"]);
    assert!(
        man.contains(".TH coachbook") && man.contains("import\\-csv"),
        "{}",
        &man[..200]
    );
}

#[test]
fn bash_completes_a_name_with_a_space_into_one_word() {
    let nb = common::team::notebook();
    let bin = assert_cmd::cargo::cargo_bin("coachbook");
    let script = format!(
        r#"source <(COMPLETE=bash '{bin}')
COMP_WORDS=(coachbook brief Da); COMP_CWORD=2; COMP_LINE="coachbook brief Da"; COMP_POINT=${{#COMP_LINE}}
_clap_complete_coachbook coachbook Da brief
printf '%s\n' "${{COMPREPLY[@]}}"
eval "line=(coachbook brief ${{COMPREPLY[0]}})"
echo "words: ${{#line[@]}} last: ${{line[2]}}""#,
        bin = bin.display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("COACHBOOK_DB", nb.path())
        .output()
        .expect("bash runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().next() == Some("Dana\\ Ortiz"),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("words: 3 last: Dana Ortiz"),
        "the completed line is one name:\n{text}"
    );
}

#[test]
fn every_everyday_command_has_an_example_in_its_help() {
    let nb = common::Notebook::new();
    for command in [
        &["agenda"][..],
        &["brief"],
        &["ics"],
        &["backup"],
        &["restore"],
        &["session", "list"],
        &["commitment", "list"],
        &["report", "team"],
    ] {
        let mut args = command.to_vec();
        args.push("--help");
        let help = nb.ok(&args);
        let example = help.split_once("Example").map(|(_, e)| e).unwrap_or("");
        assert!(
            example.contains(&format!("coachbook {}", command.join(" "))),
            "{command:?} --help has no example:\n{help}"
        );
    }
}
