//! Peer coaching's effect: for each mentor who led sessions with a mentee,
//! the mentee's ratings on the skills at stake before the pairing began and
//! since, so the manager sees whether passing know-how on works.

use crate::domain::{RepId, Session, SessionKind, SkillId};
use chrono::{Days, NaiveDate};

/// How far back before a pairing the "before" ratings reach.
pub const BEFORE_DAYS: u64 = 180;

/// The mean of some ratings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mean {
    /// Their average, 1-5.
    pub average: f32,
    /// How many.
    pub count: usize,
}

impl Mean {
    fn of(scores: &[u8]) -> Option<Mean> {
        (!scores.is_empty()).then(|| Mean {
            average: scores.iter().map(|s| f32::from(*s)).sum::<f32>() / scores.len() as f32,
            count: scores.len(),
        })
    }
}

/// One skill's ratings either side of a pairing's start.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillEffect {
    /// The skill.
    pub skill: SkillId,
    /// Ratings in the [`BEFORE_DAYS`] before the first peer session.
    pub before: Option<Mean>,
    /// Ratings since.
    pub since: Option<Mean>,
}

impl SkillEffect {
    /// The change of the average, when there are ratings on both sides.
    pub fn gain(&self) -> Option<f32> {
        Some(self.since?.average - self.before?.average)
    }
}

/// A mentor and a mentee, as the peer coaching sessions show them.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    /// Who led the sessions.
    pub mentor: RepId,
    /// Who was coached.
    pub mentee: RepId,
    /// The first peer session: when the pairing began.
    pub began: NaiveDate,
    /// The latest one.
    pub last: NaiveDate,
    /// How many were held.
    pub sessions: usize,
    /// The skills at stake: the mentee's focus skills and those rated in the
    /// peer sessions, in that order.
    pub effects: Vec<SkillEffect>,
}

/// The pairings of `mentee`, from all of their active sessions. The "before"
/// and "since" ratings are those of the other sessions (the manager's), not
/// the mentor's own in the peer sessions.
pub fn pairings(mentee: RepId, sessions: &[Session], focus: &[SkillId]) -> Vec<Pairing> {
    let peer = |s: &&Session| {
        s.data.rep == mentee && s.data.kind == SessionKind::PeerCoaching && !s.data.archived && s.data.coach.is_some()
    };
    let mut mentors: Vec<RepId> = Vec::new();
    for s in sessions.iter().filter(peer) {
        let mentor = s.data.coach.unwrap_or_default();
        if !mentors.contains(&mentor) {
            mentors.push(mentor);
        }
    }
    mentors
        .into_iter()
        .map(|mentor| {
            let led: Vec<&Session> = sessions
                .iter()
                .filter(peer)
                .filter(|s| s.data.coach == Some(mentor))
                .collect();
            let began = led.iter().map(|s| s.data.date).min().unwrap_or_default();
            let last = led.iter().map(|s| s.data.date).max().unwrap_or_default();
            let mut skills: Vec<SkillId> = focus.to_vec();
            for s in &led {
                for skill in s.data.ratings.keys() {
                    if !skills.contains(skill) {
                        skills.push(*skill);
                    }
                }
            }
            let from = began.checked_sub_days(Days::new(BEFORE_DAYS)).unwrap_or(began);
            let effects = skills
                .into_iter()
                .map(|skill| {
                    let scores = |keep: &dyn Fn(NaiveDate) -> bool| -> Vec<u8> {
                        sessions
                            .iter()
                            .filter(|s| s.data.rep == mentee && !s.data.archived)
                            .filter(|s| s.data.kind != SessionKind::PeerCoaching && keep(s.data.date))
                            .filter_map(|s| s.data.ratings.get(&skill).copied())
                            .collect()
                    };
                    SkillEffect {
                        skill,
                        before: Mean::of(&scores(&|d| d >= from && d < began)),
                        since: Mean::of(&scores(&|d| d >= began)),
                    }
                })
                .collect();
            Pairing {
                mentor,
                mentee,
                began,
                last,
                sessions: led.len(),
                effects,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Meta, SessionData, SessionId};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn session(id: i64, date: &str, kind: SessionKind, coach: Option<i64>, ratings: &[(i64, u8)]) -> Session {
        let mut data = SessionData::new(RepId(2), d(date));
        data.kind = kind;
        data.coach = coach.map(RepId);
        data.ratings = ratings.iter().map(|(s, v)| (SkillId(*s), *v)).collect();
        Session {
            id: SessionId(id),
            meta: Meta {
                uuid: uuid::Uuid::nil(),
                created_at: chrono::DateTime::UNIX_EPOCH,
                updated_at: chrono::DateTime::UNIX_EPOCH,
            },
            data,
        }
    }

    #[test]
    fn ratings_before_the_first_peer_session_and_since_show_the_effect() {
        let ride = SessionKind::RideAlong;
        let peer = SessionKind::PeerCoaching;
        let sessions = vec![
            session(1, "2025-12-01", ride, None, &[(7, 1)]), // more than 180 days before: left out
            session(2, "2026-03-01", ride, None, &[(7, 2)]),
            session(3, "2026-05-31", ride, None, &[(7, 3), (8, 4)]),
            session(4, "2026-06-01", peer, Some(1), &[(9, 5)]), // the pairing begins; the mentor's rating is not evidence
            session(5, "2026-06-01", ride, None, &[(7, 4)]),    // the same day counts as since
            session(6, "2026-09-15", peer, Some(1), &[]),
            session(7, "2026-10-01", ride, None, &[(7, 4), (9, 3)]),
            session(8, "2026-10-02", peer, Some(3), &[]),
        ];
        let pairs = pairings(RepId(2), &sessions, &[SkillId(7), SkillId(8)]);
        assert_eq!(pairs.len(), 2, "two mentors, in the order they began");
        let p = &pairs[0];
        assert_eq!(
            (p.mentor, p.began, p.last, p.sessions),
            (RepId(1), d("2026-06-01"), d("2026-09-15"), 2)
        );
        let skills: Vec<SkillId> = p.effects.iter().map(|e| e.skill).collect();
        assert_eq!(
            skills,
            vec![SkillId(7), SkillId(8), SkillId(9)],
            "focus first, then what the peer sessions rated"
        );
        let closing = &p.effects[0];
        assert_eq!(closing.before, Some(Mean { average: 2.5, count: 2 }));
        assert_eq!(closing.since, Some(Mean { average: 4.0, count: 2 }));
        assert_eq!(closing.gain(), Some(1.5));
        assert_eq!(p.effects[1].since, None, "no rating of skill 8 since");
        assert_eq!(p.effects[1].gain(), None);
        assert_eq!(p.effects[2].before, None, "the mentor's own 5 is not counted");
        assert_eq!(pairs[1].mentor, RepId(3));
        assert!(
            pairings(RepId(2), &sessions[..3], &[]).is_empty(),
            "no peer session, no pairing"
        );
    }
}
