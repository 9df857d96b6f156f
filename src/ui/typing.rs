//! What is typed or pasted goes into the focused input: a form field, the
//! quick-capture prompt or a list's filter; each then does what an edit needs
//! (a draft due, errors checked again, the filter applied).

use super::action::Tab;
use super::app::{App, Overlay};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    /// After typing into a form: the draft is due, and the errors of a
    /// failed save are checked again, so a fixed field stops saying it is wrong.
    pub(super) fn form_edited(&mut self) {
        self.note_typing();
        if let Some(Overlay::Form(form)) = self.overlays.last_mut() {
            super::form::submit::recheck(form, &mut self.store, &self.data, self.today);
        }
    }

    /// Pasted text goes into the focused input.
    pub(super) fn paste(&mut self, text: &str) {
        if let Some(Overlay::Form(form)) = self.overlays.last_mut() {
            form.paste(text);
            self.form_edited();
        } else if let Some(Overlay::Prompt(prompt)) = self.overlays.last_mut() {
            prompt.paste(text);
            self.note_typing();
            self.prompt_edited();
        } else if self.pane().filtering {
            let one_line = text.replace(['\n', '\r'], " ");
            self.pane_mut().filter.push_str(&one_line);
            self.filter_changed();
        }
    }

    pub(super) fn type_key(&mut self, key: KeyEvent) {
        match self.overlays.last_mut() {
            Some(Overlay::Form(form)) => {
                form.input(key);
                return self.form_edited();
            }
            Some(Overlay::Prompt(prompt)) => {
                prompt.input(key);
                self.note_typing();
                return self.prompt_edited();
            }
            _ => {}
        }
        if self.overlays.is_empty() && self.pane().filtering {
            let chord = key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
            match key.code {
                KeyCode::Char(c) if !chord => self.pane_mut().filter.push(c),
                KeyCode::Backspace => {
                    self.pane_mut().filter.pop();
                }
                _ => return,
            }
            self.filter_changed();
        }
    }

    fn filter_changed(&mut self) {
        if self.tab == Tab::Sessions {
            self.run_search();
        }
        let count = self.row_count();
        let page = self.page();
        self.pane_mut().select(0, count, page);
        self.load_detail();
    }
}
