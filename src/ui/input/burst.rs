//! Keys that arrive together, faster than anyone types (a paste in a
//! terminal without bracketed paste, a clipboard tool that types): text for
//! the focused field, never commands. An Enter in a burst is a line break in
//! a multi-line field and ends the burst in a one-line field, so the rest of
//! a pasted line never saves, archives or opens anything.

use super::keys::Typed;
use crate::ui::app::{App, Overlay};
use crate::ui::message::Msg;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::time::{Duration, Instant};

/// More keys than this in one read is more than a person typed.
const BURST_KEYS: usize = 3;

/// A read this large may be one part of a longer paste...
const PART_OF_MORE: usize = 512;

/// ... continued by the next read if it comes this soon.
const BURST_GAP: Duration = Duration::from_millis(15);

/// What kind of text the focused input takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFocus {
    /// One line: Enter would save or move on.
    OneLine,
    /// Several lines: Enter is a line break.
    MultiLine,
}

/// Whether the reads so far are a burst, and whether it was cut at an Enter.
#[derive(Debug, Default)]
pub struct Bursts {
    /// When the last large read of a burst came: the next read soon after
    /// is the rest of the same paste.
    last_large: Option<Instant>,
    in_burst: bool,
    cut: bool,
}

impl Bursts {
    /// Hands what one read brought to the app, as keys, or as text when it
    /// is a burst and a text field has the focus. Returns whether anything
    /// reached the app.
    pub fn deliver(&mut self, app: &mut App, typed: Vec<Typed>, at: Instant) -> bool {
        let continues = self.in_burst && self.last_large.is_some_and(|last| at.duration_since(last) < BURST_GAP);
        self.in_burst = continues || typed.len() > BURST_KEYS;
        self.last_large = (self.in_burst && typed.len() >= PART_OF_MORE).then_some(at);
        if !continues {
            self.cut = false;
        }
        let mut text = String::new();
        let mut any = false;
        for item in typed {
            if self.cut || app.quit || app.editor_request.is_some() {
                break;
            }
            any = true;
            let key = match item {
                Typed::Paste(pasted) => {
                    flush(app, &mut text);
                    app.update(Msg::Paste(pasted));
                    continue;
                }
                Typed::Mouse(event) => {
                    flush(app, &mut text);
                    app.update(Msg::Mouse(event));
                    continue;
                }
                Typed::Key(key) => key,
            };
            let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
            match (self.in_burst.then(|| app.text_focus()).flatten(), key.code) {
                (Some(_), KeyCode::Char(c)) if plain => text.push(c),
                (Some(TextFocus::MultiLine), KeyCode::Enter) => text.push('\n'),
                (Some(TextFocus::OneLine), KeyCode::Enter) => {
                    flush(app, &mut text);
                    self.cut = true;
                    app.note_cut_paste();
                }
                _ => {
                    flush(app, &mut text);
                    app.update(Msg::Key(key));
                }
            }
        }
        flush(app, &mut text);
        any
    }
}

impl App {
    /// What kind of text the focused input takes, if it takes text.
    pub fn text_focus(&self) -> Option<TextFocus> {
        use crate::ui::form::Input;
        match self.overlays.last() {
            Some(Overlay::Prompt(_)) => Some(TextFocus::OneLine),
            Some(Overlay::Form(form)) => match form.fields.get(form.focus).map(|f| &f.input) {
                Some(Input::Line(_) | Input::Picker(_)) => Some(TextFocus::OneLine),
                Some(Input::Text(..)) => Some(TextFocus::MultiLine),
                _ => None,
            },
            None if self.pane().filtering => Some(TextFocus::OneLine),
            _ => None,
        }
    }

    /// Says why the rest of a pasted line did not count.
    fn note_cut_paste(&mut self) {
        self.set_status("Pasted text stops at a line break in a one-line field: press Enter yourself to go on");
    }
}

fn flush(app: &mut App, text: &mut String) {
    if !text.is_empty() {
        app.update(Msg::Paste(std::mem::take(text)));
    }
}
