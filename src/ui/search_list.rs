//! The Sessions tab's search on a notebook of any size: the plays that
//! match first (a few, best first), then the ids of every matching session
//! in the order asked for, with only the rows on screen (plus a margin)
//! loaded. So "discovery" lists all of its 6,000 matches, and the oldest is
//! one End away, as in the unfiltered list.

use super::session_window::MARGIN;
use crate::domain::{Play, Session, SessionId};
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
    /// The matching active plays, best first: the list's first rows.
    pub plays: Vec<Play>,
    /// Every matching active session, in `order`: the rows after the plays.
    pub ids: Vec<SessionId>,
    /// The list position of `rows[0]`.
    start: usize,
    /// The loaded sessions of `ids[start..]`.
    rows: Vec<Session>,
}

impl SearchList {
    /// The matches, none loaded yet.
    pub fn new(filter: String, order: SearchOrder, found: Found) -> SearchList {
        SearchList {
            filter,
            order,
            plays: found.plays,
            ids: found.sessions,
            start: 0,
            rows: Vec::new(),
        }
    }

    /// How many rows match: plays and sessions.
    pub fn len(&self) -> usize {
        self.plays.len() + self.ids.len()
    }

    /// Whether nothing matches.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The play on row `row`, if that row is a play.
    pub fn play(&self, row: usize) -> Option<&Play> {
        self.plays.get(row)
    }

    /// The session on row `row`, if it is loaded.
    pub fn get(&self, row: usize) -> Option<&Session> {
        let row = row.checked_sub(self.plays.len())?;
        self.rows.get(row.checked_sub(self.start)?)
    }

    /// The row of session `id`, if it matches.
    pub fn position(&self, id: SessionId) -> Option<usize> {
        self.ids.iter().position(|&i| i == id).map(|row| row + self.plays.len())
    }

    /// Loads the session rows of `wanted` (list rows, plays first) with a
    /// margin around them unless they are loaded; rows already loaded are
    /// kept, not read again.
    pub(super) fn ensure(&mut self, store: &Store, wanted: Range<usize>) -> StoreResult<()> {
        let skip = self.plays.len();
        let wanted = wanted.start.saturating_sub(skip)..wanted.end.saturating_sub(skip);
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

/// What one search found.
pub struct Found {
    /// Matching active plays, best first (at most [`PLAYS_SHOWN`]).
    pub plays: Vec<Play>,
    /// Every matching active session's id, in the order asked for.
    pub sessions: Vec<SessionId>,
}

/// How many plays a search lists above its sessions: the best few, as a
/// team writes tens of plays, not thousands.
pub const PLAYS_SHOWN: usize = 20;

/// The active plays and sessions matching what is typed in the Sessions
/// tab's filter, sessions in `order`. Typed into a list, every word is a
/// prefix: "compet" finds "competitor"; a quote makes it a phrase search as typed.
pub fn find(store: &Store, filter: &str, today: NaiveDate, order: SearchOrder) -> StoreResult<Found> {
    let query = if filter.contains('"') {
        filter.to_string()
    } else {
        filter
            .split_whitespace()
            .map(|w| format!("{}*", w.trim_end_matches('*')))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut plays = Vec::new();
    for hit in store.search_plays(&query, PLAYS_SHOWN)? {
        plays.push(store.play(hit.id)?);
    }
    Ok(Found {
        plays,
        sessions: store.search_ids(&query, &Default::default(), today, order)?,
    })
}
