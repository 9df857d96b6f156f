//! `coachbook commitment ...`: promises made in coaching, followed up by both sides.

use super::context::{is_clear, Ctx};
use super::table;
use crate::domain::document::Lookup;
use crate::domain::{CommitmentData, CommitmentId, CommitmentOwner};
use crate::store::CommitmentFilter;
use anyhow::Result;
use clap::Subcommand;
use clap_complete::engine::ArgValueCompleter;

/// Commitment subcommands.
#[derive(Debug, Subcommand)]
pub enum CommitmentCommand {
    /// List commitments: open ones first, by due date.
    #[command(
        after_help = "Examples:\n  coachbook commitment list --open\n  coachbook commitment list --rep dana --json"
    )]
    List {
        /// Only open ones.
        #[arg(long)]
        open: bool,
        /// Only this rep's.
        #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
        rep: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a commitment outside a session.
    #[command(after_help = "Example:\n  coachbook commitment add dana \"Send the ROI case study\" --due fri")]
    Add {
        /// The rep it concerns.
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
        rep: String,
        /// What was promised.
        text: String,
        /// When it is due.
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// The manager made it, not the rep.
        #[arg(long)]
        mine: bool,
    },
    /// Mark a commitment done.
    #[command(after_help = "Example:\n  coachbook commitment done 12 --date yesterday")]
    Done {
        /// Commitment id.
        id: i64,
        /// When (default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Change a commitment's text, due date or who made it.
    #[command(after_help = "Example:\n  coachbook commitment edit 12 --text \"Send the ROI case study\" --due fri")]
    Edit {
        /// Commitment id.
        id: i64,
        /// The new text.
        #[arg(long)]
        text: Option<String>,
        /// The new due date; "" or none clears it.
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// Who made it: rep or me (the manager).
        #[arg(long, value_name = "rep|me")]
        by: Option<String>,
    },
    /// Open a done commitment again.
    #[command(after_help = "Example:\n  coachbook commitment reopen 12")]
    Reopen {
        /// Commitment id.
        id: i64,
    },
}

/// Runs a commitment subcommand.
pub fn run(command: CommitmentCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        CommitmentCommand::List { open, rep, json } => {
            let rep = rep.map(|r| ctx.rep(&r, true)).transpose()?;
            let commitments = ctx.store.commitments(&CommitmentFilter {
                rep: rep.map(|r| r.id),
                open_only: open,
                ..CommitmentFilter::default()
            })?;
            let reps = ctx.store.reps(true)?;
            let lookup = Lookup::new(&reps, &[], &[]);
            if json {
                let items: Vec<_> = commitments.iter().map(|c| lookup.commitment(c)).collect();
                return ctx.json(&items);
            }
            if commitments.is_empty() {
                return ctx.say("No commitments found");
            }
            let rows: Vec<Vec<String>> = commitments
                .iter()
                .map(|c| {
                    let state = match c.data.done_on {
                        Some(done) => format!("done {done}"),
                        None if c.data.is_overdue(ctx.today) => "OVERDUE".into(),
                        None => "open".into(),
                    };
                    vec![
                        c.id.to_string(),
                        lookup.rep_name(c.data.rep),
                        c.data.owner.to_string(),
                        c.data.due.map(|d| d.to_string()).unwrap_or_default(),
                        state,
                        c.data.text.clone(),
                    ]
                })
                .collect();
            let text = table::render(&["ID", "REP", "BY", "DUE", "STATE", "TEXT"], &rows, 60);
            ctx.say(text)
        }
        CommitmentCommand::Add { rep, text, due, mine } => {
            let rep = ctx.rep(&rep, false)?;
            let due = due.map(|d| ctx.future_date(&d, "due")).transpose()?;
            let mut data = CommitmentData::new(rep.id, text, due);
            if mine {
                data.owner = CommitmentOwner::Manager;
            }
            let c = ctx.store.add_commitment(data)?;
            ctx.say(format!("Added commitment {} for {}", c.id, rep.data.name))
        }
        CommitmentCommand::Done { id, date } => {
            let date = match date {
                Some(text) => ctx.past_date(&text, "date")?,
                None => ctx.today,
            };
            // Done already: say so and keep the day it was done.
            let current = ctx.store.commitment(CommitmentId(id))?;
            if let Some(done) = current.data.done_on {
                return ctx.say(format!(
                    "Already done on {done}: {} (nothing changed; `commitment reopen {id}` opens it again)",
                    current.data.text
                ));
            }
            let c = ctx.store.set_commitment_done(CommitmentId(id), Some(date))?;
            ctx.say(format!("Done: {} ({date})", c.data.text))
        }
        CommitmentCommand::Edit { id, text, due, by } => {
            let mut c = ctx.store.commitment(CommitmentId(id))?;
            let before = c.data.clone();
            if let Some(text) = text {
                c.data.text = text;
            }
            if let Some(due) = due {
                c.data.due = if is_clear(&due) {
                    None
                } else {
                    Some(ctx.future_date(&due, "due")?)
                };
            }
            if let Some(by) = by {
                c.data.owner = match by.trim().to_lowercase().as_str() {
                    "rep" => CommitmentOwner::Rep,
                    "me" | "manager" => CommitmentOwner::Manager,
                    other => anyhow::bail!("--by: {other:?} is neither rep nor me"),
                };
            }
            if c.data == before {
                return ctx.say(format!("Nothing changed: {}", c.data.text));
            }
            let c = ctx.store.save_commitment(c)?;
            let due = c.data.due.map(|d| format!(", due {d}")).unwrap_or_default();
            ctx.say(format!("Saved commitment {}: {}{due}", c.id, c.data.text))
        }
        CommitmentCommand::Reopen { id } => {
            let current = ctx.store.commitment(CommitmentId(id))?;
            if current.data.done_on.is_none() {
                return ctx.say(format!("Already open: {} (nothing changed)", current.data.text));
            }
            let c = ctx.store.set_commitment_done(CommitmentId(id), None)?;
            ctx.say(format!("Open again: {}", c.data.text))
        }
    }
}
