//! A record kind's form as one table: each row names a field by its typed id
//! and says how it takes input, how it is read from the record and how what
//! was typed is parsed back into it. The form, its draft and its error texts
//! all come from the table, as keys, help and hints come from `keymap.rs`.

use super::fields::{text_area, Choice, Picker, Ratings};
use super::{Field, Form, Input};
use crate::domain::{FieldErrors, FieldId, RepId, SkillId};
use crate::ui::data::Data;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// How a field takes input.
#[derive(Clone, Copy)]
pub enum Kind {
    /// One line of text.
    Line,
    /// Several lines, shown this many rows high.
    Text(u16),
    /// A fuzzy picker over names.
    Picker(Names),
    /// One of a few values: (stored value, label).
    Choice(fn() -> Vec<(&'static str, &'static str)>),
    /// A rating per skill.
    Ratings,
}

/// Which names a picker offers.
#[derive(Clone, Copy)]
pub enum Names {
    /// Every rep.
    Reps,
    /// Every rep but the one edited (a rep does not mentor themselves).
    OtherReps,
    /// Every account.
    Accounts,
}

/// A field's value, as read from a record or from what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The text of a line or text field.
    Text(String),
    /// A choice's stored value ("" when unset).
    Choice(String),
    /// The id a picker names, if any.
    Pick(Option<i64>),
    /// Ratings by skill.
    Ratings(BTreeMap<SkillId, u8>),
}

impl Value {
    /// The text of a text value; other values have none.
    pub fn text(&self) -> &str {
        match self {
            Value::Text(t) | Value::Choice(t) => t,
            _ => "",
        }
    }
}

/// What parsing needs besides the text: the day relative dates count from
/// and the names pickers and lists resolve against.
pub struct Parse<'a> {
    /// Today, for "fri" and "2w".
    pub today: NaiveDate,
    /// Reps, accounts and skills by name.
    pub data: &'a Data,
}

/// One row of a record kind's field table.
pub struct FieldSpec<R> {
    /// The field's id; its label is what users see.
    pub id: FieldId,
    /// A hint shown while the field is empty.
    pub hint: &'static str,
    /// How it takes input.
    pub kind: Kind,
    /// What the form shows for a record.
    pub read: fn(&R, &Data) -> Value,
    /// Puts what was typed into the record, or says why it cannot.
    pub write: fn(&mut R, Value, &Parse<'_>) -> Result<(), String>,
}

/// The form fields for `record`, in table order. `own` is the rep edited, which
/// `Names::OtherReps` leaves out.
pub fn build<R>(table: &[FieldSpec<R>], record: &R, data: &Data, own: Option<RepId>) -> Vec<Field> {
    table
        .iter()
        .map(|spec| {
            let value = (spec.read)(record, data);
            let input = match (spec.kind, value) {
                (Kind::Line, value) => Input::Line(text_area(value.text())),
                (Kind::Text(rows), value) => Input::Text(text_area(value.text()), rows),
                (Kind::Picker(names), value) => {
                    let current = match value {
                        Value::Pick(id) => id,
                        _ => None,
                    };
                    let (what, options) = match names {
                        Names::Reps => ("rep", rep_options(data, None)),
                        Names::OtherReps => ("rep", rep_options(data, own)),
                        Names::Accounts => ("account", account_options(data)),
                    };
                    Input::Picker(Picker::new(what, options, current))
                }
                (Kind::Choice(options), value) => Input::Choice(Choice::new(options(), value.text())),
                (Kind::Ratings, value) => {
                    let values = match value {
                        Value::Ratings(v) => v,
                        _ => BTreeMap::new(),
                    };
                    let skills = data
                        .skills
                        .iter()
                        .filter(|s| !s.data.retired || values.contains_key(&s.id))
                        .map(|s| (s.id, s.data.name.clone(), s.data.alias.clone()))
                        .collect();
                    Input::Ratings(Ratings {
                        skills,
                        values,
                        cursor: 0,
                    })
                }
            };
            Field {
                id: spec.id,
                hint: spec.hint,
                input,
            }
        })
        .collect()
}

/// Writes every field of `form` into `record`, collecting every problem
/// (by field) instead of stopping at the first.
pub fn write<R>(table: &[FieldSpec<R>], form: &Form, record: &mut R, parse: &Parse<'_>) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for spec in table {
        let written = form.value(spec.id).and_then(|value| (spec.write)(record, value, parse));
        if let Err(message) = written {
            errors.add(spec.id, message);
        }
    }
    errors
}

fn rep_options(data: &Data, except: Option<RepId>) -> Vec<(i64, String)> {
    data.reps
        .iter()
        .filter(|r| Some(r.id) != except)
        .map(|r| (r.id.0, r.data.name.clone()))
        .collect()
}

