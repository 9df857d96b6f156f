//! Every field of every form round-trips: from a fully filled record into
//! its form, through a draft (as JSON, into a fresh form), and back through
//! saving into the store, with nothing lost and nothing changed.

mod common;

use chrono::NaiveTime;
use coachbook::domain::{
    Account, AccountData, Call, CommitmentData, CommitmentOwner, ContactData, FieldId, Handover, HandoverStage, Health,
    Rep, RepData, Risk, SessionData, SessionKind, Tier,
};
use coachbook::store::{CommitmentFilter, Store};
use coachbook::ui::data::Data;
use coachbook::ui::form::build::{account_form, contact_form, rep_form, session_form, SessionPrefill};
use coachbook::ui::form::submit::{save, Outcome};
use coachbook::ui::form::values::DraftValue;
use coachbook::ui::form::{tables, Form};
use common::fixture::{d, fill, today};

fn notebook() -> (Store, Data) {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    let data = Data::load(&store, today()).unwrap();
    (store, data)
}

/// The form's values through JSON into `fresh`, which then holds them all.
fn through_draft(form: &Form, mut fresh: Form) -> Form {
    let json = serde_json::to_string(&form.values()).unwrap();
    let values: Vec<(FieldId, DraftValue)> = serde_json::from_str(&json).unwrap();
    fresh.apply_values(&values);
    assert_eq!(fresh.values(), form.values(), "the draft put back every field");
    fresh
}

/// Every field of `form` holds something, so the round trip proves each one.
fn all_filled(form: &Form, table: &[FieldId]) {
    let ids: Vec<FieldId> = form.fields.iter().map(|f| f.id).collect();
    assert_eq!(ids, table, "the form has the table's fields, in order");
    for (id, value) in form.values() {
        let empty = match value {
            DraftValue::Text(t) | DraftValue::Choice(t) => t.is_empty(),
            DraftValue::Ratings(r) => r.is_empty(),
        };
        assert!(!empty, "{} is empty: the record does not exercise it", id.label());
    }
}

fn saved(form: &mut Form, store: &mut Store, data: &Data) {
    match save(form, store, data, today()) {
        Outcome::Saved(_) => {}
        _ => panic!("not saved: {:?}", form.message),
    }
}

#[test]
fn every_rep_field_round_trips() {
    let (mut store, data) = notebook();
    let skills = store.skills(false).unwrap();
    let mentor = data.reps[0].id;
    let mut full = RepData::named("Ana Gómez");
    full.title = "Account Manager".into();
    full.territory = "East".into();
    full.email = "ana@example.com".into();
    full.phone = "+1 555 0100".into();
    full.hired_on = Some(d("2025-01-06"));
    full.retires_on = Some(d("2040-06-30"));
    full.mentor = Some(mentor);
    full.cadence_days = 10;
    full.retention_risk = Some(Risk::Medium);
    full.focus = vec![skills[2].id, skills[0].id];
    full.notes = "Fast learner.\nWants a key account.".into();
    let rep: Rep = store.add_rep(full.clone()).unwrap();
    let data = Data::load(&store, today()).unwrap();
    let form = rep_form(Some(rep.clone()), &data, 14);
    let ids: Vec<FieldId> = tables::rep::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let mut form = through_draft(&form, rep_form(Some(rep.clone()), &data, 14));
    saved(&mut form, &mut store, &data);
    assert_eq!(store.rep(rep.id).unwrap().data, full);
}

#[test]
fn every_account_and_contact_field_round_trips() {
    let (mut store, data) = notebook();
    let (owner, successor) = (data.reps[0].id, data.reps[1].id);
    let mut full = AccountData::named("Initech");
    full.owner = Some(owner);
    full.tier = Some(Tier::A);
    full.annual_value_cents = Some(9_876_543);
    full.industry = "Software".into();
    full.health = Some(Health::Red);
    full.handover = Some(Handover {
        successor,
        stage: HandoverStage::JointVisits,
        target: Some(d("2027-03-31")),
        notes: "Joint QBR first".into(),
    });
    full.notes = "Renewal in spring".into();
    let account: Account = store.add_account(full.clone()).unwrap();
    let data = Data::load(&store, today()).unwrap();
    let form = account_form(Some(account.clone()), &data);
    let ids: Vec<FieldId> = tables::account::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let mut form = through_draft(&form, account_form(Some(account.clone()), &data));
    saved(&mut form, &mut store, &data);
    assert_eq!(store.account(account.id).unwrap().data, full);

    let contact = ContactData {
        account: account.id,
        name: "Bill Lumbergh".into(),
        role: "VP".into(),
        influence: Some(7),
        known_by_owner: true,
        known_by_successor: true,
        last_touch: Some(d("2026-11-02")),
        notes: "Prefers mornings".into(),
        archived: false,
        email: "bill@initech.test".into(),
        phone: "555-0199".into(),
        crm_id: "003X".into(),
    };
    let stored = store.add_contact(contact.clone()).unwrap();
    let form = contact_form(account.id, Some(stored.clone()), &data);
    let ids: Vec<FieldId> = tables::contact::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let mut form = through_draft(&form, contact_form(account.id, Some(stored.clone()), &data));
    saved(&mut form, &mut store, &data);
    let back = store.contacts(account.id, true).unwrap();
    assert_eq!(back.iter().find(|c| c.id == stored.id).unwrap().data, contact);
}

