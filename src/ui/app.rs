//! The app's state. `update` (in update.rs) is the only place it changes in
//! response to the user; rendering reads it and nothing else.

use super::action::Tab;
use super::data::{Data, Detail};
use super::draft_book::DraftBook;
use super::keymap::Context;
use super::lists::{self, ListPane};
pub use super::overlay::{Chooser, EditorRequest, Overlay, Pending, Status, Target, Undo};
use super::reader_thread::ReaderThread;
use super::search_list::SearchList;
use crate::domain::config::Config;
use crate::store::search::SearchOrder;
use crate::store::{Store, StoreResult};
use chrono::{NaiveDate, NaiveTime};

/// How many ticks (of about 250 ms) a status message stays.
const STATUS_TICKS: u16 = 20;

/// The whole UI state.
pub struct App {
    /// The thread that does the slow reads; without it they run in place.
    /// First, so it is dropped (and its connection closed) before `store`.
    pub(super) reader: Option<ReaderThread>,
    /// The notebook.
    pub(in crate::ui) store: Store,
    /// Today's date.
    pub(in crate::ui) today: NaiveDate,
    /// The time now, for captures.
    pub(in crate::ui) now: NaiveTime,
    /// The shown tab.
    pub(in crate::ui) tab: Tab,
    /// Each tab's list state, by `Tab::index`.
    pub(in crate::ui) panes: [ListPane; Tab::ALL.len()],
    /// The records on screen.
    pub(in crate::ui) data: Data,
    /// The selected record's extra detail.
    pub(in crate::ui) detail: Detail,
    /// Overlays, bottom first.
    pub(in crate::ui) overlays: Vec<Overlay>,
    /// The status message.
    pub(in crate::ui) status: Option<Status>,
    /// What `u` can undo, last first.
    pub(in crate::ui) undo: Vec<Undo>,
    /// The Accounts tab shows the succession view.
    pub(in crate::ui) succession_view: bool,
    /// Set when the user quits.
    pub(in crate::ui) quit: bool,
    /// The terminal size (columns, rows).
    pub(in crate::ui) size: (u16, u16),
    /// The settings in effect.
    pub(in crate::ui) config: Config,
    /// The Sessions tab's search: every match of its filter, in `search_order`.
    pub(in crate::ui) search: Option<SearchList>,
    /// The order the Sessions tab lists search matches in.
    pub(in crate::ui) search_order: SearchOrder,
    /// Quick-capture lines saved in this run, oldest first.
    pub(in crate::ui) history: Vec<String>,
    /// A field waiting to be edited in $EDITOR.
    pub(in crate::ui) editor_request: Option<EditorRequest>,
    /// This window's drafts.
    pub(super) drafts: DraftBook,
    /// The store's data version when last loaded.
    data_version: i64,
}

impl App {
    /// Opens the UI state over `store`, with every read done in place before
    /// it returns (tests and benchmarks see the finished screen).
    pub fn new(store: Store, today: NaiveDate, now: NaiveTime, config: Config) -> StoreResult<App> {
        App::open(store, today, now, config, None)
    }

    /// Opens the UI state with the slow reads (the Today figures, searches)
    /// on a thread of their own: the first frame does not wait for them.
    pub fn with_background_reads(store: Store, today: NaiveDate, now: NaiveTime, config: Config) -> StoreResult<App> {
        let reader = match store.open_reader() {
            Some(Ok(connection)) => ReaderThread::spawn(connection).ok(),
            _ => None,
        };
        App::open(store, today, now, config, reader)
    }

    fn open(
        store: Store,
        today: NaiveDate,
        now: NaiveTime,
        config: Config,
        reader: Option<ReaderThread>,
    ) -> StoreResult<App> {
        let mut data = Data::load(&store, today)?;
        data.directory.questions = config.questions();
        let data_version = store.data_version()?;
        let mut app = App {
            store,
            today,
            now,
            tab: if data.is_empty() { Tab::Reps } else { Tab::Today },
            panes: Default::default(),
            data,
            detail: Detail::Empty,
            overlays: Vec::new(),
            status: None,
            undo: Vec::new(),
            succession_view: false,
            quit: false,
            size: (120, 40),
            history: Vec::new(),
            config,
            search: None,
            search_order: SearchOrder::default(),
            editor_request: None,
            drafts: DraftBook::new(),
            data_version,
            reader,
        };
        if let Some(why) = app.store.read_only_reason().map(str::to_string) {
            app.set_error(format!("Read-only notebook: {why}"));
        } else if let Some(warning) = app.store.take_warning() {
            app.set_status(warning);
        } else if let Some(warning) = crate::notebook::config_warnings(&app.store, &app.config)?.first() {
            app.set_error(warning.clone());
        }
        app.load_detail();
        // After the first detail: when the figures come they load the detail
        // of the Today item selected, and only then.
        app.request_insights();
        app.find_drafts_left();
        Ok(app)
    }

