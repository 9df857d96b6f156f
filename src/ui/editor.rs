//! Editing a long note in the user's own editor ($VISUAL, then $EDITOR, then vi),
//! with the terminal handed over and taken back.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::process::Command;

/// The editor command the user chose.
fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Writes `text` to a private temporary file, runs the editor on it and
/// returns what it holds afterwards. The file is removed either way.
pub fn edit(text: &str) -> Result<String, String> {
    let path = std::env::temp_dir().join(format!("coachbook-{}.md", uuid::Uuid::now_v7()));
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        return Err(format!("cannot write a temporary file: {e}"));
    }
    let command = editor();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status();
    let result = match status {
        Ok(s) if s.success() => std::fs::read_to_string(&path).map_err(|e| format!("cannot read the edited text: {e}")),
        Ok(s) => Err(format!("{command} exited with {s}")),
        Err(e) => Err(format!("cannot start {command}: {e}")),
    };
    let _ = std::fs::remove_file(&path);
    result
}
