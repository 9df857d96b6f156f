//! The app on a 200,000-session notebook of 60 reps and 800 accounts (the
//! demo generator's, dated relative to today): first frames, key presses with their redraw, search
//! and saving. Set COACHBOOK_BENCH_DB to a notebook made with
//! `coachbook demo --sessions 200000 --reps 60 --accounts 800 --db FILE --no-open` to skip generating
//! one (about 12 s) on every run.

use chrono::{Local, NaiveTime};
use coachbook::domain::demo::{generate, DemoSize};
use coachbook::domain::SessionData;
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::view;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

const SESSIONS: usize = 200_000;

/// The notebook to measure: the one named by COACHBOOK_BENCH_DB, or a new
/// one in a temporary folder with one session that mentions a rare word.
fn notebook() -> (PathBuf, Option<tempfile::TempDir>) {
    if let Some(path) = std::env::var_os("COACHBOOK_BENCH_DB") {
        return (PathBuf::from(path), None);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.db");
    let size = DemoSize {
        reps: 60,
        accounts: 800,
        sessions: SESSIONS,
    };
    let mut store = Store::open(&path).unwrap();
    store.import_notebook(&generate(size, 42, today())).unwrap();
    let rep = store.reps(false).unwrap()[0].id;
    let mut data = SessionData::new(rep, today());
    data.notes = "Talked about the zeppelin project".into();
    store.add_session(data, Vec::new()).unwrap();
    (path, Some(dir))
}

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

fn open(path: &Path) -> App {
    let store = Store::open(path).unwrap();
    let mut app = App::new(
        store,
        today(),
        NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        Default::default(),
    )
    .unwrap();
    app.resize(120, 40);
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn at_scale(c: &mut Criterion) {
    let (path, _dir) = notebook();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut slow = c.benchmark_group("open");
    slow.sample_size(10).measurement_time(Duration::from_secs(20));
    for (tab, name) in [('4', "Today"), ('1', "Reps"), ('2', "Accounts"), ('3', "Sessions")] {
        slow.bench_function(format!("open and draw the first frame of {name}"), |b| {
            b.iter(|| {
                let mut app = open(&path);
                key(&mut app, KeyCode::Char(tab));
                terminal.draw(|frame| view::render(frame, &app)).unwrap();
            })
        });
    }
    slow.finish();

    let mut app = open(&path);
    key(&mut app, KeyCode::Char('3'));
    let mut keys = c.benchmark_group("key and redraw");
    for (name, code) in [("move down", KeyCode::Down), ("page down", KeyCode::PageDown)] {
        keys.bench_function(format!("Sessions: {name}"), |b| {
            b.iter(|| {
                key(&mut app, code);
                terminal.draw(|frame| view::render(frame, &app)).unwrap();
            })
        });
    }
    keys.bench_function("switch tab (Accounts, then Sessions)", |b| {
        b.iter(|| {
            for tab in ['2', '3'] {
                key(&mut app, KeyCode::Char(tab));
                terminal.draw(|frame| view::render(frame, &app)).unwrap();
            }
        })
    });
    keys.bench_function("open a session and close it (Enter, Esc)", |b| {
        b.iter(|| {
            for code in [KeyCode::Enter, KeyCode::Esc] {
                key(&mut app, code);
                terminal.draw(|frame| view::render(frame, &app)).unwrap();
            }
        })
    });
    keys.bench_function("Sessions: type a search word and clear it (/disc, Esc)", |b| {
        b.iter(|| {
            for code in "/disc".chars().map(KeyCode::Char).chain([KeyCode::Esc]) {
                key(&mut app, code);
                terminal.draw(|frame| view::render(frame, &app)).unwrap();
            }
        })
    });
    keys.finish();

    let mut store = Store::open(&path).unwrap();
    let mut search = c.benchmark_group("search");
    for (name, word) in [("common word", "discovery"), ("rare word", "zeppelin")] {
        search.bench_function(name, |b| {
            b.iter(|| store.search(word, None, None, today(), 20).unwrap())
        });
    }
    search.finish();
    let rep = store.reps(false).unwrap()[0].id;
    c.bench_function("save one session", |b| {
        b.iter(|| {
            let mut data = SessionData::new(rep, today());
            data.notes = "Strong discovery, rushed the close".into();
            store.add_session(data, Vec::new()).unwrap()
        })
    });
}

criterion_group!(benches, at_scale);
criterion_main!(benches);
