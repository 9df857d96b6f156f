//! The `coachbook` command line: clap definitions and one file per subcommand group.

mod account;
mod account_view;
pub mod add;
mod agenda;
mod backup;
mod commitment;
mod contact;
mod context;
pub mod demo;
pub mod encrypt;
mod export;
mod import_csv;
mod import_csv_rows;
mod knowledge;
mod man;
mod mentors;
pub mod pager;
mod play;
mod rep;
mod rep_view;
mod report;
pub mod retention;
mod search;
mod session;
mod session_view;
pub mod settings;
mod skill;
mod stay;
mod summary;
pub mod table;
pub mod terminal_safe;
mod transfer;

pub use context::Ctx;
pub use export::note_completing_shell;

/// A search that found nothing: what it printed says so, and the process
/// exits 1, as grep does, so scripts can tell.
#[derive(Debug)]
pub struct NothingFound;

impl std::fmt::Display for NothingFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("nothing matches")
    }
}

impl std::error::Error for NothingFound {}

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

const AFTER_HELP: &str = "Examples:
  coachbook rep add \"Dana Ortiz\" --territory North --cadence 14
  coachbook account add \"Acme Tools\" --owner dana --tier key --value 1.2m
  coachbook session add --rep dana --account acme --notes \"Strong discovery\" --rate discovery=4 \\
      --commit \"Send ROI case study@fri\" --follow-up 2w
  coachbook rep list
  coachbook export --format json --out notebook.json";

/// A keyboard-first notebook for field sales managers who coach their reps.
#[derive(Debug, Parser)]
#[command(name = "coachbook", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// The notebook file (default: coachbook.db in the platform data folder).
    #[arg(long, global = true, env = "COACHBOOK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The config file (default: config.toml in the platform config folder).
    #[arg(long, global = true, env = "COACHBOOK_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Pretend today is this date, or this moment (for tests and demos).
    #[arg(
        long,
        global = true,
        env = "COACHBOOK_TODAY",
        hide = true,
        value_name = "YYYY-MM-DD[THH:MM]"
    )]
    pub today: Option<crate::clock::Clock>,

    /// Print long output straight to the terminal, not through $PAGER.
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// What to do; with none, the full-screen notebook opens (or, when output
    /// is not a terminal, a summary is printed).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommand groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add, list, show, edit, archive and restore reps.
    #[command(subcommand)]
    Rep(rep::RepCommand),
    /// Accounts, their handovers and contacts.
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Coaching sessions: ride-alongs, 1:1s, reviews.
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Commitments agreed in coaching.
    #[command(subcommand)]
    Commitment(commitment::CommitmentCommand),
    /// Plays: the team's know-how (add, list, show, edit, archive, restore).
    #[command(subcommand)]
    Play(play::PlayCommand),
    /// The plays, newest first (as play list).
    Plays(play::ListArgs),
    /// The skills that ratings use.
    #[command(subcommand)]
    Skill(skill::SkillCommand),
    /// Capture a session in one line: @rep #account notes skill:N todo: ... !follow 2w
    Add(add::AddArgs),
    /// Write the whole notebook as one JSON document.
    Export(transfer::ExportArgs),
    /// Load a JSON document (from export) into an empty notebook.
    Import(transfer::ImportArgs),
    /// Import reps or accounts from a CRM's CSV export (same names are updated).
    #[command(name = "import-csv")]
    ImportCsv(import_csv::ImportCsvArgs),
    /// Write follow-ups, due dates and handover targets as an iCalendar file.
    #[command(
        after_help = "Example:\n  coachbook ics --out ~/coaching.ics   # import into a calendar; no private notes"
    )]
    Ics(export::IcsArgs),
    /// Print a completion script for bash, zsh or fish (rep and account names included).
    Completions(export::CompletionsArgs),
    /// Write the man page (or, with --dir, one page per command).
    Man(man::ManArgs),
    /// Create a separate sample notebook (demo.db) and open it.
    Demo(demo::DemoArgs),
    /// Where the config file is; --print shows the settings in effect.
    Config(settings::ConfigArgs),
    /// What is due today: coaching, commitments, follow-ups, handovers, field time.
    #[command(after_help = "Examples:\n  coachbook agenda\n  coachbook agenda --json | jq '.coaching_due'")]
    Agenda(agenda::AgendaArgs),
    /// The pre-ride brief: one screen to read before a ride-along.
    #[command(after_help = "Example:\n  coachbook brief dana   # a name, any unique part, initials or an id")]
    Brief(agenda::BriefArgs),
    /// Who might leave, and what to do this week: signals from the record and your stay conversations (private).
    Retention(retention::RetentionArgs),
    /// Search every session's text: notes, next steps, commitments, names.
    Search(search::SearchArgs),
    /// Write a consistent copy of the notebook (safe while the app runs).
    #[command(
        after_help = "Examples:\n  coachbook backup ~/backups/coachbook-2026-12-03.db\n  coachbook backup copy.db --force   # replace an older copy"
    )]
    Backup(backup::BackupArgs),
    /// Replace the notebook with a backup, keeping the current one aside.
    #[command(
        after_help = "Example:\n  coachbook restore ~/backups/coachbook-2026-12-03.db   # asks first; --yes skips the question"
    )]
    Restore(backup::RestoreArgs),
    /// Encrypt the notebook with a passphrase (builds with --features encryption).
    #[command(
        after_help = "Example:\n  COACHBOOK_PASSPHRASE=... coachbook encrypt   # asks for the passphrase when not set"
    )]
    Encrypt,
    /// Turn an encrypted notebook back into a plain one.
    #[command(after_help = "Example:\n  coachbook decrypt   # asks for the passphrase")]
    Decrypt,
    /// Markdown reports: a 1:1 prep sheet, a session write-up, the team.
    #[command(subcommand)]
    Report(report::ReportCommand),
}

