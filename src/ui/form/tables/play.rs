//! The play form's fields.

use super::rep::focus_skills;
use crate::domain::{AccountId, FieldId, PlayData, RepId};
use crate::text_field;
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Names, Value};

/// The play form, top to bottom.
pub const FIELDS: &[FieldSpec<PlayData>] = &[
    text_field!(Title, "e.g. Trade, never give", Kind::Line, title),
    text_field!(
        Situation,
        "when it fits: the buyer asks for a discount at the last meeting",
        Kind::Text(3),
        situation
    ),
    text_field!(Steps, "what to do", Kind::Text(4), steps),
    text_field!(Pitfalls, "what goes wrong", Kind::Text(2), pitfalls),
    FieldSpec {
        id: FieldId::Skills,
        hint: "skills it serves, e.g. closing, obj",
        kind: Kind::Line,
        read: |p, data| {
            let names: Vec<&str> = p.skills.iter().map(|s| data.skill_name(*s)).collect();
            read::text(&names.join(", "))
        },
        write: |p, v, parse_with| {
            p.skills = focus_skills(&parse::text(v), parse_with)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Author,
        hint: "whose know-how it is",
        kind: Kind::Picker(Names::Reps),
        read: |p, _| Value::Pick(p.author.map(|a| a.0)),
        write: |p, v, _| {
            p.author = parse::pick(v).map(RepId);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Account,
        hint: "an account it fits (optional)",
        kind: Kind::Picker(Names::Accounts),
        read: |p, _| Value::Pick(p.account.map(|a| a.0)),
        write: |p, v, _| {
            p.account = parse::pick(v).map(AccountId);
            Ok(())
        },
    },
    text_field!(Industry, "", Kind::Line, industry),
    text_field!(Product, "", Kind::Line, product),
];
