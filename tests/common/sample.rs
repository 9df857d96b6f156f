//! The sample teams, built one way: through the store, each once per test
//! run into a template notebook that every test copies (no CLI process per
//! record). `fill` is the UI tests' team (on in-memory stores), `story` the golden files'
//! (the same people, with a longer history), `small` the CLI tests' few records.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime};
use coachbook::domain::{
    AccountData, Call, CommitmentData, CommitmentOwner, ContactData, Handover, HandoverStage, Health, RepData, RepId,
    Risk, SessionData, SessionKind, SkillId, Tier,
};
use coachbook::store::Store;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The skill with this alias.
pub fn skill(store: &Store, alias: &str) -> SkillId {
    store
        .skills(false)
        .unwrap()
        .into_iter()
        .find(|s| s.data.alias == alias)
        .unwrap()
        .id
}

/// A rep named `name`, set up by `with`.
pub fn rep(store: &mut Store, name: &str, with: impl FnOnce(&mut RepData)) -> RepId {
    let mut data = RepData::named(name);
    with(&mut data);
    store.add_rep(data).unwrap().id
}

/// An account named `name`, set up by `with`.
pub fn account(store: &mut Store, name: &str, with: impl FnOnce(&mut AccountData)) -> coachbook::domain::AccountId {
    let mut data = AccountData::named(name);
    with(&mut data);
    store.add_account(data).unwrap().id
}

/// A session with `rep` on `date`, set up by `with`, with its commitments.
pub fn session(
    store: &mut Store,
    rep: RepId,
    date: &str,
    with: impl FnOnce(&mut SessionData),
    commitments: Vec<CommitmentData>,
) -> coachbook::domain::SessionId {
    let mut data = SessionData::new(rep, d(date));
    with(&mut data);
    store.add_session(data, commitments).unwrap().id
}

