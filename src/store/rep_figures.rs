//! The per-rep figures the detail pane and the documents count in SQL:
//! recent ratings and follow-through.

use super::error::StoreResult;
use super::Store;
use crate::domain::insights::development::{FollowThrough, FOLLOW_THROUGH_DAYS};
use crate::domain::{RepId, SkillId};
use chrono::{Days, NaiveDate};
use rusqlite::params;

impl Store {
    /// The ratings given in a rep's latest `sessions` sessions, oldest first:
    /// (skill, date, score). Bounded, so a rep coached for a decade costs the
    /// same as a new one in the detail pane.
    pub fn recent_ratings(&self, rep: RepId, sessions: usize) -> StoreResult<Vec<(SkillId, NaiveDate, u8)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.skill_id, s.date, r.score
             FROM (SELECT id, date, coalesce(start_time, '') AS at FROM sessions
                   WHERE rep_id = ?1 AND archived = 0
                   ORDER BY date DESC, at DESC, id DESC LIMIT ?2) s
             JOIN ratings r ON r.session_id = s.id ORDER BY s.date, s.at, s.id",
        )?;
        let rows = stmt.query_map(params![rep, sessions as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A rep's follow-through over the 90 days up to `today`, counted from
    /// the due-date index as `development::follow_through` counts it.
    pub fn follow_through(&self, rep: RepId, today: NaiveDate) -> StoreResult<FollowThrough> {
        let since = today.checked_sub_days(Days::new(FOLLOW_THROUGH_DAYS)).unwrap_or(today);
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*), coalesce(sum(done_on IS NOT NULL AND done_on <= due), 0) FROM commitments
             WHERE rep_id = ?1 AND due >= ?2 AND due <= ?3 AND archived = 0",
        )?;
        Ok(stmt.query_row(params![rep, since, today], |r| {
            Ok(FollowThrough {
                due: r.get(0)?,
                on_time: r.get(1)?,
            })
        })?)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::insights::development::follow_through;
    use crate::domain::{CommitmentData, RepData};
    use crate::store::{CommitmentFilter, Store};
    use chrono::{Days, NaiveDate};

    #[test]
    fn follow_through_counts_as_the_domain_does() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let day = |n: u64| today.checked_sub_days(Days::new(n)).unwrap();
        // (due, done): on time, late, open, outside the window, on the window's edges.
        for (due, done) in [
            (5, Some(6)),
            (10, Some(3)),
            (20, None),
            (95, Some(95)),
            (90, Some(90)),
            (0, Some(0)),
        ] {
            let data = CommitmentData::new(rep, "Send the case study", Some(day(due)));
            let id = store.add_commitment(data).unwrap().id;
            if let Some(done) = done {
                store.set_commitment_done(id, Some(day(done))).unwrap();
            }
        }
        let all = store
            .commitments(&CommitmentFilter {
                rep: Some(rep),
                ..CommitmentFilter::default()
            })
            .unwrap();
        let expected = follow_through(&all, today);
        assert_eq!((expected.on_time, expected.due), (3, 5));
        assert_eq!(store.follow_through(rep, today).unwrap(), expected);
    }
}
