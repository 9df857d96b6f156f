//! A key press in the notes field after 1 MB was pasted into it, handled and
//! drawn: it must stay well under a frame (16 ms), so no per-key work may grow
//! with the whole text.

use chrono::{NaiveDate, NaiveTime};
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::input::burst::Bursts;
use coachbook::ui::input::keys::KeyParser;
use coachbook::ui::message::Msg;
use coachbook::ui::view;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::time::Instant;

#[path = "../tests/common/sample.rs"]
mod sample;

/// An app over the sample team with a new session form open, its notes focused.
fn session_form() -> App {
    let mut store = Store::open_in_memory().unwrap();
    sample::fill(&mut store);
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut app = App::new(
        store,
        today,
        NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        Default::default(),
    )
    .unwrap();
    app.update(Msg::Resize(120, 40));
    app.update(Msg::Key(KeyEvent::new(KeyCode::Char('1'), KeyModifiers::NONE)));
    app.update(Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE)));
    app
}

fn typing_after_a_huge_paste(c: &mut Criterion) {
    let mut app = session_form();
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let line = "Observed a long discovery call with many details worth keeping for the review. ";
    let paste: String = line.repeat(1_048_576 / line.len()) + "\n";
    app.update(Msg::Paste(paste));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("key and redraw with 1 MB of notes", |b| {
        b.iter(|| {
            app.update(Msg::Key(key(KeyCode::Char('x'))));
            terminal.draw(|frame| view::render(frame, &app)).unwrap();
        })
    });
}

/// A paste that arrives as keystrokes (no bracketed paste), read from the
/// terminal in 4 KB pieces as a pseudo-terminal hands them over: parsed,
/// delivered as a burst and drawn once per piece, as the event loop does.
fn pastes_arriving_as_keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("paste as keystrokes");
    group.sample_size(10);
    let line = "Observed a long discovery call with many details worth keeping for the review.\r";
    for size in [10_000usize, 100_000, 1_000_000] {
        let bytes = line.repeat(size / line.len() + 1).into_bytes()[..size].to_vec();
        group.bench_function(format!("{size} bytes"), |b| {
            b.iter_batched(
                || {
                    let app = session_form();
                    (app, Terminal::new(TestBackend::new(120, 40)).unwrap())
                },
                |(mut app, mut terminal)| {
                    let mut parser = KeyParser::default();
                    let mut bursts = Bursts::default();
                    for piece in bytes.chunks(4096) {
                        let typed = parser.feed(piece);
                        bursts.deliver(&mut app, typed, Instant::now());
                        terminal.draw(|frame| view::render(frame, &app)).unwrap();
                    }
                    app
                },
                criterion::BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, typing_after_a_huge_paste, pastes_arriving_as_keystrokes);
criterion_main!(benches);
