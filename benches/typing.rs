//! A key press in the notes field after 1 MB was pasted into it, handled and
//! drawn: it must stay well under a frame (16 ms), so no per-key work may grow
//! with the whole text.

use chrono::{NaiveDate, NaiveTime};
use coachbook::domain::RepData;
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::view;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

fn typing_after_a_huge_paste(c: &mut Criterion) {
    let mut store = Store::open_in_memory().unwrap();
    store.add_rep(RepData::named("Dana Ortiz")).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut app = App::new(
        store,
        today,
        NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        Default::default(),
    )
    .unwrap();
    app.resize(120, 40);
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    app.handle_key(key(KeyCode::Char('1')));
    app.handle_key(key(KeyCode::Char('c')));
    let line = "Observed a long discovery call with many details worth keeping for the review. ";
    let paste: String = line.repeat(1_048_576 / line.len()) + "\n";
    app.handle_paste(&paste);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("key and redraw with 1 MB of notes", |b| {
        b.iter(|| {
            app.handle_key(key(KeyCode::Char('x')));
            terminal.draw(|frame| view::render(frame, &app)).unwrap();
        })
    });
}

criterion_group!(benches, typing_after_a_huge_paste);
criterion_main!(benches);
