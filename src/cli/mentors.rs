//! `coachbook rep mentors REP`: who could mentor each of the rep's focus
//! skills, from who was rated 4-5 on it in the last 180 days, seniors first.

use super::context::Ctx;
use crate::domain::insights::mentors::{candidates, MENTOR_DAYS};
use anyhow::Result;
use chrono::Days;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use serde_json::json;

/// `coachbook rep mentors` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  coachbook rep mentors dana   # per focus skill, seniors first")]
pub struct MentorsArgs {
    /// Name (any unique part, initials) or id.
    #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
    rep: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Prints the suggestions.
pub fn run(args: MentorsArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let rep = ctx.rep(&args.rep, false)?;
    let reps = ctx.store.reps(false)?;
    let skills = ctx.store.skills(true)?;
    let since = ctx.today.checked_sub_days(Days::new(MENTOR_DAYS)).unwrap_or(ctx.today);
    let mut per_skill = Vec::new();
    for skill in &rep.data.focus {
        let ratings = ctx.store.high_ratings(*skill, since, ctx.today)?;
        let name = skills
            .iter()
            .find(|s| s.id == *skill)
            .map_or("?", |s| s.data.name.as_str());
        per_skill.push((name.to_string(), candidates(rep.id, *skill, &reps, &ratings, ctx.today)));
    }
    if args.json {
        let items: Vec<_> = per_skill
            .iter()
            .map(|(skill, found)| {
                json!({
                    "skill": skill,
                    "mentors": found.iter().map(|c| json!({
                        "rep": c.name,
                        "rep_id": c.rep.0,
                        "times_rated_4_or_5": c.times,
                        "senior": c.senior,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return ctx.json(&items);
    }
    if per_skill.is_empty() {
        return ctx.say(format!(
            "{} has no focus skill yet: coachbook rep edit {} --focus SKILL sets one",
            rep.data.name, rep.id
        ));
    }
    ctx.say(format!(
        "Mentors for {}'s focus skills (rated 4-5 in the last {MENTOR_DAYS} days, seniors first):",
        rep.data.name
    ))?;
    for (skill, found) in per_skill {
        let line = if found.is_empty() {
            "nobody rated 4-5 on it yet".to_string()
        } else {
            found
                .iter()
                .map(|c| {
                    let senior = if c.senior { "senior, " } else { "" };
                    format!("{} ({senior}{})", c.name, crate::domain::text::count(c.times, "time"))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        ctx.say(format!("  {skill}: {line}"))?;
    }
    Ok(())
}
