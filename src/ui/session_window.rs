//! The Sessions tab on a notebook of any size: it keeps only the rows on
//! screen plus a margin, paged from the store's newest-first index, so no
//! frame or key press does work that grows with the number of sessions.

use crate::domain::Session;
use crate::store::{ListingKey, Store, StoreResult};
use std::ops::Range;

/// Rows kept above and below the visible ones, so moving by a page or two
/// does not touch the store.
pub(super) const MARGIN: usize = 64;

/// A run of consecutive rows of the newest-first session list.
#[derive(Default)]
pub struct SessionWindow {
    /// The list position of `rows[0]`.
    pub start: usize,
    /// The loaded sessions.
    pub rows: Vec<Session>,
}

impl SessionWindow {
    /// The session at list position `position`, if it is loaded.
    pub fn get(&self, position: usize) -> Option<&Session> {
        self.rows.get(position.checked_sub(self.start)?)
    }

    pub(super) fn covers(&self, wanted: &Range<usize>) -> bool {
        wanted.start >= self.start && wanted.end <= self.end()
    }

    pub(super) fn end(&self) -> usize {
        self.start + self.rows.len()
    }

    /// The rows for `range`, read from the store: paged on from this
    /// window's edge when it overlaps, from either end of the list, or (a jump
    /// into the middle) by position.
    pub(super) fn load(&self, store: &Store, range: Range<usize>, total: usize) -> StoreResult<SessionWindow> {
        let (start, end) = (range.start, range.end);
        let rows = if self.rows.is_empty() || end <= self.start || start >= self.end() {
            match (start, end) {
                (0, _) => store.sessions_after(None, end)?,
                (_, end) if end >= total => store.sessions_before(None, end - start)?,
                _ => store.session_page(start, end - start)?,
            }
        } else if start >= self.start {
            let kept = &self.rows[start - self.start..];
            let more = store.sessions_after(kept.last().map(ListingKey::of), end.saturating_sub(self.end()))?;
            kept.iter().cloned().chain(more).collect()
        } else if end <= self.end() {
            let kept = &self.rows[..end - self.start];
            let more = store.sessions_before(kept.first().map(ListingKey::of), self.start - start)?;
            more.into_iter().chain(kept.iter().cloned()).collect()
        } else {
            store.session_page(start, end - start)?
        };
        Ok(SessionWindow { start, rows })
    }
}
