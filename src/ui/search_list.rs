//! The Sessions tab's search on a notebook of any size: the ids of every
//! match, in the order asked for, with only the rows on screen (plus a
//! margin) loaded. So "discovery" lists all of its 6,000 matches, and the
//! oldest is one End away, as in the unfiltered list.

use super::session_window::MARGIN;
use crate::domain::{Session, SessionId};
use crate::store::search::SearchOrder;
use crate::store::{Store, StoreResult};
use chrono::NaiveDate;
use std::ops::Range;

/// The matches of one search.
pub struct SearchList {
    /// The filter as typed.
    pub filter: String,
    /// The order of `ids`.
    pub order: SearchOrder,
    /// Every matching active session, in `order`.
    pub ids: Vec<SessionId>,
    /// The list position of `rows[0]`.
    start: usize,
    /// The loaded sessions of `ids[start..]`.
    rows: Vec<Session>,
}

impl SearchList {
    /// The matches, none loaded yet.
    pub fn new(filter: String, order: SearchOrder, ids: Vec<SessionId>) -> SearchList {
        SearchList {
            filter,
            order,
            ids,
            start: 0,
            rows: Vec::new(),
        }
    }

    /// How many sessions match.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether nothing matches.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The session on row `row`, if it is loaded.
    pub fn get(&self, row: usize) -> Option<&Session> {
        self.rows.get(row.checked_sub(self.start)?)
    }

    /// The row of session `id`, if it matches.
    pub fn position(&self, id: SessionId) -> Option<usize> {
        self.ids.iter().position(|&i| i == id)
    }

    /// Loads the rows of `wanted` (with a margin around them) unless they
    /// are loaded; rows already loaded are kept, not read again.
    pub(super) fn ensure(&mut self, store: &Store, wanted: Range<usize>) -> StoreResult<()> {
        let loaded = self.start..self.start + self.rows.len();
        if wanted.is_empty() || (wanted.start >= loaded.start && wanted.end <= loaded.end) {
            return Ok(());
        }
        let range = wanted.start.saturating_sub(MARGIN)..(wanted.end + MARGIN).min(self.ids.len());
        let missing: Vec<SessionId> = range
            .clone()
            .filter(|row| !loaded.contains(row))
            .map(|row| self.ids[row])
            .collect();
        let mut fresh = store.sessions_with_ids(&missing)?.into_iter().peekable();
        let mut old = std::mem::take(&mut self.rows).into_iter().enumerate();
        let mut rows = Vec::with_capacity(range.len());
        for row in range.clone() {
            let id = self.ids[row];
            let kept = if loaded.contains(&row) {
                old.find(|(i, _)| loaded.start + i == row).map(|(_, s)| s)
            } else {
                fresh.next_if(|s| s.id == id)
            };
            // A session gone since the search ran leaves the window short;
            // the next search (after the write that removed it) fixes it.
            match kept {
                Some(session) => rows.push(session),
                None => break,
            }
        }
        self.start = range.start;
        self.rows = rows;
        Ok(())
    }
}

/// The active sessions matching what is typed in the Sessions tab's filter,
/// in `order`. Typed into a list, every word is a prefix: "compet" finds
/// "competitor"; a quote makes it a phrase search as typed.
pub fn find_session_ids(
    store: &Store,
    filter: &str,
    today: NaiveDate,
    order: SearchOrder,
) -> StoreResult<Vec<SessionId>> {
    let query = if filter.contains('"') {
        filter.to_string()
    } else {
        filter
            .split_whitespace()
            .map(|w| format!("{}*", w.trim_end_matches('*')))
            .collect::<Vec<_>>()
            .join(" ")
    };
    store.search_ids(&query, &Default::default(), today, order)
}
