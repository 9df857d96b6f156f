//! Loading what the insights need, with date windows and indexed queries so
//! the Today tab stays quick on a large notebook.

use super::error::StoreResult;
use super::{commitments, SessionFilter, Store};
use crate::domain::insights::{Records, WINDOW_DAYS};
use crate::domain::{AccountId, Commitment, Contact, RepId, Session};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

impl Store {
    /// The records behind the Today tab and the agenda for `today`, with the
    /// sessions since `sessions_since` (or the last `WINDOW_DAYS`, if earlier).
    pub fn insight_records(&self, today: NaiveDate, sessions_since: Option<NaiveDate>) -> StoreResult<Records> {
        let window = today.checked_sub_days(Days::new(WINDOW_DAYS)).unwrap_or(today);
        let since = sessions_since.map_or(window, |s| s.min(window));
        let due_since = today.checked_sub_days(Days::new(90)).unwrap_or(today);
        let commitments = self.open_or_recent_commitments(due_since)?;
        Ok(Records {
            reps: self.reps(false)?,
            activity: self.rep_activity(today)?,
            accounts: self.accounts(false)?,
            sessions: self.sessions(&SessionFilter {
                since: Some(since),
                without_text: true,
                ..SessionFilter::default()
            })?,
            commitments,
            contacts: self.all_contacts()?,
            joint_visits: self.handover_visits()?,
        })
    }

    /// Active commitments that are open or were due since `due_since`: what
    /// the follow-through figures and the Today list read, and no more.
    fn open_or_recent_commitments(&self, due_since: NaiveDate) -> StoreResult<Vec<Commitment>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM commitments
             WHERE archived = 0 AND (done_on IS NULL OR due >= ?1)
             ORDER BY done_on IS NOT NULL, due IS NULL, due, done_on DESC, id",
            commitments::COLUMNS
        ))?;
        let rows = stmt.query_map([due_since], commitments::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every active contact of every account.
    pub fn all_contacts(&self) -> StoreResult<Vec<Contact>> {
        let mut out = Vec::new();
        for account in self.accounts(false)? {
            out.extend(self.contacts(account.id, false)?);
        }
        Ok(out)
    }

    /// Handover visits held at each account (as the session's account or a call's).
    pub fn handover_visits(&self) -> StoreResult<HashMap<AccountId, u32>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, count(DISTINCT id) FROM (
                SELECT s.id, s.account_id FROM sessions s
                    WHERE s.kind = 'handover_visit' AND s.archived = 0 AND s.account_id IS NOT NULL
                UNION ALL
                SELECT s.id, c.account_id FROM sessions s JOIN session_calls c ON c.session_id = s.id
                    WHERE s.kind = 'handover_visit' AND s.archived = 0 AND c.account_id IS NOT NULL)
             GROUP BY account_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The last visit to each account: the latest session held there or with a call there.
    pub fn last_visits(&self) -> StoreResult<HashMap<AccountId, NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, max(date) FROM (
                SELECT account_id, date FROM sessions WHERE archived = 0 AND account_id IS NOT NULL
                UNION ALL
                SELECT c.account_id, s.date FROM session_calls c JOIN sessions s ON s.id = c.session_id
                    WHERE s.archived = 0 AND c.account_id IS NOT NULL)
             GROUP BY account_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
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
