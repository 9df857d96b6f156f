//! The rep form's fields.

use super::with_none;
use crate::domain::matching::find_by_name;
use crate::domain::{FieldId, RepData, RepId, Risk, SkillId};
use crate::ui::data::Data;
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Names, Parse, Value};
use crate::{date_field, text_field};

/// The rep form, top to bottom.
pub const FIELDS: &[FieldSpec<RepData>] = &[
    text_field!(Name, "full name", Kind::Line, name),
    text_field!(Title, "", Kind::Line, title),
    text_field!(Territory, "", Kind::Line, territory),
    text_field!(Email, "", Kind::Line, email),
    text_field!(Phone, "", Kind::Line, phone),
    date_field!(HiredOn, "YYYY-MM-DD", Past, hired_on),
    date_field!(RetiresOn, "planned retirement or exit", Future, retires_on),
    FieldSpec {
        id: FieldId::Mentor,
        hint: "another rep",
        kind: Kind::Picker(Names::OtherReps),
        read: |r, _| Value::Pick(r.mentor.map(|m| m.0)),
        write: |r, v, _| {
            r.mentor = parse::pick(v).map(RepId);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::CadenceDays,
        hint: "days between sessions",
        kind: Kind::Line,
        read: |r, _| read::number(Some(r.cadence_days)),
        write: |r, v, _| {
            r.cadence_days = parse::number(v, "cadence")?.unwrap_or(0);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::RetentionRisk,
        hint: "",
        kind: Kind::Choice(|| with_none(Risk::ALL, Risk::as_str, Risk::label)),
        read: |r, _| read::choice(r.retention_risk.map(Risk::as_str)),
        write: |r, v, _| {
            r.retention_risk = parse::choice(v)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Focus,
        hint: "at most two, e.g. discovery, closing",
        kind: Kind::Line,
        read: |r, data| {
            let names: Vec<&str> = r.focus.iter().map(|s| data.skill_name(*s)).collect();
            read::text(&names.join(", "))
        },
        write: |r, v, p| {
            r.focus = focus_skills(&parse::text(v), p)?;
            Ok(())
        },
    },
    text_field!(Notes, "", Kind::Text(3), notes),
];

/// "discovery, closing" as skills, by alias or name; every unknown one is named.
pub(crate) fn focus_skills(text: &str, p: &Parse<'_>) -> Result<Vec<SkillId>, String> {
    let data: &Data = p.data;
    let skills: Vec<(SkillId, &str)> = data
        .skills
        .iter()
        .filter(|s| !s.data.retired)
        .map(|s| (s.id, s.data.name.as_str()))
        .collect();
    let mut focus = Vec::new();
    let mut problems = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let by_alias = data.skills.iter().find(|s| s.data.alias.eq_ignore_ascii_case(part));
        match by_alias
            .map(|s| Ok(s.id))
            .unwrap_or_else(|| find_by_name("skill", part, &skills))
        {
            Ok(id) => focus.push(id),
            Err(e) => problems.push(e.to_string()),
        }
    }
    if problems.is_empty() {
        Ok(focus)
    } else {
        Err(problems.join("; "))
    }
}
