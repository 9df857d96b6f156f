//! The demo's retention story: the newest rep, approached by a competitor
//! and unsure about staying, checked in on twice, with a promise of the
//! manager's gone overdue; and the rep retiring soonest, settled and keen to
//! pass on what they know.

use super::Maker;
use crate::domain::stay::{proposed_impact, StayData};
use crate::domain::{
    Account, Commitment, CommitmentData, CommitmentId, CommitmentOwner, Rep, Risk, Stay, StayId, StayReason, TwoYears,
};

fn owned<'a>(rep: &Rep, accounts: &'a [Account]) -> Vec<&'a Account> {
    accounts.iter().filter(|a| a.data.owner == Some(rep.id)).collect()
}

/// The promise the manager made the newest rep and let slip: a sign the
/// retention watch reads (`todo(me):`, overdue).
pub(super) fn slipped_promise(m: &mut Maker, reps: &[Rep], commitments: &mut Vec<Commitment>) {
    let Some(rep) = reps
        .iter()
        .filter(|r| r.data.hired_on.is_some())
        .max_by_key(|r| r.data.hired_on)
    else {
        return;
    };
    let mut data = CommitmentData::new(
        rep.id,
        "Sort out the training budget you asked for",
        Some(m.days_ago(9)),
    );
    data.owner = CommitmentOwner::Manager;
    commitments.push(Commitment {
        id: CommitmentId(commitments.len() as i64 + 1),
        meta: m.meta(m.days_ago(30)),
        data,
    });
}

pub(super) fn stays(m: &mut Maker, reps: &[Rep], accounts: &[Account]) -> Vec<Stay> {
    let mut out = Vec::new();
    let newest = reps
        .iter()
        .filter(|r| r.data.hired_on.is_some())
        .max_by_key(|r| r.data.hired_on);
    let retiring = reps
        .iter()
        .filter(|r| r.data.retires_on.is_some())
        .min_by_key(|r| r.data.retires_on);
    let mut add = |m: &mut Maker, data: StayData| {
        out.push(Stay {
            id: StayId(out.len() as i64 + 1),
            meta: m.meta(data.date),
            data,
        })
    };
    if let Some(rep) = newest {
        let impact = proposed_impact(&owned(rep, accounts));
        // After they joined: a first check-in two weeks in (or 75 days ago), a second lately.
        let joined = rep.data.hired_on.unwrap_or(m.today);
        let first_day = m
            .days_ago(75)
            .max(joined.checked_add_days(chrono::Days::new(14)).unwrap_or(joined));
        let second_day = m
            .days_ago(12)
            .max(first_day.checked_add_days(chrono::Days::new(7)).unwrap_or(first_day));
        let mut first = StayData::new(rep.id, first_day);
        first.risk = Risk::Medium;
        first.reasons = vec![StayReason::Growth];
        first.two_years = TwoYears::Unsure;
        first.impact = impact;
        first.notes = "Asks what the path to key accounts looks like; wants more time in the field with me".into();
        add(m, first);
        let mut second = StayData::new(rep.id, second_day.min(m.today));
        second.risk = Risk::High;
        second.reasons = vec![StayReason::Recruiter, StayReason::Growth, StayReason::Recognition];
        second.two_years = TwoYears::Unsure;
        second.impact = impact;
        second.notes = "Approached by a competitor last month; feels nobody sees the work".into();
        add(m, second);
    }
    if let Some(rep) = retiring.filter(|r| Some(r.id) != newest.map(|n| n.id)) {
        let mut talk = StayData::new(rep.id, m.days_ago(50));
        talk.reasons = vec![StayReason::Recognition];
        talk.two_years = TwoYears::Yes;
        talk.impact = proposed_impact(&owned(rep, accounts));
        talk.notes = "Settled until retirement; would like to be asked how the big accounts were won".into();
        add(m, talk);
    }
    out
}
