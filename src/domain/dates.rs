//! Dates as people type them: `today`, `fri`, `next mon`, `3d`, `2w`, `dec 3`,
//! `3 dec`, ISO dates. Parsed against a given `today`, never the clock.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Which way an ambiguous date points: a session's date lies in the past,
/// a due date in the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `fri` is the most recent Friday (today included); `3d` is three days ago.
    Past,
    /// `fri` is the coming Friday (today included); `3d` is in three days.
    Future,
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Nothing was typed.
    #[error("no date given")]
    Empty,
    /// The words are understood but name no calendar day.
    #[error("{input} is not a date: {reason}")]
    Impossible {
        /// What was typed.
        input: String,
        /// Why it names no day.
        reason: String,
    },
    /// The words are not a date at all.
    #[error("{0:?} is not a date; try 2026-12-03, today, fri, next mon, 3d, 2w or dec 3")]
    Unrecognized(String),
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads `input` as a date relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate, direction: Direction) -> Result<NaiveDate, DateError> {
    let text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let unrecognized = || DateError::Unrecognized(input.trim().to_string());
    match words.as_slice() {
        ["today"] | ["now"] => Ok(today),
        ["tomorrow"] | ["tmrw"] => today.succ_opt().ok_or_else(unrecognized),
        ["yesterday"] => today.pred_opt().ok_or_else(unrecognized),
        [word] if parse_weekday(word).is_some() => {
            let weekday = parse_weekday(word).ok_or_else(unrecognized)?;
            Ok(nearest_weekday(today, weekday, direction, true))
        }
        [which @ ("next" | "last" | "this"), word] => {
            let weekday = parse_weekday(word).ok_or_else(unrecognized)?;
            Ok(match *which {
                "next" => nearest_weekday(today, weekday, Direction::Future, false),
                "last" => nearest_weekday(today, weekday, Direction::Past, false),
                _ => nearest_weekday(today, weekday, direction, true),
            })
        }
        [word] if word.contains('-') && word.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
            parse_iso(word, input.trim())
        }
        [word] => parse_offset(word, today, direction).ok_or_else(unrecognized)?,
        _ => parse_day_month(&words, today, direction, input.trim()).ok_or_else(unrecognized)?,
    }
}

/// Reads a weekday by any prefix of at least two letters of its name.
pub fn parse_weekday(word: &str) -> Option<Weekday> {
    const NAMES: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if word.len() < 2 {
        return None;
    }
    NAMES
        .iter()
        .find(|(name, _)| name.starts_with(word))
        .map(|(_, day)| *day)
}

fn nearest_weekday(today: NaiveDate, weekday: Weekday, direction: Direction, include_today: bool) -> NaiveDate {
    let from = today.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    let mut delta = match direction {
        Direction::Future => (to - from).rem_euclid(7),
        Direction::Past => -((from - to).rem_euclid(7)),
    };
    if delta == 0 && !include_today {
        delta = if direction == Direction::Future { 7 } else { -7 };
    }
    shift_days(today, delta).unwrap_or(today)
}

fn shift_days(date: NaiveDate, delta: i64) -> Option<NaiveDate> {
    if delta >= 0 {
        date.checked_add_days(Days::new(delta as u64))
    } else {
        date.checked_sub_days(Days::new(delta.unsigned_abs()))
    }
}

fn parse_iso(word: &str, original: &str) -> Result<NaiveDate, DateError> {
    let parts: Vec<&str> = word.split('-').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let (year, month, day) = match (parts.len(), numbers) {
        (3, Some(n)) if parts[0].len() == 4 => (n[0] as i32, n[1], n[2]),
        _ => return Err(DateError::Unrecognized(original.to_string())),
    };
    build_date(year, month, day, original)
}

fn build_date(year: i32, month: u32, day: u32, original: &str) -> Result<NaiveDate, DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError::Impossible {
            input: original.to_string(),
            reason: format!("there is no month {month}"),
        });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| DateError::Impossible {
        input: original.to_string(),
        reason: format!(
            "{} {year} has {} days",
            capitalized(MONTHS[month as usize - 1]),
            days_in_month(year, month)
        ),
    })
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The number of days in a month, leap years included.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some())
        .unwrap_or(28)
}

fn parse_offset(word: &str, today: NaiveDate, direction: Direction) -> Option<Result<NaiveDate, DateError>> {
    let (sign, rest) = match word.as_bytes().first()? {
        b'+' => (Some(1), &word[1..]),
        b'-' => (Some(-1), &word[1..]),
        _ => (None, word),
    };
    let unit_at = rest.find(|c: char| !c.is_ascii_digit())?;
    let count: i64 = rest[..unit_at].parse().ok()?;
    let sign = sign.unwrap_or(if direction == Direction::Past { -1 } else { 1 });
    let date = match &rest[unit_at..] {
        "d" | "day" | "days" => shift_days(today, sign * count),
        "w" | "wk" | "wks" | "week" | "weeks" => shift_days(today, sign * count * 7),
        "m" | "mo" | "month" | "months" => {
            let months = Months::new(u32::try_from(count).ok()?);
            if sign > 0 {
                today.checked_add_months(months)
            } else {
                today.checked_sub_months(months)
            }
        }
        "y" | "yr" | "year" | "years" => {
            let months = Months::new(u32::try_from(count.checked_mul(12)?).ok()?);
            if sign > 0 {
                today.checked_add_months(months)
            } else {
                today.checked_sub_months(months)
            }
        }
        _ => return None,
    };
    Some(date.ok_or_else(|| DateError::Impossible {
        input: word.to_string(),
        reason: "it is too far away".into(),
    }))
}

