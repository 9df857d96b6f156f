//! Store tests on temporary files: opening, refusing, permissions, transactions,
//! concurrent edits, and the export/import round trip.

use chrono::NaiveDate;
use coachbook::domain::document::{Document, PrivateNotes};
use coachbook::domain::{
    AccountData, Call, CommitmentData, ContactData, Handover, HandoverStage, RepData, SessionData, SessionKind, Tier,
};
use coachbook::store::{schema, SessionFilter, Store, StoreError};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn new_notebook_is_private_and_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/folder/coachbook.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert!(store.read_only_reason().is_none());
    assert!(!store.skills(false).unwrap().is_empty(), "rubric seeded");
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, schema::LATEST_VERSION);
}

#[test]
fn an_empty_file_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    fs::write(&path, b"").unwrap();
    let mut store = Store::open(&path).unwrap();
    store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.reps(false).unwrap().len(), 1);
}

fn assert_refused_untouched(path: &Path, expect: impl Fn(&StoreError) -> bool) {
    let before = fs::read(path).unwrap();
    let siblings_before = fs::read_dir(path.parent().unwrap()).unwrap().count();
    let err = Store::open(path).err().expect("must refuse");
    assert!(expect(&err), "unexpected error: {err}");
    assert_eq!(fs::read(path).unwrap(), before, "file changed");
    let siblings_after = fs::read_dir(path.parent().unwrap()).unwrap().count();
    assert_eq!(siblings_before, siblings_after, "left -wal/-shm files behind");
}

#[test]
fn a_text_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    fs::write(&path, "shopping list\nmilk\n").unwrap();
    assert_refused_untouched(&path, |e| {
        matches!(e, StoreError::NotANotebook { .. }) && e.to_string().contains("not a SQLite database")
    });
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE things (x); INSERT INTO things VALUES (1);")
        .unwrap();
    drop(conn);
    assert_refused_untouched(&path, |e| {
        matches!(e, StoreError::NotANotebook { .. }) && e.to_string().contains("another program")
    });
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", schema::LATEST_VERSION + 5)
        .unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    assert_refused_untouched(&path, |e| {
        matches!(e, StoreError::TooNew { .. }) && e.to_string().contains("newer Coachbook")
    });
}

#[test]
fn a_damaged_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
    fs::write(&path, &bytes).unwrap();
    assert_refused_untouched(&path, |e| matches!(e, StoreError::NotANotebook { .. }));
}

#[test]
fn a_read_only_file_opens_read_only_and_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    let mut store = Store::open(&path).unwrap();
    store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    drop(store);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o400)).unwrap();
    let before = fs::read(&path).unwrap();
    let mut store = Store::open(&path).unwrap();
    assert!(store.read_only_reason().is_some());
    assert_eq!(store.reps(false).unwrap().len(), 1, "still readable");
    let err = store.add_rep(RepData::named("Sam Lee")).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
    drop(store);
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_read_only_folder_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("locked");
    fs::create_dir(&folder).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();
    let err = Store::open(&folder.join("coachbook.db")).err().unwrap();
    assert!(err.to_string().contains("not writable"), "{err}");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_stale_edit_is_refused_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut first = Store::open(&path).unwrap();
    let mut second = Store::open(&path).unwrap();
    let rep = first.add_rep(RepData::named("Dana Ortiz")).unwrap();
    let version_before = second.data_version().unwrap();
    let mut seen_by_second = second.rep(rep.id).unwrap();
    let mut edited = rep.clone();
    edited.data.territory = "North".into();
    first.save_rep(&edited).unwrap();
    assert_ne!(
        second.data_version().unwrap(),
        version_before,
        "second notices the write"
    );
    seen_by_second.data.territory = "South".into();
    let err = second.save_rep(&seen_by_second).unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
    assert_eq!(second.rep(rep.id).unwrap().data.territory, "North");
}

#[test]
fn a_session_and_its_commitments_are_saved_together_or_not_at_all() {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    let data = SessionData::new(rep.id, d("2026-11-20"));
    let bad = vec![
        CommitmentData::new(rep.id, "Send case study", None),
        CommitmentData::new(rep.id, "   ", None),
    ];
    assert!(store.add_session(data.clone(), bad).is_err());
    assert!(store.sessions(&SessionFilter::default()).unwrap().is_empty());
    let good = vec![CommitmentData::new(rep.id, "Send case study", Some(d("2026-11-27")))];
    let session = store.add_session(data, good).unwrap();
    let activity = store.rep_activity(d("2026-11-28")).unwrap()[&rep.id].clone();
    assert_eq!(activity.last_session, Some((d("2026-11-20"), SessionKind::RideAlong)));
    assert_eq!((activity.open_commitments, activity.overdue_commitments), (1, 1));
    assert_eq!(session.data.rep, rep.id);
}

#[test]
fn renaming_or_retiring_a_skill_keeps_past_ratings() {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    let mut skill = store.skills(false).unwrap()[0].clone();
    let mut data = SessionData::new(rep.id, d("2026-11-20"));
    data.ratings.insert(skill.id, 4);
    let session = store.add_session(data, Vec::new()).unwrap();
    skill.data.name = "Pipeline building".into();
    skill.data.retired = true;
    store.save_skill(&skill).unwrap();
    assert!(store.skills(false).unwrap().iter().all(|s| s.id != skill.id));
    assert_eq!(store.session(session.id).unwrap().data.ratings[&skill.id], 4);
}

