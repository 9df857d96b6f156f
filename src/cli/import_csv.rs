//! `coachbook import-csv reps|accounts FILE`: a CRM export in, updating
//! records with the same name instead of duplicating them.

use super::context::Ctx;
use crate::domain::interop::crm::{read, Read, RowError};
use crate::domain::{AccountData, RepData};
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
}

/// `coachbook import-csv` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Columns are matched to common CRM headers: for reps \"Full Name\" (or \"First Name\" and \
\"Last Name\"), \"Title\", \"Territory\"/\"Region\", \"Email\", \"Phone\", \"Hire Date\"; for accounts \"Account Name\", \
\"Account Owner\", \"Industry\", \"Annual Revenue\", \"Type\"/\"Tier\", \"Health\". Commas or semicolons, a BOM or not.\n\n\
Example:\n  coachbook import-csv accounts crm-accounts.csv --dry-run\n  coachbook import-csv reps team.csv --map \"Employee=name\""
)]
pub struct ImportCsvArgs {
    /// reps or accounts.
    what: What,
    /// The CSV file.
    file: PathBuf,
    /// Which column holds which field, COLUMN=FIELD (repeat for more).
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    maps: Vec<String>,
    /// Show what would be created and updated, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Import the good rows even when some are bad.
    #[arg(long)]
    skip_bad: bool,
}

fn report(ctx: &mut Ctx<'_>, errors: &[RowError], warnings: &[RowError], skip_bad: bool) -> Result<()> {
    for w in warnings {
        ctx.say(format!("line {}: {}", w.line, w.message))?;
    }
    if let Some(first) = errors.first() {
        if !skip_bad {
            bail!(
                "line {}: {}; nothing was imported ({} bad rows; --skip-bad imports the rest)",
                first.line,
                first.message,
                errors.len()
            );
        }
        for e in errors {
            ctx.say(format!("skipped line {}: {}", e.line, e.message))?;
        }
    }
    Ok(())
}

/// Reads the file and creates or updates the records.
pub fn run(args: ImportCsvArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| anyhow!("{} is not UTF-8 text", args.file.display()))?;
    let maps = args
        .maps
        .iter()
        .map(|m| {
            m.rsplit_once('=')
                .map(|(c, f)| (c.to_string(), f.to_string()))
                .ok_or_else(|| anyhow!("--map {m:?}: write COLUMN=FIELD"))
        })
        .collect::<Result<Vec<_>>>()?;
    let mode = if args.dry_run { "Would create" } else { "Created" };
    match args.what {
        What::Reps => {
            let Read { rows, errors, warnings } = read::<RepData>(&text, &maps).map_err(|e| anyhow!(e))?;
            report(ctx, &errors, &warnings, args.skip_bad)?;
            let existing = by_name(ctx.store.reps(true)?, |r| &r.data.name);
            let mut upserts = Vec::new();
            let (mut created, mut updated, mut unchanged) = (0, 0, 0);
            for row in rows {
                let old = existing.get(&row.data.name.to_lowercase()).cloned();
                let data = match &old {
                    Some(rep) => {
                        let mut d = rep.data.clone();
                        let new = &row.data;
                        for field in &row.present {
                            match *field {
                                "title" => d.title = new.title.clone(),
                                "territory" => d.territory = new.territory.clone(),
                                "email" => d.email = new.email.clone(),
                                "phone" => d.phone = new.phone.clone(),
                                "notes" => d.notes = new.notes.clone(),
                                "hired_on" => d.hired_on = new.hired_on,
                                "retires_on" => d.retires_on = new.retires_on,
                                _ => {}
                            }
                        }
                        if d == rep.data {
                            unchanged += 1;
                            continue;
                        }
                        updated += 1;
                        ctx.say(format!("update: {} ({})", rep.data.name, row.present.join(", ")))?;
                        d
                    }
                    None => {
                        created += 1;
                        let mut d = row.data.clone();
                        d.cadence_days = ctx.config.default_cadence;
                        ctx.say(format!("create: {}", d.name))?;
                        d
                    }
                };
                upserts.push((old, data));
            }
            if !args.dry_run {
                ctx.store.upsert_reps(upserts)?;
            }
            ctx.say(format!(
                "{mode} {created} reps, {} {updated}, {unchanged} unchanged",
                if args.dry_run { "would update" } else { "updated" }
            ))
        }
        What::Accounts => {
            let Read {
                rows,
                mut errors,
                warnings,
            } = read::<AccountData>(&text, &maps).map_err(|e| anyhow!(e))?;
            let reps = ctx.store.reps(false)?;
            let existing = by_name(ctx.store.accounts(true)?, |a| &a.data.name);
            let mut upserts = Vec::new();
            let (mut created, mut updated, mut unchanged) = (0, 0, 0);
            let mut lines = Vec::new();
            for row in rows {
                let owner = match &row.owner {
                    Some(name) => match reps.iter().find(|r| r.data.name.eq_ignore_ascii_case(name)) {
                        Some(r) => Some(r.id),
                        None => {
                            errors.push(RowError {
                                line: row.line,
                                message: format!("owner {name:?} is not a rep here (import the reps first)"),
                            });
                            continue;
                        }
                    },
                    None => None,
                };
                let old = existing.get(&row.data.name.to_lowercase()).cloned();
                let data = match &old {
                    Some(account) => {
                        let mut d = account.data.clone();
                        let new = &row.data;
                        for field in &row.present {
                            match *field {
                                "industry" => d.industry = new.industry.clone(),
                                "notes" => d.notes = new.notes.clone(),
                                "annual_value" => d.annual_value_cents = new.annual_value_cents,
                                "tier" => d.tier = new.tier,
                                "health" => d.health = new.health,
                                _ => {}
                            }
                        }
                        if owner.is_some() {
                            d.owner = owner;
                        }
                        if d == account.data {
                            unchanged += 1;
                            continue;
                        }
                        updated += 1;
                        lines.push(format!("update: {}", account.data.name));
                        d
                    }
                    None => {
                        created += 1;
                        let mut d = row.data.clone();
                        d.owner = owner;
                        lines.push(format!("create: {}", d.name));
                        d
                    }
                };
                upserts.push((old, data));
            }
            errors.sort_by_key(|e| e.line);
            report(ctx, &errors, &warnings, args.skip_bad)?;
            for line in lines {
                ctx.say(line)?;
            }
            if !args.dry_run {
                ctx.store.upsert_accounts(upserts)?;
            }
            ctx.say(format!(
                "{mode} {created} accounts, {} {updated}, {unchanged} unchanged",
                if args.dry_run { "would update" } else { "updated" }
            ))
        }
    }
}

/// Records by their name folded to lower case, so a row finds the record it
/// updates in one lookup (a CRM export has tens of thousands of rows).
fn by_name<R>(records: Vec<R>, name: impl Fn(&R) -> &String) -> std::collections::HashMap<String, R> {
    records.into_iter().map(|r| (name(&r).to_lowercase(), r)).collect()
}
