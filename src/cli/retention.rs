//! `coachbook retention`: the team on the retention watch, act-now first,
//! each with the record's signals and their evidence, the manager's latest
//! stay conversation, the next check-in and what to do this week. The
//! manager's private view: nothing here goes into a rep's report or brief.

use super::context::Ctx;
use crate::domain::insights::retention::{Level, Watch};
use anyhow::Result;
use clap::Args;
use serde_json::json;

/// `coachbook retention` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  coachbook retention\n  coachbook retention --json | jq '.[] | select(.level == \"act_now\")'\n\n\
Act now: your latest read is a high risk, or medium with two or more signals, or four or more signals, or \
a high impact with three. Watch: a medium risk, two or more signals, a high impact with one, or a stay \
conversation overdue."
)]
pub struct RetentionArgs {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn level_key(level: Level) -> &'static str {
    match level {
        Level::ActNow => "act_now",
        Level::Watch => "watch",
        Level::Fine => "ok",
    }
}

/// One rep's watch as JSON (the reasons and answer, never the notes).
pub fn watch_json(w: &Watch) -> serde_json::Value {
    json!({
        "rep": w.name,
        "rep_id": w.rep.0,
        "level": level_key(w.level),
        "impact": w.impact,
        "signals": w.signals.iter().map(|s| json!({
            "kind": s.kind.label(),
            "evidence": s.evidence,
        })).collect::<Vec<_>>(),
        "action": w.action,
        "stay": w.stay.as_ref().map(|s| json!({
            "date": s.date,
            "risk": s.risk,
            "reasons": s.reasons,
            "two_years": s.two_years,
            "impact": s.impact,
        })),
        "next_check_in": w.next_check_in,
    })
}

fn stay_line(w: &Watch) -> String {
    match &w.stay {
        None => format!("no stay conversation yet; impact {} (from their accounts)", w.impact),
        Some(s) => {
            let reasons: Vec<&str> = s.reasons.iter().map(|r| r.label()).collect();
            let why = if reasons.is_empty() {
                String::new()
            } else {
                format!(" ({})", reasons.join(", "))
            };
            format!(
                "risk {}{why} on {}, here in two years: {}, impact {}",
                s.risk, s.date, s.two_years, s.impact
            )
        }
    }
}

/// Prints the watch.
pub fn run(args: RetentionArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let watches = crate::notebook::retention::watches(&ctx.store, ctx.today, &ctx.config)?;
    if args.json {
        let items: Vec<_> = watches.iter().map(watch_json).collect();
        return ctx.json(&items);
    }
    if watches.is_empty() {
        return ctx.say("No reps yet: coachbook rep add NAME adds one.");
    }
    ctx.say(format!(
        "Retention watch, {} (private: your read and the record's signals)",
        ctx.config.date(ctx.today)
    ))?;
    for w in &watches {
        let next = w
            .next_check_in
            .map(|n| format!("; next check-in {}", ctx.config.date(n)))
            .unwrap_or_default();
        ctx.say("")?;
        ctx.say(format!(
            "{:<8} {}: {}{next}",
            w.level.label().to_uppercase(),
            w.name,
            stay_line(w)
        ))?;
        for s in &w.signals {
            ctx.say(format!("  ! {}: {}", s.kind.label(), s.evidence))?;
        }
        if !w.action.is_empty() && w.level != Level::Fine {
            ctx.say(format!("  -> {}", w.action))?;
        }
    }
    Ok(())
}
