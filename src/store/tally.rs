//! The Today figures' counts as indexed aggregates: a few milliseconds at
//! 200,000 sessions, where loading the sessions took seconds and 100 MB.

use super::error::StoreResult;
use super::Store;
use crate::domain::insights::tally::{RepTally, Tally, Windows};
use crate::domain::insights::today::FollowUp;
use crate::domain::{RepId, SessionId};
use chrono::NaiveDate;
use rusqlite::named_params;

impl Store {
    /// Counts the sessions as `Tally::of` would, without loading them.
    pub fn tally(&self, windows: Windows) -> StoreResult<Tally> {
        let mut tally = Tally::new(windows);
        self.tally_counts(&mut tally)?;
        self.tally_ratings(&mut tally)?;
        self.tally_follow_ups(&mut tally)?;
        tally.follow_ups.sort_by_key(|f| (f.follow_up, f.session));
        Ok(tally)
    }

    /// Field time and sessions per rep, from the by-day index.
    fn tally_counts(&self, tally: &mut Tally) -> StoreResult<()> {
        let w = tally.windows;
        let from = w.spread.min(w.week).min(w.month).min(w.report);
        let mut stmt = self.conn.prepare_cached(
            "SELECT rep_id,
                sum(field AND date >= :spread AND date <= :today),
                sum(field AND date >= :week AND date <= :today),
                sum(field AND date >= :month AND date <= :today),
                sum(date >= :report)
             FROM (SELECT rep_id, date, kind IN ('ride_along', 'handover_visit') AS field
                   FROM sessions INDEXED BY sessions_by_day WHERE archived = 0 AND date >= :from)
             GROUP BY rep_id",
        )?;
        let params = named_params! {
            ":spread": w.spread, ":today": w.today, ":week": w.week, ":month": w.month,
            ":report": w.report, ":from": from,
        };
        let mut rows = stmt.query(params)?;
        while let Some(row) = rows.next()? {
            let rep = tally.reps.entry(row.get(0)?).or_default();
            rep.field_spread = row.get(1)?;
            rep.field_week = row.get(2)?;
            rep.field_month = row.get(3)?;
            rep.since_report = row.get(4)?;
        }
        Ok(())
    }

