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
    let mut store = match &cli.command {
        _ if path.exists() => cli::encrypt::open(&path)?,
        Some(command) if command.works_without_notebook() => Store::open_in_memory()?,
        Some(command) if command.may_create_notebook() => cli::encrypt::open(&path)?,
        None if interactive() => cli::encrypt::open(&path)?,
        _ => anyhow::bail!(
            "there is no notebook at {} (check the path, or COACHBOOK_DB); nothing was created. \
             Adding a rep or a session, or starting the app, creates one",
            path.display()
        ),
    };
    if cli.command.is_none() && interactive() {
        return coachbook::ui::run(store, config, clock);
    }
    if let Some(warning) = store.take_warning().filter(|_| std::io::stderr().is_terminal()) {
        eprintln!("coachbook: {warning}");
    }
    if !matches!(cli.command, Some(Command::Config(_))) {
        for warning in coachbook::notebook::config_warnings(&store, &config)? {
            eprintln!("coachbook: warning: {warning}");
        }
    }
    let paging = !cli.no_pager
        && config.pager
        && std::io::stdout().is_terminal()
        && cli.command.as_ref().is_some_and(Command::pages);
    let pager = paging
        .then(|| cli::pager::command_line(std::env::var("COACHBOOK_PAGER").ok(), std::env::var("PAGER").ok()))
        .flatten()
        .and_then(|command| cli::pager::Pager::start(&command));
    let (pager, target) = match pager {
        Some((pager, pipe)) => (Some(pager), cli::pager::Output::Paged(pipe)),
        None => (None, cli::pager::Output::Direct(std::io::stdout().lock())),
    };
    // Buffered in front of the filter: a long list or JSON document is
    // filtered and written in large pieces, not one small write per token.
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, cli::terminal_safe::TerminalSafe::new(target));
    let mut ctx = Ctx {
        store,
        today: clock.today(),
        clock,
        out: &mut out,
        config,
    };
    let result = cli::run(cli.command, config_path.as_deref(), &mut ctx).and_then(|()| Ok(out.flush()?));
    // Closing the pipe ends the pager's input; the prompt (or an error
    // message) comes back only once the reader has quit it.
    drop(out);
    if let Some(pager) = pager {
        pager.wait()?;
    }
    result
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
    cli::note_completing_shell();
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
        // Already said on standard output.
        Err(err) if err.is::<cli::NothingFound>() => ExitCode::from(1),
        Err(err) => {
            eprintln!("coachbook: {}", one_line(&err));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes on one line, each said once: a notebook error
/// already says what SQLite said, so the chain stops there, and a cause whose
/// words were already printed is left out.
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        let text = coachbook::domain::text::printable(&text);
        if !line.contains(text.as_ref()) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        if cause.is::<coachbook::store::StoreError>() || cause.is::<rusqlite::Error>() {
            break;
        }
    }
    line.replace('\n', " ")
}

/// Output piped into `head` closes early; that is not an error, whether the
/// text or the JSON writer met it.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let kind = match e.downcast_ref::<std::io::Error>() {
            Some(io) => Some(io.kind()),
            None => e
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(ErrorKind::BrokenPipe)
    })
}
