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
        out.contains("line 5: tier \"Gold\" is not key, a, b or c; left unset"),
        "CRLF lines are counted right: {out}"
    );
    assert!(
        out.contains("Not imported: column Type (no field takes it; --map COLUMN=FIELD imports one)"),
        "Salesforce's Type is not the tier: {out}"
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
        err.contains("line 3: annual value: \"lots\" is not an amount")
            && err.contains("line 4: owner \"Ghost\" is not a rep here")
            && err.contains("2 bad rows"),
        "every bad row is listed: {err}"
    );
    assert_eq!(json(&nb.ok(&["account", "list", "--json"])), serde_json::json!([]));
    let out = nb.ok(&["import-csv", "accounts", f, "--skip-bad"]);
    assert!(
        out.contains("skipped line 4: owner \"Ghost\" is not a rep here")
            && out.contains("Created 1 account, updated 0, 0 unchanged"),
        "{out}"
    );
    assert_eq!(
        json(&nb.ok(&["account", "list", "--json"])).as_array().unwrap().len(),
        1
    );
    let err = nb.fails(&["import-csv", "reps", f]);
    assert!(
        err.contains("look like an accounts export, not reps") && err.contains("--map COLUMN=FIELD"),
        "{err}"
    );
    let unnamed = nb.dir.path().join("unnamed.csv");
    std::fs::write(&unnamed, "Code,Title\nX1,Rep\n").unwrap();
    let err = nb.fails(&["import-csv", "reps", unnamed.to_str().unwrap()]);
    assert!(
        err.contains("no name column") && err.contains("--map COLUMN=name"),
        "{err}"
    );
    let mapped = nb.ok(&["import-csv", "reps", f, "--map", "Account Name=name", "--dry-run"]);
    assert!(mapped.contains("create: Good"), "{mapped}");
}

#[test]
fn contacts_import_onto_their_accounts_by_crm_id_or_name_and_a_second_import_updates() {
    let nb = Notebook::new();
    nb.ok(&["import-csv", "reps", &fixture("crm-reps.csv")]);
    nb.ok(&["import-csv", "accounts", &fixture("crm-accounts.csv")]);
    let contacts = fixture("crm-contacts.csv");
    let err = nb.fails(&["import-csv", "contacts", &contacts]);
    assert!(
        err.contains("line 4: account \"Nowhere Inc\" is not in the notebook (import the accounts first)")
            && err.contains("1 bad row"),
        "{err}"
    );
    let out = nb.ok(&["import-csv", "contacts", &contacts, "--skip-bad"]);
    assert!(
        out.contains("create: Lee Chen at Acme; Tools")
            && out.contains("create: Kim Park at Globex")
            && out.contains("Not imported: column Lead Source")
            && out.contains("Created 3 contacts, updated 0, 0 unchanged"),
        "{out}"
    );
    let acme = json(&nb.ok(&["account", "show", "acme", "--json"]));
    assert_eq!(acme["crm_id"], "001A");
    assert_eq!(acme["contacts"][0]["name"], "Lee Chen");
    assert_eq!(acme["contacts"][0]["role"], "CFO");
    assert_eq!(acme["contacts"][0]["email"], "lee@acme.test");
    assert_eq!(acme["contacts"][0]["crm_id"], "003A");
    let globex = nb.ok(&["account", "contact", "list", "globex"]);
    assert!(globex.contains("Kim Park") && globex.contains("Buyer"), "{globex}");

    let again = nb.ok(&["import-csv", "contacts", &contacts, "--skip-bad"]);
    assert!(again.contains("Created 0 contacts, updated 0, 3 unchanged"), "{again}");

    // The CRM renamed the account: its id still finds it, and nothing is duplicated.
    let renamed = nb.dir.path().join("renamed.csv");
    std::fs::write(&renamed, "Account ID,Account Name\n001B,Globex Corporation\n").unwrap();
    let out = nb.ok(&["import-csv", "accounts", renamed.to_str().unwrap()]);
    assert!(
        out.contains("update: Globex (now Globex Corporation, CRM id 001B)") && out.contains("updated 1"),
        "{out}"
    );
    assert_eq!(
        json(&nb.ok(&["account", "list", "--json"])).as_array().unwrap().len(),
        3
    );
}

