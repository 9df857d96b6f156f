//! `coachbook ics`, `coachbook completions`, and the names
//! that shell completion offers for rep and account arguments.

use super::context::Ctx;
use crate::domain::interop::ics::calendar;
use anyhow::{anyhow, Result};
use clap::{Args, ValueEnum};
use clap_complete::engine::CompletionCandidate;
use std::ffi::OsStr;
use std::path::PathBuf;

/// `coachbook ics` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Follow-ups, open commitments with a due date and handover targets become all-day \
events with stable UIDs: importing the file again updates them. Private notes never go into it."
)]
pub struct IcsArgs {
    /// Write to this file (0600) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Shells with completion scripts.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    /// bash
    Bash,
    /// zsh
    Zsh,
    /// fish
    Fish,
}

/// `coachbook completions` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples, to install:\n  coachbook completions bash > ~/.local/share/bash-completion/completions/coachbook\n  \
coachbook completions zsh > \"${fpath[1]}/_coachbook\"\n  coachbook completions fish > ~/.config/fish/completions/coachbook.fish"
)]
pub struct CompletionsArgs {
    /// bash, zsh or fish.
    shell: Shell,
}

/// Writes the calendar.
pub fn ics(args: IcsArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let text = calendar(&ctx.store.load_notebook()?);
    ctx.emit(&text, args.out.as_deref())
}

/// Prints the script that hooks the shell up to `coachbook`'s own completion.
pub fn completions(args: CompletionsArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let name = match args.shell {
        Shell::Bash => "bash",
        Shell::Zsh => "zsh",
        Shell::Fish => "fish",
    };
    let shells = clap_complete::env::Shells::builtins();
    let shell = shells
        .completer(name)
        .ok_or_else(|| anyhow!("no completion for {name}"))?;
    shell.write_registration("COMPLETE", "coachbook", "coachbook", "coachbook", ctx.out)?;
    Ok(())
}

fn candidates(table: &str, typed: &OsStr) -> Vec<CompletionCandidate> {
    let typed = typed.to_string_lossy().to_lowercase();
    let path = std::env::var_os("COACHBOOK_DB")
        .map(PathBuf::from)
        .or_else(|| directories::ProjectDirs::from("", "", "coachbook").map(|d| d.data_dir().join("coachbook.db")));
    let names = path.map(|p| crate::store::names(&p, table)).unwrap_or_default();
    // bash puts a candidate on the line as it is, so "Dana Ortiz" would
    // become two words; zsh and fish quote candidates themselves.
    let for_bash = COMPLETING_FOR.get().is_some_and(|shell| shell == "bash");
    names
        .into_iter()
        .filter(|n| n.to_lowercase().starts_with(&typed) || n.to_lowercase().contains(&typed))
        .map(|n| if for_bash { shell_escaped(&n) } else { n })
        .map(CompletionCandidate::new)
        .collect()
}

/// The shell a completion is for (`COMPLETE=bash`), noted before clap's
/// completer takes the variable away.
static COMPLETING_FOR: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Notes which shell asks for completions, if one does.
pub fn note_completing_shell() {
    if let Ok(shell) = std::env::var("COMPLETE") {
        let _ = COMPLETING_FOR.set(shell);
    }
}

/// `Dana Ortiz` as bash reads it as one word: `Dana\ Ortiz`.
fn shell_escaped(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_whitespace() || "'\"\\$`!&;|<>()*?[]{}#~=%,".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Rep names for shell completion.
pub fn rep_names(typed: &OsStr) -> Vec<CompletionCandidate> {
    candidates("reps", typed)
}

/// Account names for shell completion.
pub fn account_names(typed: &OsStr) -> Vec<CompletionCandidate> {
    candidates("accounts", typed)
}
