//! A fixed notebook and an App over it, for UI tests: today is Thursday
//! 2026-11-26 and the time 09:30, so every screen is the same on every run.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime};
use coachbook::store::Store;
use coachbook::ui::app::App;
use coachbook::ui::message::Msg;
use coachbook::ui::view;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

pub fn today() -> NaiveDate {
    d("2026-11-26")
}

pub use super::sample::{d, fill};

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
