//! `coachbook session ...`: capturing and reviewing coaching sessions.

use super::context::{is_clear, Ctx};
use super::session_view;
use crate::domain::dates::Direction;
use crate::domain::lines::{parse_commitment_line, parse_time};
use crate::domain::{Call, CommitmentData, SessionData, SessionId, SessionKind};
use crate::store::{CommitmentChanges, SessionFilter};
use anyhow::{anyhow, Result};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

const ADD_EXAMPLE: &str = "Example:
  coachbook session add --rep dana --account acme --notes \"Strong discovery, rushed the close\" \\
      --strength \"Open questions\" --improve \"Ask for the next step\" --rate disc=4 --rate close=2 \\
      --will 4 --commit \"Send ROI case study@fri\" --follow-up 2w";

/// Session subcommands.
#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Record a coaching session (a ride-along unless --kind says otherwise).
    #[command(after_help = ADD_EXAMPLE)]
    Add {
        /// The rep coached.
        #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
        rep: String,
        #[command(flatten)]
        fields: SessionFlags,
    },
    /// Record that the rep acknowledged the write-up.
    #[command(after_help = "Example:\n  coachbook session ack 42 --date yesterday   # the rep read and agreed")]
    Ack {
        /// Session id.
        id: i64,
        /// When (default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// List sessions, newest first.
    #[command(
        after_help = "Examples:\n  coachbook session list --limit 20\n  coachbook session list --rep dana --since 2026-09-01\n  coachbook session list --account acme --json"
    )]
    List {
        /// Only this rep's.
        #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
        rep: Option<String>,
        /// Only at this account.
        #[arg(long, value_name = "ACCOUNT", add = ArgValueCompleter::new(super::export::account_names))]
        account: Option<String>,
        /// Only on or after this date.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// At most N sessions.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Include archived sessions.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one session in full.
    #[command(after_help = "Example:\n  coachbook session show 42 --include-private")]
    Show {
        /// Session id.
        id: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Include the manager's private notes.
        #[arg(long)]
        include_private: bool,
    },
    /// Change a session; --rate and --commit add to what is there.
    #[command(after_help = "Example:\n  coachbook session edit 42 --notes \"Strong discovery; rushed the close\"")]
    Edit {
        /// Session id.
        id: i64,
        /// Move the session to another rep.
        #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
        rep: Option<String>,
        #[command(flatten)]
        fields: SessionFlags,
    },
    /// Archive a session (hidden, restorable).
    #[command(after_help = "Example:\n  coachbook session archive 42   # hidden, restorable")]
    Archive {
        /// Session id.
        id: i64,
    },
    /// Bring an archived session back.
    #[command(after_help = "Example:\n  coachbook session restore 42")]
    Restore {
        /// Session id.
        id: i64,
    },
}

