//! `coachbook export` and `coachbook import`: the notebook as one JSON document.

use super::context::Ctx;
use crate::domain::document::{Document, PrivateNotes};
use crate::domain::interop::markdown;
use crate::domain::text::count;
use crate::store::private_files::write_private;
use anyhow::{bail, Context as _, Result};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON document with every record.
    Json,
    /// One readable document: reps, accounts, sessions by date.
    Markdown,
    /// A table of one kind of record (with --what), for spreadsheets.
    Csv,
}

/// What a CSV export holds.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum What {
    /// Sessions.
    Sessions,
    /// Commitments.
    Commitments,
    /// Reps.
    Reps,
    /// Accounts.
    Accounts,
}

/// `coachbook export` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  coachbook export --format json --out notebook.json\n  coachbook export --format markdown --out notebook.md\n  coachbook export --format csv --what sessions --out sessions.csv"
)]
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
    /// With --format csv: sessions, commitments, reps or accounts.
    #[arg(long, value_enum)]
    what: Option<What>,
}

/// `coachbook import` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  coachbook import notebook.json --db new.db   # into a new, empty notebook")]
pub struct ImportArgs {
    /// A JSON document written by `coachbook export` (- reads standard input).
    file: PathBuf,
}

/// Writes the whole notebook as one document.
pub fn export(args: ExportArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let private = if args.include_private {
        PrivateNotes::Include
    } else {
        PrivateNotes::Exclude
    };
    let notebook = ctx.store.load_notebook()?;
    let text = match args.format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&Document::from_notebook(&notebook, private))?;
            text.push('\n');
            text
        }
        Format::Markdown => markdown::document(&notebook, private, &ctx.config.currency),
        Format::Csv => {
            let what = args
                .what
                .ok_or_else(|| anyhow::anyhow!("--format csv needs --what sessions, commitments, reps or accounts"))?;
            csv_table(&Document::from_notebook(&notebook, private), what, private)?
        }
    };
    match args.out {
        None => {
            write!(ctx.out, "{text}")?;
            Ok(())
        }
        Some(path) => {
            write_private(&path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
            let what = match (args.format, args.what) {
                (Format::Csv, Some(What::Reps)) => count(notebook.reps.len(), "rep"),
                (Format::Csv, Some(What::Accounts)) => count(notebook.accounts.len(), "account"),
                (Format::Csv, Some(What::Sessions)) => count(notebook.sessions.len(), "session"),
                (Format::Csv, Some(What::Commitments)) => count(notebook.commitments.len(), "commitment"),
                _ => format!(
                    "{}, {}, {} and {}",
                    count(notebook.reps.len(), "rep"),
                    count(notebook.accounts.len(), "account"),
                    count(notebook.sessions.len(), "session"),
                    count(notebook.commitments.len(), "commitment")
                ),
            };
            ctx.say(format!("Exported {what} to {}", path.display()))
        }
    }
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// One kind of record as a CSV table for spreadsheets.
fn csv_table(doc: &Document, what: What, private: PrivateNotes) -> Result<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    match what {
        What::Sessions => {
            let mut header = vec![
                "id",
                "date",
                "time",
                "kind",
                "rep",
                "account",
                "minutes",
                "objective",
                "self_assessment",
                "notes",
                "strengths",
                "improvements",
                "outcome",
                "next_step",
                "follow_up",
                "ratings",
                "will",
                "acknowledged_on",
            ];
            if private == PrivateNotes::Include {
                header.push("private_notes");
            }
            out.write_record(&header)?;
            for s in &doc.sessions {
                let ratings: Vec<String> = s.ratings.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let mut row = vec![
                    s.id.to_string(),
                    s.date.to_string(),
                    opt(&s.time),
                    s.kind.to_string(),
                    s.rep.clone(),
                    opt(&s.account),
                    opt(&s.minutes),
                    opt(&s.objective),
                    opt(&s.self_assessment),
                    opt(&s.notes),
                    opt(&s.strengths),
                    opt(&s.improvements),
                    opt(&s.outcome),
                    opt(&s.next_step),
                    opt(&s.follow_up),
                    ratings.join("; "),
                    opt(&s.will),
                    opt(&s.acknowledged_on),
                ];
                if private == PrivateNotes::Include {
                    row.push(opt(&s.private_notes));
                }
                out.write_record(&row)?;
            }
        }
        What::Commitments => {
            out.write_record(["id", "rep", "owner", "text", "due", "done", "session_id"])?;
            for c in &doc.commitments {
                out.write_record([
                    c.id.to_string(),
                    c.rep.clone(),
                    c.owner.to_string(),
                    c.text.clone(),
                    opt(&c.due),
                    opt(&c.done),
                    opt(&c.session_id),
                ])?;
            }
        }
        What::Reps => {
            out.write_record([
                "id",
                "name",
                "title",
                "territory",
                "email",
                "phone",
                "hired_on",
                "retires_on",
                "mentor",
                "cadence_days",
                "retention_risk",
                "focus",
            ])?;
            for r in &doc.reps {
                out.write_record([
                    r.id.to_string(),
                    r.name.clone(),
                    opt(&r.title),
                    opt(&r.territory),
                    opt(&r.email),
                    opt(&r.phone),
                    opt(&r.hired_on),
                    opt(&r.retires_on),
                    opt(&r.mentor),
                    r.cadence_days.to_string(),
                    opt(&r.retention_risk),
                    r.focus.join("; "),
                ])?;
            }
        }
        What::Accounts => {
            out.write_record([
                "id",
                "name",
                "industry",
                "tier",
                "annual_value",
                "owner",
                "health",
                "successor",
                "handover_stage",
                "handover_target",
            ])?;
            for a in &doc.accounts {
                let h = a.handover.as_ref();
                out.write_record([
                    a.id.to_string(),
                    a.name.clone(),
                    opt(&a.industry),
                    opt(&a.tier),
                    a.annual_value_cents
                        .map(|c| format!("{:.2}", c as f64 / 100.0))
                        .unwrap_or_default(),
                    opt(&a.owner),
                    opt(&a.health),
                    h.map(|h| h.successor.clone()).unwrap_or_default(),
                    h.map(|h| h.stage.to_string()).unwrap_or_default(),
                    h.and_then(|h| h.target_date).map(|t| t.to_string()).unwrap_or_default(),
                ])?;
            }
        }
    }
    Ok(String::from_utf8(
        out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?,
    )?)
}

/// Loads a document into an empty notebook, all or nothing.
pub fn import(args: ImportArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let text = if args.file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read standard input")?
    } else {
        std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?
    };
    // Windows editors start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let document: Document = serde_json::from_str(text).map_err(|e| {
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
        "Imported {}, {}, {} and {}",
        count(notebook.reps.len(), "rep"),
        count(notebook.accounts.len(), "account"),
        count(notebook.sessions.len(), "session"),
        count(notebook.commitments.len(), "commitment")
    ))
}
