//! Forms: a list of fields with focus, inline validation errors, and the
//! record they create or change. Building and saving live in their own files.

pub mod build;
mod commitments;
pub mod fields;
pub mod submit;
pub mod table;
pub mod tables;
pub mod values;

use super::keymap::Context;
use crate::domain::{Account, AccountId, Commitment, Contact, FieldErrors, FieldId, Rep, RepId, Session};
use crate::ui::text_field::TextField;
use fields::{show_cursor, Choice, Picker, Ratings};
use ratatui::crossterm::event::KeyEvent;

/// What a form creates or edits; the existing record is kept to detect
/// concurrent changes when saving.
pub enum Purpose {
    /// A new or existing rep.
    Rep(Option<Rep>),
    /// A new or existing account.
    Account(Option<Account>),
    /// A new or existing contact at an account.
    Contact(AccountId, Option<Contact>),
    /// A new or existing session, with the commitments it already has.
    Session(Option<Session>, Vec<Commitment>),
    /// A new stay conversation with a rep.
    Stay(RepId),
    /// A new or existing play; the record holds what the form does not
    /// show (its date, the sessions it was seen in).
    Play(Option<crate::domain::Play>, Box<crate::domain::PlayData>),
}

/// How a field takes input.
pub enum Input {
    /// One line of text.
    Line(TextField),
    /// Several lines, shown `rows` high.
    Text(TextField, u16),
    /// A fuzzy name picker.
    Picker(Picker),
    /// One of a few values.
    Choice(Choice),
    /// Ratings per skill.
    Ratings(Ratings),
}

/// One labelled field, made from a row of its record kind's field table.
pub struct Field {
    /// Which field it is; its label is what the form shows beside it.
    pub id: FieldId,
    /// A hint shown in the empty field.
    pub hint: &'static str,
    /// The input.
    pub input: Input,
}

/// An open form.
pub struct Form {
    /// The title on its border ("New rep", "Edit session 12").
    pub title: String,
    /// What saving it does.
    pub purpose: Purpose,
    /// The fields, in order.
    pub fields: Vec<Field>,
    /// The focused field.
    pub focus: usize,
    /// Problems found on the last save, shown beside their fields, and
    /// checked again after each edit.
    pub errors: FieldErrors,
    /// Every field a failed save flagged: checked after each edit until the
    /// form is saved, so breaking a fixed field again shows its error again.
    pub flagged: Vec<FieldId>,
    /// Whether anything was typed since it opened.
    pub dirty: bool,
    /// A message about the whole form (a concurrent change).
    pub message: Option<String>,
}

impl Field {
    /// What the form shows beside it.
    pub fn label(&self) -> &'static str {
        self.id.label()
    }
}

impl Form {
    /// A form with focus on the field `start`.
    pub fn new(title: String, purpose: Purpose, fields: Vec<Field>, start: FieldId) -> Form {
        let mut form = Form {
            title,
            purpose,
            fields,
            focus: 0,
            errors: FieldErrors::default(),
            flagged: Vec::new(),
            dirty: false,
            message: None,
        };
        for field in &mut form.fields {
            let hint = field.hint;
            match &mut field.input {
                Input::Line(area) | Input::Text(area, _) => area.set_placeholder_text(hint),
                Input::Picker(p) => p.area.set_placeholder_text(hint),
                _ => {}
            }
        }
        let start = form.index(start).unwrap_or(0);
        form.set_focus(start);
        form
    }