    /// The key contexts in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match self.overlays.last() {
            Some(Overlay::Text { stay_with: Some(_), .. }) => vec![Context::RetentionView, Context::Help],
            Some(Overlay::Help { .. }) | Some(Overlay::Text { .. }) => vec![Context::Help],
            Some(Overlay::Confirm { .. }) => vec![Context::Confirm],
            Some(Overlay::Chooser(_)) => vec![Context::Chooser],
            Some(Overlay::Prompt(_)) => vec![Context::Prompt],
            Some(Overlay::Form(form)) => form.contexts(),
            None if self.pane().filtering => vec![Context::Filter],
            None => match self.tab {
                Tab::Today => vec![Context::Today, Context::List],
                Tab::Reps => vec![Context::Reps, Context::List],
                Tab::Accounts => vec![Context::Accounts, Context::List],
                Tab::Sessions => vec![Context::Sessions, Context::List],
            },
        }
    }

    /// Called about four times a second with the clock's time: saves a
    /// draft after a pause, expires the status message, and reloads when
    /// another process wrote to the notebook or a new day began. Returns
    /// whether anything on screen changed (an idle app draws nothing).
    pub(super) fn tick(&mut self, now: chrono::NaiveDateTime) -> bool {
        let new_day = now.date() != self.today;
        self.today = now.date();
        self.now = now.time();
        self.draft_tick();
        let mut changed = false;
        if let Some(status) = &mut self.status {
            status.ticks_left = status.ticks_left.saturating_sub(1);
            if status.ticks_left == 0 {
                self.status = None;
                changed = true;
            }
        }
        match self.store.data_version() {
            Ok(version) if version != self.data_version || new_day => {
                self.refresh();
                changed = true;
            }
            Ok(_) => {}
            Err(e) => {
                self.set_error(format!("Cannot read the notebook: {e}"));
                changed = true;
            }
        }
        changed
    }

    /// Reloads everything, keeping the selection on the same record.
    pub fn refresh(&mut self) {
        let keep = self.selected();
        match Data::load(&self.store, self.today) {
            // The figures stay on screen until the new ones come.
            Ok(mut data) => {
                data.insights = std::mem::take(&mut self.data.insights);
                data.directory.questions = self.config.questions();
                self.data = data;
            }
            Err(e) => return self.set_error(format!("Cannot read the notebook: {e}")),
        }
        self.data_version = self.store.data_version().unwrap_or(self.data_version);
        self.request_insights();
        self.run_search();
        match keep {
            Some(target) => self.select(target),
            None => {
                self.clamp_selection();
                self.load_detail();
            }
        }
    }

    /// Keeps the selection within the current tab's rows after they changed.
    pub(super) fn clamp_selection(&mut self) {
        let count = self.row_count();
        let page = self.page();
        let selected = self.pane().selected as isize;
        self.pane_mut().select(selected, count, page);
    }

    /// The current tab's list state.
    pub fn pane(&self) -> &ListPane {
        &self.panes[self.tab.index()]
    }

    /// The current tab's list state, to change.
    pub fn pane_mut(&mut self) -> &mut ListPane {
        &mut self.panes[self.tab.index()]
    }

    /// How many rows the current tab lists.
    pub fn row_count(&self) -> usize {
        match self.tab {
            Tab::Sessions => self.session_rows(),
            _ => self.rows().len(),
        }
    }

    /// The visible rows of the current tab (indices into its records); the
    /// succession view orders accounts by owner. The Sessions tab pages
    /// instead: see `session_rows` and `session_at`.
    pub fn rows(&self) -> Vec<usize> {
        let rows = self.visible_for(self.tab);
        if self.tab == Tab::Accounts && self.succession_view {
            let mut shown = vec![false; self.data.accounts.len()];
            for &i in &rows {
                shown[i] = true;
            }
            let order = lists::succession_order(&self.data);
            return order.into_iter().filter(|&i| shown[i]).collect();
        }
        rows
    }

    /// The rows of `tab` its filter lets through.
    fn visible_for(&self, tab: Tab) -> Vec<usize> {
        lists::visible(&self.data, tab, &self.panes[tab.index()].filter)
    }

    /// Whether the list shown is the succession view, which takes the width.
    pub fn wide_list(&self) -> bool {
        self.tab == Tab::Accounts && self.succession_view
    }

    /// Rows a page of the list holds at the current size.
    pub fn page(&self) -> usize {
        super::layout::list_rows(self.size, self.wide_list())
    }

    /// The selected line of the Today tab, when that tab is shown.
    pub fn selected_today_item(&self) -> Option<&super::insights::TodayItem> {
        if self.tab != Tab::Today {
            return None;
        }
        let index = *self.rows().get(self.pane().selected)?;
        self.data.insights.items.get(index)
    }

    /// The selected record of the current tab.
    pub fn selected(&self) -> Option<Target> {
        let index = || self.rows().get(self.pane().selected).copied();
        match self.tab {
            Tab::Sessions => match self.play_at(self.pane().selected) {
                Some(play) => Some(Target::Play(play.id)),
                None => Some(Target::Session(self.session_at(self.pane().selected)?.id)),
            },
            Tab::Today => Some(self.selected_today_item()?.target()),
            Tab::Reps => Some(Target::Rep(self.data.reps[index()?].id)),
            Tab::Accounts => Some(Target::Account(self.data.accounts[index()?].id)),
        }
    }

    /// Shows `target` in its tab, selected (clearing a filter that hides it).
    pub fn select(&mut self, target: Target) {
        let (tab, position) = match target {
            Target::Rep(id) => (Tab::Reps, self.data.reps.iter().position(|r| r.id == id)),
            Target::Account(id) => (Tab::Accounts, self.data.accounts.iter().position(|a| a.id == id)),
            Target::Session(id) => return self.select_session(id),
            Target::Play(id) => return self.select_play(id),
        };
        let mut rows = self.visible_for(tab);
        if position.is_some_and(|p| !rows.contains(&p)) {
            self.panes[tab.index()].filter.clear();
            rows = self.visible_for(tab);
        }
        let row = position.and_then(|p| rows.iter().position(|r| *r == p));
        let page = super::layout::list_rows(self.size, tab == Tab::Accounts && self.succession_view);
        let pane = &mut self.panes[tab.index()];
        pane.select(row.unwrap_or(pane.selected) as isize, rows.len(), page);
        if tab == self.tab {
            self.load_detail();
        }
    }

    /// Loads the selected record's detail. Today has no detail pane (its
    /// side shows field time), so a key there reads nothing.
    pub fn load_detail(&mut self) {
        self.ensure_session_window();
        if self.tab == Tab::Today {
            self.detail = Detail::Empty;
            return;
        }
        let detail = match self.selected() {
            None => Ok(Detail::Empty),
            Some(Target::Rep(id)) => Detail::rep(&self.store, id, self.today),
            Some(Target::Account(id)) => Detail::account(&self.store, id),
            Some(Target::Session(id)) => Detail::session(&self.store, id),
            Some(Target::Play(id)) => self.store.play(id).map(|play| Detail::Play(Box::new(play))),
        };
        match detail {
            Ok(detail) => self.detail = detail,
            Err(e) => self.set_error(format!("Cannot read the notebook: {e}")),
        }
    }

    /// Shows a message in the status line for a few seconds.
    pub fn set_status(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
            ticks_left: STATUS_TICKS,
        });
    }

    /// Shows a problem in the status line.
    pub fn set_error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
            ticks_left: STATUS_TICKS * 2,
        });
    }

    /// Ends an $EDITOR session: puts the edited text back, or reports why not.
    pub(super) fn finish_editor(&mut self, field: crate::domain::FieldId, result: Result<String, String>) {
        match result {
            Ok(text) => {
                if let Some(Overlay::Form(form)) = self.overlays.last_mut() {
                    form.set_text(field, text.trim_end_matches('\n'));
                }
            }
            Err(why) => self.set_error(format!("The editor did not run: {why}")),
        }
    }

    /// The terminal changed size.
    pub(super) fn resize(&mut self, columns: u16, rows: u16) {
        self.size = (columns, rows);
        let count = self.row_count();
        let page = self.page();
        let selected = self.pane().selected as isize;
        self.pane_mut().select(selected, count, page);
        self.ensure_session_window();
    }
}
