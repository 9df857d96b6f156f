//! The demo's mentoring pair: the soonest-retiring senior leads peer
//! coaching with one of their mentees over the last hundred days, and the
//! mentee's focus ratings rise since, so the effect has something to show.

use super::Maker;
use crate::domain::{Rep, Session, SessionKind};

/// How long ago the pairing began.
const BEGAN_DAYS_AGO: i64 = 100;
/// How many of the mentee's sessions since become peer coaching.
const PEER_SESSIONS: usize = 4;

pub(super) fn pair(m: &Maker, reps: &[Rep], sessions: &mut [Session]) {
    let Some(mentor) = reps
        .iter()
        .filter(|r| r.data.retires_on.is_some())
        .min_by_key(|r| r.data.retires_on)
    else {
        return;
    };
    let began = m.days_ago(BEGAN_DAYS_AGO);
    let mentees: Vec<&Rep> = reps.iter().filter(|r| r.data.mentor == Some(mentor.id)).collect();
    let since = |rep: &Rep| {
        sessions
            .iter()
            .filter(|s| s.data.rep == rep.id && s.data.date >= began && s.data.date <= m.today)
            .count()
    };
    // One with a history before the pairing (so "before" has ratings), and the most sessions since.
    let seasoned = |r: &&&Rep| r.data.hired_on.is_some_and(|h| h < m.days_ago(BEGAN_DAYS_AGO + 120));
    let pool: Vec<&Rep> = match mentees.iter().filter(seasoned).count() {
        0 => mentees.clone(),
        _ => mentees.iter().filter(seasoned).copied().collect(),
    };
    let Some(mentee) = pool.into_iter().max_by_key(|r| (since(r), std::cmp::Reverse(r.id))) else {
        return;
    };
    let mut theirs: Vec<&mut Session> = sessions
        .iter_mut()
        .filter(|s| s.data.rep == mentee.id && s.data.date >= began && s.data.date <= m.today)
        .filter(|s| s.data.kind != SessionKind::HandoverVisit)
        .collect();
    theirs.sort_by_key(|s| s.data.date);
    // Spread over the window: the sessions at even steps through it.
    let count = theirs.len();
    let peer: Vec<usize> = (0..PEER_SESSIONS.min(count))
        .map(|k| k * count / PEER_SESSIONS.min(count))
        .collect();
    for (i, session) in theirs.into_iter().enumerate() {
        if peer.contains(&i) {
            session.data.kind = SessionKind::PeerCoaching;
            session.data.coach = Some(mentor.id);
            session.data.account = None;
            session.data.calls.clear();
            // The mentor rates what they coached: the mentee's focus.
            session
                .data
                .ratings
                .retain(|skill, _| mentee.data.focus.contains(skill));
            session.data.notes = format!(
                "{} walked through how they would handle it, then watched {} try. {}",
                first_name(&mentor.data.name),
                first_name(&mentee.data.name),
                session.data.notes
            );
        } else {
            for skill in &mentee.data.focus {
                if let Some(score) = session.data.ratings.get_mut(skill) {
                    *score = (*score + 1).min(5);
                }
            }
        }
    }
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}
