//! Sessions as a one-line list shows them: the names and the headline,
//! read in one query, without the notes' other fields or the children a
//! full session carries.

use super::convert::fast_date;
use super::error::StoreResult;
use super::sessions::SessionFilter;
use super::Store;
use crate::domain::{headline_of, SessionId, SessionKind};
use chrono::NaiveDate;

/// One row of a session list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLine {
    /// Which session.
    pub id: SessionId,
    /// When it was held.
    pub date: NaiveDate,
    /// What kind of coaching it was.
    pub kind: SessionKind,
    /// The rep's name.
    pub rep: String,
    /// The account's name, if it was at one.
    pub account: Option<String>,
    /// The first line of the notes (or the objective, or the outcome).
    pub headline: String,
}

impl Store {
    /// The sessions `filter` picks, newest first, as list rows; the same
    /// sessions in the same order as `sessions` gives.
    pub fn session_lines(&self, filter: &SessionFilter) -> StoreResult<Vec<SessionLine>> {
        let limit = filter.limit.map(|l| l as i64).unwrap_or(-1);
        let (conditions, values) = filter.conditions(&limit);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, s.date, s.kind, r.name, a.name, s.notes, s.objective, s.outcome
             FROM sessions s JOIN reps r ON r.id = s.rep_id LEFT JOIN accounts a ON a.id = s.account_id
             WHERE {conditions}
             ORDER BY s.date DESC, coalesce(s.start_time, '') DESC, s.id DESC LIMIT :limit"
        ))?;
        let rows = stmt.query_map(values.as_slice(), |r| {
            // The texts are borrowed from SQLite's row: only the headline is copied.
            let text = |i| r.get_ref(i)?.as_str().map_err(rusqlite::Error::from);
            let date = r.get_ref(1)?;
            Ok(SessionLine {
                id: r.get(0)?,
                date: match date.as_bytes().ok().and_then(fast_date) {
                    Some(date) => date,
                    None => r.get(1)?,
                },
                kind: r.get(2)?,
                rep: r.get(3)?,
                account: r.get(4)?,
                headline: headline_of([text(5)?, text(6)?, text(7)?]).to_string(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, RepData, SessionData};

    #[test]
    fn lines_name_the_same_sessions_in_the_same_order_as_full_reads() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let other = store.add_rep(RepData::named("Sam Lee")).unwrap().id;
        let acme = store.add_account(AccountData::named("Acme")).unwrap().id;
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        for (who, d, account, notes, objective) in [
            (rep, 2, Some(acme), "\n  Strong discovery\nthen more", ""),
            (other, 2, None, "", "Practise the close"),
            (rep, 5, None, "Rushed the close", ""),
            (other, 1, Some(acme), "", ""),
        ] {
            let mut data = SessionData::new(who, day(d));
            data.account = account;
            data.notes = notes.into();
            data.objective = objective.into();
            data.outcome = if notes.is_empty() && objective.is_empty() {
                "Signed".into()
            } else {
                String::new()
            };
            store.add_session(data, Vec::new()).unwrap();
        }
        for filter in [
            SessionFilter::default(),
            SessionFilter {
                rep: Some(rep),
                ..Default::default()
            },
            SessionFilter {
                account: Some(acme),
                limit: Some(1),
                ..Default::default()
            },
        ] {
            let full = store.sessions(&filter).unwrap();
            let lines = store.session_lines(&filter).unwrap();
            let expected: Vec<(SessionId, String)> =
                full.iter().map(|s| (s.id, s.data.headline().to_string())).collect();
            let got: Vec<(SessionId, String)> = lines.iter().map(|l| (l.id, l.headline.clone())).collect();
            assert_eq!(got, expected, "{filter:?}");
        }
        let lines = store.session_lines(&SessionFilter::default()).unwrap();
        assert_eq!(lines[0].headline, "Rushed the close");
        // The same day: the later saved first.
        assert_eq!(lines[1].headline, "Practise the close");
        assert_eq!(lines[1].account, None);
        assert_eq!(lines[2].rep, "Dana Ortiz");
        assert_eq!(lines[2].account.as_deref(), Some("Acme"));
        assert_eq!(lines[2].headline, "Strong discovery");
        assert_eq!(lines[3].headline, "Signed");
    }
}
