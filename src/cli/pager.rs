//! Long output goes through the user's pager when standard output is a
//! terminal, as git does: `$COACHBOOK_PAGER`, then `$PAGER`, then
//! `less -FRX` (which prints a short answer straight away and leaves it on
//! the screen). An empty value or `cat` means no pager.

use std::io::{self, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// The pager command to run, or none.
pub fn command_line(coachbook_pager: Option<String>, pager: Option<String>) -> Option<String> {
    let chosen = coachbook_pager.or(pager).unwrap_or_else(|| "less -FRX".to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}

/// A running pager that reads what the command prints.
pub struct Pager {
    child: Child,
}

impl Pager {
    /// Starts `command` through the shell (so `PAGER="less -S"` works), or
    /// returns `None` when it cannot start: the output then goes to the
    /// terminal directly rather than nowhere.
    pub fn start(command: &str) -> Option<(Pager, ChildStdin)> {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(command)
            .stdin(Stdio::piped())
            .env("LESS", std::env::var("LESS").unwrap_or_else(|_| "FRX".into()))
            .spawn()
            .ok()?;
        let stdin = child.stdin.take()?;
        Some((Pager { child }, stdin))
    }

    /// Waits for the reader to quit the pager, so the shell prompt comes
    /// back after the output, not in the middle of it.
    pub fn wait(mut self) -> io::Result<()> {
        self.child.wait().map(|_| ())
    }
}

/// Standard output, or the pager's input.
pub enum Output {
    /// Straight to the terminal or pipe.
    Direct(io::StdoutLock<'static>),
    /// Into the pager.
    Paged(ChildStdin),
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Direct(out) => out.write(buf),
            Output::Paged(pipe) => pipe.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Direct(out) => out.flush(),
            Output::Paged(pipe) => pipe.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_comes_from_coachbook_pager_then_pager_then_less() {
        assert_eq!(command_line(None, None).as_deref(), Some("less -FRX"));
        assert_eq!(command_line(None, Some("most".into())).as_deref(), Some("most"));
        assert_eq!(
            command_line(Some("less -S".into()), Some("most".into())).as_deref(),
            Some("less -S")
        );
        assert_eq!(command_line(Some(String::new()), Some("most".into())), None);
        assert_eq!(command_line(None, Some("cat".into())), None);
        assert_eq!(command_line(None, Some("  ".into())), None);
    }
}
