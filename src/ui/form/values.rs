//! A form's typed values as plain data, so a draft can be saved and put back.

use super::fields::text_area;
use super::{Form, Input, Purpose};
use serde::{Deserialize, Serialize};

/// One field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// Text of a text field or a picker.
    Text(String),
    /// A choice's stored value.
    Choice(String),
    /// Ratings by skill id.
    Ratings(Vec<(i64, u8)>),
}

/// What a form edits, by id, with the version it was opened at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeRef {
    /// "rep", "account", "contact" or "session".
    pub kind: String,
    /// The record edited, if not new.
    pub id: Option<i64>,
    /// The account a contact belongs to.
    pub account: Option<i64>,
    /// The record's `updated_at` when the form opened.
    pub seen: Option<chrono::DateTime<chrono::Utc>>,
}

impl Form {
    /// What the form edits, as plain data.
    pub fn purpose_ref(&self) -> PurposeRef {
        let (kind, id, account, seen) = match &self.purpose {
            Purpose::Rep(r) => (
                "rep",
                r.as_ref().map(|r| r.id.0),
                None,
                r.as_ref().map(|r| r.meta.updated_at),
            ),
            Purpose::Account(a) => (
                "account",
                a.as_ref().map(|a| a.id.0),
                None,
                a.as_ref().map(|a| a.meta.updated_at),
            ),
            Purpose::Contact(account, c) => (
                "contact",
                c.as_ref().map(|c| c.id.0),
                Some(account.0),
                c.as_ref().map(|c| c.meta.updated_at),
            ),
            Purpose::Session(s, _) => (
                "session",
                s.as_ref().map(|s| s.id.0),
                None,
                s.as_ref().map(|s| s.meta.updated_at),
            ),
        };
        PurposeRef {
            kind: kind.into(),
            id,
            account,
            seen,
        }
    }

    /// Makes the record look as it did when the draft's form was opened, so a
    /// change made since is caught as a conflict on save.
    pub fn set_seen(&mut self, seen: chrono::DateTime<chrono::Utc>) {
        match &mut self.purpose {
            Purpose::Rep(Some(r)) => r.meta.updated_at = seen,
            Purpose::Account(Some(a)) => a.meta.updated_at = seen,
            Purpose::Contact(_, Some(c)) => c.meta.updated_at = seen,
            Purpose::Session(Some(s), _) => s.meta.updated_at = seen,
            _ => {}
        }
    }

    /// Every field's value.
    pub fn values(&self) -> Vec<(String, Value)> {
        self.fields
            .iter()
            .map(|f| {
                let value = match &f.input {
                    Input::Line(a) | Input::Text(a, _) => Value::Text(a.lines().join("\n")),
                    Input::Picker(p) => Value::Text(p.query().to_string()),
                    Input::Choice(c) => Value::Choice(c.value().to_string()),
                    Input::Ratings(r) => Value::Ratings(r.values.iter().map(|(s, v)| (s.0, *v)).collect()),
                };
                (f.key.to_string(), value)
            })
            .collect()
    }

    /// Puts saved values back into the matching fields.
    pub fn apply_values(&mut self, values: &[(String, Value)]) {
        for (key, value) in values {
            let Some(field) = self.fields.iter_mut().find(|f| f.key == key) else {
                continue;
            };
            let hint = field.hint;
            match (&mut field.input, value) {
                (Input::Line(a) | Input::Text(a, _), Value::Text(t)) => {
                    *a = text_area(t);
                    a.set_placeholder_text(hint);
                }
                (Input::Picker(p), Value::Text(t)) => {
                    p.area = text_area(t);
                    p.area.set_placeholder_text(hint);
                }
                (Input::Choice(c), Value::Choice(v)) => {
                    if let Some(i) = c.options.iter().position(|(o, _)| o == v) {
                        c.index = i;
                    }
                }
                (Input::Ratings(r), Value::Ratings(list)) => {
                    r.values = list.iter().map(|(s, v)| (crate::domain::SkillId(*s), *v)).collect();
                }
                _ => {}
            }
        }
        self.dirty = true;
        self.set_focus(self.focus);
    }
}
