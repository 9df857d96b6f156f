//! `coachbook import-csv reps|accounts|contacts FILE`: a CRM export in,
//! updating the records it names (by CRM id, else by name) instead of
//! duplicating them.

use super::context::Ctx;
use super::import_csv_rows::{account_rows, contact_rows, rep_rows};
use crate::domain::interop::crm::{read, DateOrder, Draft, Options, Read, RowError};
use crate::domain::{AccountData, ContactData, RepData};
use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// What the file holds.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum What {
    /// One rep a row.
    Reps,
    /// One account a row.
    Accounts,
    /// One person at an account a row (linked by account name or CRM id).
    Contacts,
}

/// `coachbook import-csv` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Columns are matched to common CRM headers: for reps \"Full Name\" (or \"First Name\" and \
\"Last Name\"), \"Title\", \"Territory\"/\"Region\", \"Email\", \"Phone\", \"Hire Date\"; for accounts \"Account ID\", \
\"Account Name\", \"Account Owner\", \"Industry\", \"Annual Revenue\", \"Tier\"/\"Rating\", \"Health\"; for contacts \
\"Contact ID\", \"First Name\", \"Last Name\", \"Title\", \"Email\", \"Phone\", \"Account Name\" or \"Account ID\". \
Columns that no field takes are listed, not imported. Commas or semicolons, a BOM or not, CRLF or LF.\n\n\
Examples:\n  coachbook import-csv accounts crm-accounts.csv --dry-run\n  coachbook import-csv reps team.csv --map \"Employee=name\"\n  \
coachbook import-csv contacts contacts.csv --date-format dd/mm/yyyy"
)]
pub struct ImportCsvArgs {
    /// reps, accounts or contacts.
    what: What,
    /// The CSV file.
    file: PathBuf,
    /// Which column holds which field, COLUMN=FIELD (repeat for more).
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    maps: Vec<String>,
    /// How slashed dates are written, dd/mm/yyyy or mm/dd/yyyy (04/05/2020
    /// is read only when this, or another date in the file, settles it).
    #[arg(long, value_name = "ORDER")]
    date_format: Option<String>,
    /// Show what would be created and updated, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Import the good rows even when some are bad.
    #[arg(long)]
    skip_bad: bool,
}

/// What importing a file's rows came to, before anything is written.
pub struct Plan<U> {
    /// One line per record created or updated ("create: Acme Tools").
    pub lines: Vec<String>,
    /// What to write.
    pub upserts: Vec<U>,
    /// Counts for the summary.
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl<U> Default for Plan<U> {
    fn default() -> Self {
        Plan {
            lines: Vec::new(),
            upserts: Vec::new(),
            created: 0,
            updated: 0,
            unchanged: 0,
        }
    }
}

/// Says what the file held that was not read as it stands: guesses, the
/// columns left out, how dates were read, and every bad row. With bad rows
/// and no `--skip-bad`, nothing is imported.
fn report<T>(ctx: &mut Ctx<'_>, read: &Read<T>, errors: &[RowError], args: &ImportCsvArgs) -> Result<()> {
    for w in &read.warnings {
        ctx.say(format!("line {}: {}", w.line, w.message))?;
    }
    if !read.ignored.is_empty() {
        ctx.say(format!(
            "Not imported: {} {} (no field takes {}; --map COLUMN=FIELD imports one)",
            if read.ignored.len() == 1 { "column" } else { "columns" },
            read.ignored.join(", "),
            if read.ignored.len() == 1 { "it" } else { "them" }
        ))?;
    }
    if let Some((order, date)) = &read.date_order {
        let (how, other) = match order {
            DateOrder::DayFirst => ("day first", "mm/dd/yyyy"),
            DateOrder::MonthFirst => ("month first", "dd/mm/yyyy"),
        };
        ctx.say(format!(
            "Dates like {date} read {how}; --date-format {other} reads them the other way"
        ))?;
    }
    if errors.is_empty() {
        return Ok(());
    }
    if args.skip_bad {
        for e in errors {
            ctx.say(format!("skipped line {}: {}", e.line, e.message))?;
        }
        return Ok(());
    }
    // Every bad row, so one run shows all there is to fix; a file with
    // thousands says where to see the rest.
    const LISTED: usize = 20;
    let listed: Vec<String> = errors
        .iter()
        .take(LISTED)
        .map(|e| format!("line {}: {}", e.line, e.message))
        .collect();
    let more = match errors.len().saturating_sub(LISTED) {
        0 => String::new(),
        n => format!("; and {n} more (--dry-run --skip-bad lists them all)"),
    };
    let rows = if errors.len() == 1 { "bad row" } else { "bad rows" };
    bail!(
        "{} {rows}, nothing was imported (--skip-bad imports the rest): {}{more}",
        errors.len(),
        listed.join("; ")
    )
}

/// Prints the plan's lines and summary, and writes it unless a dry run.
fn finish<U>(
    ctx: &mut Ctx<'_>,
    plan: Plan<U>,
    noun: &str,
    dry_run: bool,
    write: impl FnOnce(&mut Ctx<'_>, Vec<U>) -> Result<()>,
) -> Result<()> {
    for line in &plan.lines {
        ctx.say(line)?;
    }
    if !dry_run {
        write(ctx, plan.upserts)?;
    }
    let (create, update) = if dry_run {
        ("Would create", "would update")
    } else {
        ("Created", "updated")
    };
    ctx.say(format!(
        "{create} {}, {update} {}, {} unchanged",
        crate::domain::text::count(plan.created, noun),
        plan.updated,
        plan.unchanged
    ))
}

fn read_as<T: Draft>(text: &str, options: &Options) -> Result<Read<T>> {
    read::<T>(text, options).map_err(|e| anyhow!(e))
}

/// Reads the file and creates or updates the records.
pub fn run(args: ImportCsvArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| anyhow!("{} is not UTF-8 text", args.file.display()))?;
    let overrides = args
        .maps
        .iter()
        .map(|m| {
            m.rsplit_once('=')
                .map(|(c, f)| (c.to_string(), f.to_string()))
                .ok_or_else(|| anyhow!("--map {m:?}: write COLUMN=FIELD"))
        })
        .collect::<Result<Vec<_>>>()?;
    let date_order = match &args.date_format {
        Some(format) => Some(DateOrder::parse(format).map_err(|e| anyhow!(e))?),
        None => None,
    };
    let options = Options { overrides, date_order };
    match args.what {
        What::Reps => {
            let read = read_as::<RepData>(&text, &options)?;
            report(ctx, &read, &read.errors, &args)?;
            let plan = rep_rows(ctx, read.rows)?;
            finish(ctx, plan, "rep", args.dry_run, |ctx, rows| {
                Ok(ctx.store.upsert_reps(rows)?)
            })
        }
        What::Accounts => {
            let mut read = read_as::<AccountData>(&text, &options)?;
            let rows = std::mem::take(&mut read.rows);
            let (plan, errors) = account_rows(ctx, rows, &read.errors)?;
            report(ctx, &read, &errors, &args)?;
            finish(ctx, plan, "account", args.dry_run, |ctx, rows| {
                Ok(ctx.store.upsert_accounts(rows)?)
            })
        }
        What::Contacts => {
            let mut read = read_as::<ContactData>(&text, &options)?;
            let rows = std::mem::take(&mut read.rows);
            let (plan, errors) = contact_rows(ctx, rows, &read.errors)?;
            report(ctx, &read, &errors, &args)?;
            finish(ctx, plan, "contact", args.dry_run, |ctx, rows| {
                Ok(ctx.store.upsert_contacts(rows)?)
            })
        }
    }
}
