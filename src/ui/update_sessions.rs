//! The Sessions tab's state: paging the window of loaded rows, searching,
//! and selecting a session wherever it is in the list.

use super::action::Tab;
use super::app::{App, Target};
use super::reader_thread::Job;
use super::search_list::SearchList;
use super::session_window::MARGIN;
use crate::domain::{Session, SessionId};
use crate::store::search::SearchOrder;
use crate::store::StoreResult;

impl App {
    /// Whether the Sessions tab shows search results rather than the whole list.
    fn searching(&self) -> bool {
        !self.panes[Tab::Sessions.index()].filter.trim().is_empty()
    }

    /// How many rows the Sessions tab lists: the search matches, or every session.
    pub fn session_rows(&self) -> usize {
        match &self.search {
            Some(search) if self.searching() => search.len(),
            _ if self.searching() => 0,
            _ => self.data.session_count,
        }
    }

    /// The play on row `row` of the Sessions tab: a search lists its plays first.
    pub fn play_at(&self, row: usize) -> Option<&crate::domain::Play> {
        self.search.as_ref().filter(|_| self.searching())?.play(row)
    }

    /// The session on row `row` of the Sessions tab, if loaded.
    pub fn session_at(&self, row: usize) -> Option<&Session> {
        if self.searching() {
            return self.search.as_ref()?.get(row);
        }
        self.data.session_window.get(row)
    }

    /// Loads the rows around the Sessions tab's scroll position when they
    /// are not loaded yet.
    pub(super) fn ensure_session_window(&mut self) {
        let offset = self.panes[Tab::Sessions.index()].offset;
        if self.searching() {
            let page = self.page();
            if let Some(search) = &mut self.search {
                let wanted = offset.min(search.len())..(offset + page + 1).min(search.len());
                if let Err(e) = search.ensure(&self.store, wanted) {
                    self.set_error(format!("Cannot read the notebook: {e}"));
                }
            }
            return;
        }
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
            order: self.search_order,
        });
    }

    /// Lists the search matches newest first or best first, and searches
    /// again in the new order.
    pub(super) fn toggle_search_order(&mut self) {
        self.search_order = match self.search_order {
            SearchOrder::Newest => SearchOrder::BestMatch,
            SearchOrder::BestMatch => SearchOrder::Newest,
        };
        self.set_status(match self.search_order {
            SearchOrder::Newest => "Search matches: newest first",
            SearchOrder::BestMatch => "Search matches: best first (relevance weighed with age)",
        });
        if self.searching() {
            // The new order's first match is what the user wants to see.
            let pane = &mut self.panes[Tab::Sessions.index()];
            pane.selected = 0;
            pane.offset = 0;
            self.run_search();
        }
    }

    /// Shows the hits of a search, if it is still for what the filter says.
    pub(super) fn show_search(
        &mut self,
        filter: String,
        order: SearchOrder,
        found: StoreResult<super::search_list::Found>,
    ) {
        if filter != self.panes[Tab::Sessions.index()].filter || order != self.search_order {
            return;
        }
        match found {
            Ok(found) => {
                self.search = Some(SearchList::new(filter, order, found));
                if self.tab == Tab::Sessions {
                    self.clamp_selection();
                    self.load_detail();
                } else {
                    self.ensure_session_window();
                }
            }
            Err(e) => self.set_error(format!("Search failed: {e}")),
        }
    }

    /// Selects session `id` on the Sessions tab: among the search hits when
    /// it is one, else in the whole list (clearing a search that hides it).
    pub(super) fn select_session(&mut self, id: SessionId) {
        let hit = self.searching().then_some(self.search.as_ref()).flatten();
        let row = match hit.and_then(|search| search.position(id)) {
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
    /// Selects play `id` on the Sessions tab when the search lists it;
    /// otherwise the selection stays where it is.
    pub(super) fn select_play(&mut self, id: crate::domain::PlayId) {
        self.tab = Tab::Sessions;
        let row = self
            .search
            .as_ref()
            .and_then(|s| s.plays.iter().position(|p| p.id == id));
        if let Some(row) = row.filter(|_| self.searching()) {
            let (total, page) = (self.session_rows(), self.page());
            self.panes[Tab::Sessions.index()].select(row as isize, total, page);
        }
        self.load_detail();
    }

    /// The play `target` names, as the search found it or as stored.
    pub(super) fn play_for(&self, target: Target) -> Option<crate::domain::Play> {
        let Target::Play(id) = target else {
            return None;
        };
        let listed = self.search.as_ref().and_then(|s| s.plays.iter().find(|p| p.id == id));
        listed.cloned().or_else(|| self.store.play(id).ok())
    }

    pub(super) fn session_for(&self, target: Target) -> Option<Session> {
        let Target::Session(id) = target else {
            return None;
        };
        let on_screen = self.data.session_window.rows.iter().find(|s| s.id == id);
        on_screen.cloned().or_else(|| self.store.session(id).ok())
    }
}
