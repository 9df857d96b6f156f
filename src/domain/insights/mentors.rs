//! Mentor suggestions from the record: for each of a rep's focus skills,
//! the other reps rated 4-5 on it in the last 180 days, seniors first (their
//! know-how is the one about to leave), then by how often they were seen at
//! that level.

use crate::domain::{Rep, RepId, SkillId};
use chrono::{Datelike, Days, NaiveDate};

/// How far back a rating counts.
pub const MENTOR_DAYS: u64 = 180;

/// A rep who could coach a skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Who.
    pub rep: RepId,
    /// Their name.
    pub name: String,
    /// Ratings of 4-5 on the skill in the window.
    pub times: usize,
    /// Retiring within five years, or ten years in the job.
    pub senior: bool,
}

/// Whether a rep counts as senior on `today`.
pub fn is_senior(rep: &Rep, today: NaiveDate) -> bool {
    let retiring = rep
        .data
        .retires_on
        .is_some_and(|r| r >= today && r <= today.with_year(today.year() + 5).unwrap_or(today));
    let long_serving = rep
        .data
        .hired_on
        .is_some_and(|h| h <= today.with_year(today.year() - 10).unwrap_or(today));
    retiring || long_serving
}

/// The candidates for `skill` for `mentee`, best first, from `ratings`
/// (rep, skill, date, score).
pub fn candidates(
    mentee: RepId,
    skill: SkillId,
    reps: &[Rep],
    ratings: &[(RepId, SkillId, NaiveDate, u8)],
    today: NaiveDate,
) -> Vec<Candidate> {
    let since = today.checked_sub_days(Days::new(MENTOR_DAYS)).unwrap_or(today);
    let mut found: Vec<Candidate> = reps
        .iter()
        .filter(|r| r.id != mentee && !r.data.archived)
        .filter_map(|r| {
            let times = ratings
                .iter()
                .filter(|(who, s, date, score)| {
                    *who == r.id && *s == skill && *date > since && *date <= today && *score >= 4
                })
                .count();
            (times > 0).then(|| Candidate {
                rep: r.id,
                name: r.data.name.clone(),
                times,
                senior: is_senior(r, today),
            })
        })
        .collect();
    found.sort_by(|a, b| {
        b.senior
            .cmp(&a.senior)
            .then(b.times.cmp(&a.times))
            .then(a.name.cmp(&b.name))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Meta, RepData};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rep(id: i64, name: &str, with: impl FnOnce(&mut RepData)) -> Rep {
        let mut data = RepData::named(name);
        with(&mut data);
        Rep {
            id: RepId(id),
            meta: Meta {
                uuid: uuid::Uuid::nil(),
                created_at: chrono::DateTime::UNIX_EPOCH,
                updated_at: chrono::DateTime::UNIX_EPOCH,
            },
            data,
        }
    }

    #[test]
    fn seniors_rated_well_in_the_window_come_first() {
        let today = d("2026-11-26");
        let reps = vec![
            rep(1, "Dana Ortiz", |_| {}),
            rep(2, "Pat Kowalski", |r| r.retires_on = Some(d("2028-06-30"))),
            rep(3, "Sam Lee", |_| {}),
            rep(4, "Lou Reyes", |r| r.hired_on = Some(d("2016-11-26"))),
        ];
        let disc = SkillId(2);
        let ratings = vec![
            (RepId(3), disc, d("2026-11-01"), 5),
            (RepId(3), disc, d("2026-10-01"), 4),
            (RepId(3), disc, d("2026-09-01"), 4),
            (RepId(2), disc, d("2026-11-20"), 4),
            (RepId(2), disc, d("2026-05-30"), 5),       // 180 days back: outside
            (RepId(4), disc, d("2026-11-02"), 3),       // not 4-5
            (RepId(1), disc, d("2026-11-02"), 5),       // the mentee
            (RepId(4), SkillId(9), d("2026-11-02"), 5), // another skill
        ];
        let found = candidates(RepId(1), disc, &reps, &ratings, today);
        let names: Vec<(&str, usize, bool)> = found.iter().map(|c| (c.name.as_str(), c.times, c.senior)).collect();
        assert_eq!(names, vec![("Pat Kowalski", 1, true), ("Sam Lee", 3, false)]);
        assert!(is_senior(&reps[3], today), "ten years in the job, to the day");
        assert!(!is_senior(&reps[0], today));
    }
}
