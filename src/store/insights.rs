//! Loading what the insights need, with date windows and indexed queries so
//! the Today tab stays quick on a large notebook.

use super::error::StoreResult;
use super::{commitments, SessionFilter, Store};
use crate::domain::config::Config;
use crate::domain::insights::tally::Windows;
use crate::domain::insights::today::DUE_AHEAD_DAYS;
use crate::domain::insights::Records;
use crate::domain::{AccountId, Commitment, RepId, Session, SessionId, SkillId};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

impl Store {
    /// The records behind the Today tab and the agenda for `today`, with
    /// sessions counted since `report_since` for the team report.
    pub fn insight_records(
        &self,
        today: NaiveDate,
        config: &Config,
        report_since: Option<NaiveDate>,
    ) -> StoreResult<Records> {
        let horizon = today.checked_add_days(Days::new(DUE_AHEAD_DAYS)).unwrap_or(today);
        let commitments = self.open_commitments_due(horizon)?;
        Ok(Records {
            reps: self.reps(false)?,
            activity: self.rep_activity(today)?,
            accounts: self.accounts(false)?,
            tally: self.tally(Windows::new(today, config, report_since))?,
            commitments,
            contacts: self.all_contacts()?,
            joint_visits: self.handover_visits()?,
            questions: config.questions(),
            answered: self.answered_keys()?,
        })
    }

    /// Open commitments due by `horizon`: the Today list's, from the open-due index.
    fn open_commitments_due(&self, horizon: NaiveDate) -> StoreResult<Vec<Commitment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM commitments c WHERE done_on IS NULL AND archived = 0 AND due <= ?1 ORDER BY due, id",
            commitments::columns()
        ))?;
        let rows = stmt.query_map([horizon], commitments::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Active commitments that are open or were due since `due_since`: what
    /// the team report's counts and follow-through read, and no more.
    pub fn open_or_recent_commitments(&self, due_since: NaiveDate) -> StoreResult<Vec<Commitment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM commitments c
             WHERE archived = 0 AND (done_on IS NULL OR due >= ?1)
             ORDER BY done_on IS NOT NULL, due IS NULL, due, done_on DESC, id",
            commitments::columns()
        ))?;
        let rows = stmt.query_map([due_since], commitments::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Handover visits held at each account (as the session's account or a call's).
    pub fn handover_visits(&self) -> StoreResult<HashMap<AccountId, u32>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, count(DISTINCT id) FROM (
                SELECT s.id, s.account_id FROM sessions s INDEXED BY sessions_handover
                    WHERE s.kind = 'handover_visit' AND s.archived = 0 AND s.account_id IS NOT NULL
                UNION ALL
                SELECT s.id, c.account_id FROM sessions s INDEXED BY sessions_handover
                    JOIN session_calls c ON c.session_id = s.id
                    WHERE s.kind = 'handover_visit' AND s.archived = 0 AND c.account_id IS NOT NULL)
             GROUP BY account_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Handover visits held at one account, as [`Store::handover_visits`]
    /// counts them, from the account's own index entries.
    pub fn handover_visits_at(&self, account: AccountId) -> StoreResult<u32> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(DISTINCT id) FROM (
                SELECT s.id FROM sessions s INDEXED BY sessions_handover
                    WHERE s.account_id = ?1 AND s.kind = 'handover_visit' AND s.archived = 0
                UNION ALL
                SELECT s.id FROM session_calls c INDEXED BY session_calls_account
                    JOIN sessions s ON s.id = c.session_id
                    WHERE c.account_id = ?1 AND s.kind = 'handover_visit' AND s.archived = 0)",
        )?;
        Ok(stmt.query_row([account], |r| r.get(0))?)
    }

    /// The last visit to each of `accounts`: the latest session held there
    /// (walking the account's date index back to its first active session)
    /// or with a call there.
    pub fn last_visits(&self, accounts: &[AccountId]) -> StoreResult<HashMap<AccountId, NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT max(date) FROM (
                SELECT * FROM (SELECT date FROM sessions WHERE account_id = ?1 AND archived = 0
                    ORDER BY date DESC LIMIT 1)
                UNION ALL
                SELECT max(s.date) FROM session_calls c JOIN sessions s ON s.id = c.session_id
                    WHERE c.account_id = ?1 AND s.archived = 0)",
        )?;
        let mut out = HashMap::new();
        for account in accounts {
            let last: Option<NaiveDate> = stmt.query_row([account], |r| r.get(0))?;
            if let Some(date) = last {
                out.insert(*account, date);
            }
        }
        Ok(out)
    }

    /// The only sessions of a rep a brief reads: the latest, the latest with a
    /// will score, and those holding the last `points` ratings of each of
    /// `skills`, each found by walking the rep's sessions newest first, so a
    /// senior rep's thousand rides cost no more than a junior's ten.
    pub fn brief_sessions(&self, rep: RepId, skills: &[SkillId], points: usize) -> StoreResult<Vec<Session>> {
        let mut ids: Vec<SessionId> = Vec::new();
        for sql in [
            "SELECT id FROM sessions WHERE rep_id = ?1 AND archived = 0 ORDER BY date DESC, id DESC LIMIT 1",
            "SELECT id FROM sessions WHERE rep_id = ?1 AND archived = 0 AND will IS NOT NULL
             ORDER BY date DESC, id DESC LIMIT 1",
        ] {
            let mut stmt = self.conn.prepare_cached(sql)?;
            ids.extend(
                stmt.query_map([rep], |r| r.get::<_, SessionId>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?,
            );
        }
        let mut rated = self.conn.prepare_cached(
            "SELECT s.id FROM sessions s JOIN ratings g ON g.session_id = s.id
             WHERE s.rep_id = ?1 AND s.archived = 0 AND g.skill_id = ?2
             ORDER BY s.date DESC, s.id DESC LIMIT ?3",
        )?;
        for skill in skills {
            let found = rated.query_map(rusqlite::params![rep, skill, points as i64], |r| {
                r.get::<_, SessionId>(0)
            })?;
            ids.extend(found.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        ids.sort();
        ids.dedup();
        self.sessions_with_ids(&ids)
    }

    /// The reps `coach` has led peer coaching sessions with (the coach index).
    pub fn mentees_coached_by(&self, coach: RepId) -> StoreResult<Vec<RepId>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rep_id FROM sessions WHERE coach_id = ?1 AND archived = 0 GROUP BY rep_id ORDER BY min(date)",
        )?;
        let rows = stmt.query_map([coach], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every session of one rep, newest first (for development trends and reports).
    pub fn rep_sessions(&self, rep: RepId, since: Option<NaiveDate>) -> StoreResult<Vec<Session>> {
        self.sessions(&SessionFilter {
            rep: Some(rep),
            since,
            ..SessionFilter::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize};

    #[test]
    fn one_account_s_handover_visits_are_what_the_whole_count_says() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let size = DemoSize {
            reps: 10,
            accounts: 40,
            sessions: 1500,
        };
        let mut store = Store::open_in_memory().unwrap();
        store.import_notebook(&generate(size, 3, today)).unwrap();
        let all = store.handover_visits().unwrap();
        assert!(all.values().any(|n| *n > 1), "the demo holds handover visits");
        for account in store.accounts(true).unwrap() {
            assert_eq!(
                store.handover_visits_at(account.id).unwrap(),
                all.get(&account.id).copied().unwrap_or(0),
                "{}",
                account.data.name
            );
        }
    }
}
