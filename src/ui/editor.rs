//! Editing a long note in the user's own editor ($VISUAL, then $EDITOR, then vi),
//! with the terminal handed over and taken back.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::{Child, Command, ExitStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Waits for the editor, ending it if the app is told to stop.
fn wait(mut child: Child, stopping: &AtomicBool) -> std::io::Result<ExitStatus> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status);
        }
        if stopping.load(Ordering::SeqCst) {
            // SAFETY: a signal to the editor we started.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
            return child.wait();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The editor command the user chose.
fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// The file's text: a text file ends with a newline, as editors and
/// `cat` expect.
fn file_text(text: &str) -> String {
    if text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// Writes `text` to a private temporary file, runs the editor on it and
/// returns what it holds afterwards (the field gets it back without the
/// final newline). The file is removed either way. When
/// `stopping` is set (SIGTERM, SIGHUP, SIGINT) the editor is ended, so the
/// app can keep its draft and exit within a second.
pub fn edit(text: &str, stopping: &AtomicBool) -> Result<String, String> {
    let path = std::env::temp_dir().join(format!("coachbook-{}.md", uuid::Uuid::now_v7()));
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .and_then(|mut f| f.write_all(file_text(text).as_bytes()));
    if let Err(e) = written {
        return Err(format!("cannot write a temporary file: {e}"));
    }
    let command = editor();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .spawn()
        .and_then(|child| wait(child, stopping));
    let result = match status {
        Ok(s) if s.success() => std::fs::read_to_string(&path).map_err(|e| format!("cannot read the edited text: {e}")),
        Ok(s) => Err(format!("{command} exited with {s}")),
        Err(e) => Err(format!("cannot start {command}: {e}")),
    };
    let _ = std::fs::remove_file(&path);
    result
}

#[cfg(test)]
mod tests {
    use super::file_text;

    #[test]
    fn the_file_ends_with_one_newline() {
        assert_eq!(file_text("Strong discovery"), "Strong discovery\n");
        assert_eq!(file_text("two\nlines\n"), "two\nlines\n");
        assert_eq!(file_text(""), "\n");
    }
}