/// Fields shared by `session add` and `session edit`.
#[derive(Debug, Args)]
pub struct SessionFlags {
    /// The account where it happened.
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCompleter::new(super::export::account_names))]
    account: Option<String>,
    /// ride (ride_along), 1:1 (one_on_one), call, deal, training, handover or peer (peer coaching).
    #[arg(long)]
    kind: Option<String>,
    /// The rep who led a peer coaching session (the mentor); "none" clears it.
    #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
    coach: Option<String>,
    /// When it happened (default today).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Start time, HH:MM.
    #[arg(long, value_name = "HH:MM")]
    time: Option<String>,
    /// Duration in minutes.
    #[arg(long, value_name = "N")]
    minutes: Option<u32>,
    /// The pre-call plan.
    #[arg(long)]
    objective: Option<String>,
    /// The rep's self-assessment.
    #[arg(long = "self", value_name = "TEXT")]
    self_assessment: Option<String>,
    /// What you observed.
    #[arg(long)]
    notes: Option<String>,
    /// What went well.
    #[arg(long = "strength", value_name = "TEXT")]
    strengths: Option<String>,
    /// What to do differently.
    #[arg(long = "improve", value_name = "TEXT")]
    improvements: Option<String>,
    /// The outcome against the objective.
    #[arg(long)]
    outcome: Option<String>,
    /// The agreed next step.
    #[arg(long = "next", value_name = "TEXT")]
    next_step: Option<String>,
    /// When to check back.
    #[arg(long, value_name = "DATE")]
    follow_up: Option<String>,
    /// A skill rating, SKILL=N with N from 1 to 5 (SKILL=none removes it).
    #[arg(long = "rate", value_name = "SKILL=N")]
    ratings: Vec<String>,
    /// The rep's will (motivation), 1-5.
    #[arg(long)]
    will: Option<u8>,
    /// A commitment, TEXT or TEXT@DUE; repeat for more.
    #[arg(long = "commit", value_name = "TEXT[@DATE]")]
    commitments: Vec<String>,
    /// A commitment the manager makes, TEXT or TEXT@DUE.
    #[arg(long = "commit-mine", value_name = "TEXT[@DATE]")]
    my_commitments: Vec<String>,
    /// A customer call of the day, ACCOUNT or ACCOUNT:WHAT HAPPENED.
    #[arg(long = "call", value_name = "ACCOUNT[:TEXT]")]
    calls: Vec<String>,
    /// Your private notes (never in reports or exports unless asked for).
    #[arg(long = "private", value_name = "TEXT")]
    private_notes: Option<String>,
}

impl SessionFlags {
    fn apply(self, data: &mut SessionData, ctx: &Ctx<'_>) -> Result<Vec<CommitmentData>> {
        if let Some(text) = self.account {
            data.account = if is_clear(&text) {
                None
            } else {
                Some(ctx.account(&text, false)?.id)
            };
        }
        if let Some(kind) = self.kind {
            data.kind = SessionKind::from_word(&kind)?;
            // A session made another kind no longer has the coach of a peer session.
            if data.kind != SessionKind::PeerCoaching && self.coach.is_none() {
                data.coach = None;
            }
        }
        if let Some(coach) = self.coach {
            data.coach = if is_clear(&coach) {
                None
            } else {
                Some(ctx.rep(&coach, false)?.id)
            };
        }
        if let Some(date) = self.date {
            data.date = ctx.past_date(&date, "date")?;
        }
        if let Some(time) = self.time {
            data.time = if is_clear(&time) {
                None
            } else {
                Some(parse_time(&time).map_err(|e| anyhow!("--time {e}"))?)
            };
        }
        if let Some(minutes) = self.minutes {
            data.minutes = Some(minutes);
        }
        for (flag, field) in [
            (self.objective, &mut data.objective),
            (self.self_assessment, &mut data.self_assessment),
            (self.notes, &mut data.notes),
            (self.strengths, &mut data.strengths),
            (self.improvements, &mut data.improvements),
            (self.outcome, &mut data.outcome),
            (self.next_step, &mut data.next_step),
            (self.private_notes, &mut data.private_notes),
        ] {
            if let Some(value) = flag {
                *field = value;
            }
        }
        if let Some(text) = self.follow_up {
            data.follow_up = ctx.optional_date(&text, "follow-up", Direction::Future)?;
        }
        for rating in self.ratings {
            let (skill, score) = rating
                .split_once('=')
                .or_else(|| rating.split_once(':'))
                .ok_or_else(|| anyhow!("--rate {rating:?}: write SKILL=N, e.g. discovery=4"))?;
            let skill = ctx.skill(skill, false)?;
            if is_clear(score) {
                data.ratings.remove(&skill.id);
                continue;
            }
            let score: u8 = score
                .trim()
                .parse()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .ok_or_else(|| anyhow!("--rate {rating:?}: a rating runs from 1 to 5"))?;
            data.ratings.insert(skill.id, score);
        }
        if let Some(will) = self.will {
            data.will = Some(will);
        }
        for call in self.calls {
            let (account, text) = call.split_once(':').unwrap_or((call.as_str(), ""));
            data.calls.push(Call {
                account: Some(ctx.account(account, false)?.id),
                what_happened: text.trim().to_string(),
                ..Call::default()
            });
        }
        let mut commitments = Vec::new();
        for (list, owner) in [
            (self.commitments, crate::domain::CommitmentOwner::Rep),
            (self.my_commitments, crate::domain::CommitmentOwner::Manager),
        ] {
            for text in list {
                let mut c = commitment(&text, ctx, data)?;
                c.owner = owner;
                commitments.push(c);
            }
        }
        Ok(commitments)
    }
}

