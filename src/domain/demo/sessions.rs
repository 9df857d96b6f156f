//! A year of coaching sessions with ratings, calls and commitments.

use super::words::*;
use super::Maker;
use crate::domain::{
    Account, AccountId, Call, Commitment, CommitmentData, CommitmentId, CommitmentOwner, Rep, Session, SessionData,
    SessionId, SessionKind, Skill,
};
use chrono::{Days, NaiveTime};

/// Sessions spread over the last year, oldest first, with their commitments.
pub(super) fn sessions(
    m: &mut Maker,
    count: usize,
    reps: &[Rep],
    accounts: &[Account],
    skills: &[Skill],
) -> (Vec<Session>, Vec<Commitment>) {
    let mut sessions = Vec::with_capacity(count);
    let mut commitments = Vec::new();
    let owned: Vec<Vec<AccountId>> = reps
        .iter()
        .map(|r| {
            accounts
                .iter()
                .filter(|a| a.data.owner == Some(r.id) || a.data.handover.as_ref().is_some_and(|h| h.successor == r.id))
                .map(|a| a.id)
                .collect()
        })
        .collect();
    let base: Vec<i64> = (0..reps.len() * skills.len()).map(|_| m.rng.between(1, 4)).collect();
    let never = if reps.len() > 4 { Some(reps.len() - 1) } else { None };
    // The newest rep drifts: no coaching for the last three weeks (the
    // retention watch's demo story; see stays.rs).
    let newest = (0..reps.len())
        .filter(|&r| reps[r].data.hired_on.is_some())
        .max_by_key(|&r| reps[r].data.hired_on);
    for i in 0..count {
        let age = 365 - (i as i64 * 365 / count.max(1) as i64);
        let date = m.days_ago(age);
        let eligible = |r: usize| {
            Some(r) != never
                && !(age < 45 && r % 4 == 3)
                && !(age < 21 && Some(r) == newest)
                && reps[r].data.hired_on.is_none_or(|hired| hired <= date)
        };
        let mut r = if age < 60 && reps.len() > 2 && m.rng.chance(15) {
            2
        } else {
            m.rng.below(reps.len())
        };
        for _ in 0..8 {
            if eligible(r) {
                break;
            }
            r = m.rng.below(reps.len());
        }
        if !eligible(r) {
            r = 0;
        }
        let rep = &reps[r];
        let kind = match m.rng.below(100) {
            0..=54 => SessionKind::RideAlong,
            55..=74 => SessionKind::OneOnOne,
            75..=82 => SessionKind::CallReview,
            83..=89 => SessionKind::DealReview,
            90..=93 => SessionKind::Training,
            _ => SessionKind::HandoverVisit,
        };
        let mut d = SessionData::new(rep.id, date);
        d.kind = kind;
        let mine = &owned[r];
        if matches!(
            kind,
            SessionKind::RideAlong | SessionKind::HandoverVisit | SessionKind::DealReview
        ) && !mine.is_empty()
        {
            d.account = Some(*m.rng.pick(mine));
        }
        d.time = NaiveTime::from_hms_opt(m.rng.between(8, 15) as u32, *m.rng.pick(&[0, 15, 30, 45]), 0);
        d.minutes = Some(if kind.is_field_time() {
            m.rng.between(4, 8) as u32 * 60
        } else {
            m.rng.between(2, 6) as u32 * 15
        });
        d.notes = format!("{}. {}.", m.rng.pick(OBSERVED), m.rng.pick(OBSERVED));
        d.strengths = m.rng.pick(STRENGTHS).to_string();
        d.improvements = m.rng.pick(IMPROVEMENTS).to_string();
        if kind.is_field_time() {
            d.objective = m.rng.pick(OBJECTIVES).to_string();
            d.outcome = m.rng.pick(OUTCOMES).to_string();
            if m.rng.chance(40) && !mine.is_empty() {
                for _ in 0..1 + m.rng.below(3) {
                    d.calls.push(Call {
                        account: Some(*m.rng.pick(mine)),
                        objective: m.rng.pick(OBJECTIVES).to_string(),
                        what_happened: m.rng.pick(OBSERVED).to_string(),
                        outcome: m.rng.pick(OUTCOMES).to_string(),
                    });
                }
            }
        }
        d.next_step = m.rng.pick(COMMITMENTS).to_string();
        let progress = (365 - age) / 150;
        for _ in 0..2 + m.rng.below(2) {
            let s = m.rng.below(skills.len());
            let score = (base[r * skills.len() + s] + progress + m.rng.between(-1, 1)).clamp(1, 5);
            d.ratings.insert(skills[s].id, score as u8);
        }
        d.will = Some(m.rng.between(2, 5) as u8);
        if m.rng.chance(30) {
            d.follow_up = Some(date + Days::new(14));
        }
        if age > 7 && m.rng.chance(50) {
            d.acknowledged_on = Some(date + Days::new(2));
        }
        if m.rng.chance(5) {
            d.private_notes = "Mentioned looking at other jobs; talk about the development plan".into();
        }
        let id = SessionId(i as i64 + 1);
        for _ in 0..usize::from(m.rng.chance(60)) + usize::from(m.rng.chance(20)) {
            let manager = m.rng.chance(15);
            let text = if manager {
                m.rng.pick(MANAGER_COMMITMENTS)
            } else {
                m.rng.pick(COMMITMENTS)
            };
            let mut c = CommitmentData::new(rep.id, *text, Some(date + Days::new(m.rng.between(7, 21) as u64)));
            c.session = Some(id);
            c.owner = if manager {
                CommitmentOwner::Manager
            } else {
                CommitmentOwner::Rep
            };
            let overdue_days = c.due.map_or(0, |due| (m.today - due).num_days());
            let done_chance = if overdue_days > 30 { 96 } else { 60 };
            if let Some(due) = c.due.filter(|due| *due < m.today && m.rng.chance(done_chance)) {
                let done = due.checked_sub_days(Days::new(m.rng.below(4) as u64)).unwrap_or(due);
                c.done_on = Some(done.max(date));
            }
            commitments.push(Commitment {
                id: CommitmentId(commitments.len() as i64 + 1),
                meta: m.meta(date),
                data: c,
            });
        }
        sessions.push(Session {
            id,
            meta: m.meta(date),
            data: d,
        });
    }
    (sessions, commitments)
}