#[test]
fn a_file_of_another_kind_is_refused_and_ambiguous_dates_are_settled_by_date_format() {
    let nb = Notebook::new();
    let err = nb.fails(&["import-csv", "accounts", &fixture("crm-contacts.csv")]);
    assert!(
        err.contains("look like a contacts export, not accounts") && err.contains("coachbook import-csv contacts FILE"),
        "{err}"
    );
    assert_eq!(json(&nb.ok(&["account", "list", "--json"])), serde_json::json!([]));

    let file = nb.dir.path().join("team.csv");
    std::fs::write(
        &file,
        "Full Name,Hire Date\nDana Ortiz,04/05/2020\nSam Lee,06/07/2021\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let err = nb.fails(&["import-csv", "reps", f]);
    assert!(
        err.contains("line 2: hire date: \"04/05/2020\" could be day 4 or day 5 of the month")
            && err.contains("line 3:")
            && err.contains("--date-format"),
        "{err}"
    );
    nb.ok(&["import-csv", "reps", f, "--date-format", "dd/mm/yyyy"]);
    let dana = json(&nb.ok(&["rep", "show", "dana", "--json"]));
    assert_eq!(dana["hired_on"], "2020-05-04");

    std::fs::write(&file, "Full Name,Hire Date\nLou Reyes,04/05/2020\nAi Tan,25/03/2021\n").unwrap();
    let out = nb.ok(&["import-csv", "reps", f]);
    assert!(
        out.contains("Dates like 25/03/2021 read day first; --date-format mm/dd/yyyy reads them the other way"),
        "{out}"
    );
    assert_eq!(
        json(&nb.ok(&["rep", "show", "lou", "--json"]))["hired_on"],
        "2020-05-04"
    );
    let err = nb.fails(&["import-csv", "reps", f, "--date-format", "soon"]);
    assert!(err.contains("--date-format \"soon\""), "{err}");
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

/// The pages a man page refers to ("coachbook-rep(1)"), from its roff source.
fn references(page: &str) -> Vec<String> {
    let text = page.replace("\\-", "-");
    let mut found = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("(1)") {
        let name: String = rest[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !name.is_empty() {
            found.push(name);
        }
        rest = &rest[at + 3..];
    }
    found
}

#[test]
fn the_man_page_has_its_sections_and_names_only_pages_that_exist() {
    let nb = Notebook::new();
    let page = nb.ok(&["man"]);
    for section in [
        ".SH \"COMMANDS\"",
        ".SH EXAMPLES",
        ".SH \"KEYS\"",
        ".SH \"QUICK CAPTURE\"",
        ".SH \"ENVIRONMENT\"",
        ".SH \"FILES\"",
        ".SH \"EXIT STATUS\"",
    ] {
        assert!(page.contains(section), "{section} missing");
    }
    assert!(
        page.contains("coachbook account contact archive"),
        "every command is listed"
    );
    assert!(page.contains("todo(me): approve pricing") && page.contains("COACHBOOK_PAGER"));
    assert!(page.contains("Ctrl\\-S"), "keys come from the key table");
    assert_eq!(
        references(&page),
        Vec::<String>::new(),
        "the single page names no other page"
    );

    let dir = nb.dir.path().join("man1");
    let out = nb.ok(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(out.contains("pages to"), "{out}");
    let mut all = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        all.extend(references(&std::fs::read_to_string(entry.unwrap().path()).unwrap()));
    }
    assert!(all.contains(&"coachbook-rep-add".to_string()), "{all:?}");
    for name in all {
        assert!(
            dir.join(format!("{name}.1")).exists(),
            "{name}(1) is named but not written"
        );
    }
    let err = nb.fails(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(
        err.contains("exists; nothing was written (--force replaces the pages)"),
        "{err}"
    );
    nb.ok(&["man", "--dir", dir.to_str().unwrap(), "--force"]);
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
fn every_command_has_an_example_in_its_help() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let mut next = path.clone();
            next.push(sub.get_name().to_string());
            if sub.has_subcommands() {
                walk(sub, next, out);
            } else {
                out.push(next);
            }
        }
    }
    let mut commands = Vec::new();
    walk(&coachbook::cli::Cli::command(), Vec::new(), &mut commands);
    assert!(commands.len() > 50, "{commands:?}");
    let nb = common::Notebook::new();
    for command in commands {
        let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
        args.push("--help");
        let help = nb.ok(&args);
        let example = help.split_once("Example").map(|(_, e)| e).unwrap_or("");
        assert!(
            example.contains(&format!("coachbook {}", command.join(" "))),
            "{command:?} --help has no example of itself:\n{help}"
        );
    }
}
