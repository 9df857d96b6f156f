//! The `coachbook` binary: parse arguments, open the notebook, run the command.

use anyhow::{Context, Result};
use clap::Parser;
use coachbook::cli::{self, Cli, Ctx};
use coachbook::store::Store;
use std::io::{ErrorKind, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn default_db_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "coachbook")
        .context("cannot find a home folder for the notebook; pass --db PATH")?;
    Ok(dirs.data_dir().join("coachbook.db"))
}

fn run(cli: Cli) -> Result<()> {
    let path = match cli.db {
        Some(path) => path,
        None => default_db_path()?,
    };
    let store = Store::open(&path)?;
    if cli.command.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return coachbook::ui::run(store);
    }
    let today = cli
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut ctx = Ctx {
        store,
        today,
        out: &mut out,
    };
    cli::run(cli.command, &mut ctx)?;
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("coachbook: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Output piped into `head` closes early; that is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == ErrorKind::BrokenPipe)
}
