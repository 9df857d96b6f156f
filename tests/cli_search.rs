//! `coachbook search`: full-text search kept in step with every write.

mod common;

use common::json;

fn ids(text: &str) -> Vec<i64> {
    json(text)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["session_id"].as_i64().unwrap())
        .collect()
}

#[test]
fn finds_words_in_notes_commitments_and_names_with_prefixes_and_phrases() {
    let nb = common::team::notebook();
    assert_eq!(ids(&nb.ok(&["search", "discovery", "--json"])), vec![2], "notes");
    assert_eq!(
        ids(&nb.ok(&["search", "ROI", "--json"])),
        vec![2],
        "a commitment's text"
    );
    assert_eq!(
        ids(&nb.ok(&["search", "globex", "--json"])),
        vec![3],
        "notes mention Globex"
    );
    assert_eq!(
        ids(&nb.ok(&["search", "initech", "--json"])),
        vec![4],
        "the account's name"
    );
    assert_eq!(ids(&nb.ok(&["search", "succ*", "--json"])), vec![3], "prefix");
    assert_eq!(
        ids(&nb.ok(&["search", "\"strong discovery\"", "--json"])),
        vec![2],
        "phrase"
    );
    assert!(ids(&nb.ok(&["search", "\"discovery strong\"", "--json"])).is_empty());
    assert_eq!(ids(&nb.ok(&["search", "acme", "--rep", "dana", "--json"])).len(), 2);
    assert_eq!(
        ids(&nb.ok(&["search", "acme", "--since", "2026-11-01", "--json"])),
        vec![2]
    );
    assert!(
        !nb.ok(&["search", "tired", "--json"]).contains("Seems"),
        "private notes are not searched"
    );
    let text = nb.ok(&["search", "discovery"]);
    assert!(
        text.contains("#2 2026-11-20 ride-along with Dana Ortiz at Acme Tools") && text.contains("[discovery]"),
        "{text}"
    );
    assert!(nb.ok(&["search", "nothingatall"]).contains("Nothing matches"));
    assert_eq!(
        json(&nb.ok(&["search", "--json", "--", "-(: AND OR"])),
        serde_json::json!([]),
        "odd input is safe"
    );
}

#[test]
fn edits_archives_renames_and_imports_keep_the_index_right() {
    let nb = common::team::notebook();
    nb.ok(&[
        "session",
        "edit",
        "4",
        "--notes",
        "Quarterly pipeline walkthrough",
        "--date",
        "2026-11-25",
    ]);
    assert_eq!(ids(&nb.ok(&["search", "walkthrough", "--json"])), vec![4]);
    assert!(
        ids(&nb.ok(&["search", "shadowed", "--json"])).is_empty(),
        "old text gone"
    );
    nb.ok(&["session", "edit", "4", "--commit", "Book the CFO lunch"]);
    assert_eq!(ids(&nb.ok(&["search", "lunch", "--json"])), vec![4]);
    nb.ok(&["rep", "edit", "sam", "--name", "Samuel Lee"]);
    assert_eq!(ids(&nb.ok(&["search", "samuel", "--json"])), vec![4]);
    nb.ok(&["session", "archive", "4"]);
    assert!(ids(&nb.ok(&["search", "walkthrough", "--json"])).is_empty());
    nb.ok(&["session", "restore", "4"]);
    assert_eq!(ids(&nb.ok(&["search", "walkthrough", "--json"])), vec![4]);
    nb.ok(&["add", "@dana fresh idea about bundles"]);
    assert_eq!(ids(&nb.ok(&["search", "bundles", "--json"])).len(), 1);

    let export = nb.ok(&["export", "--include-private"]);
    let copy = common::Notebook::new();
    let file = copy.dir.path().join("e.json");
    std::fs::write(&file, export).unwrap();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(
        ids(&copy.ok(&["search", "walkthrough", "--json"])),
        vec![4],
        "rebuilt after import"
    );
    copy.ok(&["add", "@dana after import"]);
    assert_eq!(
        ids(&copy.ok(&["search", "after", "--json"])).len(),
        1,
        "triggers back after import"
    );
}