#[test]
fn archiving_hides_and_restoring_brings_back() {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    store.set_rep_archived(rep.id, true).unwrap();
    assert!(store.reps(false).unwrap().is_empty());
    assert_eq!(store.reps(true).unwrap().len(), 1);
    store.set_rep_archived(rep.id, false).unwrap();
    assert_eq!(store.reps(false).unwrap().len(), 1);
}

/// A notebook with one of everything, for round trips.
fn filled_store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let mut senior = RepData::named("Pat Kowalski");
    senior.retires_on = Some(d("2028-06-30"));
    let senior = store.add_rep(senior).unwrap();
    let mut junior = RepData::named("Dana Ortiz");
    junior.mentor = Some(senior.id);
    junior.focus = vec![store.skills(false).unwrap()[1].id];
    junior.email = "dana@example.com".into();
    let junior = store.add_rep(junior).unwrap();
    let mut account = AccountData::named("Acme Tools");
    account.owner = Some(senior.id);
    account.tier = Some(Tier::Key);
    account.annual_value_cents = Some(125_000_000);
    account.handover = Some(Handover {
        successor: junior.id,
        stage: HandoverStage::JointVisits,
        target: Some(d("2027-03-31")),
        notes: "Introduce to the CFO first".into(),
    });
    let account = store.add_account(account).unwrap();
    store
        .add_contact(ContactData {
            account: account.id,
            name: "Lee Chen".into(),
            role: "CFO".into(),
            influence: Some(9),
            known_by_owner: true,
            ..ContactData::default()
        })
        .unwrap();
    let mut session = SessionData::new(junior.id, d("2026-11-20"));
    session.account = Some(account.id);
    session.kind = SessionKind::HandoverVisit;
    session.notes = "Strong discovery, rushed the close.\nSecond line with ünïcödé 王芳".into();
    session.private_notes = "Seems tired lately".into();
    session.ratings.insert(store.skills(false).unwrap()[1].id, 4);
    session.will = Some(5);
    session.follow_up = Some(d("2026-12-04"));
    session.calls.push(Call {
        account: Some(account.id),
        objective: "Book the demo".into(),
        what_happened: "CFO joined".into(),
        outcome: "Demo booked".into(),
    });
    let mut commitment = CommitmentData::new(junior.id, "Send ROI case study", Some(d("2026-11-27")));
    commitment.done_on = Some(d("2026-11-25"));
    store.add_session(session, vec![commitment]).unwrap();
    store
        .add_commitment(CommitmentData::new(senior.id, "Plan joint visits", None))
        .unwrap();
    store
}

fn export(store: &Store, private: PrivateNotes) -> String {
    serde_json::to_string_pretty(&Document::from_notebook(&store.load_notebook().unwrap(), private)).unwrap()
}

#[test]
fn export_import_export_is_identical() {
    let source = filled_store();
    for private in [PrivateNotes::Exclude, PrivateNotes::Include] {
        let first = export(&source, private);
        let document: Document = serde_json::from_str(&first).unwrap();
        let mut target = Store::open_in_memory().unwrap();
        target.import_notebook(&document.into_notebook().unwrap()).unwrap();
        assert_eq!(export(&target, private), first, "{private:?}");
    }
    let with_private = export(&source, PrivateNotes::Include);
    assert!(with_private.contains("Seems tired lately"));
    assert!(!export(&source, PrivateNotes::Exclude).contains("Seems tired"));
}

#[test]
fn import_refuses_a_notebook_with_data_and_changes_nothing() {
    let source = filled_store();
    let notebook = source.load_notebook().unwrap();
    let mut target = Store::open_in_memory().unwrap();
    target.add_rep(RepData::named("Someone")).unwrap();
    let err = target.import_notebook(&notebook).unwrap_err();
    assert!(matches!(err, StoreError::NotEmpty(_)), "{err}");
    assert_eq!(target.reps(true).unwrap().len(), 1);
}

#[test]
fn a_bad_document_reports_the_first_bad_record() {
    let json = export(&filled_store(), PrivateNotes::Exclude);
    let mut document: Document = serde_json::from_str(&json).unwrap();
    document.sessions[0].rep = "Nobody".into();
    document.sessions[0].rep_uuid = None;
    let err = document.into_notebook().unwrap_err();
    assert_eq!(err.at, "sessions[0] (id 1)");
    assert!(err.message.contains("no rep named \"Nobody\""), "{}", err.message);
}

#[test]
fn files_sqlite_creates_beside_the_notebook_are_private_too() {
    // SAFETY: sets this test process's file-creation mask, as main does.
    unsafe {
        libc::umask(0o077);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coachbook.db");
    let mut store = Store::open(&path).unwrap();
    store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    for suffix in ["-wal", "-shm"] {
        let side = dir.path().join(format!("coachbook.db{suffix}"));
        assert_eq!(mode(&side), 0o600, "{suffix}");
    }
}
