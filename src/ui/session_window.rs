//! The Sessions tab on a notebook of any size: it keeps only the rows on
//! screen plus a margin, paged from the store's newest-first index, so no
//! frame or key press does work that grows with the number of sessions.

use super::action::Tab;
use super::app::{App, Target};
use super::reader::Job;
use crate::domain::{Session, SessionId};
use crate::store::{ListingKey, Store, StoreResult};
use chrono::NaiveDate;
use std::ops::Range;

/// Rows kept above and below the visible ones, so moving by a page or two
/// does not touch the store.
const MARGIN: usize = 64;

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

    fn covers(&self, wanted: &Range<usize>) -> bool {
        wanted.start >= self.start && wanted.end <= self.end()
    }

    fn end(&self) -> usize {
        self.start + self.rows.len()
    }

    /// The rows for `range`, read from the store: paged on from this
    /// window's edge when it overlaps, from either end of the list, or (a jump
    /// into the middle) by position.
    fn load(&self, store: &Store, range: Range<usize>, total: usize) -> StoreResult<SessionWindow> {
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

impl App {
    /// Whether the Sessions tab shows search results rather than the whole list.
    fn searching(&self) -> bool {
        !self.panes[Tab::Sessions.index()].filter.trim().is_empty()
    }

    /// How many rows the Sessions tab lists: the search hits, or every session.
    pub fn session_rows(&self) -> usize {
        match &self.search {
            Some((_, hits)) if self.searching() => hits.len(),
            _ if self.searching() => 0,
            _ => self.data.session_count,
        }
    }

    /// The session on row `row` of the Sessions tab, if loaded.
    pub fn session_at(&self, row: usize) -> Option<&Session> {
        if self.searching() {
            return self.search.as_ref()?.1.get(row);
        }
        self.data.session_window.get(row)
    }

    /// Loads the rows around the Sessions tab's scroll position when they
    /// are not loaded yet.
    pub(super) fn ensure_session_window(&mut self) {
        let offset = self.panes[Tab::Sessions.index()].offset;
        let total = self.data.session_count;
        let wanted = offset.min(total)..(offset + self.page() + 1).min(total);
        if self.data.session_window.covers(&wanted) {
            return;
        }
        let range = wanted.start.saturating_sub(MARGIN)..(wanted.end + MARGIN).min(total);
        match self.data.session_window.load(&self.store, range, total) {
            Ok(window) => self.data.session_window = window,
            Err(e) => self.set_error(format!("Cannot read the notebook: {e}")),
        }
    }

    /// Starts the Sessions tab's search for its filter (once per change of
    /// text); the hits replace the list when they come.
    pub(super) fn run_search(&mut self) {
        let filter = self.panes[Tab::Sessions.index()].filter.clone();
        if filter.trim().is_empty() {
            self.search = None;
            return;
        }
        self.read(Job::Search {
            filter,
            today: self.today,
        });
    }

    /// Shows the hits of a search, if it is still for what the filter says.
    pub(super) fn show_search(&mut self, filter: String, found: StoreResult<Vec<Session>>) {
        if filter != self.panes[Tab::Sessions.index()].filter {
            return;
        }
        match found {
            Ok(sessions) => {
                self.search = Some((filter, sessions));
                if self.tab == Tab::Sessions {
                    self.clamp_selection();
                    self.load_detail();
                }
            }
            Err(e) => self.set_error(format!("Search failed: {e}")),
        }
    }

    /// Selects session `id` on the Sessions tab: among the search hits when
    /// it is one, else in the whole list (clearing a search that hides it).
    pub(super) fn select_session(&mut self, id: SessionId) {
        let hit = self.searching().then_some(self.search.as_ref()).flatten();
        let row = match hit.and_then(|(_, hits)| hits.iter().position(|s| s.id == id)) {
            Some(row) => Some(row),
            None => {
                if self.searching() {
                    self.panes[Tab::Sessions.index()].filter.clear();
                    self.search = None;
                }
                match self.store.session_position(id) {
                    Ok(position) => position,
                    Err(e) => {
                        self.set_error(format!("Cannot read the notebook: {e}"));
                        None
                    }
                }
            }
        };
        let count = self.session_rows();
        let page = self.page();
        let pane = &mut self.panes[Tab::Sessions.index()];
        pane.select(row.unwrap_or(pane.selected) as isize, count, page);
        if self.tab == Tab::Sessions {
            self.load_detail();
        }
    }

    /// The session `target` names, loaded from the store when it is not on screen.
    pub(super) fn session_for(&self, target: Target) -> Option<Session> {
        let Target::Session(id) = target else {
            return None;
        };
        let on_screen = self.data.session_window.rows.iter().find(|s| s.id == id);
        on_screen.cloned().or_else(|| self.store.session(id).ok())
    }
}

/// How many search hits the Sessions tab lists.
const SEARCH_LIMIT: usize = 500;

/// The active sessions matching what is typed in the Sessions tab's filter,
/// best first, loaded in full. Typed into a list, every word is a prefix:
/// "compet" finds "competitor"; a quote makes it a phrase search as typed.
pub fn find_sessions(store: &Store, filter: &str, today: NaiveDate) -> StoreResult<Vec<Session>> {
    let query = if filter.contains('"') {
        filter.to_string()
    } else {
        filter
            .split_whitespace()
            .map(|w| format!("{}*", w.trim_end_matches('*')))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let hits = store.search(&query, None, None, today, SEARCH_LIMIT)?;
    let mut sessions = Vec::with_capacity(hits.len());
    for hit in hits {
        let session = store.session(hit.session)?;
        if !session.data.archived {
            sessions.push(session);
        }
    }
    Ok(sessions)
}
