//! The terminal UI: tabbed panes for Reps, Accounts and Sessions over the notebook.
//!
//! Pattern: one keymap table resolves keys to actions; `App::update` applies
//! them to per-pane state; `view::render` draws from `&App`; overlays (help,
//! confirm, forms, choosers) sit on a stack and the top one gets keys first.

pub mod action;
pub mod app;
pub mod data;
mod drafts;
mod editor;
pub mod form;
pub mod keymap;
pub mod lists;
pub mod overlay;
pub mod prompt;
pub mod reader;
mod reads;
pub mod session_window;
mod terminal;
pub mod text_field;
pub mod today;
mod update;
mod update_forms;
mod update_insights;
pub mod view;

use crate::clock::Clock;
use crate::domain::config::Config;
use crate::store::Store;
use app::App;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the app checks for writes by other processes.
const TICK: Duration = Duration::from_millis(250);

/// How often it looks for answers from the reader thread while one is due.
const READ_POLL: Duration = Duration::from_millis(10);

/// The longest wait on the terminal's input: a resize comes by a signal that
/// this wait does not see, so it is picked up within this time.
const INPUT_POLL: Duration = Duration::from_millis(40);

/// Runs the UI until the user quits; the terminal is restored however it ends.
pub fn run(store: Store, config: Config, clock: Clock) -> anyhow::Result<()> {
    let now = clock.now();
    let backups = store.path().parent().map(|p| p.join("backups"));
    let writable = store.read_only_reason().is_none();
    let keep = config.daily_backups;
    let mut app = App::with_background_reads(store, now.date(), now.time(), config)?;
    if let Some(folder) = backups.filter(|_| writable) {
        // Copying a large notebook takes a while: it must not hold up the first frame.
        app.read(reader::Job::DailyBackup {
            folder,
            today: now.date(),
            keep,
        });
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut guard = terminal::TerminalGuard::enter()?;
    let result = event_loop(&mut app, &mut guard, &stop, clock);
    // Whatever ended the loop (quit, a signal, a closed terminal), keep what was typed.
    app.save_draft_now();
    result
}

fn event_loop(
    app: &mut App,
    guard: &mut terminal::TerminalGuard,
    stop: &AtomicBool,
    clock: Clock,
) -> anyhow::Result<()> {
    let size = guard.terminal.size()?;
    app.resize(size.width, size.height);
    // Lets the tests check that a crash restores the terminal and writes a
    // report without note text; nothing else sets it.
    let crash_test = std::env::var_os("COACHBOOK_TEST_PANIC").is_some();
    let mut last_tick = Instant::now();
    // Draws only after something changed: waits are short, frames are not free.
    let mut changed = true;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if std::mem::take(&mut changed) {
            guard.terminal.draw(|frame| view::render(frame, app))?;
        }
        let mut timeout = TICK.saturating_sub(last_tick.elapsed()).min(INPUT_POLL);
        if app.reads_pending() {
            timeout = timeout.min(READ_POLL);
        }
        let input = terminal::wait_for_input(timeout)?;
        // A closing window sends SIGHUP, then the terminal goes: crossterm
        // must not be asked to read from it after that.
        if stop.load(Ordering::Relaxed) {
            break;
        }
        match input {
            terminal::Input::Closed => break,
            terminal::Input::Interrupted => continue,
            terminal::Input::Idle => {}
            terminal::Input::Ready => {
                // One read can bring many keys (typing fast, a paste without
                // bracketed paste): take them all, then draw once.
                while !app.quit && app.editor_request.is_none() && event::poll(Duration::ZERO)? {
                    changed = true;
                    match event::read()? {
                        Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key),
                        Event::Paste(text) => app.handle_paste(&text),
                        Event::Resize(columns, rows) => app.resize(columns, rows),
                        _ => {}
                    }
                }
            }
        }
        // A resize comes by a signal, not on the terminal's input: ask its size.
        let size = guard.terminal.size()?;
        if (size.width, size.height) != app.size {
            app.resize(size.width, size.height);
            changed = true;
        }
        if let Some(request) = app.editor_request.take() {
            guard.suspend();
            let result = editor::edit(&request.text);
            guard.resume()?;
            app.finish_editor(request.field, result);
        }
        changed |= app.poll_reads();
        if crash_test {
            panic!("test panic quoting a private note: Seems tired");
        }
        if last_tick.elapsed() >= TICK {
            let now = clock.now();
            app.today = now.date();
            app.now = now.time();
            app.tick();
            last_tick = Instant::now();
            changed = true;
        }
    }
    Ok(())
}