    /// The key contexts of the focused field, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        let field = match self.fields.get(self.focus).map(|f| &f.input) {
            Some(Input::Line(_)) => Some(Context::FormLine),
            Some(Input::Choice(_)) => return vec![Context::FormChoice, Context::FormLine, Context::Form],
            Some(Input::Picker(_)) => Some(Context::FormPicker),
            Some(Input::Ratings(_)) => Some(Context::FormRatings),
            _ => None,
        };
        field.into_iter().chain([Context::Form]).collect()
    }

    /// Moves focus to field `index`, showing the cursor only there, at the
    /// end of its text: what is typed next adds to the text, never replaces
    /// it.
    pub fn set_focus(&mut self, index: usize) {
        self.focus = index.min(self.fields.len().saturating_sub(1));
        for (i, field) in self.fields.iter_mut().enumerate() {
            let focused = i == self.focus;
            let area = match &mut field.input {
                Input::Line(area) | Input::Text(area, _) => area,
                Input::Picker(p) => &mut p.area,
                _ => continue,
            };
            show_cursor(area, focused);
            if focused {
                area.set_cursor(usize::MAX, usize::MAX);
            }
        }
    }

    /// Focus on the next field (wrapping).
    pub fn next_field(&mut self) {
        self.set_focus((self.focus + 1) % self.fields.len().max(1));
    }

    /// Focus on the previous field (wrapping).
    pub fn prev_field(&mut self) {
        let count = self.fields.len().max(1);
        self.set_focus((self.focus + count - 1) % count);
    }

    /// Focus on the field `id`.
    pub fn focus_on(&mut self, id: FieldId) {
        if let Some(i) = self.index(id) {
            self.set_focus(i);
        }
    }

    fn index(&self, id: FieldId) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }

    /// Passes a key no binding took to the focused field.
    pub fn input(&mut self, key: KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let changed = match &mut field.input {
            Input::Line(area) | Input::Text(area, _) => area.input(key),
            Input::Picker(p) => {
                let changed = p.area.input(key);
                if changed {
                    p.highlight = 0;
                }
                changed
            }
            Input::Choice(c) => c.handle(&key),
            Input::Ratings(r) => r.handle(&key),
        };
        self.dirty |= changed;
    }

    /// Inserts pasted text into the focused field (one line where one is expected).
    pub fn paste(&mut self, text: &str) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let one_line = || text.replace("\r\n", " ").replace(['\n', '\r'], " ");
        let changed = match &mut field.input {
            Input::Line(area) => area.insert_str(one_line()),
            Input::Picker(p) => p.area.insert_str(one_line()),
            Input::Text(area, _) => area.insert_str(text.replace("\r\n", "\n").replace('\r', "\n")),
            _ => false,
        };
        self.dirty |= changed;
    }

    /// Moves the highlight in a picker or ratings field; leaves the ratings
    /// field at either end.
    pub fn pick(&mut self, step: isize) {
        let moved = match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            Some(Input::Picker(p)) => {
                p.move_highlight(step);
                true
            }
            Some(Input::Ratings(r)) => r.move_cursor(step),
            _ => true,
        };
        match (moved, step > 0) {
            (true, _) => {}
            (false, true) => self.next_field(),
            (false, false) => self.prev_field(),
        }
    }

    /// Accepts the picker's highlighted name and moves on.
    pub fn accept(&mut self) {
        if let Some(Input::Picker(p)) = self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            if !p.accept() {
                return;
            }
        }
        self.next_field();
    }

    fn field(&self, id: FieldId) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// What the field `id` holds, read the way its table writes it: a
    /// picker's text resolved to the one name it picks, or why it picks none.
    pub fn value(&self, id: FieldId) -> Result<table::Value, String> {
        use table::Value;
        match self.field(id).map(|f| &f.input) {
            Some(Input::Line(area)) | Some(Input::Text(area, _)) => Ok(Value::Text(area.lines().join("\n"))),
            Some(Input::Picker(p)) => p.resolve().map(Value::Pick),
            Some(Input::Choice(c)) => Ok(Value::Choice(c.value().to_string())),
            Some(Input::Ratings(r)) => Ok(Value::Ratings(r.values.clone())),
            None => Err(format!("{} is not in this form", id.label())),
        }
    }

    /// The text of a text field, with its line breaks (for $EDITOR).
    pub fn text(&self, id: FieldId) -> String {
        match self.value(id) {
            Ok(table::Value::Text(t)) => t,
            _ => String::new(),
        }
    }

    /// Replaces a text field's content (from an external editor).
    pub fn set_text(&mut self, id: FieldId, text: &str) {
        let Some(index) = self.index(id) else {
            return;
        };
        let hint = self.fields[index].hint;
        if let Input::Text(area, _) | Input::Line(area) = &mut self.fields[index].input {
            if area.lines().join("\n") != text {
                *area = fields::text_area(text);
                area.set_placeholder_text(hint);
                self.dirty = true;
            }
        }
        self.set_focus(index);
    }

    /// The field $EDITOR should open: the focused multi-line field, else Notes.
    pub fn editor_field(&self) -> Option<FieldId> {
        match self.fields.get(self.focus) {
            Some(Field {
                id,
                input: Input::Text(..),
                ..
            }) => Some(*id),
            _ => self.field(FieldId::Notes).map(|f| f.id),
        }
    }
}
