//! The contact form's fields.

use super::yes_no;
use crate::domain::dates::Direction;
use crate::domain::{ContactData, FieldId};
use crate::text_field;
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Value};

fn yes(known: bool) -> Value {
    Value::Choice(if known { "yes" } else { "no" }.to_string())
}

fn is_yes(v: Value) -> bool {
    v == Value::Choice("yes".to_string())
}

/// The contact form, top to bottom.
pub const FIELDS: &[FieldSpec<ContactData>] = &[
    text_field!(Name, "full name", Kind::Line, name),
    text_field!(Role, "e.g. CFO", Kind::Line, role),
    FieldSpec {
        id: FieldId::Influence,
        hint: "0-10",
        kind: Kind::Line,
        read: |c, _| read::number(c.influence),
        write: |c, v, _| {
            c.influence = parse::number(v, "influence")?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::KnownByOwner,
        hint: "",
        kind: Kind::Choice(yes_no),
        read: |c, _| yes(c.known_by_owner),
        write: |c, v, _| {
            c.known_by_owner = is_yes(v);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::KnownBySuccessor,
        hint: "",
        kind: Kind::Choice(yes_no),
        read: |c, _| yes(c.known_by_successor),
        write: |c, v, _| {
            c.known_by_successor = is_yes(v);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::LastTouch,
        hint: "YYYY-MM-DD, yesterday, fri",
        kind: Kind::Line,
        read: |c, _| read::date(c.last_touch),
        write: |c, v, p| {
            c.last_touch = parse::date(v, p.today, Direction::Past)?;
            Ok(())
        },
    },
    text_field!(Notes, "", Kind::Text(3), notes),
];
