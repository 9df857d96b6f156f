//! What happens on a panic: the terminal is restored (by the UI's own hook),
//! then a crash report with the version, where it happened and a backtrace,
//! but never the panic's message (it could quote a note), is written to the
//! state folder and its place is printed.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Installs the hook; `folder` is where reports go.
pub fn install(folder: PathBuf) {
    std::panic::set_hook(Box::new(move |info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "unknown".into());
        let backtrace = std::backtrace::Backtrace::force_capture();
        match write_report(&folder, &location, &backtrace.to_string()) {
            Ok(path) => eprintln!(
                "coachbook crashed at {location}. Your notebook is safe. A report without your notes is at {}",
                path.display()
            ),
            Err(e) => eprintln!("coachbook crashed at {location} and could not write a report: {e}"),
        }
    }));
}

fn write_report(folder: &Path, location: &str, backtrace: &str) -> std::io::Result<PathBuf> {
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(folder)?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let path = folder.join(format!("crash-{stamp}.txt"));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)?;
    writeln!(
        file,
        "Coachbook {} crash report\nwhen: {stamp}\nwhere: {location}\nos: {} {}\n\nbacktrace:\n{backtrace}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    )?;
    file.sync_all()?;
    Ok(path)
}
