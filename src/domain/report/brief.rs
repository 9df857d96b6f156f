//! The pre-ride brief: one screen to read in the car park before a ride-along.

use super::day;
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::figures::{ago_label, retirement_label};
use crate::domain::insights::development::{latest_will, skill_trends, sparkline, Stance};
use crate::domain::knowledge::{latest, needs_harvest, Answer, Question};
use crate::domain::{Account, AccountId, Commitment, Contact, Play, Rep, Session};
use chrono::NaiveDate;
use std::collections::HashMap;

/// How many of a focus skill's latest ratings the brief draws: all it
/// needs to read of a rep's history.
pub const SPARKLINE_POINTS: usize = 10;

/// What the brief is made from.
pub struct Brief<'a> {
    /// The rep.
    pub rep: &'a Rep,
    /// The rep's sessions: all, or at least the latest, the latest with a
    /// will score and the last [`SPARKLINE_POINTS`] rated on each focus skill.
    pub sessions: &'a [Session],
    /// The rep's open commitments.
    pub commitments: &'a [Commitment],
    /// Accounts the rep owns or is taking over.
    pub accounts: &'a [Account],
    /// Contacts at those accounts.
    pub contacts: &'a [Contact],
    /// The last visit to each account (by anyone).
    pub last_visits: &'a HashMap<AccountId, NaiveDate>,
    /// Plays that fit the rep's focus skills or their accounts.
    pub plays: &'a [Play],
    /// The harvest's questions in effect.
    pub questions: &'a [Question],
    /// Every harvest answer about those accounts.
    pub answers: &'a [Answer],
    /// Names.
    pub lookup: &'a Lookup<'a>,
    /// Today.
    pub today: NaiveDate,
    /// Date format.
    pub config: &'a Config,
}

