//! The demo's plays, written down from its retiring reps' know-how.

use super::Maker;
use crate::domain::{Account, Play, PlayData, PlayId, Rep, Skill, Tier};

/// (title, situation, steps, pitfalls, skill alias)
const PLAYS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Trade, never give",
        "The buyer asks for a discount at the last meeting",
        "Ask what they give in return: volume, a longer term, a reference visit. Write the trade down before you leave.",
        "Giving the discount to end the meeting; they will ask again next year.",
        "close",
    ),
    (
        "Meet the engineer before the buyer",
        "A technical account where purchasing signs but engineering decides",
        "Book a plant visit with the engineer first, bring the spec sheet, ask what failed last time.",
        "Going straight to purchasing: you become a price on a list.",
        "disc",
    ),
    (
        "Name the risk of doing nothing",
        "The customer likes the offer but keeps postponing",
        "Put a number on what waiting costs them this quarter, agree a date to decide, and follow up in writing.",
        "Inventing urgency; they can tell.",
        "obj",
    ),
];

pub(super) fn plays(m: &mut Maker, reps: &[Rep], accounts: &[Account], skills: &[Skill]) -> Vec<Play> {
    let mut retiring: Vec<&Rep> = reps.iter().filter(|r| r.data.retires_on.is_some()).collect();
    retiring.sort_by_key(|r| r.data.retires_on);
    if retiring.is_empty() {
        return Vec::new();
    }
    PLAYS
        .iter()
        .enumerate()
        .map(|(i, (title, situation, steps, pitfalls, alias))| {
            let author = retiring[i % retiring.len()];
            let mut data = PlayData::new(*title, m.days_ago(20 + 15 * i as i64));
            data.situation = situation.to_string();
            data.steps = steps.to_string();
            data.pitfalls = pitfalls.to_string();
            data.skills = skills.iter().filter(|s| s.data.alias == *alias).map(|s| s.id).collect();
            data.author = Some(author.id);
            data.account = accounts
                .iter()
                .find(|a| a.data.owner == Some(author.id) && a.data.tier == Some(Tier::Key))
                .map(|a| a.id);
            Play {
                id: PlayId(i as i64 + 1),
                meta: m.meta(data.date),
                data,
            }
        })
        .collect()
}