impl Command {
    /// Whether the command adds to the notebook, and so may start a new one.
    /// Any other needs the notebook to exist: a typo in `--db` must not
    /// create an empty notebook that then says everyone is within cadence.
    pub fn may_create_notebook(&self) -> bool {
        matches!(
            self,
            Command::Add(_)
                | Command::Import(_)
                | Command::ImportCsv(_)
                | Command::Restore(_)
                | Command::Rep(rep::RepCommand::Add { .. })
                | Command::Account(account::AccountCommand::Add { .. })
                | Command::Session(session::SessionCommand::Add { .. })
                | Command::Skill(skill::SkillCommand::Add { .. })
        )
    }

    /// Whether the command prints a read that may be long, which goes
    /// through the pager on a terminal. Commands that ask a question or say
    /// one line never do: a pager would hide the question.
    pub fn pages(&self) -> bool {
        use account::AccountCommand as A;
        use contact::ContactCommand as C;
        matches!(
            self,
            Command::Rep(rep::RepCommand::List { .. } | rep::RepCommand::Show { .. })
                | Command::Account(A::List { .. } | A::Show { .. } | A::Contact(C::List { .. }))
                | Command::Session(session::SessionCommand::List { .. } | session::SessionCommand::Show { .. })
                | Command::Commitment(commitment::CommitmentCommand::List { .. })
                | Command::Skill(skill::SkillCommand::List { .. })
                | Command::Play(play::PlayCommand::List(_) | play::PlayCommand::Show { .. })
                | Command::Plays(_)
                | Command::Agenda(_)
                | Command::Brief(_)
                | Command::Search(_)
                | Command::Retention(_)
                | Command::Report(_)
        )
    }

    /// Whether the command works without any notebook (it then reads an
    /// empty one in memory rather than creating a file).
    pub fn works_without_notebook(&self) -> bool {
        matches!(self, Command::Completions(_) | Command::Man(_) | Command::Config(_))
    }
}

/// Runs the parsed command against the notebook in `ctx`.
pub fn run(command: Option<Command>, config_path: Option<&std::path::Path>, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        None => summary::run(ctx),
        Some(Command::Rep(cmd)) => rep::run(cmd, ctx),
        Some(Command::Account(cmd)) => account::run(cmd, ctx),
        Some(Command::Session(cmd)) => session::run(cmd, ctx),
        Some(Command::Commitment(cmd)) => commitment::run(cmd, ctx),
        Some(Command::Skill(cmd)) => skill::run(cmd, ctx),
        Some(Command::Play(cmd)) => play::run(cmd, ctx),
        Some(Command::Plays(args)) => play::list(args, ctx),
        Some(Command::Add(args)) => add::run(args, ctx),
        Some(Command::Export(args)) => transfer::export(args, ctx),
        Some(Command::Import(args)) => transfer::import(args, ctx),
        Some(Command::ImportCsv(args)) => import_csv::run(args, ctx),
        Some(Command::Ics(args)) => export::ics(args, ctx),
        Some(Command::Completions(args)) => export::completions(args, ctx),
        Some(Command::Man(args)) => man::man(args, ctx),
        Some(Command::Demo(_)) | Some(Command::Encrypt) | Some(Command::Decrypt) => {
            anyhow::bail!("this command is handled before a notebook is opened")
        }
        Some(Command::Config(args)) => settings::run(args, config_path, ctx),
        Some(Command::Agenda(args)) => agenda::agenda(args, ctx),
        Some(Command::Brief(args)) => agenda::brief(args, ctx),
        Some(Command::Report(cmd)) => report::run(cmd, ctx),
        Some(Command::Search(args)) => search::run(args, ctx),
        Some(Command::Retention(args)) => retention::run(args, ctx),
        Some(Command::Backup(args)) => backup::backup(args, ctx),
        Some(Command::Restore(args)) => backup::restore(args, ctx),
    }
}
