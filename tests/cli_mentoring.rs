//! Peer coaching at the command line: a session led by a mentor, recorded
//! with --kind peer --coach or in one line, and its effect on the mentee's
//! ratings shown to both sides; a senior who coaches peers is not "unused".

mod common;

use common::{json, Notebook};

fn session(nb: &Notebook, args: &[&str]) -> String {
    let mut all = vec!["session", "add", "--rep", "dana"];
    all.extend_from_slice(args);
    nb.ok(&all)
}

#[test]
fn a_peer_coaching_session_is_led_by_a_mentor_and_its_effect_shows_on_both_sides() {
    let nb = Notebook::with_team();
    nb.ok(&["rep", "edit", "dana", "--focus", "close"]);
    session(
        &nb,
        &[
            "--date",
            "2026-08-01",
            "--notes",
            "Rushed the close",
            "--rate",
            "close=2",
        ],
    );
    session(
        &nb,
        &["--date", "2026-09-01", "--notes", "Rushed again", "--rate", "close=3"],
    );

    let err = nb.fails(&[
        "session",
        "add",
        "--rep",
        "dana",
        "--kind",
        "peer",
        "--notes",
        "Pat showed it",
    ]);
    assert!(err.contains("Coach: who led it?"), "{err}");
    let err = nb.fails(&[
        "session", "add", "--rep", "dana", "--kind", "peer", "--coach", "dana", "--notes", "x",
    ]);
    assert!(err.contains("the coach is another rep than the one coached"), "{err}");
    let err = nb.fails(&["session", "add", "--rep", "dana", "--coach", "pat", "--notes", "x"]);
    assert!(err.contains("only peer coaching has a coach"), "{err}");

    let saved = session(
        &nb,
        &[
            "--kind",
            "peer",
            "--coach",
            "pat",
            "--date",
            "2026-09-15",
            "--notes",
            "Pat showed the trade",
        ],
    );
    assert!(
        saved.contains("Saved peer coaching with Dana Ortiz on 2026-09-15"),
        "{saved}"
    );
    let saved = nb.ok(&["add", "@dana peer @pat practised the trade !date 2026-10-01"]);
    assert!(
        saved.contains("peer coaching with Dana Ortiz led by Pat Kowalski on 2026-10-01"),
        "{saved}"
    );
    session(
        &nb,
        &[
            "--date",
            "2026-11-02",
            "--notes",
            "Traded, never gave",
            "--rate",
            "close=4",
        ],
    );
    session(
        &nb,
        &[
            "--date",
            "2026-11-20",
            "--notes",
            "Closed with a date",
            "--rate",
            "close=5",
        ],
    );

    let dana = nb.ok(&["rep", "show", "dana"]);
    assert!(
        dana.contains("peer coaching led by Pat Kowalski: 2 sessions, 2026-09-15 to 2026-10-01")
            && dana.contains("before 2.5 (2 ratings) · since 4.5 (2 ratings), +2.0"),
        "{dana}"
    );
    let pat = nb.ok(&["rep", "show", "pat"]);
    assert!(
        pat.contains("led peer coaching for Dana Ortiz: 2 sessions since 2026-09-15; Closing +2.0"),
        "{pat}"
    );
    let show = nb.ok(&["session", "show", "3"]);
    assert!(
        show.starts_with("Session 3: peer coaching with Dana Ortiz led by Pat Kowalski"),
        "{show}"
    );

    // The coach travels through export and import by name and uuid.
    let doc = nb.ok(&["export", "--format", "json"]);
    let sessions = json(&doc)["sessions"].clone();
    let peer = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == 3)
        .unwrap()
        .clone();
    assert_eq!(peer["kind"], "peer_coaching");
    assert_eq!(peer["coach"], "Pat Kowalski");
    let file = nb.dir.path().join("notebook.json");
    std::fs::write(&file, &doc).unwrap();
    let copy = Notebook::new();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(copy.ok(&["export", "--format", "json"]), doc);
}