    /// Rating sums and counts per rep since the spread's first day.
    fn tally_ratings(&self, tally: &mut Tally) -> StoreResult<()> {
        let w = tally.windows;
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.rep_id, sum(r.score), count(*) FROM sessions s INDEXED BY sessions_by_day JOIN ratings r ON r.session_id = s.id
             WHERE s.archived = 0 AND s.date >= ?1 AND s.date <= ?2 GROUP BY s.rep_id",
        )?;
        let mut rows = stmt.query((w.spread, w.today))?;
        while let Some(row) = rows.next()? {
            let rep = tally.reps.entry(row.get(0)?).or_default();
            rep.rating_sum = row.get(1)?;
            rep.rating_count = row.get(2)?;
        }
        Ok(())
    }

    /// Each rep's two latest sessions, then the follow-ups after the second
    /// of them: two index lookups per rep, whatever the notebook's size.
    fn tally_follow_ups(&self, tally: &mut Tally) -> StoreResult<()> {
        let w = tally.windows;
        let reps: Vec<RepId> = self
            .conn
            .prepare_cached("SELECT id FROM reps")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut latest = self.conn.prepare_cached(
            "SELECT date, id FROM sessions WHERE rep_id = ?1 AND archived = 0 ORDER BY date DESC, id DESC LIMIT 2",
        )?;
        let mut due = self.conn.prepare_cached(
            "SELECT id, date, follow_up FROM sessions
             WHERE rep_id = ?1 AND follow_up > coalesce(?2, '') AND follow_up <= ?3
               AND archived = 0 AND date >= ?4",
        )?;
        for rep in reps {
            let found: Vec<(NaiveDate, SessionId)> = latest
                .query_map([rep], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            if found.is_empty() {
                continue;
            }
            let entry: &mut RepTally = tally.reps.entry(rep).or_default();
            for (date, id) in &found {
                entry.note_latest(*date, *id);
            }
            let second = found.get(1).map(|(date, _)| *date);
            let rows = due.query_map((rep, second, w.today, w.follow_ups), |r| {
                Ok(FollowUp {
                    session: r.get(0)?,
                    rep,
                    date: r.get(1)?,
                    follow_up: r.get(2)?,
                })
            })?;
            for row in rows {
                tally.follow_ups.push(row?);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::config::Config;
    use crate::domain::insights::tally::{Tally, Windows};
    use crate::domain::{RepData, SessionData, SessionKind};
    use crate::store::{SessionFilter, Store};
    use chrono::{Days, NaiveDate};

    /// Three reps over eight months up to a Wednesday early in a month, with
    /// every kind, ratings, follow-ups, future and archived sessions.
    fn notebook(today: NaiveDate) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        let reps: Vec<_> = ["Ann", "Bo", "Cy"]
            .iter()
            .map(|n| store.add_rep(RepData::named(*n)).unwrap().id)
            .collect();
        store.add_rep(RepData::named("Never Coached")).unwrap();
        let skills: Vec<_> = store.skills(false).unwrap().into_iter().map(|s| s.id).collect();
        // The six kinds the counts were first written for, in turn; peer coaching now and then.
        let kinds: Vec<SessionKind> = SessionKind::ALL
            .iter()
            .copied()
            .filter(|k| *k != SessionKind::PeerCoaching)
            .collect();
        for i in 0..240u64 {
            let rep = reps[(i % 3) as usize];
            // Cy has sessions planned ahead; the others were last seen ten days ago.
            let date = match i % 3 {
                2 => today.checked_sub_days(Days::new((i * 37) % 230)).unwrap() + Days::new(i % 7),
                _ => today.checked_sub_days(Days::new((i * 37) % 230 + 10)).unwrap(),
            };
            let mut data = SessionData::new(rep, date);
            data.notes = format!("session {i}");
            data.kind = kinds[((i / 3) % kinds.len() as u64) as usize];
            if i % 29 == 5 {
                data.kind = SessionKind::PeerCoaching;
                data.coach = Some(reps[((i + 1) % 3) as usize]);
            }
            for (n, skill) in skills.iter().enumerate().take((i % 4) as usize) {
                data.ratings.insert(*skill, ((i + n as u64) % 5 + 1) as u8);
            }
            if i % 3 != 1 {
                data.follow_up = Some(date + Days::new(i % 40));
            }
            let id = store.add_session(data, Vec::new()).unwrap().id;
            if i % 17 == 0 {
                store.set_session_archived(id, true).unwrap();
            }
        }
        let mut due_today = SessionData::new(reps[0], today.checked_sub_days(Days::new(12)).unwrap());
        due_today.follow_up = Some(today);
        due_today.notes = "check back today".into();
        store.add_session(due_today, Vec::new()).unwrap();
        store
    }

    #[test]
    fn the_aggregates_count_what_the_sessions_in_memory_count() {
        let today = NaiveDate::from_ymd_opt(2026, 6, 3).unwrap();
        let store = notebook(today);
        let all = store
            .sessions(&SessionFilter {
                include_archived: true,
                ..SessionFilter::default()
            })
            .unwrap();
        let mut config = Config::default();
        for (week_start, report) in [("monday", None), ("sunday", NaiveDate::from_ymd_opt(2026, 1, 15))] {
            config.week_start = week_start.into();
            let windows = Windows::new(today, &config, report);
            let counted = store.tally(windows).unwrap();
            let expected = Tally::of(&all, windows);
            assert!(expected.follow_ups.len() > 3, "the notebook has follow-ups to find");
            assert!(expected.reps.values().all(|r| r.rating_count > 0 && r.since_report > 0));
            assert!(expected.field_total(|r| r.field_month) > 0);
            assert_eq!(counted, expected, "week starting {week_start}, report since {report:?}");
        }
    }
}
