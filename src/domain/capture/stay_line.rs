//! A stay conversation in one line: `@sam stay risk:high why:recruiter,growth
//! 2y:unsure offer from a competitor`. The word `stay` first turns the line
//! into one; `risk:`, `why:`, `2y:`, `impact:` and `next:` fill its fields and
//! the rest is its notes (private).

use super::parser::Parser;
use super::{error, CaptureError};
use crate::domain::dates::{parse_date, Direction};
use crate::domain::stay::parse_reasons;
use crate::domain::{Risk, StayReason, TwoYears};
use chrono::NaiveDate;

/// What a stay line says beyond its rep, date and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayCapture {
    /// `risk:` the manager's read of the risk of leaving.
    pub risk: Risk,
    /// `why:` the reasons, comma-separated.
    pub reasons: Vec<StayReason>,
    /// `2y:` their answer to "do you see yourself here in two years?".
    pub two_years: TwoYears,
    /// `impact:` when given; else proposed from their accounts on saving.
    pub impact: Option<Risk>,
    /// `next:` the next check-in.
    pub next: Option<NaiveDate>,
}

/// A stay line's fields as they are read, each optional until the end.
#[derive(Debug, Clone, Default)]
pub(super) struct StayFields {
    pub(super) column: usize,
    risk: Option<Risk>,
    reasons: Vec<StayReason>,
    two_years: Option<TwoYears>,
    impact: Option<Risk>,
    next: Option<NaiveDate>,
}

impl StayFields {
    /// A stay line starting at `column` (where `stay` is).
    pub(super) fn at(column: usize) -> StayFields {
        StayFields {
            column,
            ..StayFields::default()
        }
    }

    /// Checks the line gave the two answers a stay conversation needs.
    pub(super) fn finish(self) -> Result<StayCapture, CaptureError> {
        let (Some(risk), Some(two_years)) = (self.risk, self.two_years) else {
            return Err(error(
                self.column,
                "a stay conversation needs risk:low|medium|high and 2y:yes|unsure|no",
            ));
        };
        Ok(StayCapture {
            risk,
            reasons: self.reasons,
            two_years,
            impact: self.impact,
            next: self.next,
        })
    }
}

impl Parser<'_> {
    /// Reads `key:value` into the stay fields; false when the token is not one.
    pub(super) fn stay_field(&mut self, text: &str, column: usize) -> Result<bool, CaptureError> {
        let today = self.today;
        let Some(fields) = self.stay.as_mut() else {
            return Ok(false);
        };
        let Some((key, value)) = text.split_once(':') else {
            return Ok(false);
        };
        let bad = |e: &dyn std::fmt::Display| error(column, format!("{key}: {e}"));
        let known = ["risk", "impact", "2y", "two-years", "why", "next"];
        if value.is_empty() && known.contains(&key.to_lowercase().as_str()) {
            // Being typed: the line says what it still needs when it ends.
            return Ok(true);
        }
        match key.to_lowercase().as_str() {
            "risk" => fields.risk = Some(value.parse().map_err(|e| bad(&e))?),
            "impact" => fields.impact = Some(value.parse().map_err(|e| bad(&e))?),
            "2y" | "two-years" => fields.two_years = Some(value.parse().map_err(|e| bad(&e))?),
            "why" => fields.reasons.extend(parse_reasons(value).map_err(|e| bad(&e))?),
            "next" => fields.next = Some(parse_date(value, today, Direction::Future).map_err(|e| bad(&e))?),
            _ => return Ok(false),
        }
        Ok(true)
    }
}
