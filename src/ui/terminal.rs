//! Entering and leaving the full-screen terminal. Restored on every exit path:
//! a guard whose Drop restores it, and a panic hook installed before raw mode.

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, BeginSynchronizedUpdate, Clear, ClearType, EndSynchronizedUpdate,
    EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{execute, queue};
use ratatui::{Frame, Terminal};
use std::io::{self, Stdout, Write};
use std::mem::ManuallyDrop;

/// The terminal in raw mode on the alternate screen; restored when dropped.
pub struct TerminalGuard {
    /// The ratatui terminal to draw on. Never dropped: its Drop prints to
    /// stderr when it cannot show the cursor, which panics once the terminal
    /// has hung up; `restore` does what it would, ignoring a terminal gone.
    pub terminal: ManuallyDrop<Terminal<CrosstermBackend<Stdout>>>,
    /// Whether the app takes the mouse (asked for again after the editor).
    mouse: bool,
}

/// Mouse reports on: presses and the wheel (1000), in SGR form (1006),
/// which has no limit on the column. Not 1002/1003: drags and motion are
/// not used, and Shift+drag still selects text in most terminals.
const MOUSE_ON: &[u8] = b"\x1b[?1000h\x1b[?1006h";
/// Mouse reports off; sent on every exit path, whether or not they were on.
const MOUSE_OFF: &[u8] = b"\x1b[?1006l\x1b[?1000l";

/// Puts the terminal back as it was: cooked mode, main screen, no bracketed
/// paste, no mouse reports, visible cursor. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = out.write_all(MOUSE_OFF);
    let _ = execute!(out, DisableBracketedPaste, LeaveAlternateScreen, Show);
}

/// Restores the terminal before a panic message is printed.
fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // The reader thread's panics end the app through the UI thread,
            // which still draws until then.
            if std::thread::current().name() == Some("main") {
                restore();
            }
            previous(info);
        }));
    });
}

fn enter_modes(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    if mouse {
        out.write_all(MOUSE_ON)?;
    }
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)
}

impl TerminalGuard {
    /// Installs the panic hook, then enters raw mode and the alternate
    /// screen, with mouse reports when `mouse`.
    pub fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        install_panic_hook();
        let entered = enter_modes(mouse).and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
        match entered {
            Ok(terminal) => Ok(TerminalGuard {
                terminal: ManuallyDrop::new(terminal),
                mouse,
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Draws one frame as one update: a terminal that knows synchronized
    /// output shows it whole, never half drawn (the others ignore the marks).
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame<'_>)) -> io::Result<()> {
        queue!(io::stdout(), BeginSynchronizedUpdate)?;
        let drawn = self.terminal.draw(render).map(drop);
        execute!(io::stdout(), EndSynchronizedUpdate)?;
        drawn
    }

    /// Hands the terminal to another program (an editor) until `resume`.
    pub fn suspend(&mut self) {
        restore();
    }

    /// Takes the terminal back after `suspend`; a fresh ratatui terminal over a
    /// cleared screen redraws everything (its own `clear` would ask the terminal
    /// where the cursor is, which not every terminal answers).
    pub fn resume(&mut self) -> io::Result<()> {
        enter_modes(self.mouse)?;
        execute!(io::stdout(), Clear(ClearType::All))?;
        self.terminal = ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout()))?);
        Ok(())
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
