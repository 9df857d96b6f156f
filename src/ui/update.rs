//! `App::update`: the one place where actions change state, call the store and
//! set the status message.

use super::action::{Action, Tab};
use super::app::{App, Chooser, EditorRequest, Overlay, Pending, Target, Undo};
use super::form::build::{account_form, contact_form, rep_form, session_form, SessionPrefill};
use super::form::submit;
use super::prompt::Prompt;
use crate::domain::capture::{parse, Defaults};
use crate::domain::{AccountId, ContactId, RepId};
use crate::store::{CommitmentFilter, StoreResult};

impl App {
    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.apply(action);
        if matches!(
            action,
            Action::NextField | Action::PrevField | Action::Accept | Action::Quit
        ) {
            self.save_draft_now();
        }
        self.sync_draft();
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::GoTab(tab) => self.show_tab(tab),
            Action::NextTab => self.show_tab(Tab::ALL[(self.tab.index() + 1) % Tab::ALL.len()]),
            Action::PrevTab => self.show_tab(Tab::ALL[(self.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]),
            Action::Down => self.move_selection(|s, _| s + 1),
            Action::Up => self.move_selection(|s, _| s - 1),
            Action::First => self.move_selection(|_, _| 0),
            Action::Last => self.move_selection(|_, _| isize::MAX / 2),
            Action::PageDown => self.move_selection(|s, page| s + page),
            Action::PageUp => self.move_selection(|s, page| s - page),
            Action::StartFilter => self.pane_mut().filtering = true,
            Action::KeepFilter => self.pane_mut().filtering = false,
            Action::ClearFilter => {
                let keep = self.selected();
                let pane = self.pane_mut();
                pane.filter.clear();
                pane.filtering = false;
                match keep {
                    Some(target) => self.select(target),
                    None => self.move_selection(|_, _| 0),
                }
            }
            Action::New => self.open_new(),
            Action::Edit => self.open_edit(),
            Action::Archive => self.ask_archive(),
            Action::Undo => self.undo(),
            Action::Jump => self.jump(),
            Action::MarkDone => self.mark_done(),
            Action::Development => self.show_development(),
            Action::Brief => self.show_brief(),
            Action::WriteReport => self.write_report(),
            Action::ToggleSuccession => {
                self.succession_view = !self.succession_view;
                self.move_selection(|_, _| 0);
            }
            Action::Capture => self.capture(),
            Action::AddContact => self.add_contact(),
            Action::EditContact => self.choose_contact(),
            Action::Help => self.overlays.push(Overlay::Help { scroll: 0 }),
            Action::Close => self.close_top(),
            Action::Yes => self.answer(true),
            Action::No => self.answer(false),
            Action::NextField | Action::PrevField | Action::PickDown | Action::PickUp | Action::Accept => {
                self.move_in_overlay(action)
            }
            Action::Save => match self.overlays.last() {
                Some(Overlay::Prompt(_)) => self.submit_prompt(),
                _ => self.save_form(),
            },
            Action::QuickCapture => {
                let defaults = self.capture_defaults();
                self.overlays.push(Overlay::Prompt(Box::new(Prompt::new(defaults))));
            }
            Action::Complete => {
                if let Some(Overlay::Prompt(prompt)) = self.overlays.last_mut() {
                    prompt.complete(&self.data.directory);
                }
            }
            Action::HistoryPrev | Action::HistoryNext => {
                if let Some(Overlay::Prompt(prompt)) = self.overlays.last_mut() {
                    prompt.recall(&self.history, if action == Action::HistoryPrev { -1 } else { 1 });
                }
            }
            Action::OpenEditor => {
                if let Some(Overlay::Form(form)) = self.overlays.last() {
                    if let Some(field) = form.editor_field() {
                        let text = form.text(field);
                        self.editor_request = Some(EditorRequest { field, text });
                    }
                }
            }
            Action::ScrollDown | Action::ScrollUp => {
                if let Some(Overlay::Help { scroll } | Overlay::Text { scroll, .. }) = self.overlays.last_mut() {
                    *scroll = if action == Action::ScrollDown {
                        scroll.saturating_add(1)
                    } else {
                        scroll.saturating_sub(1)
                    };
                }
            }
        }
    }

    fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        let count = self.rows().len();
        let page = self.page();
        let selected = self.pane().selected as isize;
        self.pane_mut().select(selected, count, page);
        self.load_detail();
    }

    fn move_selection(&mut self, to: impl Fn(isize, isize) -> isize) {
        let count = self.rows().len();
        let page = self.page();
        let target = to(self.pane().selected as isize, page as isize);
        self.pane_mut().select(target, count, page);
        self.load_detail();
    }

    pub(super) fn report<T>(&mut self, result: StoreResult<T>) -> Option<T> {
        result.map_err(|e| self.set_error(e.to_string())).ok()
    }

    fn open_new(&mut self) {
        let form = match self.tab {
            Tab::Today => return self.capture(),
            Tab::Reps => rep_form(None, &self.data, self.config.default_cadence),
            Tab::Accounts => account_form(None, &self.data),
            Tab::Sessions => {
                if self.data.reps.is_empty() {
                    return self.set_error("Add a rep first: press 1, then n");
                }
                session_form(None, self.prefill(None, None), &self.data)
            }
        };
        self.overlays.push(Overlay::Form(Box::new(form)));
    }

    fn open_edit(&mut self) {
        let form = match self.selected() {
            None => return self.set_error("Nothing selected to edit"),
            Some(Target::Rep(id)) => self
                .report(self.store.rep(id))
                .map(|rep| rep_form(Some(rep), &self.data, self.config.default_cadence)),
            Some(Target::Account(id)) => {
                let account = self.report(self.store.account(id));
                account.map(|a| account_form(Some(a), &self.data))
            }
            Some(Target::Session(id)) => {
                let filter = CommitmentFilter {
                    session: Some(id),
                    ..CommitmentFilter::default()
                };
                let loaded = self
                    .store
                    .session(id)
                    .and_then(|s| Ok((s, self.store.commitments(&filter)?)));
                let prefill = self.prefill(None, None);
                self.report(loaded)
                    .map(|existing| session_form(Some(existing), prefill, &self.data))
            }
        };
        if let Some(form) = form {
            self.overlays.push(Overlay::Form(Box::new(form)));
        }
    }

    fn prefill(&self, rep: Option<RepId>, account: Option<AccountId>) -> SessionPrefill {
        SessionPrefill {
            rep,
            account,
            date: self.today,
            time: Some(self.now),
        }
    }

    /// `c`: a session form for the selection, starting on Notes.
    fn capture(&mut self) {
        if self.data.reps.is_empty() {
            return self.set_error("Add a rep first: press 1, then n");
        }
        let (rep, account) = match self.selected() {
            Some(Target::Rep(rep)) => {
                let account = self.report(self.store.last_account_visited(rep)).flatten();
                (Some(rep), account)
            }
            Some(Target::Account(id)) => (self.data.account(id).and_then(|a| a.data.owner), Some(id)),
            Some(Target::Session(id)) => match self.data.sessions.iter().find(|s| s.id == id) {
                Some(s) => (Some(s.data.rep), s.data.account),
                None => (None, None),
            },
            None => (None, None),
        };
        let rep = rep.filter(|r| self.data.rep(*r).is_some());
        let account = account.filter(|a| self.data.account(*a).is_some());
        let form = session_form(None, self.prefill(rep, account), &self.data);
        self.overlays.push(Overlay::Form(Box::new(form)));
    }

    fn add_contact(&mut self) {
        match (self.tab, self.selected()) {
            (Tab::Accounts, Some(Target::Account(id))) => {
                let form = contact_form(id, None, &self.data);
                self.overlays.push(Overlay::Form(Box::new(form)));
            }
            _ => self.set_error("Contacts are added on the Accounts tab: select an account, then a"),
        }
    }

    fn choose_contact(&mut self) {
        let Some(Target::Account(account)) = self.selected().filter(|_| self.tab == Tab::Accounts) else {
            return self.set_error("Contacts are edited on the Accounts tab: select an account, then E");
        };
        let Some(contacts) = self.report(self.store.contacts(account, false)) else {
            return;
        };
        if contacts.is_empty() {
            return self.set_error("No contacts at this account yet; a adds one");
        }
        self.overlays.push(Overlay::Chooser(Chooser {
            title: format!("Edit a contact at {}", self.data.account_name(account)),
            options: contacts
                .iter()
                .map(|c| (c.id.0, format!("{} {}", c.data.name, c.data.role)))
                .collect(),
            highlight: 0,
            account,
        }));
    }

    fn ask_archive(&mut self) {
        let Some(target) = self.selected() else {
            return self.set_error("Nothing selected to archive");
        };
        let what = self.describe(target);
        self.overlays.push(Overlay::Confirm {
            question: format!("Archive {what}? It can be restored with u."),
            on_yes: Pending::Archive(target),
        });
    }

    fn describe(&self, target: Target) -> String {
        match target {
            Target::Rep(id) => format!("rep {}", self.data.rep_name(id)),
            Target::Account(id) => format!("account {}", self.data.account_name(id)),
            Target::Session(id) => match self.data.sessions.iter().find(|s| s.id == id) {
                Some(s) => format!(
                    "the {} with {} on {}",
                    s.data.kind.label(),
                    self.data.rep_name(s.data.rep),
                    s.data.date
                ),
                None => format!("session {id}"),
            },
        }
    }

    fn set_archived(&mut self, target: Target, archived: bool) -> StoreResult<()> {
        match target {
            Target::Rep(id) => self.store.set_rep_archived(id, archived).map(drop),
            Target::Account(id) => self.store.set_account_archived(id, archived).map(drop),
            Target::Session(id) => self.store.set_session_archived(id, archived).map(drop),
        }
    }

    fn undo(&mut self) {
        match self.undo.pop() {
            None => self.set_error("Nothing to undo"),
            Some(Undo::Archive(target)) => {
                let result = self.set_archived(target, false);
                if self.report(result).is_some() {
                    self.refresh();
                    self.select(target);
                    let what = self.describe(target);
                    self.set_status(format!("Restored {what}"));
                }
            }
            Some(Undo::Done(id)) => {
                let result = self.store.set_commitment_done(id, None);
                if let Some(c) = self.report(result) {
                    self.refresh();
                    self.set_status(format!("Open again: {}", c.data.text));
                }
            }
        }
    }

    fn answer(&mut self, yes: bool) {
        let Some(Overlay::Confirm { on_yes, .. }) = self.overlays.pop() else {
            return;
        };
        if !yes {
            match on_yes {
                Pending::RestoreDraft => self.draft_stored = true,
                Pending::Overwrite => self.reload_form(),
                _ => {}
            }
            return;
        }
        match on_yes {
            Pending::RestoreDraft => self.restore_draft(),
            Pending::Overwrite => self.overwrite(),
            Pending::DiscardForm => {
                if matches!(self.overlays.last(), Some(Overlay::Form(_))) {
                    self.overlays.pop();
                }
            }
            Pending::Archive(target) => {
                let what = self.describe(target);
                let result = self.set_archived(target, true);
                if self.report(result).is_some() {
                    self.undo.push(Undo::Archive(target));
                    self.refresh();
                    self.set_status(format!("Archived {what}; u undoes"));
                }
            }
        }
    }

    fn close_top(&mut self) {
        match self.overlays.last() {
            Some(Overlay::Form(form)) if form.dirty => self.overlays.push(Overlay::Confirm {
                question: "Discard what you typed in this form?".into(),
                on_yes: Pending::DiscardForm,
            }),
            Some(_) => {
                self.overlays.pop();
            }
            None => {}
        }
    }

    fn move_in_overlay(&mut self, action: Action) {
        match self.overlays.last_mut() {
            Some(Overlay::Form(form)) => match action {
                Action::NextField => form.next_field(),
                Action::PrevField => form.prev_field(),
                Action::PickDown => form.pick(1),
                Action::PickUp => form.pick(-1),
                Action::Accept => form.accept(),
                _ => {}
            },
            Some(Overlay::Chooser(chooser)) => match action {
                Action::PickDown => {
                    chooser.highlight = (chooser.highlight + 1).min(chooser.options.len().saturating_sub(1))
                }
                Action::PickUp => chooser.highlight = chooser.highlight.saturating_sub(1),
                Action::Accept => {
                    let account = chooser.account;
                    let id = chooser.options.get(chooser.highlight).map(|(id, _)| ContactId(*id));
                    self.overlays.pop();
                    if let Some(id) = id {
                        self.edit_contact(account, id);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }

    fn edit_contact(&mut self, account: AccountId, id: ContactId) {
        let Some(contacts) = self.report(self.store.contacts(account, true)) else {
            return;
        };
        if let Some(contact) = contacts.into_iter().find(|c| c.id == id) {
            let form = contact_form(account, Some(contact), &self.data);
            self.overlays.push(Overlay::Form(Box::new(form)));
        }
    }

    /// The rep and account a quick-capture line falls back on: the selection.
    fn capture_defaults(&self) -> Defaults {
        match self.selected() {
            Some(Target::Rep(rep)) => Defaults {
                rep: Some(rep),
                account: None,
            },
            Some(Target::Account(id)) => Defaults {
                rep: self.data.account(id).and_then(|a| a.data.owner),
                account: Some(id),
            },
            Some(Target::Session(id)) => match self.data.sessions.iter().find(|s| s.id == id) {
                Some(s) => Defaults {
                    rep: Some(s.data.rep),
                    account: s.data.account,
                },
                None => Defaults::default(),
            },
            None => Defaults::default(),
        }
    }

    fn submit_prompt(&mut self) {
        let Some(Overlay::Prompt(prompt)) = self.overlays.last() else {
            return;
        };
        let line = prompt.text();
        let capture = match parse(&line, &self.data.directory, self.today, prompt.defaults) {
            Ok(capture) => capture,
            Err(e) => return self.set_error(format!("Not saved: {e}")),
        };
        let summary = capture.describe(&self.data.directory);
        let (session, commitments) = capture.to_session();
        let result = self.store.add_session(session, commitments);
        let Some(saved) = self.report(result) else {
            return;
        };
        self.overlays.pop();
        self.history.push(line);
        self.refresh();
        self.select(Target::Session(saved.id));
        self.set_status(format!("Saved {summary}"));
    }

    fn save_form(&mut self) {
        let Some(Overlay::Form(form)) = self.overlays.last_mut() else {
            return;
        };
        let Some(saved) = submit::save(form, &mut self.store, &self.data, self.today) else {
            if form.conflict {
                form.conflict = false;
                self.overlays.push(Overlay::Confirm {
                    question: "This record was changed in another window since you opened it. \
                               y: overwrite it with yours; n: reload theirs (what you typed is lost)"
                        .into(),
                    on_yes: Pending::Overwrite,
                });
            }
            return;
        };
        self.overlays.pop();
        self.refresh();
        self.select(saved.target);
        self.set_status(saved.message);
    }
}
