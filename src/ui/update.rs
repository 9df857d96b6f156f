//! `App::update`: the one place where actions change state, call the store and
//! set the status message.

use super::action::{Action, Tab};
use super::app::{App, EditorRequest, Overlay, Pending, Target, Undo};
use super::prompt::Prompt;
use crate::domain::ContactId;
use crate::store::StoreResult;

impl App {
    /// Applies one action (from a key through the keymap, or `Msg::Action`).
    pub(super) fn act(&mut self, action: Action) {
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
            Action::HalfPageDown => self.move_selection(|s, page| s + (page / 2).max(1)),
            Action::HalfPageUp => self.move_selection(|s, page| s - (page / 2).max(1)),
            Action::StartFilter => self.pane_mut().filtering = true,
            Action::KeepFilter => self.pane_mut().filtering = false,
            Action::ClearFilter if self.pane().filter.is_empty() && !self.pane().filtering => {}
            Action::ClearFilter => {
                let keep = self.selected();
                let pane = self.pane_mut();
                pane.filter.clear();
                pane.filtering = false;
                if self.tab == Tab::Sessions {
                    self.run_search();
                }
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
            Action::ToggleSearchOrder => self.toggle_search_order(),
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
                self.prompt_edited();
            }
            Action::HistoryPrev | Action::HistoryNext => {
                if let Some(Overlay::Prompt(prompt)) = self.overlays.last_mut() {
                    prompt.recall(&self.history, if action == Action::HistoryPrev { -1 } else { 1 });
                }
                self.prompt_edited();
            }
            Action::OpenEditor => {
                if let Some(Overlay::Form(form)) = self.overlays.last() {
                    if let Some(field) = form.editor_field() {
                        let text = form.text(field);
                        self.editor_request = Some(EditorRequest { field, text });
                    }
                }
            }
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            // Never resolved from a key: the field takes those keys itself.
            Action::FieldKey => {}
            Action::RecordStay => self.record_stay(),
            Action::PlayFromSession => self.play_from_session(),
            Action::PickMentor => self.choose_mentor(),
            Action::Harvest => self.harvest_prompt(),
        }
    }

    fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        let count = self.row_count();
        let page = self.page();
        let selected = self.pane().selected as isize;
        self.pane_mut().select(selected, count, page);
        self.load_detail();
    }

    pub(super) fn move_selection(&mut self, to: impl Fn(isize, isize) -> isize) {
        let count = self.row_count();
        let page = self.page();
        let target = to(self.pane().selected as isize, page as isize);
        self.pane_mut().select(target, count, page);
        self.load_detail();
    }

    pub(super) fn report<T>(&mut self, result: StoreResult<T>) -> Option<T> {
        result.map_err(|e| self.set_error(e.to_string())).ok()
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
            Target::Session(id) => match self.session_for(target) {
                Some(s) => format!(
                    "the {} with {} on {}",
                    s.data.kind.label(),
                    self.data.rep_name(s.data.rep),
                    s.data.date
                ),
                None => format!("session {id}"),
            },
            Target::Play(id) => match self.play_for(target) {
                Some(p) => format!("play \"{}\"", p.data.title),
                None => format!("play {id}"),
            },
        }
    }

    fn set_archived(&mut self, target: Target, archived: bool) -> StoreResult<()> {
        match target {
            Target::Rep(id) => self.store.set_rep_archived(id, archived).map(drop),
            Target::Account(id) => self.store.set_account_archived(id, archived).map(drop),
            Target::Session(id) => self.store.set_session_archived(id, archived).map(drop),
            Target::Play(id) => {
                let mut play = self.store.play(id)?;
                play.data.archived = archived;
                self.store.save_play(play).map(drop)
            }
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
                Pending::RestoreDraft => self.discard_offered_draft(),
                Pending::Overwrite => self.reload_form(),
                _ => {}
            }
            return;
        }
        match on_yes {
            Pending::RestoreDraft => self.restore_draft(),
            Pending::Overwrite => self.overwrite(),
            Pending::SaveDuplicate => self.save_form_as_is(),
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
                    let purpose = chooser.purpose;
                    let id = chooser.options.get(chooser.highlight).map(|(id, _)| *id);
                    self.overlays.pop();
                    match (purpose, id) {
                        (super::overlay::Choosing::Contact(account), Some(id)) => {
                            self.edit_contact(account, ContactId(id))
                        }
                        (super::overlay::Choosing::Mentor(rep), Some(id)) => {
                            self.set_mentor(rep, crate::domain::RepId(id))
                        }
                        _ => {}
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
}
