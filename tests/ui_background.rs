//! The slow reads on their own thread: the Today figures and the Sessions
//! search come from a second connection and end on the same screen as when
//! read in place; a search overtaken by more typing is never shown.

mod common;

use chrono::NaiveTime;
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::message::Msg;
use coachbook::ui::reader_thread::{Answer, Job, ReaderThread};
use common::fixture::{app_over, fill, press, screen, today, type_text};
use ratatui::crossterm::event::KeyCode;
use std::path::Path;
use std::time::{Duration, Instant};

fn filled_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("coachbook.db");
    let mut store = Store::open(&path).unwrap();
    fill(&mut store);
    path
}

fn threaded(path: &Path) -> App {
    let store = Store::open(path).unwrap();
    let mut app = App::with_background_reads(
        store,
        today(),
        NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        Default::default(),
    )
    .unwrap();
    app.update(Msg::Resize(120, 32));
    app
}

/// Applies the reader's answers until none is due (failing after 20 s).
fn settle(app: &mut App) {
    let start = Instant::now();
    loop {
        app.poll_reads();
        if !app.reads_pending() {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the reader never answered");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn figures_and_search_from_the_reader_match_the_ones_read_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled_file(dir.path());
    let mut inline = app_over(Store::open(&path).unwrap());
    let mut background = threaded(&path);
    settle(&mut background);
    let today_screen = screen(&inline, 120, 32);
    assert!(today_screen.contains("Coaching due"), "{today_screen}");
    assert_eq!(screen(&background, 120, 32), today_screen);

    for app in [&mut inline, &mut background] {
        type_text(app, "3/succ");
    }
    settle(&mut background);
    let found = screen(&inline, 120, 32);
    assert!(found.contains("Succession plan for Acme"), "{found}");
    assert_eq!(screen(&background, 120, 32), found);

    // The development view reads the rep's whole history on the reader too.
    for app in [&mut inline, &mut background] {
        press(app, KeyCode::Esc, 1);
        type_text(app, "1\n");
    }
    settle(&mut background);
    let development = screen(&inline, 120, 32);
    assert!(development.contains("Development (Esc closes"), "{development}");
    assert_eq!(screen(&background, 120, 32), development);
}

#[test]
fn the_today_tab_says_the_figures_are_coming_until_they_do() {
    // The reader's answer is applied only when polled: until then the
    // figures have not come.
    let dir = tempfile::tempdir().unwrap();
    let app = threaded(&filled_file(dir.path()));
    let text = screen(&app, 120, 32);
    assert!(text.contains("Working out the figures…"), "{text}");
    assert!(!text.contains("everyone is within their cadence"), "{text}");
}

#[test]
fn only_the_answer_to_the_latest_search_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = filled_file(dir.path());
    let mut reader = ReaderThread::spawn(Store::open(&path).unwrap()).unwrap();
    for filter in ["s", "su", "succ"] {
        let job = Job::Search {
            filter: filter.into(),
            today: today(),
            order: Default::default(),
        };
        assert!(reader.send(job).is_ok());
    }
    let start = Instant::now();
    let mut answers = Vec::new();
    while reader.busy() {
        answers.extend(reader.answers());
        assert!(start.elapsed() < Duration::from_secs(20), "the reader never answered");
        std::thread::sleep(Duration::from_millis(5));
    }
    answers.extend(reader.answers());
    let filters: Vec<String> = answers
        .into_iter()
        .map(|a| match a {
            Answer::Search { filter, found, .. } => {
                assert_eq!(found.unwrap().sessions.len(), 1);
                filter
            }
            _ => panic!("only searches were asked for"),
        })
        .collect();
    assert_eq!(filters, vec!["succ".to_string()]);
}
