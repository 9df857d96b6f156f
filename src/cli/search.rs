//! `coachbook search QUERY`: full-text search over every session.

use super::context::Ctx;
use crate::domain::document::Lookup;
use anyhow::Result;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use serde_json::json;

/// `coachbook search` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "Searches notes, objectives, strengths, improvements, outcomes, next steps, \
commitments and rep and account names. All words must match; \"a phrase\" in quotes; disc* for a prefix.\n\n\
Example:\n  coachbook search 'roi case*' --rep dana --since 2026-01-01"
)]
pub struct SearchArgs {
    /// What to look for.
    query: String,
    /// Only this rep's sessions.
    #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
    rep: Option<String>,
    /// Only sessions on or after this date.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// At most N matches.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Prints the matches, best first, with a snippet each.
pub fn run(args: SearchArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let rep = args.rep.map(|r| ctx.rep(&r, true)).transpose()?.map(|r| r.id);
    let since = args.since.map(|s| ctx.past_date(&s, "since")).transpose()?;
    let hits = ctx.store.search(&args.query, rep, since, ctx.today, args.limit)?;
    let reps = ctx.store.reps(true)?;
    let accounts = ctx.store.accounts(true)?;
    let lookup = Lookup::new(&reps, &accounts, &[]);
    let mut rows = Vec::new();
    for hit in &hits {
        let s = ctx.store.session(hit.session)?;
        rows.push((hit, s));
    }
    if args.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(hit, s)| {
                json!({
                    "session_id": hit.session,
                    "date": hit.date,
                    "kind": s.data.kind,
                    "rep": lookup.rep_name(s.data.rep),
                    "account": s.data.account.map(|a| lookup.account_name(a)),
                    "snippet": hit.snippet,
                })
            })
            .collect();
        return ctx.json(&items);
    }
    if rows.is_empty() {
        return ctx.say(format!("Nothing matches {:?}", args.query));
    }
    for (hit, s) in rows {
        let at = s
            .data
            .account
            .map(|a| format!(" at {}", lookup.account_name(a)))
            .unwrap_or_default();
        ctx.say(format!(
            "#{} {} {} with {}{at}\n    {}",
            hit.session,
            hit.date,
            s.data.kind.label(),
            lookup.rep_name(s.data.rep),
            hit.snippet.replace('\n', " ")
        ))?;
    }
    Ok(())
}
