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

/// The JSON a search prints; it exits 0 with matches and 1 without, as grep does.
fn found(nb: &common::Notebook, args: &[&str]) -> String {
    let out = nb.cmd().args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let empty = json(&stdout).as_array().is_some_and(|a| a.is_empty());
    assert_eq!(out.status.code(), Some(if empty { 1 } else { 0 }), "{args:?}: {stdout}");
    stdout
}

#[test]
fn finds_words_in_notes_commitments_and_names_with_prefixes_and_phrases() {
    let nb = common::team::notebook();
    assert_eq!(ids(&found(&nb, &["search", "discovery", "--json"])), vec![2], "notes");
    assert_eq!(
        ids(&found(&nb, &["search", "ROI", "--json"])),
        vec![2],
        "a commitment's text"
    );
    assert_eq!(
        ids(&found(&nb, &["search", "globex", "--json"])),
        vec![3],
        "notes mention Globex"
    );
    assert_eq!(
        ids(&found(&nb, &["search", "initech", "--json"])),
        vec![4],
        "the account's name"
    );
    assert_eq!(ids(&found(&nb, &["search", "succ*", "--json"])), vec![3], "prefix");
    assert_eq!(
        ids(&found(&nb, &["search", "\"strong discovery\"", "--json"])),
        vec![2],
        "phrase"
    );
    assert!(ids(&found(&nb, &["search", "\"discovery strong\"", "--json"])).is_empty());
    assert_eq!(
        ids(&found(&nb, &["search", "acme", "--rep", "dana", "--json"])).len(),
        2
    );
    assert_eq!(
        ids(&found(&nb, &["search", "acme", "--since", "2026-11-01", "--json"])),
        vec![2]
    );
    assert!(
        !found(&nb, &["search", "tired", "--json"]).contains("Seems"),
        "private notes are not searched"
    );
    let text = nb.ok(&["search", "discovery"]);
    assert!(
        text.contains("#2 2026-11-20 ride-along with Dana Ortiz at Acme Tools") && text.contains("[discovery]"),
        "{text}"
    );
    let none = nb.cmd().args(["search", "nothingatall"]).assert().code(1);
    let said = String::from_utf8(none.get_output().stdout.clone()).unwrap();
    assert!(said.contains("Nothing matches"), "exits 1 as grep does: {said}");
    let odd = nb.cmd().args(["search", "--json", "--", "-(: AND OR"]).assert().code(1);
    let odd = String::from_utf8(odd.get_output().stdout.clone()).unwrap();
    assert_eq!(json(&odd), serde_json::json!([]), "odd input is safe");
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
    assert_eq!(ids(&found(&nb, &["search", "walkthrough", "--json"])), vec![4]);
    assert!(
        ids(&found(&nb, &["search", "shadowed", "--json"])).is_empty(),
        "old text gone"
    );
    nb.ok(&["session", "edit", "4", "--commit", "Book the CFO lunch"]);
    assert_eq!(ids(&found(&nb, &["search", "lunch", "--json"])), vec![4]);
    nb.ok(&["rep", "edit", "sam", "--name", "Samuel Lee"]);
    assert_eq!(ids(&found(&nb, &["search", "samuel", "--json"])), vec![4]);
    nb.ok(&["session", "archive", "4"]);
    assert!(ids(&found(&nb, &["search", "walkthrough", "--json"])).is_empty());
    nb.ok(&["session", "restore", "4"]);
    assert_eq!(ids(&found(&nb, &["search", "walkthrough", "--json"])), vec![4]);
    nb.ok(&["add", "@dana fresh idea about bundles"]);
    assert_eq!(ids(&found(&nb, &["search", "bundles", "--json"])).len(), 1);

    let export = nb.ok(&["export", "--include-private"]);
    let copy = common::Notebook::new();
    let file = copy.dir.path().join("e.json");
    std::fs::write(&file, export).unwrap();
    copy.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(
        ids(&found(&copy, &["search", "walkthrough", "--json"])),
        vec![4],
        "rebuilt after import"
    );
    copy.ok(&["add", "@dana after import"]);
    assert_eq!(
        ids(&found(&copy, &["search", "after", "--json"])).len(),
        1,
        "triggers back after import"
    );
}

#[test]
fn filters_apply_inside_the_search_so_old_sessions_are_found() {
    use coachbook::domain::{RepData, SessionData};
    let nb = common::Notebook::new();
    {
        let mut store = coachbook::store::Store::open(&nb.path()).unwrap();
        let busy = store.add_rep(RepData::named("Busy Bee")).unwrap().id;
        let old = store.add_rep(RepData::named("Old Timer")).unwrap().id;
        let acme = store
            .add_account(coachbook::domain::AccountData::named("Acme Tools"))
            .unwrap()
            .id;
        let mut first = SessionData::new(old, "2019-05-02".parse().unwrap());
        first.notes = "Handled the price objection calmly".into();
        first.account = Some(acme);
        store.add_session(first, Vec::new()).unwrap();
        for day in 0..600u64 {
            let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(day);
            let mut s = SessionData::new(busy, date);
            s.notes = format!("Another objection about timing, number {day}");
            store.add_session(s, Vec::new()).unwrap();
        }
    }
    let hits = json(&nb.ok(&["search", "objection", "--rep", "Old Timer", "--json"]));
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
    assert_eq!(hits[0]["rep"], "Old Timer");
    assert!(hits[0]["snippet"].as_str().unwrap().contains("[objection]"), "{hits}");
    let at_acme = json(&nb.ok(&["search", "objection", "--account", "acme", "--json"]));
    assert_eq!(at_acme.as_array().unwrap().len(), 1, "{at_acme}");
    let since = json(&nb.ok(&[
        "search",
        "objection",
        "--since",
        "2026-08-01",
        "--limit",
        "100",
        "--json",
    ]));
    assert_eq!(since.as_array().unwrap().len(), 23, "2026-08-01 to 2026-08-23");
    let zero = nb
        .cmd()
        .args(["search", "objection", "--limit", "0"])
        .assert()
        .failure();
    let said = String::from_utf8(zero.get_output().stderr.clone()).unwrap();
    assert!(said.contains("--limit"), "{said}");
}
