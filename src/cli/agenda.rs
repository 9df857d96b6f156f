//! `coachbook agenda` (the Today tab as text or JSON) and `coachbook brief REP`.

use super::context::Ctx;
use crate::domain::document::Lookup;
use crate::domain::insights::agenda as compute;
use crate::domain::text::pad;
use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

/// `coachbook agenda` arguments.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `coachbook brief` arguments.
#[derive(Debug, Args)]
pub struct BriefArgs {
    /// The rep (name or id).
    #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
    rep: String,
}

/// Prints what is due today.
pub fn agenda(args: AgendaArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let records = ctx.store.insight_records(ctx.today, &ctx.config, None)?;
    let facts = records.facts(&ctx.config, ctx.today);
    let a = compute(&facts);
    let lookup = Lookup::new(&records.reps, &records.accounts, &[]);
    if args.json {
        let retention: Vec<_> = crate::notebook::retention::watches(&ctx.store, ctx.today, &ctx.config)?
            .iter()
            .filter(|w| w.level != crate::domain::insights::retention::Level::Fine)
            .map(super::retention::watch_json)
            .collect();
        let value = json!({
            "coaching_due": a.coaching_due.iter().map(|d| json!({
                "rep": lookup.rep_name(d.rep),
                "days_since": d.days_since,
                "cadence_days": d.cadence_days,
            })).collect::<Vec<_>>(),
            "commitments_due": a.commitments_due.iter().map(|c| json!({
                "id": c.id,
                "rep": lookup.rep_name(c.rep),
                "text": c.text,
                "due": c.due,
                "overdue": c.overdue,
            })).collect::<Vec<_>>(),
            "follow_ups": a.follow_ups.iter().map(|f| json!({
                "session_id": f.session,
                "rep": lookup.rep_name(f.rep),
                "date": f.date,
                "follow_up": f.follow_up,
            })).collect::<Vec<_>>(),
            "handovers_at_risk": a.handovers_at_risk.iter().map(|h| json!({
                "account": lookup.account_name(h.account),
                "owner": h.owner.map(|o| lookup.rep_name(o)),
                "successor": h.successor.map(|s| lookup.rep_name(s)),
                "stage": h.stage,
                "reason": h.reason,
            })).collect::<Vec<_>>(),
            "field_time": {
                "week": a.field_time.week,
                "month": a.field_time.month,
                "weekly_target": a.field_time.weekly_target,
            },
            "retention": retention,
        });
        return ctx.json(&value);
    }
    let c = &ctx.config;
    let mut out = vec![format!(
        "Today, {}",
        ctx.today.format("%A ").to_string() + &c.date(ctx.today)
    )];
    out.push(String::new());
    out.push("Coaching due".into());
    if a.coaching_due.is_empty() {
        out.push("  everyone is within their cadence".into());
    }
    for d in &a.coaching_due {
        let detail = match (d.days_since, d.last) {
            (None, _) => "never coached".to_string(),
            (Some(days), Some((date, kind))) => format!(
                "{} over (last {} {})",
                crate::domain::text::count(days - i64::from(d.cadence_days), "day"),
                kind.label(),
                c.date(date)
            ),
            (Some(days), None) => format!("{} since", crate::domain::text::count(days, "day")),
        };
        out.push(format!("  {}{detail}", name_column(&lookup.rep_name(d.rep))));
    }
    out.push(String::new());
    out.push("Commitments due".into());
    if a.commitments_due.is_empty() {
        out.push("  nothing overdue or due this week".into());
    }
    let mut last_rep = None;
    for x in &a.commitments_due {
        if last_rep != Some(x.rep) {
            out.push(format!("  {}", lookup.rep_name(x.rep)));
            last_rep = Some(x.rep);
        }
        let mark = if x.overdue { "! overdue" } else { "  due" };
        out.push(format!("    {mark} {}: {} (#{})", c.date(x.due), x.text, x.id));
    }
    out.push(String::new());
    out.push("Follow-ups".into());
    if a.follow_ups.is_empty() {
        out.push("  none due".into());
    }
    for f in &a.follow_ups {
        out.push(format!(
            "  {}follow up on the session of {} (#{}), due {}",
            name_column(&lookup.rep_name(f.rep)),
            c.date(f.date),
            f.session,
            c.date(f.follow_up)
        ));
    }
    out.push(String::new());
    out.push("Handovers at risk".into());
    if a.handovers_at_risk.is_empty() {
        out.push("  none".into());
    }
    for h in &a.handovers_at_risk {
        out.push(format!("  {}: {}", lookup.account_name(h.account), h.reason));
    }
    let ft = &a.field_time;
    out.push(String::new());
    out.push("Field time".into());
    out.push(format!(
        "  this week {} of {} ride-alongs and handover visits; this month {}",
        ft.week, ft.weekly_target, ft.month
    ));
    for tier in &ft.tiers {
        out.push(format!(
            "  {:<12}{:>3} in 90 days ({:.0}% of field time, {:.0}% of the team)",
            tier.name,
            tier.field_sessions,
            tier.share_of_field_time * 100.0,
            tier.share_of_team * 100.0
        ));
    }
    for w in &ft.warnings {
        out.push(format!("  ! {w}"));
    }
    ctx.say(out.join("\n"))
}

/// Prints the pre-ride brief for a rep.
pub fn brief(args: BriefArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let rep = ctx.rep(&args.rep, false)?;
    let lines = crate::notebook::reports::brief(&ctx.store, rep.id, ctx.today, &ctx.config)?;
    ctx.say(lines.join("\n"))
}

/// A name padded to the agenda's name column by display width, so CJK and
/// emoji names line up with the others; a longer one keeps a space after it.
fn name_column(name: &str) -> String {
    if name.width() >= 24 {
        format!("{name} ")
    } else {
        pad(name, 24)
    }
}
