//! `coachbook report ...`: Markdown for a 1:1, a session write-up, the team.

use super::context::Ctx;
use crate::domain::document::Lookup;
use crate::domain::insights::development::FOLLOW_THROUGH_DAYS;
use crate::domain::report::{default_since, session, team};
use crate::domain::SessionId;
use crate::store::CommitmentFilter;
use anyhow::Result;
use chrono::{Days, NaiveDate};
use clap::Subcommand;
use clap_complete::engine::ArgValueCompleter;
use std::path::PathBuf;

/// Report subcommands.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// A 1:1 prep sheet: profile, recent sessions, skills, commitments, focus.
    #[command(after_help = "Example:\n  coachbook report rep dana --since 2026-09-01 --out dana-1on1.md")]
    Rep {
        /// The rep (name or id).
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
        rep: String,
        /// Sessions from this date (default: 90 days ago).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Write to this file (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The write-up a rep reads in three minutes (no private notes).
    #[command(after_help = "Example:\n  coachbook report session 42 --out ride-2026-11-26.md")]
    Session {
        /// Session id.
        id: i64,
        /// Write to this file (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The handover pack a successor reads before the first visit: contacts, knowledge, plays.
    #[command(after_help = "Example:\n  coachbook report handover acme --out acme-handover.md")]
    Handover {
        /// The account (name or id).
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// Write to this file (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The retention review for you alone: levels, signals, stay conversations, the grid (private).
    #[command(after_help = "Example:\n  coachbook report retention --out retention.md   # written 0600")]
    Retention {
        /// Write to this file (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Cadence compliance, field time, handovers and commitments for the team.
    #[command(after_help = "Example:\n  coachbook report team --since 2026-09-01 --out team.md")]
    Team {
        /// Sessions from this date (default: 90 days ago).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Write to this file (0600) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

fn since(ctx: &Ctx<'_>, text: Option<String>) -> Result<NaiveDate> {
    match text {
        Some(t) => ctx.past_date(&t, "since"),
        None => Ok(default_since(ctx.today)),
    }
}

/// Runs a report subcommand.
pub fn run(command: ReportCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        ReportCommand::Rep { rep, since: s, out } => {
            let rep = ctx.rep(&rep, true)?;
            let from = since(ctx, s)?;
            let text = crate::notebook::reports::rep_sheet(&ctx.store, rep.id, from, ctx.today, &ctx.config)?;
            ctx.emit(&text, out.as_deref())
        }
        ReportCommand::Session { id, out } => {
            let s = ctx.store.session(SessionId(id))?;
            let commitments = ctx.store.commitments(&CommitmentFilter {
                session: Some(s.id),
                ..CommitmentFilter::default()
            })?;
            let reps = ctx.store.reps(true)?;
            let accounts = ctx.store.accounts(true)?;
            let skills = ctx.store.skills(true)?;
            let lookup = Lookup::new(&reps, &accounts, &skills);
            let text = session::render(&session::SessionReport {
                session: &s,
                commitments: &commitments,
                lookup: &lookup,
                config: &ctx.config,
            });
            ctx.emit(&text, out.as_deref())
        }
        ReportCommand::Handover { account, out } => {
            let account = ctx.account(&account, true)?;
            let contacts = ctx.store.contacts(account.id, false)?;
            let answers = ctx.store.answers_of(account.id)?;
            let plays: Vec<_> = ctx
                .store
                .plays(None, None, false)?
                .into_iter()
                .filter(|p| p.data.account == Some(account.id))
                .collect();
            let visits = ctx.store.handover_visits_at(account.id)?;
            let reps = ctx.store.reps(true)?;
            let lookup = Lookup::new(&reps, std::slice::from_ref(&account), &[]);
            let questions = ctx.config.questions();
            let text = crate::domain::report::handover::render(&crate::domain::report::handover::Pack {
                account: &account,
                contacts: &contacts,
                questions: &questions,
                answers: &answers,
                plays: &plays,
                joint_visits: visits,
                lookup: &lookup,
                today: ctx.today,
                config: &ctx.config,
            });
            ctx.emit(&text, out.as_deref())
        }
        ReportCommand::Retention { out } => {
            let watches = crate::notebook::retention::watches(&ctx.store, ctx.today, &ctx.config)?;
            let mut history = std::collections::HashMap::new();
            for w in &watches {
                let stays: Vec<_> = ctx.store.stays_of(w.rep)?.into_iter().map(|s| s.data).collect();
                history.insert(w.rep, stays);
            }
            let text = crate::domain::report::retention::render(&watches, &history, &ctx.config, ctx.today);
            ctx.emit(&text, out.as_deref())
        }
        ReportCommand::Team { since: s, out } => {
            let from = since(ctx, s)?;
            let records = ctx.store.insight_records(ctx.today, &ctx.config, Some(from))?;
            let reps = ctx.store.reps(true)?;
            let accounts = ctx.store.accounts(true)?;
            let lookup = Lookup::new(&reps, &accounts, &[]);
            let due_since = ctx
                .today
                .checked_sub_days(Days::new(FOLLOW_THROUGH_DAYS))
                .unwrap_or(ctx.today);
            let commitments = ctx.store.open_or_recent_commitments(due_since)?;
            let text = team::render(&records, &commitments, &lookup, &ctx.config, ctx.today, from);
            ctx.emit(&text, out.as_deref())
        }
    }
}
