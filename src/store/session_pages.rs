//! The Sessions tab's window onto a notebook of any size: a count, one page
//! at a time from the newest-first index, and where a session sits in it.

use super::error::StoreResult;
use super::sessions::{attach_children, columns, from_row};
use super::Store;
use crate::domain::{Session, SessionId};
use chrono::{NaiveDate, NaiveTime};
use rusqlite::{params, OptionalExtension};

/// Where a session sits in the newest-first listing: newer dates first, then
/// later start times (sessions without one last in their day), then higher ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListingKey {
    date: NaiveDate,
    time: Option<NaiveTime>,
    id: SessionId,
}

impl ListingKey {
    /// The key of a loaded session, to page on from it.
    pub fn of(session: &Session) -> ListingKey {
        ListingKey {
            date: session.data.date,
            time: session.data.time,
            id: session.id,
        }
    }
}

/// The listing order as the `sessions_listing` index holds it.
const LISTING: &str = "(s.date, coalesce(s.start_time, ''), s.id)";

/// ORDER BY along that index, "DESC" for the listing order, "ASC" from its end.
fn order_by(direction: &str) -> String {
    format!("ORDER BY s.date {direction}, coalesce(s.start_time, '') {direction}, s.id {direction}")
}

impl Store {
    /// How many active sessions the notebook holds: all of them less the
    /// archived ones, each count taken from an index (schema step 8).
    pub fn session_count(&self) -> StoreResult<usize> {
        let count: i64 = self
            .conn
            .prepare_cached(
                "SELECT (SELECT count(*) FROM sessions) - (SELECT count(*) FROM sessions WHERE archived = 1)",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(count as usize)
    }

    /// Up to `len` active sessions listed after `key` (from the newest when
    /// `None`), in listing order: a page down costs the same at any depth.
    pub fn sessions_after(&self, key: Option<ListingKey>, len: usize) -> StoreResult<Vec<Session>> {
        self.listing_page(key, len, "<", "DESC")
    }

    /// Up to `len` active sessions listed just before `key` (the oldest when
    /// `None`), in listing order.
    pub fn sessions_before(&self, key: Option<ListingKey>, len: usize) -> StoreResult<Vec<Session>> {
        let mut sessions = self.listing_page(key, len, ">", "ASC")?;
        sessions.reverse();
        Ok(sessions)
    }

    fn listing_page(
        &self,
        key: Option<ListingKey>,
        len: usize,
        compare: &str,
        direction: &str,
    ) -> StoreResult<Vec<Session>> {
        let bound = match key {
            Some(_) => format!("AND {LISTING} {compare} (?2, coalesce(?3, ''), ?4)"),
            None => String::new(),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM sessions s WHERE s.archived = 0 {bound} {} LIMIT ?1",
            columns(),
            order_by(direction)
        ))?;
        let rows = match key {
            Some(k) => stmt.query_map(params![len as i64, k.date, k.time, k.id], from_row)?,
            None => stmt.query_map(params![len as i64], from_row)?,
        };
        let mut sessions = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        attach_children(&self.conn, &mut sessions)?;
        Ok(sessions)
    }

    /// Up to `len` active sessions from position `start` (0 is the newest),
    /// counted from the nearer end of the list: for a jump, where no loaded
    /// row is near to page from.
    pub fn session_page(&self, start: usize, len: usize) -> StoreResult<Vec<Session>> {
        let total = self.session_count()?;
        let from_end = total.saturating_sub(start + len);
        let (offset, direction) = if from_end < start {
            (from_end, "ASC")
        } else {
            (start, "DESC")
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM sessions s WHERE s.archived = 0 {} LIMIT ?1 OFFSET ?2",
            columns(),
            order_by(direction)
        ))?;
        let len = len.min(total.saturating_sub(start));
        let mut sessions = stmt
            .query_map(params![len as i64, offset as i64], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if direction == "ASC" {
            sessions.reverse();
        }
        attach_children(&self.conn, &mut sessions)?;
        Ok(sessions)
    }

