//! The terminal UI: tabbed panes for Reps, Accounts and Sessions over the notebook.
//!
//! Pattern: every input is a `message::Msg` handed to `App::update`; keys
//! resolve through one keymap table to actions; `view::render` draws from
//! `&App`; overlays (help, confirm, forms, choosers) sit on a stack and the
//! top one gets keys first. State modules never import `view`.

pub mod action;
pub mod app;
mod app_reads;
pub mod data;
mod draft_book;
mod drafts;
mod editor;
mod event_loop;
pub mod form;
pub mod input;
pub mod insights;
pub mod keymap;
pub mod layout;
pub mod lists;
pub mod message;
pub mod overlay;
pub mod prompt;
pub mod reader_thread;
pub mod search_list;
pub mod session_window;
pub mod target;
mod terminal;
pub mod text_field;
mod typing;
mod update;
mod update_forms;
mod update_mouse;
mod update_reads;
mod update_selected;
mod update_sessions;
pub mod view;

use crate::clock::Clock;
use crate::domain::config::Config;
use crate::store::Store;
use app::App;

/// Runs the UI until the user quits; the terminal is restored however it ends.
pub fn run(store: Store, config: Config, clock: Clock) -> anyhow::Result<()> {
    let now = clock.now();
    let backups = store.path().parent().map(|p| p.join("backups"));
    let writable = store.read_only_reason().is_none();
    let keep = config.daily_backups;
    let mouse = config.mouse;
    let mut app = App::with_background_reads(store, now.date(), now.time(), config)?;
    if let Some(folder) = backups.filter(|_| writable) {
        // Copying a large notebook takes a while: it must not hold up the first frame.
        app.read(reader_thread::Job::DailyBackup {
            folder,
            today: now.date(),
            keep,
        });
    }
    let (wake, woken) = std::sync::mpsc::channel();
    let input = input::TerminalInput::start(wake)?;
    let mut guard = terminal::TerminalGuard::enter(mouse)?;
    let result = event_loop::run(&mut app, &mut guard, &input, &woken, clock);
    // Whatever ended the loop (quit, a signal, a closed terminal), keep what was typed.
    app.update(message::Msg::Closing);
    result
}
