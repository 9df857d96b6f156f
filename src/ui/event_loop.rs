//! The loop of the full-screen app: wait for anything (keys, a resize, a
//! signal, the terminal closing, a tick), hand it to the app, draw only when
//! something changed. All input comes on one channel from `input`, so a key
//! that arrived is never left unread behind a wait, and no library call can
//! spin on a terminal that hung up.

use super::app::App;
use super::editor;
use super::input::burst::Bursts;
use super::input::keys::KeyParser;
use super::input::{TerminalInput, Wake};
use super::message::Msg;
use super::terminal::TerminalGuard;
use super::view;
use crate::clock::Clock;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How often the app checks the clock and for writes by other processes.
const TICK: Duration = Duration::from_millis(250);

/// How often it looks for answers from the reader thread while one is due.
const READ_POLL: Duration = Duration::from_millis(10);

/// How long a lone Esc (or a sequence cut short) waits for the rest of it.
const ESCAPE_WAIT: Duration = Duration::from_millis(25);

/// Runs until the user quits, a signal comes or the terminal closes.
pub fn run(
    app: &mut App,
    guard: &mut TerminalGuard,
    input: &TerminalInput,
    woken: &Receiver<Wake>,
    clock: Clock,
) -> anyhow::Result<()> {
    let size = guard.terminal.size()?;
    app.update(Msg::Resize(size.width, size.height));
    // Lets the tests check that a crash restores the terminal and writes a
    // report without note text; nothing else sets it.
    let crash_test = std::env::var_os("COACHBOOK_TEST_PANIC").is_some();
    let mut parser = KeyParser::default();
    let mut bursts = Bursts::default();
    let mut next_tick = Instant::now() + TICK;
    let mut changed = true;
    while !app.quit {
        if std::mem::take(&mut changed) {
            guard.draw(|frame| view::render(frame, app))?;
        }
        let mut timeout = next_tick.saturating_duration_since(Instant::now());
        if app.reads_pending() {
            timeout = timeout.min(READ_POLL);
        }
        if parser.has_pending() {
            timeout = timeout.min(ESCAPE_WAIT);
        }
        let mut message = match woken.recv_timeout(timeout) {
            Ok(message) => Some(message),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        if message.is_none() && parser.has_pending() {
            changed |= bursts.deliver(app, parser.flush(), Instant::now());
        }
        // Everything that has come is handled before the next frame.
        while let Some(wake) = message.take() {
            match wake {
                Wake::Bytes(bytes, at) => {
                    let typed = parser.feed(&bytes);
                    changed |= bursts.deliver(app, typed, at);
                }
                // A closed window or a signal: the caller keeps the draft.
                Wake::Closed | Wake::Stop(_) => return Ok(()),
                Wake::Resized => {
                    let size = guard.terminal.size()?;
                    if app.update(Msg::Resize(size.width, size.height)) {
                        guard.terminal.autoresize()?;
                        changed = true;
                    }
                }
            }
            if app.quit || app.editor_request.is_some() {
                break;
            }
            message = woken.try_recv().ok();
        }
        if let Some(request) = app.editor_request.take() {
            app.update(Msg::Closing);
            input.pause();
            guard.suspend();
            let result = editor::edit(&request.text, &input.stopping);
            let resumed = guard.resume();
            input.resume();
            resumed?;
            changed |= app.update(Msg::EditorDone(request.field, result));
            if input.stopping.load(std::sync::atomic::Ordering::SeqCst) {
                return Ok(());
            }
        }
        changed |= app.poll_reads();
        if crash_test {
            panic!("test panic quoting a private note: Seems tired");
        }
        if Instant::now() >= next_tick {
            changed |= app.update(Msg::Tick(clock.now()));
            next_tick = Instant::now() + TICK;
        }
    }
    Ok(())
}
