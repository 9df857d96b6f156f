//! Entering and leaving the full-screen terminal. Restored on every exit path:
//! a guard whose Drop restores it, and a panic hook installed before raw mode.

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::Terminal;
use std::io::{self, Stdout};
use std::os::fd::AsRawFd;
use std::time::Duration;

/// The terminal in raw mode on the alternate screen; restored when dropped.
pub struct TerminalGuard {
    /// The ratatui terminal to draw on.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

/// Puts the terminal back as it was: cooked mode, main screen, no bracketed
/// paste, visible cursor. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(io::stdout(), DisableBracketedPaste, LeaveAlternateScreen, Show);
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

fn enter_modes() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)
}

impl TerminalGuard {
    /// Installs the panic hook, then enters raw mode and the alternate screen.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        let entered = enter_modes().and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
        match entered {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Hands the terminal to another program (an editor) until `resume`.
    pub fn suspend(&mut self) {
        restore();
    }

    /// Takes the terminal back after `suspend`; a fresh ratatui terminal over a
    /// cleared screen redraws everything (its own `clear` would ask the terminal
    /// where the cursor is, which not every terminal answers).
    pub fn resume(&mut self) -> io::Result<()> {
        enter_modes()?;
        execute!(io::stdout(), Clear(ClearType::All))?;
        self.terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        Ok(())
    }
}

/// What waiting on the terminal found.
pub enum Input {
    /// Keys to read.
    Ready,
    /// Nothing before the timeout.
    Idle,
    /// A signal came: look at the stop flag before touching the terminal,
    /// which may be hanging up (a closing window sends SIGHUP first).
    Interrupted,
    /// The terminal has gone (its window closed): nothing will come again.
    Closed,
}

/// Waits up to `timeout` for input on the terminal without reading it. A
/// terminal that hangs up makes crossterm's reader spin forever on end of
/// file, so crossterm reads only when there is input, and a hang-up found
/// here ends the app.
pub fn wait_for_input(timeout: Duration) -> io::Result<Input> {
    let fd = io::stdin().as_raw_fd();
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(fd) } != 1 {
        // crossterm reads /dev/tty then, which this cannot watch.
        return Ok(if event::poll(timeout)? {
            Input::Ready
        } else {
            Input::Idle
        });
    }
    let mut watch = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: one valid pollfd, and its count.
    let ready = unsafe { libc::poll(&mut watch, 1, millis) };
    if ready < 0 {
        let error = io::Error::last_os_error();
        return match error.kind() {
            io::ErrorKind::Interrupted => Ok(Input::Interrupted),
            _ => Err(error),
        };
    }
    if watch.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Ok(Input::Closed);
    }
    Ok(if ready > 0 { Input::Ready } else { Input::Idle })
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
