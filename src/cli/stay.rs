//! `coachbook rep stay REP ...`: record a stay conversation, the manager's
//! check-in with a rep about staying. Private, like private notes.

use super::context::Ctx;
use crate::domain::dates::Direction;
use crate::domain::stay::{impact_of_owner, parse_reasons, StayData};
use crate::domain::{Risk, TwoYears};
use anyhow::{anyhow, Result};
use clap::Args;
use clap_complete::engine::ArgValueCompleter;

/// `coachbook rep stay` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  coachbook rep stay sam --risk high --why recruiter,growth --two-years unsure \
--notes \"Offer from a competitor; wants a bigger territory\"\n\n\
Reasons: pay, growth, manager, workload, recognition, recruiter, personal, other. Without --impact it is \
proposed from the tier and value of the accounts the rep owns. Without --next the next check-in is a month \
away while the risk is medium or high and a quarter away otherwise (stay_check_in_days_at_risk and \
stay_check_in_days in the config)."
)]
pub struct StayArgs {
    /// Name (any unique part, initials) or id.
    #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
    rep: String,
    /// Your read of the risk of leaving: low, medium or high.
    #[arg(long)]
    risk: Risk,
    /// Why they might leave, several with commas.
    #[arg(long, value_name = "REASON,...")]
    why: Option<String>,
    /// Their answer to "do you see yourself here in two years?": yes, unsure or no.
    #[arg(long = "two-years", value_name = "ANSWER")]
    two_years: TwoYears,
    /// What losing them would cost: low, medium or high.
    #[arg(long)]
    impact: Option<Risk>,
    /// What was said (private).
    #[arg(long)]
    notes: Option<String>,
    /// The next check-in.
    #[arg(long, value_name = "DATE")]
    next: Option<String>,
    /// When it took place (default today).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
}

/// Saves the conversation and says when the next one is due.
pub fn run(args: StayArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let rep = ctx.rep(&args.rep, false)?;
    let date = ctx.optional_date(args.date.as_deref().unwrap_or(""), "date", Direction::Past)?;
    let mut data = StayData::new(rep.id, date.unwrap_or(ctx.today));
    data.risk = args.risk;
    data.two_years = args.two_years;
    if let Some(why) = &args.why {
        data.reasons = parse_reasons(why).map_err(|e| anyhow!("--why: {e}"))?;
    }
    let proposed = || -> Result<Risk> { Ok(impact_of_owner(rep.id, &ctx.store.accounts_of_rep(rep.id)?)) };
    data.impact = match args.impact {
        Some(impact) => impact,
        None => proposed()?,
    };
    data.notes = args.notes.unwrap_or_default();
    data.next_check_in = ctx.optional_date(args.next.as_deref().unwrap_or(""), "next", Direction::Future)?;
    let saved = ctx.store.add_stay(data)?;
    let d = &saved.data;
    let next = d.next_due(ctx.config.stay_check_in_days_at_risk, ctx.config.stay_check_in_days);
    let reasons: Vec<&str> = d.reasons.iter().map(|r| r.label()).collect();
    let why = if reasons.is_empty() {
        String::new()
    } else {
        format!(" ({})", reasons.join(", "))
    };
    ctx.say(format!(
        "Saved stay conversation with {} on {}: risk {}{why}, here in two years: {}, impact {}{}; next check-in {}",
        rep.data.name,
        d.date,
        d.risk,
        d.two_years,
        d.impact,
        if args.impact.is_none() {
            " (from their accounts)"
        } else {
            ""
        },
        ctx.config.date(next)
    ))
}
