//! The stay conversation form's fields.

use crate::domain::dates::Direction;
use crate::domain::stay::{parse_reasons, StayData};
use crate::domain::{FieldId, Risk, TwoYears};
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Value};
use crate::{date_field, text_field};

fn risks() -> Vec<(&'static str, &'static str)> {
    Risk::ALL.iter().map(|r| (r.as_str(), r.label())).collect()
}

/// The stay conversation form, top to bottom.
pub const FIELDS: &[FieldSpec<StayData>] = &[
    FieldSpec {
        id: FieldId::Date,
        hint: "today, yesterday, mon, 2026-11-20",
        kind: Kind::Line,
        read: |s, _| read::date(Some(s.date)),
        write: |s, v, p| {
            s.date = parse::date(v, p.today, Direction::Past)?.ok_or("when did you talk?")?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::StayRisk,
        hint: "",
        kind: Kind::Choice(risks),
        read: |s, _| read::choice(Some(s.risk.as_str())),
        write: |s, v, _| {
            s.risk = parse::choice(v)?.unwrap_or(Risk::Low);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::StayReasons,
        hint: "pay, growth, manager, workload, recognition, recruiter, personal, other",
        kind: Kind::Line,
        read: |s, _| {
            let reasons: Vec<&str> = s.reasons.iter().map(|r| r.as_str()).collect();
            Value::Text(reasons.join(", "))
        },
        write: |s, v, _| {
            s.reasons = parse_reasons(&parse::text(v)).map_err(|e| e.to_string())?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::TwoYears,
        hint: "",
        kind: Kind::Choice(|| TwoYears::ALL.iter().map(|t| (t.as_str(), t.label())).collect()),
        read: |s, _| read::choice(Some(s.two_years.as_str())),
        write: |s, v, _| {
            s.two_years = parse::choice(v)?.unwrap_or(TwoYears::Unsure);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Impact,
        hint: "",
        kind: Kind::Choice(risks),
        read: |s, _| read::choice(Some(s.impact.as_str())),
        write: |s, v, _| {
            s.impact = parse::choice(v)?.unwrap_or(Risk::Low);
            Ok(())
        },
    },
    text_field!(Notes, "what they said (private)", Kind::Text(4), notes),
    date_field!(
        NextCheckIn,
        "blank: a month at risk, a quarter otherwise",
        Future,
        next_check_in
    ),
];
