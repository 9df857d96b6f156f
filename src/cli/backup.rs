//! `coachbook backup` and `coachbook restore`.

use super::context::Ctx;
use crate::store::backup::Existing;
use anyhow::{bail, Result};
use clap::Args;
use std::io::BufRead;
use std::path::PathBuf;

/// `coachbook backup` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Safe while the app is open in another window: it uses SQLite's online backup API.")]
pub struct BackupArgs {
    /// Where to write the copy (default: backups/ beside the notebook, with the date and time).
    file: Option<PathBuf>,
    /// Replace FILE if it exists (without this, an existing file is never overwritten).
    #[arg(long)]
    force: bool,
}

/// `coachbook restore` arguments.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup (or any Coachbook notebook) to restore.
    file: PathBuf,
    /// Do not ask for confirmation.
    #[arg(long)]
    yes: bool,
}

fn beside(ctx: &Ctx<'_>, folder: &str, stem_suffix: &str) -> PathBuf {
    let path = ctx.store.path();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "coachbook".into());
    let dir = path.parent().map(PathBuf::from).unwrap_or_default();
    let stamp = ctx.clock.now().format("%Y-%m-%dT%H%M%S");
    // The process id keeps two runs within one second apart.
    let pid = std::process::id();
    dir.join(folder).join(format!("{stem}-{stem_suffix}{stamp}-{pid}.db"))
}

/// Writes a consistent copy of the notebook.
pub fn backup(args: BackupArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let to = args.file.unwrap_or_else(|| beside(ctx, "backups", ""));
    let existing = if args.force { Existing::Replace } else { Existing::Keep };
    ctx.store.backup_to(&to, existing)?;
    ctx.say(format!("Backed up {} to {}", ctx.store.path().display(), to.display()))
}

/// Replaces the notebook with a backup, keeping the current one aside.
pub fn restore(args: RestoreArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    crate::store::backup::inspect(&args.file)?;
    let aside = beside(ctx, "", "before-restore-");
    if !args.yes {
        eprint!(
            "Restore {} over {}? The current notebook is kept as {}. Type yes to go on: ",
            args.file.display(),
            ctx.store.path().display(),
            aside.display()
        );
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if answer.trim() != "yes" {
            bail!("not restored; nothing was changed");
        }
    }
    ctx.store.restore_from(&args.file, &aside)?;
    ctx.say(format!(
        "Restored {} from {}; the previous notebook is at {}",
        ctx.store.path().display(),
        args.file.display(),
        aside.display()
    ))
}
