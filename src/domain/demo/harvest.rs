//! The demo's knowledge harvest: what the retiring reps have told the
//! manager about two key accounts, one well covered (the soonest to retire's)
//! and one barely begun, so the succession view and the Today tab show both.

use super::Maker;
use crate::domain::knowledge::{Answer, AnswerData};
use crate::domain::{Account, Rep, Tier};

/// (question key, answer, days ago) for the well covered account.
const WELL_COVERED: &[(&str, &str, i64)] = &[
    ("decides", "The CFO signs; the plant manager can stop anything", 120),
    (
        "decides",
        "The new COO decides since the reorganisation; the plant manager still blocks",
        30,
    ),
    (
        "history",
        "Customer since 2009; we promised a second service engineer for the north site",
        60,
    ),
    (
        "pricing",
        "The 8% rebate was the price of the 2021 framework deal; it ends with it",
        45,
    ),
    (
        "sore-spots",
        "The 2019 delivery failure; never promise dates we cannot hold",
        45,
    ),
    ("values", "Fast answers from someone who knows their plant by name", 30),
];

/// (question key, answer, days ago) for the account barely begun.
const BEGUN: &[(&str, &str, i64)] = &[(
    "renewals",
    "The framework contract renews in March; a competitor is on the shortlist",
    20,
)];

pub(super) fn answers(m: &mut Maker, reps: &[Rep], accounts: &[Account]) -> Vec<Answer> {
    let retires = |a: &Account| {
        a.data
            .owner
            .and_then(|o| reps.iter().find(|r| r.id == o))
            .and_then(|r| r.data.retires_on)
    };
    let mut key_accounts: Vec<&Account> = accounts
        .iter()
        .filter(|a| a.data.tier == Some(Tier::Key) && retires(a).is_some())
        .collect();
    key_accounts.sort_by_key(|a| (retires(a), a.id));
    let mut out = Vec::new();
    for (account, answers) in key_accounts.into_iter().zip([WELL_COVERED, BEGUN]) {
        for (question, answer, days_ago) in answers {
            let date = m.days_ago(*days_ago);
            out.push(Answer {
                id: out.len() as i64 + 1,
                meta: m.meta(date),
                data: AnswerData {
                    account: account.id,
                    question: question.to_string(),
                    answer: answer.to_string(),
                    date,
                },
            });
        }
    }
    out
}
