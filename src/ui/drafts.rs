//! Drafts of what is being typed: saved within a second of the last key and on
//! every change of field, offered back after a crash, cleared once the form
//! is saved or thrown away.

use super::app::{App, Overlay, Pending};
use super::draft_book::window_running;
use super::form::build::{account_form, contact_form, rep_form, session_form, SessionPrefill};
use super::form::values::{DraftValue, Editing};
use super::prompt::Prompt;
use crate::domain::capture::Defaults;
use crate::domain::{AccountId, FieldId, RepId};
use serde::{Deserialize, Serialize};

/// Ticks (of about 250 ms) without a key before a draft is saved.
const IDLE_TICKS: u8 = 4;

/// What a draft holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Payload {
    /// An open form.
    Form {
        /// What it edits.
        purpose: Editing,
        /// What was typed, by field.
        values: Vec<(FieldId, DraftValue)>,
        /// The focused field.
        focus: usize,
    },
    /// The quick-capture prompt.
    Prompt {
        /// The line.
        text: String,
        /// The selected rep it falls back on.
        rep: Option<i64>,
        /// The selected account it falls back on.
        account: Option<i64>,
    },
}

impl App {
    /// The open form or prompt, topmost first, as a draft payload and title.
    fn draft_payload(&self) -> Option<(String, Payload)> {
        self.overlays.iter().rev().find_map(|o| match o {
            Overlay::Form(form) => Some((
                form.title.clone(),
                Payload::Form {
                    purpose: form.editing(),
                    values: form.values(),
                    focus: form.focus,
                },
            )),
            Overlay::Prompt(p) => Some((
                "quick capture".to_string(),
                Payload::Prompt {
                    text: p.text(),
                    rep: p.defaults.rep.map(|r| r.0),
                    account: p.defaults.account.map(|a| a.0),
                },
            )),
            _ => None,
        })
    }

    /// Notes a key typed into a form or the prompt.
    pub(super) fn note_typing(&mut self) {
        self.drafts.dirty = true;
        self.drafts.idle = 0;
    }

    /// Saves the draft now, if anything is typed and not yet saved.
    pub(super) fn save_draft_now(&mut self) {
        if !self.drafts.dirty {
            return;
        }
        let Some((title, payload)) = self.draft_payload() else {
            return;
        };
        let Ok(json) = serde_json::to_string(&payload) else {
            return;
        };
        match self.store.save_draft(&self.drafts.slot, &title, &json) {
            Ok(()) => {
                self.drafts.dirty = false;
                self.drafts.stored = true;
            }
            Err(e) => self.set_error(format!("Draft not saved: {e}")),
        }
    }

    /// Called on every tick: saves a draft a second after the last key.
    pub(super) fn draft_tick(&mut self) {
        if self.drafts.dirty {
            self.drafts.idle = self.drafts.idle.saturating_add(1);
            if self.drafts.idle >= IDLE_TICKS {
                self.save_draft_now();
            }
        }
    }

    /// Forgets this window's draft once no form or prompt is open any more,
    /// then offers the next draft an ended window left.
    pub(super) fn sync_draft(&mut self) {
        if self.drafts.stored && self.draft_payload().is_none() {
            match self.store.clear_draft(&self.drafts.slot) {
                Ok(()) => self.drafts.stored = false,
                Err(e) => self.set_error(format!("Cannot clear the draft: {e}")),
            }
            self.drafts.dirty = false;
        }
        self.offer_next_draft();
    }

    /// At start: the drafts that windows no longer running left behind (a
    /// crash, a kill, a flat battery), each to be offered in turn. A window
    /// still open keeps its own.
    pub(super) fn find_drafts_left(&mut self) {
        let mine = self.drafts.slot.clone();
        self.drafts.left = self
            .store
            .drafts()
            .unwrap_or_default()
            .into_iter()
            .filter(|d| d.slot != mine && !window_running(&d.slot))
            .collect();
        self.offer_next_draft();
    }

    /// Asks about the next draft left behind, when nothing else is open.
    fn offer_next_draft(&mut self) {
        if !self.overlays.is_empty() {
            return;
        }
        let Some(draft) = self.drafts.left.first() else {
            return;
        };
        let when = draft.saved_at.with_timezone(&chrono::Local).format("%a %d %b %H:%M");
        let more = match self.drafts.left.len() - 1 {
            0 => String::new(),
            1 => " (1 more after this)".to_string(),
            n => format!(" ({n} more after this)"),
        };
        self.overlays.push(Overlay::Confirm {
            question: format!(
                "Restore your unsaved {} from {when}?{more} (n discards it)",
                draft.title
            ),
            on_yes: Pending::RestoreDraft,
        });
    }

