//! Every input the app takes, as one message handed to one `App::update`:
//! keys, pastes, mouse clicks and the wheel, resizes, ticks with the clock's time, answers from the
//! reader thread, the external editor coming back, and actions. Nothing
//! else changes the app's state.

use super::action::Action;
use super::app::App;
use super::keymap;
use super::reader_thread::Answer;
use crate::domain::FieldId;
use chrono::NaiveDateTime;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};

/// One input.
pub enum Msg {
    /// A key press: resolved through the keymap, else typed into the focused field.
    Key(KeyEvent),
    /// Text pasted into the focused field.
    Paste(String),
    /// A click or a turn of the wheel.
    Mouse(MouseEvent),
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
    /// The clock's time, about four times a second.
    Tick(NaiveDateTime),
    /// What a slow read on the reader thread found.
    Answer(Box<Answer>),
    /// $EDITOR came back: the field's new text, or why it did not run.
    EditorDone(FieldId, Result<String, String>),
    /// An action, as a key would give it.
    Action(Action),
    /// The app is about to end (quit, a signal, the terminal closed): what is
    /// typed goes to the draft now.
    Closing,
}

impl App {
    /// Applies one input; returns whether the screen may have changed (an
    /// idle tick that changed nothing draws nothing).
    pub fn update(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::Key(key) => match keymap::resolve(&self.contexts(), &key) {
                Some(action) => self.act(action),
                None => self.type_key(key),
            },
            Msg::Paste(text) => self.paste(&text),
            Msg::Mouse(event) => self.mouse(event),
            Msg::Resize(columns, rows) => {
                if (columns, rows) == self.size {
                    return false;
                }
                self.resize(columns, rows);
            }
            Msg::Tick(now) => return self.tick(now),
            Msg::Answer(answer) => self.apply_answer(*answer),
            Msg::EditorDone(field, result) => self.finish_editor(field, result),
            Msg::Action(action) => self.act(action),
            Msg::Closing => {
                self.save_draft_now();
                return false;
            }
        }
        true
    }
}
