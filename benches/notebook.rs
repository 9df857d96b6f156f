//! The app on a 200,000-session notebook of 120 reps and 4,000 accounts (the
//! demo generator's, dated relative to today): first frames, key presses with their redraw, search,
//! saving, each CLI read next to its SQL, and whole `coachbook` processes. Set COACHBOOK_BENCH_DB
//! to a notebook made with `coachbook demo --sessions 200000 --reps 120 --accounts 4000 --db FILE
//! --no-open` to skip generating one (about 40 s) on every run.

#[path = "notebook/cli_reads.rs"]
mod cli_reads;
#[path = "notebook/in_a_terminal.rs"]
mod in_a_terminal;

use chrono::{Local, NaiveTime};
use coachbook::domain::demo::{generate, DemoSize};
use coachbook::domain::SessionData;
use coachbook::store::search::SearchOrder;
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::insights::Insights;
use coachbook::ui::message::Msg;
use coachbook::ui::search_list::find;
use coachbook::ui::view;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

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
        reps: 120,
        accounts: 4000,
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

/// The app as `coachbook` starts it: the Today figures and searches on the reader thread.
fn open(path: &Path) -> App {
    let store = Store::open(path).unwrap();
    let mut app = App::with_background_reads(
        store,
        today(),
        NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        Default::default(),
    )
    .unwrap();
    app.update(Msg::Resize(120, 40));
    app
}

/// Waits for the reader thread's answers and applies them.
fn settle(app: &mut App) {
    while app.reads_pending() {
        std::thread::sleep(Duration::from_micros(200));
        app.poll_reads();
    }
    app.poll_reads();
}

fn key(app: &mut App, code: KeyCode) {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys_and_redraws(app: &mut App, terminal: &mut Terminal<TestBackend>, codes: &[KeyCode]) {
    for code in codes {
        key(app, *code);
        app.poll_reads();
        terminal.draw(|frame| view::render(frame, app)).unwrap();
    }
}

fn at_scale(c: &mut Criterion) {
    let (path, _dir) = notebook();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut slow = c.benchmark_group("open");
    slow.sample_size(10).measurement_time(Duration::from_secs(10));
    for (tab, name) in [('4', "Today"), ('1', "Reps"), ('2', "Accounts"), ('3', "Sessions")] {
        slow.bench_function(format!("open and draw the first frame of {name}"), |b| {
            // Each start is timed alone: the reader thread of the last one
            // finishes its figures, untimed, before the next starts.
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let start = Instant::now();
                    let mut app = open(&path);
                    keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Char(tab)]);
                    total += start.elapsed();
                    settle(&mut app);
                }
                total
            })
        });
    }
    slow.bench_function("open and draw Today once its figures have come", |b| {
        b.iter(|| {
            let mut app = open(&path);
            settle(&mut app);
            keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Char('4')]);
        })
    });
    slow.finish();

    let mut app = open(&path);
    settle(&mut app);
    let mut keys = c.benchmark_group("key and redraw");
    keys.bench_function("Today: move down", |b| {
        key(&mut app, KeyCode::Char('4'));
        b.iter(|| keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Down]))
    });
    key(&mut app, KeyCode::Char('3'));
    for (name, code) in [("move down", KeyCode::Down), ("page down", KeyCode::PageDown)] {
        keys.bench_function(format!("Sessions: {name}"), |b| {
            b.iter(|| keys_and_redraws(&mut app, &mut terminal, &[code]))
        });
    }
    keys.bench_function("switch tab (Accounts, then Sessions)", |b| {
        b.iter(|| keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Char('2'), KeyCode::Char('3')]))
    });
    keys.bench_function("open a session and close it (Enter, Esc)", |b| {
        b.iter(|| keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Enter, KeyCode::Esc]))
    });
    let typing: Vec<KeyCode> = "/disc".chars().map(KeyCode::Char).chain([KeyCode::Esc]).collect();
    keys.bench_function("Sessions: type a search word and clear it (/disc, Esc)", |b| {
        b.iter(|| keys_and_redraws(&mut app, &mut terminal, &typing))
    });
    settle(&mut app);
    key(&mut app, KeyCode::Char('1'));
    keys.bench_function("Reps: move down, then up (each detail reads the rep's figures)", |b| {
        b.iter(|| keys_and_redraws(&mut app, &mut terminal, &[KeyCode::Down, KeyCode::Up]))
    });
    keys.finish();

    let mut store = Store::open(&path).unwrap();
    let mut search = c.benchmark_group("search");
    for (name, word) in [("common word", "discovery"), ("rare word", "zeppelin")] {
        search.bench_function(name, |b| {
            b.iter(|| store.search(word, &Default::default(), today(), 20).unwrap())
        });
    }
    for (name, order) in [
        ("newest first", SearchOrder::Newest),
        ("best first", SearchOrder::BestMatch),
    ] {
        search.bench_function(
            format!("Sessions tab: the plays and every session matching \"disc\", {name}"),
            |b| b.iter(|| find(&store, "disc", today(), order).unwrap()),
        );
    }
    search.finish();
    let rep = store.reps(false).unwrap()[0].clone();
    let line = format!("@\"{}\" ride strong discovery, rushed the close", rep.data.name);
    let rep = rep.id;
    c.bench_function("save one session", |b| {
        b.iter(|| {
            let mut data = SessionData::new(rep, today());
            data.notes = "Strong discovery, rushed the close".into();
            store.add_session(data, Vec::new()).unwrap()
        })
    });
    c.bench_function("work out the Today figures (reader thread)", |b| {
        b.iter(|| Insights::load(&store, today(), &Default::default()).unwrap())
    });

    let mut process = c.benchmark_group("whole process");
    process.sample_size(20);
    let db = path.to_str().unwrap();
    let runs: [(&str, Vec<&str>); 3] = [
        ("coachbook add", vec!["--db", db, "add", &line]),
        (
            "coachbook session list --limit 20",
            vec!["--db", db, "session", "list", "--limit", "20"],
        ),
        ("coachbook agenda", vec!["--db", db, "agenda"]),
    ];
    for (name, args) in &runs {
        process.bench_function(*name, |b| b.iter(|| run(args)));
    }
    process.finish();
}

/// Runs the binary and checks it succeeded.
fn run(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_coachbook"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn reads(c: &mut Criterion) {
    let (path, _dir) = notebook();
    cli_reads::bench(c, &path, today());
}

fn terminal(c: &mut Criterion) {
    let (path, _dir) = notebook();
    in_a_terminal::bench(c, &path);
}

criterion_group!(benches, reads, terminal, at_scale);
criterion_main!(benches);
