//! The `coachbook` binary: parse arguments, open the notebook, run the command
//! or the full-screen UI.

use anyhow::{Context, Result};
use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};
use coachbook::cli::{self, Cli, Command, Ctx};
use coachbook::clock::Clock;
use coachbook::store::Store;
use std::io::{ErrorKind, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn data_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "coachbook")
        .context("cannot find a home folder for the notebook; pass --db PATH")?;
    Ok(dirs.data_dir().to_path_buf())
}

fn interactive() -> bool {
    std::io::stdout().is_terminal() && std::io::stdin().is_terminal()
}

/// `coachbook demo`: its own file, never the notebook COACHBOOK_DB names.
fn demo(
    args: &cli::demo::DemoArgs,
    db_on_command_line: Option<PathBuf>,
    clock: Clock,
    config: coachbook::domain::config::Config,
) -> Result<()> {
    let default = data_dir()?.join("demo.db");
    let path = db_on_command_line.unwrap_or_else(|| default.clone());
    let message = cli::demo::create(args, &path, path == default, clock.today())?;
    println!("{message}");
    if !args.no_open && interactive() {
        coachbook::ui::run(Store::open(&path)?, config, clock)?;
    }
    Ok(())
}

fn run(cli: Cli, db_on_command_line: bool) -> Result<()> {
    let clock = cli.today.unwrap_or(Clock::System);
    let config_path = cli.config.clone().or_else(cli::settings::default_path);
    let config = match &config_path {
        Some(path) => cli::settings::load(path)?,
        None => Default::default(),
    };
    if let Some(Command::Demo(args)) = &cli.command {
        return demo(args, cli.db.filter(|_| db_on_command_line), clock, config);
    }
    let path = match cli.db {
        Some(path) => path,
        None => data_dir()?.join("coachbook.db"),
    };
    let converted = match cli.command {
        Some(Command::Encrypt) => Some(cli::encrypt::encrypt(&path)?),
        Some(Command::Decrypt) => Some(cli::encrypt::decrypt(&path)?),
        _ => None,
    };
    if let Some(message) = converted {
        println!("{message}");
        return Ok(());
    }
    let store = cli::encrypt::open(&path)?;
    if cli.command.is_none() && interactive() {
        return coachbook::ui::run(store, config, clock);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut ctx = Ctx {
        store,
        today: clock.today(),
        clock,
        out: &mut out,
        config,
    };
    cli::run(cli.command, config_path.as_deref(), &mut ctx)?;
    out.flush()?;
    Ok(())
}

/// Where crash reports go: the platform state folder (or the data folder).
fn state_dir() -> PathBuf {
    directories::ProjectDirs::from("", "", "coachbook")
        .map(|d| d.state_dir().unwrap_or(d.data_local_dir()).to_path_buf())
        .unwrap_or_else(std::env::temp_dir)
}

fn main() -> ExitCode {
    // Everything Coachbook writes (the notebook's -wal and -shm, backups,
    // reports, crash reports) is private, whichever library creates it.
    // SAFETY: umask only sets this process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    coachbook::crash::install(state_dir());
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
    let matches = Cli::command().get_matches();
    let db_on_command_line = matches.value_source("db") == Some(ValueSource::CommandLine);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match run(cli, db_on_command_line) {
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
