//! The terminal UI: tabbed panes for Reps, Accounts and Sessions over the notebook.
//!
//! Pattern: one keymap table resolves keys to actions; `App::update` applies
//! them to per-pane state; `view::render` draws from `&App`; overlays (help,
//! confirm, forms, choosers) sit on a stack and the top one gets keys first.

pub mod action;
pub mod app;
pub mod data;
mod editor;
pub mod form;
pub mod keymap;
pub mod lists;
pub mod prompt;
mod terminal;
pub mod today;
mod update;
mod update_insights;
pub mod view;

use crate::domain::config::Config;
use crate::store::Store;
use app::App;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::time::{Duration, Instant};

/// How often the app checks for writes by other processes.
const TICK: Duration = Duration::from_millis(250);

/// Runs the UI until the user quits; the terminal is restored however it ends.
pub fn run(store: Store, config: Config) -> anyhow::Result<()> {
    let now = chrono::Local::now();
    let mut app = App::new(store, now.date_naive(), now.time(), config)?;
    let mut guard = terminal::TerminalGuard::enter()?;
    let size = guard.terminal.size()?;
    app.resize(size.width, size.height);
    let mut last_tick = Instant::now();
    while !app.quit {
        guard.terminal.draw(|frame| view::render(frame, &app))?;
        let timeout = TICK.saturating_sub(last_tick.elapsed());
        if event::poll(timeout)? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key),
                Event::Paste(text) => app.handle_paste(&text),
                Event::Resize(columns, rows) => app.resize(columns, rows),
                _ => {}
            }
        }
        if let Some(request) = app.editor_request.take() {
            guard.suspend();
            let result = editor::edit(&request.text);
            guard.resume()?;
            app.finish_editor(request.field, result);
        }
        if last_tick.elapsed() >= TICK {
            let now = chrono::Local::now();
            app.today = now.date_naive();
            app.now = now.time();
            app.tick();
            last_tick = Instant::now();
        }
    }
    Ok(())
}
