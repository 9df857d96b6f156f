//! Golden files: the Markdown reports and `agenda --json` on a fixed notebook.
//! Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate change.

mod common;

use std::path::PathBuf;

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

#[test]
fn reports_and_agenda_match_their_golden_files() {
    let nb = common::team::notebook();
    let rep = nb.ok(&["report", "rep", "dana"]);
    assert!(!rep.contains("Seems tired"), "private notes stay out");
    golden("report-rep-dana.md", &rep);
    let session = nb.ok(&["report", "session", "2"]);
    assert!(!session.contains("Seems tired"));
    golden("report-session-2.md", &session);
    golden("report-team.md", &nb.ok(&["report", "team"]));
    golden("agenda.json", &nb.ok(&["agenda", "--json"]));
    golden("agenda.txt", &nb.ok(&["agenda"]));
    golden("brief-dana.txt", &nb.ok(&["brief", "dana"]));
}

#[test]
fn the_handover_pack_matches_its_golden_file() {
    let nb = common::team::notebook();
    nb.ok(&[
        "account",
        "knowledge",
        "acme",
        "--answer",
        "decides",
        "The CFO signs",
        "--date",
        "2026-09-10",
    ]);
    nb.ok(&[
        "add",
        "know: #acme sore-spots The 2019 recall; never promise dates !date 2026-10-01",
    ]);
    nb.ok(&[
        "play",
        "add",
        "Trade, never give",
        "--author",
        "pat",
        "--skill",
        "close",
        "--situation",
        "The buyer asks for a discount at the last meeting",
        "--steps",
        "Ask what they give in return",
        "--account",
        "acme",
    ]);
    let pack = nb.ok(&["report", "handover", "acme"]);
    assert!(!pack.contains("Seems tired"), "private notes stay out");
    golden("handover-acme.md", &pack);
}

#[test]
fn reports_are_written_privately_to_a_file() {
    let nb = common::team::notebook();
    let out = nb.dir.path().join("dana.md");
    let said = nb.ok(&[
        "report",
        "rep",
        "dana",
        "--since",
        "2026-11-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(said.contains("Wrote"), "{said}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("## Sessions since 2026-11-01") && !text.contains("2026-09-10 ·"),
        "{text}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn config_changes_what_reports_show_and_bad_config_is_one_clear_line() {
    let nb = common::team::notebook();
    let config = nb.dir.path().join("config.toml");
    std::fs::write(
        &config,
        "currency = \"€\"\ndate_format = \"%d.%m.%Y\"\nweekly_field_target = 3\n",
    )
    .unwrap();
    let c = config.to_str().unwrap();
    let team = nb.ok(&["--config", c, "report", "team"]);
    assert!(team.contains("_26.11.2026 · since 28.08.2026_"), "{team}");
    assert!(
        team.contains(
            "value at risk (owners retiring within two years; no handover started, or less than half their \
             knowledge harvested): €2,150,000"
        ),
        "{team}"
    );
    let printed = nb.ok(&["--config", c, "config", "--print"]);
    assert!(
        printed.contains("weekly_field_target = 3") && printed.contains(&format!("# from {c}")),
        "{printed}"
    );
    let defaults = nb.ok(&["--config", "/no/such/config.toml", "config", "--print"]);
    assert!(
        defaults.contains("# defaults (/no/such/config.toml does not exist)") && defaults.contains("currency = \"$\"")
    );
    std::fs::write(&config, "currency = \"€\"\nweekly_feild_target = 3\n").unwrap();
    let err = nb.fails(&["--config", c, "agenda"]);
    assert!(err.contains("line 2: unknown field `weekly_feild_target`"), "{err}");
}
