//! `coachbook search QUERY`: full-text search over every session.

use super::context::Ctx;
use super::NothingFound;
use crate::store::search::SearchFilter;
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
    /// Only sessions at this account (as the session's account or one of its calls).
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCompleter::new(super::export::account_names))]
    account: Option<String>,
    /// Only sessions on or after this date.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Rank every match by relevance weighed with age, not only the newest 500.
    #[arg(long)]
    rank: bool,
    /// At most N matches (1 or more).
    #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
    limit: u32,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Prints the matches, best first, with a snippet each.
pub fn run(args: SearchArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let filter = SearchFilter {
        rep: args.rep.map(|r| ctx.rep(&r, true)).transpose()?.map(|r| r.id),
        account: args.account.map(|a| ctx.account(&a, true)).transpose()?.map(|a| a.id),
        since: args.since.map(|s| ctx.past_date(&s, "since")).transpose()?,
        rank_all: args.rank,
    };
    let hits = ctx.store.search(&args.query, &filter, ctx.today, args.limit as usize)?;
    let plays = matching_plays(ctx, &args.query, &filter, args.limit as usize)?;
    if args.json {
        let mut items: Vec<_> = plays
            .iter()
            .map(|(hit, author)| {
                json!({
                    "type": "play",
                    "play_id": hit.id.0,
                    "title": hit.title,
                    "author": author,
                    "snippet": hit.snippet,
                })
            })
            .collect();
        items.extend(hits.iter().map(|hit| {
            json!({
                "type": "session",
                "session_id": hit.session,
                "date": hit.date,
                "kind": hit.kind,
                "rep": hit.rep,
                "account": hit.account,
                "snippet": hit.snippet,
            })
        }));
        ctx.json(&items)?;
        return if items.is_empty() {
            Err(NothingFound.into())
        } else {
            Ok(())
        };
    }
    if hits.is_empty() && plays.is_empty() {
        ctx.say(format!("Nothing matches {:?}", args.query))?;
        return Err(NothingFound.into());
    }
    for (hit, author) in &plays {
        let by = author.as_ref().map(|a| format!(" by {a}")).unwrap_or_default();
        ctx.say(format!(
            "play {} {}{by}\n    {}",
            hit.id,
            hit.title,
            hit.snippet.replace('\n', " ")
        ))?;
    }
    for hit in hits {
        let at = hit.account.map(|a| format!(" at {a}")).unwrap_or_default();
        ctx.say(format!(
            "#{} {} {} with {}{at}\n    {}",
            hit.session,
            hit.date,
            hit.kind.label(),
            hit.rep,
            hit.snippet.replace('\n', " ")
        ))?;
    }
    Ok(())
}

/// The plays the query finds, as far as the filters allow: `--rep` is the
/// author, `--account` the play's account, `--since` the day it was written.
fn matching_plays(
    ctx: &Ctx<'_>,
    query: &str,
    filter: &SearchFilter,
    limit: usize,
) -> Result<Vec<(crate::store::PlayHit, Option<String>)>> {
    let mut found = Vec::new();
    for hit in ctx.store.search_plays(query, limit)? {
        let play = ctx.store.play(hit.id)?.data;
        let fits = filter.rep.is_none_or(|r| play.author == Some(r))
            && filter.account.is_none_or(|a| play.account == Some(a))
            && filter.since.is_none_or(|since| play.date >= since);
        if fits {
            let author = play.author.map(|r| ctx.store.rep(r).map(|r| r.data.name)).transpose()?;
            found.push((hit, author));
        }
    }
    Ok(found)
}
