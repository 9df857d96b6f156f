//! A fixed notebook and an App over it, for UI tests: today is Thursday
//! 2026-11-26 and the time 09:30, so every screen is the same on every run.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime};
use coachbook::domain::{
    AccountData, Call, CommitmentData, ContactData, Handover, HandoverStage, Health, RepData, Risk, SessionData,
    SessionKind, Tier,
};
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::message::Msg;
use coachbook::ui::view;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn today() -> NaiveDate {
    d("2026-11-26")
}

/// Fills `store` with a small team, two accounts and three sessions.
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

/// An app over a filled in-memory notebook at 120x32.
pub fn app() -> App {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    app_over(store)
}

/// An app over `store` on the fixed date and time.
pub fn app_over(store: Store) -> App {
    app_with(store, Default::default())
}

/// An app over `store` with the settings `config`.
pub fn app_with(store: Store, config: coachbook::domain::config::Config) -> App {
    let mut app = App::new(store, today(), NaiveTime::from_hms_opt(9, 30, 0).unwrap(), config).unwrap();
    app.update(Msg::Resize(120, 32));
    app
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Presses each character of `text` as a key.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let event = match c {
            '\n' => key(KeyCode::Enter),
            '\t' => key(KeyCode::Tab),
            c => key(KeyCode::Char(c)),
        };
        app.update(Msg::Key(event));
    }
}

/// Presses `code` `times` times.
pub fn press(app: &mut App, code: KeyCode, times: usize) {
    for _ in 0..times {
        app.update(Msg::Key(key(code)));
    }
}

/// Renders the app into a `width` x `height` test terminal and returns the
/// screen as text, one line per row, trailing spaces removed.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(frame, app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut lines = Vec::new();
    for y in 0..height {
        let mut line = String::new();
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}
