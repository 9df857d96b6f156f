//! How accounts read on the command line: the list and the full page.

use super::contact::contacts_table;
use super::context::Ctx;
use super::table;
use crate::domain::document::Lookup;
use crate::domain::figures::{handover_is_late, retirement_label, stage_is_late};
use crate::domain::money::format_amount;
use crate::domain::text::truncate;
use crate::domain::Account;
use crate::store::SessionFilter;
use anyhow::Result;
use std::borrow::Cow;

/// Prints accounts as a table or JSON.
pub fn list(ctx: &mut Ctx<'_>, all: bool, json: bool) -> Result<()> {
    if json {
        let accounts = ctx.store.accounts(all)?;
        let reps = ctx.store.reps(true)?;
        // Accounts refer to reps only; a list needs no account names.
        let lookup = Lookup::new(&reps, &[], &[]);
        let mut items = Vec::new();
        for a in &accounts {
            let contacts = ctx.store.contacts(a.id, true)?;
            items.push(lookup.account(a, &contacts.iter().collect::<Vec<_>>()));
        }
        return ctx.json(&items);
    }
    let lines = ctx.store.account_lines(all)?;
    if lines.is_empty() {
        return ctx.say("No accounts yet. Add one: coachbook account add \"Acme Tools\" --owner REP");
    }
    let rows: Vec<[Cow<'_, str>; 7]> = lines
        .iter()
        .map(|line| {
            let handover = line
                .handover
                .as_ref()
                .map(|(stage, target, successor)| {
                    let late = if stage_is_late(*stage, *target, ctx.today) {
                        " LATE"
                    } else {
                        ""
                    };
                    Cow::Owned(format!("{} → {successor}{late}", stage.label()))
                })
                .unwrap_or_default();
            [
                Cow::Owned(line.id.to_string()),
                if line.archived {
                    Cow::Owned(format!("{} (archived)", line.name))
                } else {
                    Cow::Borrowed(line.name.as_str())
                },
                Cow::Borrowed(line.tier.map(|t| t.label()).unwrap_or_default()),
                Cow::Borrowed(line.owner.as_deref().unwrap_or_default()),
                line.annual_value_cents
                    .map(|v| Cow::Owned(format_amount(v, &ctx.config.currency)))
                    .unwrap_or_default(),
                Cow::Borrowed(line.health.map(|h| h.as_str()).unwrap_or_default()),
                handover,
            ]
        })
        .collect();
    let header = ["ID", "NAME", "TIER", "OWNER", "VALUE", "HEALTH", "HANDOVER"];
    let text = table::render(&header, &rows, 32);
    ctx.say(text)
}

/// Prints one account with its handover, contacts and sessions.
pub fn show(ctx: &mut Ctx<'_>, account: &Account, json: bool) -> Result<()> {
    let reps = ctx.store.reps(true)?;
    let accounts = ctx.store.accounts(true)?;
    let lookup = Lookup::new(&reps, &accounts, &[]);
    let contacts = ctx.store.contacts(account.id, json)?;
    if json {
        return ctx.json(&lookup.account(account, &contacts.iter().collect::<Vec<_>>()));
    }
    let d = &account.data;
    let mut lines = vec![format!("{}{}", d.name, if d.archived { " (archived)" } else { "" })];
    let mut field = |label: &str, value: String| {
        if !value.is_empty() {
            lines.push(format!("  {label:<14}{value}"));
        }
    };
    field("Industry", d.industry.clone());
    field("Tier", d.tier.map(|t| t.label().to_string()).unwrap_or_default());
    field(
        "Value",
        d.annual_value_cents
            .map(|v| format_amount(v, &ctx.config.currency))
            .unwrap_or_default(),
    );
    let owner = d.owner.and_then(|o| reps.iter().find(|r| r.id == o));
    field(
        "Owner",
        owner
            .map(|r| match retirement_label(r.data.retires_on, ctx.today) {
                horizon if horizon.is_empty() => r.data.name.clone(),
                horizon => format!("{} (retires {horizon})", r.data.name),
            })
            .unwrap_or_default(),
    );
    field("Health", d.health.map(|h| h.to_string()).unwrap_or_default());
    if let Some(h) = &d.handover {
        let late = if handover_is_late(h, ctx.today) { ", LATE" } else { "" };
        field(
            "Handover",
            format!(
                "to {}: {}{}{late}",
                lookup.rep_name(h.successor),
                h.stage.label(),
                h.target.map(|t| format!(", target {t}")).unwrap_or_default()
            ),
        );
        field("", h.notes.clone());
    }
    field("Notes", d.notes.clone());
    if !contacts.is_empty() {
        lines.push(String::new());
        lines.push("Contacts".into());
        lines.extend(contacts_table(&contacts).lines().map(|l| format!("  {l}")));
    }
    let sessions = ctx.store.sessions(&SessionFilter {
        account: Some(account.id),
        limit: Some(10),
        ..SessionFilter::default()
    })?;
    if !sessions.is_empty() {
        lines.push(String::new());
        lines.push("Sessions and calls here".into());
        for s in &sessions {
            lines.push(format!(
                "  #{} {} {} with {}  {}",
                s.id,
                s.data.date,
                s.data.kind.label(),
                lookup.rep_name(s.data.rep),
                truncate(s.data.headline(), 50)
            ));
        }
    }
    ctx.say(lines.join("\n"))
}
