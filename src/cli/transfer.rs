//! `coachbook export` and `coachbook import`: the notebook as one JSON document.

use super::context::Ctx;
use crate::domain::document::{Document, PrivateNotes};
use crate::store::files::write_private;
use anyhow::{bail, Context as _, Result};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON document with every record.
    Json,
}

/// `coachbook export` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  coachbook export --format json --out notebook.json")]
pub struct ExportArgs {
    /// The output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Write to this file (created private, 0600) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Include the manager's private notes.
    #[arg(long)]
    include_private: bool,
}

/// `coachbook import` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  coachbook --db new.db import notebook.json")]
pub struct ImportArgs {
    /// A JSON document written by `coachbook export` (- reads standard input).
    file: PathBuf,
}

/// Writes the whole notebook as one document.
pub fn export(args: ExportArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let Format::Json = args.format;
    let private = if args.include_private {
        PrivateNotes::Include
    } else {
        PrivateNotes::Exclude
    };
    let document = Document::from_notebook(&ctx.store.load_notebook()?, private);
    match args.out {
        None => ctx.json(&document),
        Some(path) => {
            let mut text = serde_json::to_string_pretty(&document)?;
            text.push('\n');
            write_private(&path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
            ctx.say(format!(
                "Exported {} reps, {} accounts, {} sessions and {} commitments to {}",
                document.reps.len(),
                document.accounts.len(),
                document.sessions.len(),
                document.commitments.len(),
                path.display()
            ))
        }
    }
}

/// Loads a document into an empty notebook, all or nothing.
pub fn import(args: ImportArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let text = if args.file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read standard input")?
    } else {
        std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?
    };
    let document: Document = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{} is not a Coachbook export: {e} (line {}, column {}); nothing was imported",
            args.file.display(),
            e.line(),
            e.column()
        )
    })?;
    let notebook = document
        .into_notebook()
        .map_err(|e| anyhow::anyhow!("{e}; nothing was imported"))?;
    if !ctx.store.is_empty()? {
        bail!(
            "{} already holds data; import only fills an empty notebook (choose a new file with --db)",
            ctx.store.path().display()
        );
    }
    ctx.store.import_notebook(&notebook)?;
    ctx.say(format!(
        "Imported {} reps, {} accounts, {} sessions and {} commitments",
        notebook.reps.len(),
        notebook.accounts.len(),
        notebook.sessions.len(),
        notebook.commitments.len()
    ))
}