#[test]
fn every_session_field_round_trips_with_its_commitments() {
    let (mut store, data) = notebook();
    let skills = store.skills(false).unwrap();
    let (rep, account) = (data.reps[1].id, data.accounts[0].id);
    let mut full = SessionData::new(rep, d("2026-11-23"));
    full.account = Some(account);
    full.kind = SessionKind::PeerCoaching;
    full.coach = Some(data.reps[0].id);
    full.time = Some(NaiveTime::from_hms_opt(14, 5, 0).unwrap());
    full.minutes = Some(90);
    full.objective = "Agree the pilot scope".into();
    full.self_assessment = "Talked too much".into();
    full.notes = "Good rapport.\nMissed the budget question.".into();
    full.strengths = "Preparation".into();
    full.improvements = "Ask about budget early".into();
    full.outcome = "Scope agreed".into();
    full.ratings.insert(skills[0].id, 3);
    full.ratings.insert(skills[3].id, 5);
    full.will = Some(4);
    full.calls.push(Call {
        account: Some(account),
        objective: "Scope".into(),
        what_happened: "Met the CTO".into(),
        outcome: "Agreed".into(),
    });
    full.next_step = "Send the proposal".into();
    full.follow_up = Some(d("2026-12-07"));
    full.private_notes = "Thinking about a move?".into();
    let mut mine = CommitmentData::new(rep, "Book the follow-up call", Some(d("2026-11-30")));
    mine.owner = CommitmentOwner::Manager;
    let theirs = CommitmentData::new(rep, "Draft the proposal", Some(d("2026-12-01")));
    let session = store.add_session(full.clone(), vec![mine, theirs]).unwrap();
    let commitments = |store: &Store| {
        store
            .commitments(&CommitmentFilter {
                session: Some(session.id),
                ..Default::default()
            })
            .unwrap()
    };
    let before = commitments(&store);
    let data = Data::load(&store, today()).unwrap();
    let prefill = || SessionPrefill {
        rep: None,
        account: None,
        date: today(),
        time: None,
        kind: None,
    };
    let form = session_form(Some((session.clone(), before.clone())), prefill(), &data);
    let ids: Vec<FieldId> = tables::session::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let fresh = session_form(Some((session.clone(), before.clone())), prefill(), &data);
    let mut form = through_draft(&form, fresh);
    saved(&mut form, &mut store, &data);
    assert_eq!(store.session(session.id).unwrap().data, full);
    let after: Vec<_> = commitments(&store).into_iter().map(|c| c.data).collect();
    assert_eq!(after, before.into_iter().map(|c| c.data).collect::<Vec<_>>());
}

#[test]
fn form_errors_name_the_field_by_its_label() {
    let (mut store, data) = notebook();
    let mut form = account_form(None, &data);
    let at = form.fields.iter().position(|f| f.id == FieldId::AnnualValue).unwrap();
    form.set_focus(at);
    form.paste("lots");
    form.set_focus(0);
    form.paste("Umbrella");
    assert!(matches!(
        save(&mut form, &mut store, &data, today()),
        Outcome::Invalid(_)
    ));
    let message = form.message.clone().unwrap();
    assert!(message.starts_with("Not saved: Annual value: \"lots\""), "{message}");
    assert!(!message.contains("annual_value"), "{message}");
}

#[test]
fn a_draft_saved_by_the_previous_version_is_restored_whole() {
    use coachbook::ui::message::Msg;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let (mut store, _) = notebook();
    // As the version before typed field ids wrote it: purpose by kind, fields by name.
    let payload = r#"{"Form":{"purpose":{"kind":"rep","id":null,"account":null,"seen":null},
        "values":[["name",{"Text":"Ana Lima"}],["cadence_days",{"Text":"7"}],
                  ["retention_risk",{"Choice":"high"}],["focus",{"Text":"disc"}]],"focus":0}}"#;
    store.save_draft("main", "New rep", payload).unwrap();
    let mut app = common::fixture::app_over(store);
    let key = |code| Msg::Key(KeyEvent::new(code, KeyModifiers::NONE));
    let text = common::fixture::screen(&app, 120, 32);
    assert!(text.contains("Restore your unsaved New rep"), "{text}");
    app.update(key(KeyCode::Char('y')));
    app.update(Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
    let ana = app
        .store()
        .reps(false)
        .unwrap()
        .into_iter()
        .find(|r| r.data.name == "Ana Lima")
        .expect("the restored draft saved");
    assert_eq!((ana.data.cadence_days, ana.data.retention_risk), (7, Some(Risk::High)));
    assert_eq!(ana.data.focus.len(), 1);
}