    /// The answer "no" to a draft offered: it is thrown away.
    pub(super) fn discard_offered_draft(&mut self) {
        if self.drafts.left.is_empty() {
            return;
        }
        let draft = self.drafts.left.remove(0);
        if let Err(e) = self.store.clear_draft(&draft.slot) {
            self.set_error(format!("Cannot discard the draft: {e}"));
        }
    }

    /// Rebuilds the form or prompt from the draft offered, which becomes this
    /// window's own.
    pub(super) fn restore_draft(&mut self) {
        if self.drafts.left.is_empty() {
            return;
        }
        let draft = self.drafts.left.remove(0);
        match self.store.adopt_draft(&draft.slot, &self.drafts.slot) {
            Ok(true) => self.drafts.stored = true,
            Ok(false) => return self.set_error("Another window has taken that draft"),
            Err(e) => return self.set_error(format!("Cannot take over the draft: {e}")),
        }
        let payload = serde_json::from_str::<Payload>(&draft.payload).ok();
        let Some(payload) = payload else {
            return self.set_error("The draft could not be read; it was discarded");
        };
        match payload {
            Payload::Prompt { text, rep, account } => {
                let mut prompt = Prompt::new(Defaults {
                    rep: rep.map(RepId),
                    account: account.map(AccountId),
                });
                prompt.paste(&text);
                self.overlays.push(Overlay::Prompt(Box::new(prompt)));
            }
            Payload::Form { purpose, values, focus } => {
                let Some(mut form) = self.form_for(purpose) else {
                    return self.set_error("The record this draft edits is gone; the draft was discarded");
                };
                form.apply_values(&values);
                form.set_focus(focus);
                self.overlays.push(Overlay::Form(Box::new(form)));
            }
        }
        self.set_status("Draft restored: Ctrl-S saves it, Esc throws it away");
    }

    /// After a conflict: saves what was typed over the other window's change.
    pub(super) fn overwrite(&mut self) {
        let Some(Overlay::Form(form)) = self.overlays.last() else {
            return;
        };
        let current = self.form_for(form.editing().latest()).and_then(|f| f.editing().seen());
        if let (Some(Overlay::Form(form)), Some(seen)) = (self.overlays.last_mut(), current) {
            form.set_seen(seen);
        }
        self.act(super::action::Action::Save);
    }

    /// After a conflict: throws away what was typed and shows the record as saved elsewhere.
    pub(super) fn reload_form(&mut self) {
        let Some(Overlay::Form(form)) = self.overlays.last() else {
            return;
        };
        if let Some(fresh) = self.form_for(form.editing().latest()) {
            self.overlays.pop();
            self.overlays.push(Overlay::Form(Box::new(fresh)));
            self.set_status("Reloaded the record as saved in the other window");
        }
    }

    /// An empty form for what a draft edits, with the version it was opened at.
    fn form_for(&self, editing: Editing) -> Option<super::form::Form> {
        let prefill = SessionPrefill {
            rep: None,
            account: None,
            date: self.today,
            time: Some(self.now),
            kind: None,
        };
        let cadence = self.config.default_cadence;
        let mut form = match editing {
            Editing::Rep { id: None, .. } => rep_form(None, &self.data, cadence),
            Editing::Rep { id: Some(id), .. } => rep_form(Some(self.store.rep(id).ok()?), &self.data, cadence),
            Editing::Account { id: None, .. } => account_form(None, &self.data),
            Editing::Account { id: Some(id), .. } => account_form(Some(self.store.account(id).ok()?), &self.data),
            Editing::Contact { account, id, .. } => {
                let existing = match id {
                    Some(id) => Some(
                        self.store
                            .contacts(account, true)
                            .ok()?
                            .into_iter()
                            .find(|c| c.id == id)?,
                    ),
                    None => None,
                };
                contact_form(account, existing, &self.data)
            }
            Editing::Session { id: None, .. } => session_form(None, prefill, &self.data),
            Editing::Stay { rep } => crate::ui::form::build::stay_form(rep, self.today, &self.data),
            Editing::Play { id: Some(id), .. } => {
                let play = self.store.play(id).ok()?;
                let draft = play.data.clone();
                crate::ui::form::build::play_form(Some(play), draft, &self.data)
            }
            Editing::Play {
                id: None, from_session, ..
            } => {
                let draft = match from_session {
                    Some(s) => crate::domain::play::draft_from_session(&self.store.session(s).ok()?, self.today),
                    None => crate::domain::PlayData::new("", self.today),
                };
                crate::ui::form::build::play_form(None, draft, &self.data)
            }
            Editing::Session { id: Some(id), .. } => {
                let session = self.store.session(id).ok()?;
                let commitments = self
                    .store
                    .commitments(&crate::store::CommitmentFilter {
                        session: Some(session.id),
                        ..Default::default()
                    })
                    .ok()?;
                session_form(Some((session, commitments)), prefill, &self.data)
            }
        };
        if let Some(seen) = editing.seen() {
            form.set_seen(seen);
        }
        Some(form)
    }
}