    /// Where an active session sits in the newest-first list (None when it
    /// is archived or gone): the number of active sessions listed before it.
    pub fn session_position(&self, id: SessionId) -> StoreResult<Option<usize>> {
        let key: Option<(NaiveDate, Option<NaiveTime>)> = self
            .conn
            .prepare_cached("SELECT date, start_time FROM sessions WHERE id = ?1 AND archived = 0")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((date, time)) = key else {
            return Ok(None);
        };
        let before: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM sessions s WHERE s.archived = 0 AND {LISTING} > (?1, coalesce(?2, ''), ?3)"
            ))?
            .query_row(params![date, time, id], |r| r.get(0))?;
        Ok(Some(before as usize))
    }

    /// The sessions with these ids, in the order given (any that are gone
    /// are left out): the rows of a search list that are on screen.
    pub fn sessions_with_ids(&self, ids: &[SessionId]) -> StoreResult<Vec<Session>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.iter().map(|id| id.0.to_string()).collect::<Vec<_>>().join(",");
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {} FROM sessions s WHERE s.id IN ({list})", columns()))?;
        let mut found: std::collections::HashMap<SessionId, Session> = stmt
            .query_map([], from_row)?
            .map(|row| row.map(|s| (s.id, s)))
            .collect::<rusqlite::Result<_>>()?;
        let mut sessions: Vec<Session> = ids.iter().filter_map(|id| found.remove(id)).collect();
        attach_children(&self.conn, &mut sessions)?;
        Ok(sessions)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{RepData, SessionData};
    use crate::store::{ListingKey, Store};
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn pages_and_positions_follow_the_listing_order() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let mut ids = Vec::new();
        for (d, time) in [(1, None), (3, Some(9)), (3, None), (2, Some(14)), (3, Some(16))] {
            let mut data = SessionData::new(rep, day(d));
            data.time = time.map(|h| NaiveTime::from_hms_opt(h, 0, 0).unwrap());
            data.notes = "seen on the road".into();
            ids.push(store.add_session(data, Vec::new()).unwrap().id);
        }
        let listed: Vec<_> = store.session_page(0, 10).unwrap().iter().map(|s| s.id).collect();
        assert_eq!(listed, vec![ids[4], ids[1], ids[2], ids[3], ids[0]]);
        assert_eq!(store.session_count().unwrap(), 5);
        let page: Vec<_> = store.session_page(1, 2).unwrap().iter().map(|s| s.id).collect();
        assert_eq!(page, vec![ids[1], ids[2]]);
        for (position, id) in listed.iter().enumerate() {
            assert_eq!(store.session_position(*id).unwrap(), Some(position));
        }
        let mut paged = Vec::new();
        let mut last = None;
        loop {
            let page = store.sessions_after(last, 2).unwrap();
            let Some(end) = page.last() else { break };
            last = Some(ListingKey::of(end));
            paged.extend(page.iter().map(|s| s.id));
        }
        assert_eq!(
            paged, listed,
            "paging on from each page's last row lists every session once"
        );
        let oldest: Vec<_> = store.sessions_before(None, 2).unwrap().iter().map(|s| s.id).collect();
        assert_eq!(oldest, listed[3..]);
        let third = store.session(listed[2]).unwrap();
        let above: Vec<_> = store.sessions_before(Some(ListingKey::of(&third)), 5).unwrap();
        assert_eq!(above.iter().map(|s| s.id).collect::<Vec<_>>(), listed[..2]);
        let from_the_end: Vec<_> = store.session_page(3, 5).unwrap().iter().map(|s| s.id).collect();
        assert_eq!(from_the_end, listed[3..], "a page near the end is read from the end");
        store.set_session_archived(ids[1], true).unwrap();
        assert_eq!(store.session_count().unwrap(), 4);
        assert_eq!(store.session_position(ids[1]).unwrap(), None);
        assert_eq!(store.session_position(ids[0]).unwrap(), Some(3));
    }
}
