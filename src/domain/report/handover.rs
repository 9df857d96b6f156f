//! The handover pack: what a successor reads before the first visit to an
//! account they take over. The owner and the successor, the contacts and
//! who knows them, the harvested knowledge, the plays for the account, and
//! the joint visits so far. No private notes and no stay conversations.

use super::day;
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::knowledge::{coverage, latest, Answer, Question};
use crate::domain::money::format_amount;
use crate::domain::{Account, Contact, Play};
use chrono::NaiveDate;

/// Everything the pack shows about one account.
pub struct Pack<'a> {
    /// The account.
    pub account: &'a Account,
    /// Its contacts, most influential first.
    pub contacts: &'a [Contact],
    /// The harvest's questions in effect.
    pub questions: &'a [Question],
    /// Every answer about the account.
    pub answers: &'a [Answer],
    /// Plays written for the account.
    pub plays: &'a [Play],
    /// Handover visits held there so far.
    pub joint_visits: u32,
    /// Names.
    pub lookup: &'a Lookup<'a>,
    /// The day of the pack.
    pub today: NaiveDate,
    /// Date format and currency.
    pub config: &'a Config,
}

/// The pack as Markdown.
pub fn render(p: &Pack<'_>) -> String {
    let d = &p.account.data;
    let c = p.config;
    let mut out = vec![
        format!("# Handover pack: {}", d.name),
        String::new(),
        format!("_{}_", day(c, p.today)),
        String::new(),
    ];
    let owner = d.owner.map(|o| p.lookup.rep_name(o)).unwrap_or_else(|| "nobody".into());
    out.push(format!("- Owner: {owner}"));
    match &d.handover {
        Some(h) => {
            let late = match h.target {
                Some(t) if crate::domain::figures::handover_is_late(h, p.today) => {
                    format!(", {} late", crate::domain::text::count((p.today - t).num_days(), "day"))
                }
                _ => String::new(),
            };
            let target = h
                .target
                .map(|t| format!(", target {}{late}", day(c, t)))
                .unwrap_or_default();
            out.push(format!(
                "- Successor: {} ({}{target})",
                p.lookup.rep_name(h.successor),
                h.stage.label()
            ));
            if !h.notes.is_empty() {
                out.push(format!("- Handover notes: {}", h.notes.replace('\n', " ")));
            }
        }
        None => out.push("- Successor: none named yet".into()),
    }
    if let Some(tier) = d.tier {
        out.push(format!("- Tier: {}", tier.label()));
    }
    if let Some(value) = d.annual_value_cents {
        out.push(format!("- Annual value: {}", format_amount(value, &c.currency)));
    }
    out.push(format!("- Joint visits so far: {}", p.joint_visits));

    out.extend([String::new(), "## Contacts".into(), String::new()]);
    if p.contacts.is_empty() {
        out.push("No contacts recorded.".into());
    }
    for contact in p.contacts {
        let known = match (contact.data.known_by_owner, contact.data.known_by_successor) {
            (true, true) => "both know them",
            (true, false) => "only the owner knows them",
            (false, true) => "the successor knows them",
            (false, false) => "nobody knows them yet",
        };
        let role = if contact.data.role.is_empty() {
            String::new()
        } else {
            format!(", {}", contact.data.role)
        };
        let influence = contact
            .data
            .influence
            .map(|i| format!(", influence {i}"))
            .unwrap_or_default();
        out.push(format!("- {}{role}{influence}: {known}", contact.data.name));
    }

    let (done, all) = coverage(p.questions, p.answers);
    out.extend([
        String::new(),
        format!("## What the owner knows ({done}/{all})"),
        String::new(),
    ]);
    out.extend(knowledge_bullets(p.questions, p.answers, c, true));

    if !p.plays.is_empty() {
        out.extend([String::new(), "## Plays for this account".into(), String::new()]);
        for play in p.plays {
            let by = play
                .data
                .author
                .map(|a| format!(" (by {})", p.lookup.rep_name(a)))
                .unwrap_or_default();
            out.push(format!("- **{}**{by}", play.data.title));
            for (label, text) in [
                ("When", &play.data.situation),
                ("Do", &play.data.steps),
                ("Avoid", &play.data.pitfalls),
            ] {
                if !text.is_empty() {
                    out.push(format!("  - {label}: {}", text.replace('\n', " ")));
                }
            }
        }
    }
    out.push(String::new());
    out.join("\n")
}

/// The harvest as Markdown bullets, one per question with its newest answer
/// and day; questions not yet asked are listed when `open` is set.
pub fn knowledge_bullets(questions: &[Question], answers: &[Answer], config: &Config, open: bool) -> Vec<String> {
    latest(questions, answers)
        .into_iter()
        .filter_map(|(question, answer)| match answer {
            Some(a) => Some(format!(
                "- **{}** {} _(as of {})_",
                question.question,
                a.data.answer.replace('\n', " "),
                day(config, a.data.date)
            )),
            None => open.then(|| format!("- **{}** not asked yet", question.question)),
        })
        .collect()
}