/// The brief as lines of text; lines without indent are headings.
pub fn lines(b: &Brief<'_>) -> Vec<String> {
    let d = &b.rep.data;
    let c = b.config;
    let mut out = vec![format!("Pre-ride brief: {}", d.name)];
    let trends = skill_trends(b.sessions);
    let will = latest_will(b.sessions);
    out.push(String::new());
    out.push("Focus".into());
    if d.focus.is_empty() {
        out.push("  no focus skills set (e on the rep adds up to two)".into());
    }
    for skill in &d.focus {
        let name = b.lookup.skill_name(*skill);
        match trends.iter().find(|t| t.skill == *skill) {
            Some(t) => {
                let stance = will.map(|w| format!("  {}", Stance::from(t.latest(), w).advice()));
                out.push(format!(
                    "  {name:<22} {} latest {}{}",
                    sparkline(&t.points, SPARKLINE_POINTS),
                    t.latest(),
                    stance.unwrap_or_default()
                ));
            }
            None => out.push(format!("  {name:<22} not rated yet")),
        }
    }
    let last = b.sessions.iter().max_by_key(|s| (s.data.date, s.id));
    out.push(String::new());
    match last {
        Some(s) => {
            out.push(format!(
                "Last session: {} {} ({})",
                s.data.kind.label(),
                day(c, s.data.date),
                ago_label(Some(s.data.date), b.today)
            ));
            for (label, text) in [("improve", &s.data.improvements), ("next step", &s.data.next_step)] {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    out.push(format!("  {label}: {}", line.trim()));
                }
            }
        }
        None => out.push("Last session: never coached".into()),
    }
    out.push(String::new());
    out.push("Open commitments".into());
    if b.commitments.is_empty() {
        out.push("  none".into());
    }
    for x in b.commitments.iter().filter(|x| x.data.is_open()) {
        let due = x.data.due.map(|d| format!(" (due {})", day(c, d))).unwrap_or_default();
        let mark = if x.data.is_overdue(b.today) { "! " } else { "" };
        out.push(format!("  {mark}{}{due}", x.data.text));
    }
    out.push(String::new());
    out.push("Accounts".into());
    if b.accounts.is_empty() {
        out.push("  none".into());
    }
    for a in b.accounts {
        let ad = &a.data;
        let role = if ad.owner == Some(b.rep.id) {
            "owns"
        } else {
            "taking over"
        };
        let visit = b
            .last_visits
            .get(&a.id)
            .map(|v| format!("last visit {}", day(c, *v)))
            .unwrap_or_else(|| "never visited".into());
        let mut line = format!(
            "  {} ({}{}; {role}; {visit})",
            ad.name,
            ad.tier
                .map(|t| format!("{} tier", t.label()))
                .unwrap_or_else(|| "no tier".into()),
            ad.health.map(|h| format!(", {h}")).unwrap_or_default()
        );
        if let Some(h) = &ad.handover {
            let from = ad.owner.map(|o| b.lookup.rep_name(o)).unwrap_or_default();
            let owner_retires = b
                .lookup
                .find_rep(ad.owner.unwrap_or_default())
                .map(|o| retirement_label(o.data.retires_on, b.today))
                .unwrap_or_default();
            line.push_str(&format!(
                "\n    handover {from} → {}: {}{}",
                b.lookup.rep_name(h.successor),
                h.stage.label(),
                h.target.map(|t| format!(", target {}", day(c, t))).unwrap_or_default()
            ));
            if !owner_retires.is_empty() {
                line.push_str(&format!(" (owner retires {owner_retires})"));
            }
        }
        out.extend(line.lines().map(str::to_string));
        out.extend(knowledge_lines(b, a, role == "owns"));
        for contact in b.contacts.iter().filter(|x| x.data.account == a.id) {
            let known = match (contact.data.known_by_owner, contact.data.known_by_successor) {
                (true, true) => "both know",
                (true, false) => "owner knows",
                (false, true) => "successor knows",
                (false, false) => "nobody knows",
            };
            out.push(format!("    · {} {} ({known})", contact.data.name, contact.data.role));
        }
    }
    if !b.plays.is_empty() {
        out.push(String::new());
        out.push("Plays that fit".to_string());
        for play in b.plays {
            let by = play
                .data
                .author
                .map(|a| format!(" (by {})", b.lookup.rep_name(a)))
                .unwrap_or_default();
            let fits = if play.data.situation.is_empty() {
                &play.data.steps
            } else {
                &play.data.situation
            };
            out.push(format!("  {}{by}: {}", play.data.title, fits.replace('\n', " ")));
        }
    }
    out
}

/// For a successor, what the owner has told about the account; for an owner
/// whose knowledge should be harvested, the questions still to ask them.
fn knowledge_lines(b: &Brief<'_>, account: &Account, owns: bool) -> Vec<String> {
    let answers: Vec<Answer> = b
        .answers
        .iter()
        .filter(|a| a.data.account == account.id)
        .cloned()
        .collect();
    let known = latest(b.questions, &answers);
    let open: Vec<&str> = known
        .iter()
        .filter(|(_, a)| a.is_none())
        .map(|(q, _)| q.question.as_str())
        .collect();
    let answered = known.len() - open.len();
    let mut out = Vec::new();
    if owns {
        if needs_harvest(account, Some(b.rep), b.today) && !open.is_empty() {
            out.push(format!(
                "    harvest {answered}/{}; still to ask: {}",
                known.len(),
                open.join("; ")
            ));
        }
        return out;
    }
    let owner = account.data.owner.and_then(|o| b.lookup.find_rep(o));
    if answered == 0 {
        if needs_harvest(account, owner, b.today) {
            out.push(format!("    nothing harvested from the owner yet (0/{})", known.len()));
        }
        return out;
    }
    out.push(format!("    what the owner knows ({answered}/{}):", known.len()));
    for (question, answer) in &known {
        if let Some(a) = answer {
            let q = question.question.as_str();
            let gap = if q.ends_with('?') { " " } else { ": " };
            out.push(format!(
                "      {q}{gap}{} ({})",
                a.data.answer.replace('\n', " "),
                day(b.config, a.data.date)
            ));
        }
    }
    out
}
