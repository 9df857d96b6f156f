//! `coachbook commitment ...`: promises made in coaching, followed up by both sides.

use super::context::Ctx;
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
    Done {
        /// Commitment id.
        id: i64,
        /// When (default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Open a done commitment again.
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
