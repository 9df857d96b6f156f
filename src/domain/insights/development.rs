//! How a rep develops: skill trends, follow-through, and the coaching stance
//! that skill and will suggest.

use crate::domain::{Commitment, Session, SkillId};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// One skill's ratings over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkillTrend {
    /// The skill.
    pub skill: SkillId,
    /// (date, score), oldest first.
    pub points: Vec<(NaiveDate, u8)>,
}

impl SkillTrend {
    /// The first rating.
    pub fn first(&self) -> u8 {
        self.points.first().map_or(0, |p| p.1)
    }

    /// The latest rating.
    pub fn latest(&self) -> u8 {
        self.points.last().map_or(0, |p| p.1)
    }
}

/// Each rated skill's ratings across the sessions given, oldest first.
pub fn skill_trends(sessions: &[Session]) -> Vec<SkillTrend> {
    let mut sorted: Vec<&Session> = sessions.iter().collect();
    sorted.sort_by_key(|s| (s.data.date, s.id));
    let mut by_skill: BTreeMap<SkillId, Vec<(NaiveDate, u8)>> = BTreeMap::new();
    for s in sorted {
        for (skill, score) in &s.data.ratings {
            by_skill.entry(*skill).or_default().push((s.data.date, *score));
        }
    }
    by_skill
        .into_iter()
        .map(|(skill, points)| SkillTrend { skill, points })
        .collect()
}

/// The strongest and weakest skills by latest rating (ties: the most rated).
pub fn strongest_and_weakest(trends: &[SkillTrend]) -> Option<(SkillId, SkillId)> {
    let key = |t: &&SkillTrend| (t.latest(), t.points.len());
    let strongest = trends.iter().max_by_key(key)?;
    let weakest = trends
        .iter()
        .min_by_key(|t| (t.latest(), std::cmp::Reverse(t.points.len())))?;
    Some((strongest.skill, weakest.skill))
}

/// "▁▃▅▇█" for scores 1..=5, the last `width` of them.
pub fn sparkline(points: &[(NaiveDate, u8)], width: usize) -> String {
    const BARS: [char; 5] = ['▁', '▂', '▄', '▆', '█'];
    let start = points.len().saturating_sub(width);
    points[start..]
        .iter()
        .map(|(_, s)| BARS[(s.clamp(&1, &5) - 1) as usize])
        .collect()
}

/// Commitments done on time out of those that fell due in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FollowThrough {
    /// Done by their due date.
    pub on_time: u32,
    /// Fell due in the window.
    pub due: u32,
}

/// How many days back follow-through looks.
pub const FOLLOW_THROUGH_DAYS: u64 = 90;

/// Follow-through over the `FOLLOW_THROUGH_DAYS` up to `today`.
pub fn follow_through(commitments: &[Commitment], today: NaiveDate) -> FollowThrough {
    let since = today.checked_sub_days(Days::new(FOLLOW_THROUGH_DAYS)).unwrap_or(today);
    let due: Vec<&Commitment> = commitments
        .iter()
        .filter(|c| !c.data.archived && c.data.due.is_some_and(|d| d >= since && d <= today))
        .collect();
    FollowThrough {
        on_time: due.iter().filter(|c| c.data.done_on_time()).count() as u32,
        due: due.len() as u32,
    }
}

/// The coaching stance that a rep's skill and will suggest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Stance {
    /// High skill, high will.
    Delegate,
    /// Low skill, high will.
    Teach,
    /// High skill, low will.
    Motivate,
    /// Both low.
    Direct,
}

impl Stance {
    /// From a skill rating and a will rating (4 and up is high).
    pub fn from(skill: u8, will: u8) -> Stance {
        match (skill >= 4, will >= 4) {
            (true, true) => Stance::Delegate,
            (false, true) => Stance::Teach,
            (true, false) => Stance::Motivate,
            (false, false) => Stance::Direct,
        }
    }

    /// What to do, in a few words.
    pub fn advice(self) -> &'static str {
        match self {
            Stance::Delegate => "delegate: give room, don't micromanage",
            Stance::Teach => "teach: show, practise, give feedback",
            Stance::Motivate => "motivate: find out what is in the way",
            Stance::Direct => "direct: clear steps, close follow-up",
        }
    }
}

/// The latest will rating in the sessions given.
pub fn latest_will(sessions: &[Session]) -> Option<u8> {
    sessions
        .iter()
        .filter(|s| s.data.will.is_some())
        .max_by_key(|s| (s.data.date, s.id))
        .and_then(|s| s.data.will)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CommitmentData, Meta, RepId, SessionData, SessionId};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn meta() -> Meta {
        Meta {
            uuid: uuid::Uuid::nil(),
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    fn session(id: i64, date: &str, ratings: &[(i64, u8)], will: Option<u8>) -> Session {
        let mut data = SessionData::new(RepId(1), d(date));
        data.ratings = ratings.iter().map(|(s, v)| (SkillId(*s), *v)).collect();
        data.will = will;
        Session {
            id: SessionId(id),
            meta: meta(),
            data,
        }
    }

    #[test]
    fn trends_strongest_weakest_and_sparkline() {
        let sessions = vec![
            session(2, "2026-03-01", &[(1, 3), (2, 2)], Some(2)),
            session(1, "2026-01-01", &[(1, 2)], Some(4)),
            session(3, "2026-05-01", &[(1, 4), (2, 2)], None),
        ];
        let trends = skill_trends(&sessions);
        assert_eq!(
            trends[0].points,
            vec![(d("2026-01-01"), 2), (d("2026-03-01"), 3), (d("2026-05-01"), 4)]
        );
        assert_eq!((trends[0].first(), trends[0].latest()), (2, 4));
        assert_eq!(strongest_and_weakest(&trends), Some((SkillId(1), SkillId(2))));
        assert_eq!(sparkline(&trends[0].points, 10), "▂▄▆");
        assert_eq!(sparkline(&trends[0].points, 2), "▄▆");
        assert_eq!(latest_will(&sessions), Some(2));
        assert_eq!(strongest_and_weakest(&[]), None);
    }

    #[test]
    fn follow_through_counts_what_fell_due_in_90_days() {
        let today = d("2026-06-30");
        let c = |due: &str, done: Option<&str>| Commitment {
            id: crate::domain::CommitmentId(1),
            meta: meta(),
            data: CommitmentData {
                done_on: done.map(d),
                ..CommitmentData::new(RepId(1), "x", Some(d(due)))
            },
        };
        let list = vec![
            c("2026-06-01", Some("2026-05-30")),
            c("2026-06-10", Some("2026-06-12")),
            c("2026-06-20", None),
            c("2026-03-01", Some("2026-03-01")),
            c("2026-07-15", None),
        ];
        assert_eq!(follow_through(&list, today), FollowThrough { on_time: 1, due: 3 });
    }

    #[test]
    fn stance_from_skill_and_will() {
        assert_eq!(Stance::from(5, 4), Stance::Delegate);
        assert_eq!(Stance::from(2, 5), Stance::Teach);
        assert_eq!(Stance::from(4, 2), Stance::Motivate);
        assert_eq!(Stance::from(3, 3), Stance::Direct);
        assert!(Stance::Delegate.advice().contains("micromanage"));
    }
}
