//! Markdown documents for 1:1s, reviews and the rep: pure text from records.
//! Private notes never appear in any of them; the retention review is the
//! manager's own and is written only to them.

pub mod brief;
pub mod development;
pub mod handover;
pub mod rep;
pub mod retention;
pub mod session;
pub mod team;

use super::config::Config;
use chrono::{Days, NaiveDate};

/// How far back a report looks unless told: the 1:1 sheet's and the team report's quarter.
pub const REPORT_DAYS: u64 = 90;

/// The first day of a report for `today` that was given no start.
pub fn default_since(today: NaiveDate) -> NaiveDate {
    today.checked_sub_days(Days::new(REPORT_DAYS)).unwrap_or(today)
}

/// Text of several lines, one bullet each; empty lines skipped.
fn bullets(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("- {l}"))
        .collect()
}

/// "in 3 days", "today", "2 days ago".
fn relative(date: NaiveDate, today: NaiveDate) -> String {
    match (date - today).num_days() {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

/// A date in the configured format.
fn day(config: &Config, date: NaiveDate) -> String {
    config.date(date)
}

/// Escapes the characters that would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
