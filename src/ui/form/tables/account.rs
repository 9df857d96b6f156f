//! The account form's fields; the handover's four fields make one handover,
//! which exists once a successor is named.

use super::with_none;
use crate::domain::dates::Direction;
use crate::domain::money::{format_amount, parse_amount};
use crate::domain::{AccountData, FieldId, Handover, HandoverStage, Health, RepId, Tier};
use crate::text_field;
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Names, Value};

fn handover(a: &mut AccountData) -> Option<&mut Handover> {
    a.handover.as_mut()
}

/// The account form, top to bottom. Successor comes before the other
/// handover fields, which fill in the handover it makes.
pub const FIELDS: &[FieldSpec<AccountData>] = &[
    text_field!(Name, "account name", Kind::Line, name),
    FieldSpec {
        id: FieldId::Owner,
        hint: "the rep who leads it",
        kind: Kind::Picker(Names::Reps),
        read: |a, _| Value::Pick(a.owner.map(|o| o.0)),
        write: |a, v, _| {
            a.owner = parse::pick(v).map(RepId);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Tier,
        hint: "",
        kind: Kind::Choice(|| with_none(Tier::ALL, Tier::as_str, Tier::label)),
        read: |a, _| read::choice(a.tier.map(Tier::as_str)),
        write: |a, v, _| {
            a.tier = parse::choice(v)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::AnnualValue,
        hint: "e.g. 1,250,000 or 1.2m",
        kind: Kind::Line,
        read: |a, _| read::text(&a.annual_value_cents.map(|c| format_amount(c, "")).unwrap_or_default()),
        write: |a, v, _| {
            let text = parse::text(v);
            a.annual_value_cents = match text.trim() {
                "" => None,
                _ => Some(parse_amount(&text).map_err(|e| e.to_string())?),
            };
            Ok(())
        },
    },
    text_field!(Industry, "", Kind::Line, industry),
    FieldSpec {
        id: FieldId::Health,
        hint: "",
        kind: Kind::Choice(|| with_none(Health::ALL, Health::as_str, Health::label)),
        read: |a, _| read::choice(a.health.map(Health::as_str)),
        write: |a, v, _| {
            a.health = parse::choice(v)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Successor,
        hint: "who takes the account over",
        kind: Kind::Picker(Names::Reps),
        read: |a, _| Value::Pick(a.handover.as_ref().map(|h| h.successor.0)),
        write: |a, v, _| {
            a.handover = parse::pick(v).map(|id| Handover {
                successor: RepId(id),
                ..a.handover.take().unwrap_or(Handover {
                    successor: RepId(id),
                    stage: HandoverStage::Planned,
                    target: None,
                    notes: String::new(),
                })
            });
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Stage,
        hint: "",
        kind: Kind::Choice(|| HandoverStage::ALL.iter().map(|s| (s.as_str(), s.label())).collect()),
        read: |a, _| {
            read::choice(Some(
                a.handover.as_ref().map_or(HandoverStage::Planned, |h| h.stage).as_str(),
            ))
        },
        write: |a, v, _| {
            let stage = parse::choice(v)?.unwrap_or(HandoverStage::Planned);
            if let Some(h) = handover(a) {
                h.stage = stage;
            }
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Target,
        hint: "YYYY-MM-DD",
        kind: Kind::Line,
        read: |a, _| read::date(a.handover.as_ref().and_then(|h| h.target)),
        write: |a, v, p| {
            let target = parse::date(v, p.today, Direction::Future)?;
            if let Some(h) = handover(a) {
                h.target = target;
            }
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::HandoverNotes,
        hint: "",
        kind: Kind::Line,
        read: |a, _| read::text(a.handover.as_ref().map_or("", |h| h.notes.as_str())),
        write: |a, v, _| {
            let notes = parse::text(v);
            if let Some(h) = handover(a) {
                h.notes = notes;
            }
            Ok(())
        },
    },
    text_field!(Notes, "", Kind::Text(3), notes),
];
