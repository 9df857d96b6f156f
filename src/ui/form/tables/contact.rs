//! The contact form's fields.

use super::yes_no;
use crate::domain::dates::Direction;
use crate::domain::{ContactData, FieldId};
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Value};

fn yes(known: bool) -> Value {
    Value::Choice(if known { "yes" } else { "no" }.to_string())
}

fn is_yes(v: Value) -> bool {
    v == Value::Choice("yes".to_string())
}

/// The contact form, top to bottom.
pub const FIELDS: &[FieldSpec<ContactData>] = &[
    FieldSpec {
        id: FieldId::Name,
        hint: "full name",
        kind: Kind::Line,
        read: |c, _| read::text(&c.name),
        write: |c, v, _| {
            c.name = parse::text(v);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Role,
        hint: "e.g. CFO",
        kind: Kind::Line,
        read: |c, _| read::text(&c.role),
        write: |c, v, _| {
            c.role = parse::text(v);
            Ok(())
        },
    },
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
    FieldSpec {
        id: FieldId::Notes,
        hint: "",
        kind: Kind::Text(3),
        read: |c, _| read::text(&c.notes),
        write: |c, v, _| {
            c.notes = parse::text(v);
            Ok(())
        },
    },
];