fn parse_month(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let word = word.trim_end_matches('.');
    MONTHS.iter().position(|m| m.starts_with(word)).map(|i| i as u32 + 1)
}

fn parse_day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ',');
    let suffix = &word[digits.len()..].trim_end_matches(',');
    if !suffix.is_empty() && !["st", "nd", "rd", "th"].contains(suffix) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn parse_day_month(
    words: &[&str],
    today: NaiveDate,
    direction: Direction,
    original: &str,
) -> Option<Result<NaiveDate, DateError>> {
    let (month, day, year_word) = match words {
        [a, b] | [a, b, _] if parse_month(a).is_some() => (parse_month(a)?, parse_day(b)?, words.get(2)),
        [a, b] | [a, b, _] if parse_month(b).is_some() => (parse_month(b)?, parse_day(a)?, words.get(2)),
        _ => return None,
    };
    if let Some(year) = year_word {
        let year: i32 = year.parse().ok().filter(|y| (1000..=9999).contains(y))?;
        return Some(build_date(year, month, day, original));
    }
    let this_year = today.year();
    let candidates = match direction {
        Direction::Future => [this_year, this_year + 1, this_year + 2, this_year + 3, this_year + 4],
        Direction::Past => [this_year, this_year - 1, this_year - 2, this_year - 3, this_year - 4],
    };
    let found = candidates
        .iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(*y, month, day))
        .find(|d| match direction {
            Direction::Future => *d >= today,
            Direction::Past => *d <= today,
        });
    Some(found.ok_or_else(|| DateError::Impossible {
        input: original.to_string(),
        reason: format!("{} has no day {day}", capitalized(MONTHS[month as usize - 1])),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Future, Past};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    // 2026-11-26 is a Thursday.
    const TODAY: &str = "2026-11-26";

    #[test]
    fn table() {
        let cases = [
            ("today", Past, "2026-11-26"),
            ("Tomorrow", Future, "2026-11-27"),
            ("yesterday", Past, "2026-11-25"),
            ("thu", Past, "2026-11-26"),
            ("thu", Future, "2026-11-26"),
            ("fri", Past, "2026-11-20"),
            ("fri", Future, "2026-11-27"),
            ("monday", Past, "2026-11-23"),
            ("mon", Future, "2026-11-30"),
            ("next thu", Past, "2026-12-03"),
            ("last thu", Future, "2026-11-19"),
            ("next mon", Future, "2026-11-30"),
            ("3d", Past, "2026-11-23"),
            ("3d", Future, "2026-11-29"),
            ("2w", Future, "2026-12-10"),
            ("+1w", Past, "2026-12-03"),
            ("-1d", Future, "2026-11-25"),
            ("1m", Future, "2026-12-26"),
            ("dec 3", Future, "2026-12-03"),
            ("3 dec", Past, "2025-12-03"),
            ("3rd december", Future, "2026-12-03"),
            ("jan 5", Future, "2027-01-05"),
            ("nov 26", Past, "2026-11-26"),
            ("nov 30", Past, "2025-11-30"),
            ("feb 29", Future, "2028-02-29"),
            ("feb 29", Past, "2024-02-29"),
            ("dec 3 2030", Past, "2030-12-03"),
            ("2026-02-28", Past, "2026-02-28"),
            ("2024-02-29", Future, "2024-02-29"),
            ("2026-3-7", Future, "2026-03-07"),
        ];
        for (input, dir, want) in cases {
            assert_eq!(parse_date(input, d(TODAY), dir), Ok(d(want)), "{input} {dir:?}");
        }
    }

    #[test]
    fn month_and_year_ends() {
        assert_eq!(parse_date("tomorrow", d("2026-12-31"), Future), Ok(d("2027-01-01")));
        assert_eq!(parse_date("yesterday", d("2026-03-01"), Past), Ok(d("2026-02-28")));
        assert_eq!(parse_date("1m", d("2026-01-31"), Future), Ok(d("2026-02-28")));
        assert_eq!(parse_date("fri", d("2027-01-01"), Past), Ok(d("2027-01-01")));
        assert_eq!(parse_date("thu", d("2027-01-01"), Past), Ok(d("2026-12-31")));
    }

    #[test]
    fn impossible_dates_say_why() {
        let err = parse_date("2026-02-30", d(TODAY), Past).unwrap_err();
        assert_eq!(err.to_string(), "2026-02-30 is not a date: February 2026 has 28 days");
        let err = parse_date("2026-13-01", d(TODAY), Past).unwrap_err();
        assert_eq!(err.to_string(), "2026-13-01 is not a date: there is no month 13");
        let err = parse_date("feb 30", d(TODAY), Future).unwrap_err();
        assert!(matches!(err, DateError::Impossible { .. }), "{err}");
    }

    #[test]
    fn nonsense_is_unrecognized() {
        for input in [
            "soon",
            "x",
            "3x",
            "next",
            "next week",
            "32 dec",
            "26/11",
            "2026-11",
            "1 2 3",
        ] {
            assert!(
                matches!(parse_date(input, d(TODAY), Past), Err(DateError::Unrecognized(_))),
                "{input}"
            );
        }
        assert_eq!(parse_date("  ", d(TODAY), Past), Err(DateError::Empty));
        assert!(parse_date("99999999d", d(TODAY), Future).is_err());
    }
}
