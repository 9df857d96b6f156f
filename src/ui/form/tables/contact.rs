//! The contact form's fields.

use super::yes_no;
use crate::domain::{ContactData, FieldId};
use crate::ui::form::table::{FieldSpec, Kind, Value};
use crate::{date_field, number_field, text_field};

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
    number_field!(Influence, "0-10", "influence", influence),
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
    date_field!(LastTouch, "YYYY-MM-DD, yesterday, fri", Past, last_touch),
    text_field!(Email, "", Kind::Line, email),
    text_field!(Phone, "", Kind::Line, phone),
    text_field!(Notes, "", Kind::Text(3), notes),
];
