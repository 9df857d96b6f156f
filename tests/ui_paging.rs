//! The Sessions tab on a bigger notebook: it holds only the rows around the
//! screen, yet scrolling, jumping to the end and selecting a session anywhere
//! show the right rows.

mod common;

use chrono::Days;
use coachbook::domain::{CommitmentData, RepData, SessionData};
use coachbook::store::Store;
use coachbook::ui::app::Target;
use coachbook::ui::message::Msg;
use common::fixture::{app_over, d, key, press, screen, type_text};
use ratatui::crossterm::event::KeyCode;

const SESSIONS: u64 = 600;

/// A notebook with one rep and a session a day, "Session 000" the oldest.
fn big_app() -> (coachbook::ui::app::App, Vec<coachbook::domain::SessionId>) {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
    let ids = (0..SESSIONS)
        .map(|i| {
            let mut data = SessionData::new(rep, d("2025-01-01").checked_add_days(Days::new(i)).unwrap());
            data.notes = format!("Session {i:03}");
            store.add_session(data, Vec::new()).unwrap().id
        })
        .collect();
    let mut app = app_over(store);
    type_text(&mut app, "3");
    (app, ids)
}

fn loaded(app: &coachbook::ui::app::App) -> usize {
    app.data().session_window.rows.len()
}

#[test]
fn the_list_counts_everything_but_loads_only_the_rows_around_the_screen() {
    let (app, _) = big_app();
    let text = screen(&app, 120, 32);
    assert!(text.contains("Sessions (600)"), "{text}");
    assert!(text.contains("Session 599"), "newest first: {text}");
    assert!(!text.contains("Session 500"), "{text}");
    assert!(loaded(&app) < 200, "{} rows loaded", loaded(&app));
}

#[test]
fn moving_to_the_end_and_back_pages_from_the_notebook() {
    let (mut app, _) = big_app();
    press(&mut app, KeyCode::Char('G'), 1);
    let text = screen(&app, 120, 32);
    assert!(text.contains("Session 000"), "the oldest at the end: {text}");
    assert!(app.data().session_window.start > 300, "the window moved to the end");
    assert!(loaded(&app) < 200);
    press(&mut app, KeyCode::PageUp, 1);
    press(&mut app, KeyCode::Up, 3);
    let text = screen(&app, 120, 32);
    assert!(!text.contains("Session 000"), "{text}");
    press(&mut app, KeyCode::Char('g'), 1);
    assert!(screen(&app, 120, 32).contains("Session 599"));
    for _ in 0..12 {
        app.update(Msg::Key(key(KeyCode::PageDown)));
    }
    let text = screen(&app, 120, 32);
    let selected = app.selected();
    let Some(Target::Session(id)) = selected else {
        panic!("a session is selected: {selected:?}");
    };
    let notes = app.store().session(id).unwrap().data.notes;
    assert!(text.contains(&notes), "the selected row is drawn: {notes} in {text}");
}

#[test]
fn selecting_a_session_anywhere_scrolls_to_it_and_shows_it() {
    let (mut app, ids) = big_app();
    app.select(Target::Session(ids[123]));
    assert_eq!(app.selected(), Some(Target::Session(ids[123])));
    let text = screen(&app, 120, 32);
    assert_eq!(
        text.matches("Session 123").count(),
        2,
        "in the list and the detail: {text}"
    );
    type_text(&mut app, "/Session 42");
    assert_eq!(app.row_count(), 10, "each word is a prefix: 420 to 429, not 042");
    assert!(screen(&app, 120, 32).contains("Session 429"));
    press(&mut app, KeyCode::Esc, 1);
    assert_eq!(app.row_count(), 600, "Esc clears the search");
}

#[test]
fn a_search_counts_every_match_and_pages_on_to_the_oldest() {
    // 600 matches: more than a search listed before (500), all reachable.
    let (mut app, _) = big_app();
    type_text(&mut app, "/session");
    press(&mut app, KeyCode::Enter, 1);
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Sessions, newest first (600) filter /session (Esc clears)"),
        "{text}"
    );
    assert!(text.contains("Session 599"), "{text}");
    press(&mut app, KeyCode::Char('G'), 1);
    let text = screen(&app, 120, 32);
    assert!(text.contains("Session 000"), "the oldest match at the end: {text}");
    assert!(!text.contains("Session 599"), "{text}");
    let Some(Target::Session(id)) = app.selected() else {
        panic!("a session is selected");
    };
    assert_eq!(app.store().session(id).unwrap().data.notes, "Session 000");
    press(&mut app, KeyCode::PageUp, 2);
    let text = screen(&app, 120, 32);
    let Some(Target::Session(id)) = app.selected() else {
        panic!("a session is selected");
    };
    let notes = app.store().session(id).unwrap().data.notes;
    assert!(text.contains(&notes), "the selected match is drawn: {notes} in {text}");
}

#[test]
fn s_sorts_the_matches_by_best_match_and_back_to_newest() {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
    for (day, notes) in [
        (
            "2026-06-01",
            "Pricing objection, pricing objection: handled the pricing objection well",
        ),
        (
            "2026-11-20",
            "Long visit. Covered the roadmap, the service plan, the delivery dates, the team, and one objection",
        ),
        (
            "2026-11-24",
            "Plant tour, met the new buyer, talked about volumes for next year; a small objection",
        ),
    ] {
        let mut data = SessionData::new(rep, d(day));
        data.notes = notes.into();
        store.add_session(data, Vec::new()).unwrap();
    }
    let mut app = app_over(store);
    type_text(&mut app, "3/objection");
    press(&mut app, KeyCode::Enter, 1);
    let order = |app: &coachbook::ui::app::App| -> Vec<String> {
        (0..app.row_count())
            .map(|row| app.session_at(row).unwrap().data.date.to_string())
            .collect()
    };
    assert_eq!(order(&app), ["2026-11-24", "2026-11-20", "2026-06-01"]);
    type_text(&mut app, "s");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Sessions, best first (3) filter /objection (Esc clears)"),
        "{text}"
    );
    assert!(
        text.contains("best first (relevance weighed with age)"),
        "the status says so: {text}"
    );
    assert_eq!(order(&app)[0], "2026-06-01", "the session about objections comes first");
    let Some(Target::Session(id)) = app.selected() else {
        panic!("a session is selected");
    };
    assert_eq!(
        app.store().session(id).unwrap().data.date,
        d("2026-06-01"),
        "the first match is selected"
    );
    type_text(&mut app, "s");
    assert!(screen(&app, 120, 32).contains("Sessions, newest first (3)"));
    assert_eq!(order(&app), ["2026-11-24", "2026-11-20", "2026-06-01"]);
}

#[test]
fn a_rep_with_many_open_commitments_shows_the_most_urgent_and_how_many_more() {
    let mut store = Store::open_in_memory().unwrap();
    let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
    for day in 1..=10u64 {
        let due = d("2026-03-01").checked_add_days(Days::new(day)).unwrap();
        let text = format!("Promise {day:02}");
        store.add_commitment(CommitmentData::new(rep, text, Some(due))).unwrap();
    }
    let mut app = app_over(store);
    type_text(&mut app, "1");
    let text = screen(&app, 120, 32);
    assert!(text.contains("Promise 01") && text.contains("Promise 06"), "{text}");
    assert!(!text.contains("Promise 07"), "{text}");
    assert!(text.contains("… and 4 more (Today lists them all)"), "{text}");
}