/// The UI tests' team: three reps, two accounts, a contact and two sessions.
pub fn fill(store: &mut Store) {
    let skills = store.skills(false).unwrap();
    let (discovery, closing) = (skills[1].id, skills[5].id);
    let mut pat = RepData::named("Pat Kowalski");
    pat.title = "Senior Account Manager".into();
    pat.territory = "West".into();
    pat.hired_on = Some(d("1998-03-01"));
    pat.retires_on = Some(d("2027-09-30"));
    pat.cadence_days = 21;
    let pat = store.add_rep(pat).unwrap();
    let mut dana = RepData::named("Dana Ortiz");
    dana.territory = "North".into();
    dana.hired_on = Some(d("2024-02-29"));
    dana.mentor = Some(pat.id);
    dana.retention_risk = Some(Risk::High);
    dana.focus = vec![discovery, closing];
    let dana = store.add_rep(dana).unwrap();
    let mut sam = RepData::named("Sam Lee");
    sam.territory = "South".into();
    store.add_rep(sam).unwrap();

    let mut acme = AccountData::named("Acme Tools");
    acme.owner = Some(pat.id);
    acme.tier = Some(Tier::Key);
    acme.health = Some(Health::Amber);
    acme.annual_value_cents = Some(125_000_000);
    acme.handover = Some(Handover {
        successor: dana.id,
        stage: HandoverStage::Introduced,
        target: Some(d("2026-11-01")),
        notes: "Introduce Dana to the CFO first".into(),
    });
    let acme = store.add_account(acme).unwrap();
    let mut globex = AccountData::named("Globex");
    globex.owner = Some(dana.id);
    globex.tier = Some(Tier::B);
    globex.health = Some(Health::Green);
    store.add_account(globex).unwrap();
    store
        .add_contact(ContactData {
            account: acme.id,
            name: "Lee Chen".into(),
            role: "CFO".into(),
            influence: Some(9),
            known_by_owner: true,
            ..ContactData::default()
        })
        .unwrap();

    let mut ride = SessionData::new(dana.id, d("2026-11-20"));
    ride.account = Some(acme.id);
    ride.time = Some(NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    ride.minutes = Some(240);
    ride.objective = "Book the pilot".into();
    ride.notes = "Strong discovery with the CFO.\nRushed the close at the end.".into();
    ride.strengths = "Open questions, let the customer talk".into();
    ride.improvements = "Ask for a dated next step".into();
    ride.ratings.insert(discovery, 4);
    ride.ratings.insert(closing, 2);
    ride.will = Some(5);
    ride.follow_up = Some(d("2026-12-04"));
    ride.private_notes = "Seems tired; ask about workload".into();
    ride.calls.push(Call {
        account: Some(acme.id),
        objective: "Pilot".into(),
        what_happened: "CFO joined".into(),
        outcome: "Pilot agreed in principle".into(),
    });
    let commitments = vec![
        CommitmentData::new(dana.id, "Send ROI case study", Some(d("2026-11-24"))),
        CommitmentData::new(dana.id, "Practise closing questions", Some(d("2026-12-10"))),
    ];
    store.add_session(ride, commitments).unwrap();
    let mut one = SessionData::new(pat.id, d("2026-10-01"));
    one.kind = SessionKind::OneOnOne;
    one.notes = "Succession plan for Acme".into();
    store.add_session(one, Vec::new()).unwrap();
}

/// The CLI tests' few records: Pat (retiring), Dana (mentored by Pat), Sam, and Acme Tools.
pub fn small(store: &mut Store) {
    let pat = rep(store, "Pat Kowalski", |r| {
        r.retires_on = Some(d("2028-06-30"));
        r.territory = "West".into();
    });
    rep(store, "Dana Ortiz", |r| {
        r.territory = "North".into();
        r.mentor = Some(pat);
        r.hired_on = Some(d("2024-02-29"));
    });
    rep(store, "Sam Lee", |r| r.retention_risk = Some(Risk::High));
    account(store, "Acme Tools", |a| {
        a.owner = Some(pat);
        a.tier = Some(Tier::Key);
        a.annual_value_cents = Some(125_000_000);
    });
}

/// The golden files' story: Pat retiring with two key accounts, Acme handed
/// over to Dana, Sam new; four sessions and three commitments, one done.
pub fn story(store: &mut Store) {
    let (disc, close, prod) = (skill(store, "disc"), skill(store, "close"), skill(store, "prod"));
    let pat = rep(store, "Pat Kowalski", |r| {
        r.title = "Senior Key Account Manager".into();
        r.territory = "West".into();
        r.hired_on = Some(d("1998-03-01"));
        r.retires_on = Some(d("2027-09-30"));
        r.cadence_days = 21;
    });
    let dana = rep(store, "Dana Ortiz", |r| {
        r.title = "Account Manager".into();
        r.territory = "North".into();
        r.hired_on = Some(d("2024-02-29"));
        r.mentor = Some(pat);
        r.retention_risk = Some(Risk::High);
        r.focus = vec![disc, close];
    });
    let sam = rep(store, "Sam Lee", |r| {
        r.territory = "South".into();
        r.hired_on = Some(d("2026-09-01"));
        r.cadence_days = 7;
    });
    let acme = account(store, "Acme Tools", |a| {
        a.owner = Some(pat);
        a.tier = Some(Tier::Key);
        a.annual_value_cents = Some(125_000_000);
        a.health = Some(Health::Amber);
        a.industry = "Manufacturing".into();
    });
    account(store, "Globex", |a| {
        a.owner = Some(pat);
        a.tier = Some(Tier::Key);
        a.annual_value_cents = Some(90_000_000);
        a.health = Some(Health::Green);
    });
    let initech = account(store, "Initech", |a| {
        a.owner = Some(dana);
        a.tier = Some(Tier::B);
        a.annual_value_cents = Some(12_000_000);
    });
    let mut handed = store.account(acme).unwrap();
    handed.data.handover = Some(Handover {
        successor: dana,
        stage: HandoverStage::Introduced,
        target: Some(d("2026-11-01")),
        notes: String::new(),
    });
    store.save_account(&handed).unwrap();
    for (name, role, influence, by_successor) in [("Lee Chen", "CFO", 9, true), ("Kim Park", "Buyer", 6, false)] {
        store
            .add_contact(ContactData {
                account: acme,
                name: name.into(),
                role: role.into(),
                influence: Some(influence),
                known_by_owner: true,
                known_by_successor: by_successor,
                ..ContactData::default()
            })
            .unwrap();
    }
    session(
        store,
        dana,
        "2026-09-10",
        |s| {
            s.account = Some(acme);
            s.kind = SessionKind::HandoverVisit;
            s.ratings.insert(disc, 2);
            s.ratings.insert(close, 2);
            s.will = Some(5);
            s.notes = "First joint visit with Pat".into();
            s.strengths = "Good preparation".into();
            s.improvements = "Ask more open questions".into();
        },
        Vec::new(),
    );
    let mut mine = CommitmentData::new(dana, "Get pricing approval", Some(d("2026-12-01")));
    mine.owner = CommitmentOwner::Manager;
    session(
        store,
        dana,
        "2026-11-20",
        |s| {
            s.account = Some(acme);
            s.time = Some(NaiveTime::from_hms_opt(9, 0, 0).unwrap());
            s.objective = "Book the pilot".into();
            s.notes = "Strong discovery with the CFO.".into();
            s.strengths = "Open questions, let the customer talk\nCalm on price".into();
            s.improvements =
                "Ask for a dated next step\nSummarise needs before presenting\nPrepare for competitor pricing".into();
            s.ratings.insert(disc, 4);
            s.ratings.insert(close, 2);
            s.will = Some(4);
            s.next_step = "Send the pilot proposal".into();
            s.follow_up = Some(d("2026-11-26"));
            s.private_notes = "Seems tired".into();
        },
        vec![
            CommitmentData::new(dana, "Send ROI case study", Some(d("2026-11-24"))),
            mine,
        ],
    );
    session(
        store,
        pat,
        "2026-10-01",
        |s| {
            s.kind = SessionKind::OneOnOne;
            s.notes = "Succession plan for Acme and Globex".into();
        },
        vec![CommitmentData::new(
            pat,
            "Introduce Dana to the Globex buyer",
            Some(d("2026-10-15")),
        )],
    );
    session(
        store,
        sam,
        "2026-11-24",
        |s| {
            s.account = Some(initech);
            s.notes = "Shadowed Dana's customer".into();
            s.ratings.insert(prod, 2);
            s.will = Some(5);
        },
        Vec::new(),
    );
    let introduce = store.commitments(&Default::default()).unwrap();
    let introduce = introduce.iter().find(|c| c.data.text.starts_with("Introduce")).unwrap();
    store.set_commitment_done(introduce.id, Some(d("2026-10-14"))).unwrap();
}

/// A notebook file holding what `build` writes, made once per test run.
fn template(cell: &'static OnceLock<(tempfile::TempDir, PathBuf)>, build: fn(&mut Store)) -> &'static Path {
    &cell
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("template.db");
            let mut store = Store::open(&path).unwrap();
            build(&mut store);
            drop(store); // checkpointed: the .db file alone holds it
            (dir, path)
        })
        .1
}

/// Writes a copy of the team `build` makes to `to`.
fn copy_of(cell: &'static OnceLock<(tempfile::TempDir, PathBuf)>, build: fn(&mut Store), to: &Path) {
    std::fs::copy(template(cell, build), to).unwrap();
}

static SMALL: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
static STORY: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();

/// `small` at `to`.
pub fn small_at(to: &Path) {
    copy_of(&SMALL, small, to);
}

/// `story` at `to`.
pub fn story_at(to: &Path) {
    copy_of(&STORY, story, to);
}
