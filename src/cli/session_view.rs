//! How sessions read on the command line: a one-line list and the full write-up.

use super::context::Ctx;
use super::table;
use crate::domain::document::{Lookup, PrivateNotes};
use crate::domain::text::rating_bar as bar;
use crate::domain::{Account, AccountId, Rep, RepId, Session, SessionId};
use crate::store::SessionFilter;
use anyhow::Result;
use std::borrow::Cow;

/// Prints sessions newest first, as a table or JSON. The table reads only
/// the names and headlines it prints; JSON reads each session in full.
pub fn list(ctx: &mut Ctx<'_>, filter: &SessionFilter, json: bool) -> Result<()> {
    if json {
        let sessions = ctx.store.sessions(filter)?;
        let (reps, accounts) = named_in(ctx, &sessions)?;
        let skills = ctx.store.skills(true)?;
        let lookup = Lookup::new(&reps, &accounts, &skills);
        let items: Vec<_> = sessions
            .iter()
            .map(|s| lookup.session(s, PrivateNotes::Exclude))
            .collect();
        return ctx.json(&items);
    }
    let lines = ctx.store.session_lines(filter)?;
    if lines.is_empty() {
        return ctx.say("No sessions found. Record one: coachbook session add --rep NAME --notes \"...\"");
    }
    let rows: Vec<[Cow<'_, str>; 6]> = lines
        .iter()
        .map(|line| {
            [
                Cow::Owned(line.id.to_string()),
                Cow::Owned(line.date.to_string()),
                Cow::Borrowed(line.kind.label()),
                Cow::Borrowed(line.rep.as_str()),
                Cow::Borrowed(line.account.as_deref().unwrap_or_default()),
                Cow::Borrowed(line.headline.as_str()),
            ]
        })
        .collect();
    let text = table::render(&["ID", "DATE", "KIND", "REP", "ACCOUNT", "NOTES"], &rows, 28);
    ctx.say(text)
}

/// The reps and accounts `sessions` name (their calls' accounts too), read by id.
fn named_in(ctx: &Ctx<'_>, sessions: &[Session]) -> Result<(Vec<Rep>, Vec<Account>)> {
    let rep_ids: Vec<RepId> = sessions
        .iter()
        .flat_map(|s| std::iter::once(s.data.rep).chain(s.data.coach))
        .collect();
    let account_ids: Vec<AccountId> = sessions
        .iter()
        .flat_map(|s| {
            s.data
                .account
                .into_iter()
                .chain(s.data.calls.iter().filter_map(|c| c.account))
        })
        .collect();
    Ok((
        ctx.store.reps_with_ids(&rep_ids)?,
        ctx.store.accounts_with_ids(&account_ids)?,
    ))
}

/// Prints one session in full; private notes only when asked for.
pub fn show(ctx: &mut Ctx<'_>, id: SessionId, json: bool, include_private: bool) -> Result<()> {
    let page = ctx.store.session_detail(id)?;
    let session = &page.session;
    if json {
        let (reps, accounts) = named_in(ctx, std::slice::from_ref(session))?;
        let skills = ctx.store.skills(true)?;
        let lookup = Lookup::new(&reps, &accounts, &skills);
        let private = if include_private {
            PrivateNotes::Include
        } else {
            PrivateNotes::Exclude
        };
        return ctx.json(&lookup.session(session, private));
    }
    let d = &session.data;
    let mut head = format!("Session {}: {} with {}", session.id, d.kind.label(), page.rep);
    if let Some(coach) = d.coach {
        head.push_str(&format!(" led by {}", ctx.store.rep(coach)?.data.name));
    }
    if let Some(account) = &page.account {
        head.push_str(&format!(" at {account}"));
    }
    let mut when = d.date.format("%a %Y-%m-%d").to_string();
    if let Some(time) = d.time {
        when.push_str(&time.format(" %H:%M").to_string());
    }
    if let Some(minutes) = d.minutes {
        when.push_str(&format!(", {minutes} min"));
    }
    let mut lines = vec![head, format!("  {when}{}", if d.archived { " (archived)" } else { "" })];
    for (label, text) in [
        ("Objective", &d.objective),
        ("Self-assessment", &d.self_assessment),
        ("Observed", &d.notes),
        ("Strengths", &d.strengths),
        ("Improvements", &d.improvements),
        ("Outcome", &d.outcome),
        ("Next step", &d.next_step),
    ] {
        if !text.is_empty() {
            lines.push(String::new());
            lines.push(format!("{label}:"));
            lines.extend(text.lines().map(|l| format!("  {l}")));
        }
    }
    if !d.calls.is_empty() {
        lines.push(String::new());
        lines.push("Calls:".into());
        for (i, (call, at)) in d.calls.iter().zip(&page.call_accounts).enumerate() {
            lines.push(format!("  {}. {}", i + 1, at.as_deref().unwrap_or("-")));
            for (label, text) in [
                ("objective", &call.objective),
                ("what happened", &call.what_happened),
                ("outcome", &call.outcome),
            ] {
                if !text.is_empty() {
                    lines.push(format!("     {label}: {text}"));
                }
            }
        }
    }
    if !d.ratings.is_empty() || d.will.is_some() {
        lines.push(String::new());
        lines.push("Ratings:".into());
        for (skill, score) in &page.ratings {
            lines.push(format!("  {skill:<24}{} {score}", bar(*score)));
        }
        if let Some(will) = d.will {
            lines.push(format!("  {:<24}{} {will}", "Will", bar(will)));
        }
    }
    if !page.commitments.is_empty() {
        lines.push(String::new());
        lines.push("Commitments:".into());
        for c in &page.commitments {
            let state = match c.data.done_on {
                Some(done) => format!("done {done}"),
                None if c.data.is_overdue(ctx.today) => "OVERDUE".into(),
                None => "open".into(),
            };
            let due = c.data.due.map(|d| format!(", due {d}")).unwrap_or_default();
            lines.push(format!("  #{} [{}] {} ({state}{due})", c.id, c.data.owner, c.data.text));
        }
    }
    lines.push(String::new());
    if let Some(follow_up) = d.follow_up {
        lines.push(format!("Follow-up: {follow_up}"));
    }
    match d.acknowledged_on {
        Some(ack) => lines.push(format!("Acknowledged by the rep on {ack}")),
        None => lines.push("Not yet acknowledged by the rep".into()),
    }
    if !d.private_notes.is_empty() {
        if include_private {
            lines.push(String::new());
            lines.push("Private notes (yours only):".into());
            lines.extend(d.private_notes.lines().map(|l| format!("  {l}")));
        } else {
            lines.push("(private notes hidden; --include-private shows them)".into());
        }
    }
    ctx.say(lines.join("\n"))
}