/// Reads a commitment line the way the form and quick capture do:
/// "TEXT", "TEXT@DATE" or "TEXT by DATE" (an "@" before something that is
/// not a date, as in an email address, stays text).
fn commitment(text: &str, ctx: &Ctx<'_>, session: &SessionData) -> Result<CommitmentData> {
    let line = parse_commitment_line(text, ctx.today)
        .map_err(|e| anyhow!("--commit {e}"))?
        .ok_or_else(|| anyhow!("--commit needs some text"))?;
    Ok(CommitmentData::new(session.rep, line.text, line.due))
}

/// Runs a session subcommand.
pub fn run(command: SessionCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        SessionCommand::Add { rep, fields } => {
            let rep = ctx.rep(&rep, false)?;
            let mut data = SessionData::new(rep.id, ctx.today);
            let commitments = fields.apply(&mut data, ctx)?;
            let count = commitments.len();
            let session = ctx.store.add_session(data, commitments)?;
            let extra = match count {
                0 => String::new(),
                1 => " and 1 commitment".into(),
                n => format!(" and {n} commitments"),
            };
            ctx.say(format!(
                "Saved {} with {} on {} (session {}){extra}{}",
                session.data.kind.label(),
                rep.data.name,
                session.data.date,
                session.id,
                crate::domain::session::plan_note(session.data.date, ctx.today).unwrap_or_default()
            ))
        }
        SessionCommand::Ack { id, date } => {
            let mut session = ctx.store.session(SessionId(id))?;
            session.data.acknowledged_on = Some(match date {
                Some(text) => ctx.past_date(&text, "date")?,
                None => ctx.today,
            });
            let session = ctx.store.save_session(&session, CommitmentChanges::default())?;
            ctx.say(format!(
                "Session {} acknowledged on {}",
                session.id,
                session.data.acknowledged_on.map(|d| d.to_string()).unwrap_or_default()
            ))
        }
        SessionCommand::List {
            rep,
            account,
            since,
            limit,
            all,
            json,
        } => {
            let filter = SessionFilter {
                rep: rep.map(|r| ctx.rep(&r, true)).transpose()?.map(|r| r.id),
                account: account.map(|a| ctx.account(&a, true)).transpose()?.map(|a| a.id),
                since: since.map(|s| ctx.past_date(&s, "since")).transpose()?,
                limit,
                include_archived: all,
            };
            session_view::list(ctx, &filter, json)
        }
        SessionCommand::Show {
            id,
            json,
            include_private,
        } => session_view::show(ctx, SessionId(id), json, include_private),
        SessionCommand::Edit { id, rep, fields } => {
            let mut session = ctx.store.session(SessionId(id))?;
            if let Some(rep) = rep {
                session.data.rep = ctx.rep(&rep, false)?.id;
            }
            let commitments = fields.apply(&mut session.data, ctx)?;
            let session = ctx
                .store
                .save_session(&session, CommitmentChanges::added(commitments))?;
            ctx.say(format!("Saved session {}", session.id))
        }
        SessionCommand::Archive { id } => {
            let session = ctx.store.set_session_archived(SessionId(id), true)?;
            ctx.say(format!(
                "Archived session {} (coachbook session restore {} brings it back)",
                session.id, session.id
            ))
        }
        SessionCommand::Restore { id } => {
            let session = ctx.store.set_session_archived(SessionId(id), false)?;
            ctx.say(format!("Restored session {}", session.id))
        }
    }
}