fn account_options(data: &Data) -> Vec<(i64, String)> {
    data.accounts.iter().map(|a| (a.id.0, a.data.name.clone())).collect()
}

/// A table row for a plain text field: `text_field!(Notes, "hint", Kind::Text(3), data.notes)`
/// reads and writes the record's `data.notes` as typed (validation trims it).
#[macro_export]
macro_rules! text_field {
    ($id:ident, $hint:literal, $kind:expr, $($field:ident).+) => {
        $crate::ui::form::table::FieldSpec {
            id: $crate::domain::FieldId::$id,
            hint: $hint,
            kind: $kind,
            read: |r, _| $crate::ui::form::table::read::text(&r.$($field).+),
            write: |r, v, _| {
                r.$($field).+ = $crate::ui::form::table::parse::text(v);
                Ok(())
            },
        }
    };
}

/// A table row for an optional date: `date_field!(FollowUp, "hint", Future, data.follow_up)`;
/// the direction says which way "fri" points.
#[macro_export]
macro_rules! date_field {
    ($id:ident, $hint:literal, $direction:ident, $($field:ident).+) => {
        $crate::ui::form::table::FieldSpec {
            id: $crate::domain::FieldId::$id,
            hint: $hint,
            kind: $crate::ui::form::table::Kind::Line,
            read: |r, _| $crate::ui::form::table::read::date(r.$($field).+),
            write: |r, v, p| {
                r.$($field).+ = $crate::ui::form::table::parse::date(
                    v,
                    p.today,
                    $crate::domain::dates::Direction::$direction,
                )?;
                Ok(())
            },
        }
    };
}

/// A table row for an optional whole number: `number_field!(Minutes, "hint", "minutes", data.minutes)`.
#[macro_export]
macro_rules! number_field {
    ($id:ident, $hint:literal, $what:literal, $($field:ident).+) => {
        $crate::ui::form::table::FieldSpec {
            id: $crate::domain::FieldId::$id,
            hint: $hint,
            kind: $crate::ui::form::table::Kind::Line,
            read: |r, _| $crate::ui::form::table::read::number(r.$($field).+),
            write: |r, v, _| {
                r.$($field).+ = $crate::ui::form::table::parse::number(v, $what)?;
                Ok(())
            },
        }
    };
}

/// Reading helpers shared by the tables.
pub mod read {
    use super::Value;
    use chrono::NaiveDate;

    /// A text value.
    pub fn text(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    /// A date as YYYY-MM-DD, or empty.
    pub fn date(d: Option<NaiveDate>) -> Value {
        Value::Text(d.map(|d| d.to_string()).unwrap_or_default())
    }

    /// A number, or empty.
    pub fn number<T: ToString>(n: Option<T>) -> Value {
        Value::Text(n.map(|n| n.to_string()).unwrap_or_default())
    }

    /// A choice's stored value, or "" for unset.
    pub fn choice(s: Option<&'static str>) -> Value {
        Value::Choice(s.unwrap_or("").to_string())
    }
}

/// Parsing helpers shared by the tables: each turns a typed value into a
/// record's field or a message for the user.
pub mod parse {
    use super::Value;
    use crate::domain::dates::{parse_date, Direction};
    use chrono::NaiveDate;

    /// The text as typed (validation trims it).
    pub fn text(v: Value) -> String {
        match v {
            Value::Text(t) => t,
            _ => String::new(),
        }
    }

    /// An optional date; `direction` says which way "fri" points.
    pub fn date(v: Value, today: NaiveDate, direction: Direction) -> Result<Option<NaiveDate>, String> {
        let text = text(v);
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_date(&text, today, direction).map(Some).map_err(|e| e.to_string())
    }

    /// An optional whole number; `what` names it in the message.
    pub fn number<T: std::str::FromStr>(v: Value, what: &str) -> Result<Option<T>, String> {
        let text = text(v);
        if text.trim().is_empty() {
            return Ok(None);
        }
        text.trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("{what} is a whole number"))
    }

    /// An optional choice parsed into its type.
    pub fn choice<T: std::str::FromStr>(v: Value) -> Result<Option<T>, String>
    where
        T::Err: std::fmt::Display,
    {
        match v {
            Value::Choice(c) if !c.is_empty() => c.parse().map(Some).map_err(|e: T::Err| e.to_string()),
            _ => Ok(None),
        }
    }

    /// The id a picker names.
    pub fn pick(v: Value) -> Option<i64> {
        match v {
            Value::Pick(id) => id,
            _ => None,
        }
    }
}
