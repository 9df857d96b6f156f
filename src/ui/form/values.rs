//! A form as plain data, so a draft can be saved and put back: what it edits
//! and what was typed in each field, by the field's id.

use super::fields::text_area;
use super::{Form, Input, Purpose};
use crate::domain::{AccountId, ContactId, FieldId, RepId, SessionId, SkillId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What was typed in one field (a picker's text as typed, even unresolved).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftValue {
    /// Text of a text field or a picker.
    Text(String),
    /// A choice's stored value.
    Choice(String),
    /// Ratings by skill id.
    Ratings(Vec<(i64, u8)>),
}

/// What a form edits, by id, with the record's `updated_at` when the form
/// opened (`seen`), so a change made elsewhere since is caught on save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Editing {
    /// A new or existing rep.
    Rep {
        /// The rep, unless new.
        id: Option<RepId>,
        /// Its version when the form opened.
        seen: Option<DateTime<Utc>>,
    },
    /// A new or existing account.
    Account {
        /// The account, unless new.
        id: Option<AccountId>,
        /// Its version when the form opened.
        seen: Option<DateTime<Utc>>,
    },
    /// A new or existing contact at an account.
    Contact {
        /// The account it belongs to.
        account: AccountId,
        /// The contact, unless new.
        id: Option<ContactId>,
        /// Its version when the form opened.
        seen: Option<DateTime<Utc>>,
    },
    /// A new or existing session.
    Session {
        /// The session, unless new.
        id: Option<SessionId>,
        /// Its version when the form opened.
        seen: Option<DateTime<Utc>>,
    },
    /// A new stay conversation with a rep.
    Stay {
        /// With whom.
        rep: RepId,
    },
    /// A new or existing play.
    Play {
        /// The play, unless new.
        id: Option<crate::domain::PlayId>,
        /// The session a new play was drawn from, if any.
        from_session: Option<SessionId>,
        /// Its version when the form opened.
        seen: Option<DateTime<Utc>>,
    },
}

impl Editing {
    /// The same record at whatever version it has now.
    pub fn latest(self) -> Editing {
        match self {
            Editing::Rep { id, .. } => Editing::Rep { id, seen: None },
            Editing::Account { id, .. } => Editing::Account { id, seen: None },
            Editing::Contact { account, id, .. } => Editing::Contact {
                account,
                id,
                seen: None,
            },
            Editing::Session { id, .. } => Editing::Session { id, seen: None },
            Editing::Stay { rep } => Editing::Stay { rep },
            Editing::Play { id, from_session, .. } => Editing::Play {
                id,
                from_session,
                seen: None,
            },
        }
    }

    /// The version the form was opened at.
    pub fn seen(self) -> Option<DateTime<Utc>> {
        match self {
            Editing::Rep { seen, .. }
            | Editing::Account { seen, .. }
            | Editing::Contact { seen, .. }
            | Editing::Session { seen, .. }
            | Editing::Play { seen, .. } => seen,
            Editing::Stay { .. } => None,
        }
    }
}

impl Form {
    /// What the form edits, as plain data.
    pub fn editing(&self) -> Editing {
        match &self.purpose {
            Purpose::Rep(r) => Editing::Rep {
                id: r.as_ref().map(|r| r.id),
                seen: r.as_ref().map(|r| r.meta.updated_at),
            },
            Purpose::Account(a) => Editing::Account {
                id: a.as_ref().map(|a| a.id),
                seen: a.as_ref().map(|a| a.meta.updated_at),
            },
            Purpose::Contact(account, c) => Editing::Contact {
                account: *account,
                id: c.as_ref().map(|c| c.id),
                seen: c.as_ref().map(|c| c.meta.updated_at),
            },
            Purpose::Session(s, _) => Editing::Session {
                id: s.as_ref().map(|s| s.id),
                seen: s.as_ref().map(|s| s.meta.updated_at),
            },
            Purpose::Stay(rep) => Editing::Stay { rep: *rep },
            Purpose::Play(p, start) => Editing::Play {
                id: p.as_ref().map(|p| p.id),
                from_session: start.sessions.first().copied().filter(|_| p.is_none()),
                seen: p.as_ref().map(|p| p.meta.updated_at),
            },
        }
    }

    /// Makes the record look as it did when the draft's form was opened, so a
    /// change made since is caught as a conflict on save.
    pub fn set_seen(&mut self, seen: DateTime<Utc>) {
        match &mut self.purpose {
            Purpose::Rep(Some(r)) => r.meta.updated_at = seen,
            Purpose::Account(Some(a)) => a.meta.updated_at = seen,
            Purpose::Contact(_, Some(c)) => c.meta.updated_at = seen,
            Purpose::Session(Some(s), _) => s.meta.updated_at = seen,
            Purpose::Play(Some(p), _) => p.meta.updated_at = seen,
            _ => {}
        }
    }

    /// What was typed in every field.
    pub fn values(&self) -> Vec<(FieldId, DraftValue)> {
        self.fields
            .iter()
            .map(|f| {
                let value = match &f.input {
                    Input::Line(a) | Input::Text(a, _) => DraftValue::Text(a.lines().join("\n")),
                    Input::Picker(p) => DraftValue::Text(p.query().to_string()),
                    Input::Choice(c) => DraftValue::Choice(c.value().to_string()),
                    Input::Ratings(r) => DraftValue::Ratings(r.values.iter().map(|(s, v)| (s.0, *v)).collect()),
                };
                (f.id, value)
            })
            .collect()
    }

    /// Puts saved values back into their fields.
    pub fn apply_values(&mut self, values: &[(FieldId, DraftValue)]) {
        for (id, value) in values {
            let Some(field) = self.fields.iter_mut().find(|f| f.id == *id) else {
                continue;
            };
            let hint = field.hint;
            match (&mut field.input, value) {
                (Input::Line(a) | Input::Text(a, _), DraftValue::Text(t)) => {
                    *a = text_area(t);
                    a.set_placeholder_text(hint);
                }
                (Input::Picker(p), DraftValue::Text(t)) => {
                    p.area = text_area(t);
                    p.area.set_placeholder_text(hint);
                }
                (Input::Choice(c), DraftValue::Choice(v)) => {
                    if let Some(i) = c.options.iter().position(|(o, _)| o == v) {
                        c.index = i;
                    }
                }
                (Input::Ratings(r), DraftValue::Ratings(list)) => {
                    r.values = list.iter().map(|(s, v)| (SkillId(*s), *v)).collect();
                }
                _ => {}
            }
        }
        self.dirty = true;
        self.set_focus(self.focus);
    }
}