#[test]
fn the_forms_commitment_lines_take_the_quick_capture_syntax() {
    let (mut store, data) = notebook();
    let prefill = SessionPrefill {
        rep: Some(data.reps[0].id),
        account: None,
        date: today(),
        time: None,
        kind: None,
    };
    let mut form = session_form(None, prefill, &data);
    let at = form.fields.iter().position(|f| f.id == FieldId::Commitments).unwrap();
    form.set_focus(at);
    form.paste("Send the deck by mon\nme: book the room @ fri\nmail lee@acme.com");
    let Outcome::Saved(saved) = save(&mut form, &mut store, &data, today()) else {
        panic!("not saved: {:?}", form.message);
    };
    let coachbook::ui::target::Target::Session(id) = saved.target else {
        panic!("saved a session");
    };
    let lines: Vec<(String, Option<chrono::NaiveDate>, CommitmentOwner)> = store
        .commitments(&CommitmentFilter {
            session: Some(id),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|c| (c.data.text, c.data.due, c.data.owner))
        .collect();
    assert!(
        lines.contains(&("Send the deck".into(), Some(d("2026-11-30")), CommitmentOwner::Rep)),
        "{lines:?}"
    );
    assert!(lines.contains(&("book the room".into(), Some(d("2026-11-27")), CommitmentOwner::Manager)));
    assert!(lines.contains(&("mail lee@acme.com".into(), None, CommitmentOwner::Rep)));
}

#[test]
fn every_stay_field_round_trips() {
    use coachbook::domain::{StayReason, TwoYears};
    let (mut store, data) = notebook();
    let rep = data.reps[2].id;
    let typed = vec![
        (FieldId::Date, DraftValue::Text("2026-11-24".into())),
        (FieldId::StayRisk, DraftValue::Choice("high".into())),
        (FieldId::StayReasons, DraftValue::Text("recruiter, growth".into())),
        (FieldId::TwoYears, DraftValue::Choice("no".into())),
        (FieldId::Impact, DraftValue::Choice("medium".into())),
        (FieldId::Notes, DraftValue::Text("Offer from a rival".into())),
        (FieldId::NextCheckIn, DraftValue::Text("2026-12-15".into())),
    ];
    let mut form = coachbook::ui::form::build::stay_form(rep, today(), &data);
    form.apply_values(&typed);
    let ids: Vec<FieldId> = tables::stay::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let mut form = through_draft(&form, coachbook::ui::form::build::stay_form(rep, today(), &data));
    saved(&mut form, &mut store, &data);
    let stored = &store.stays_of(rep).unwrap()[0].data;
    assert_eq!(stored.date, d("2026-11-24"));
    assert_eq!(stored.risk, Risk::High);
    assert_eq!(stored.reasons, vec![StayReason::Recruiter, StayReason::Growth]);
    assert_eq!(stored.two_years, TwoYears::No);
    assert_eq!(stored.impact, Risk::Medium);
    assert_eq!(stored.notes, "Offer from a rival");
    assert_eq!(stored.next_check_in, Some(d("2026-12-15")));
}

#[test]
fn every_play_field_round_trips() {
    let (mut store, data) = notebook();
    let skills = store.skills(false).unwrap();
    let mut full = coachbook::domain::PlayData::new("Trade, never give", d("2026-11-02"));
    full.situation = "The buyer asks for a discount at the last meeting".into();
    full.steps = "Ask what they give in return".into();
    full.pitfalls = "Giving it to end the meeting".into();
    full.skills = vec![skills[1].id, skills[5].id];
    full.author = Some(data.reps[0].id);
    full.account = Some(data.accounts[0].id);
    full.industry = "Manufacturing".into();
    full.product = "Service contracts".into();
    let stored = store.add_play(full.clone()).unwrap();
    let form = coachbook::ui::form::build::play_form(Some(stored.clone()), stored.data.clone(), &data);
    let ids: Vec<FieldId> = tables::play::FIELDS.iter().map(|f| f.id).collect();
    all_filled(&form, &ids);
    let fresh = coachbook::ui::form::build::play_form(Some(stored.clone()), stored.data.clone(), &data);
    let mut form = through_draft(&form, fresh);
    saved(&mut form, &mut store, &data);
    let mut expected = full.validated().unwrap();
    expected.skills.sort();
    assert_eq!(store.play(stored.id).unwrap().data, expected);
}
