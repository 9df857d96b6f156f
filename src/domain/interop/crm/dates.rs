//! Dates as CRMs write them. ISO dates and dotted dates (01.03.2024, day
//! first) read alone; a slashed date such as 04/05/2020 is 4 May in Europe
//! and 5 April in the US, so its order comes from `--date-format`, or from
//! the file's other dates (a 25/03/2024 settles it), and is never guessed.

use chrono::NaiveDate;

/// Which number of a slashed date is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 03/25/2024: month, day, year (US).
    MonthFirst,
    /// 25/03/2024: day, month, year.
    DayFirst,
}

impl DateOrder {
    /// Reads `--date-format`: "dd/mm/yyyy", "mm/dd/yyyy", "%d/%m/%Y", "dmy", "mdy".
    pub fn parse(text: &str) -> Result<DateOrder, String> {
        let letters: String = text.to_lowercase().chars().filter(|c| matches!(c, 'd' | 'm')).collect();
        match (letters.find('d'), letters.find('m')) {
            (Some(d), Some(m)) if d < m => Ok(DateOrder::DayFirst),
            (Some(_), Some(_)) => Ok(DateOrder::MonthFirst),
            _ => Err(format!(
                "--date-format {text:?}: write dd/mm/yyyy (day first) or mm/dd/yyyy (month first)"
            )),
        }
    }

    /// What the order says about one date, when the numbers settle it.
    fn evidence(text: &str) -> Option<DateOrder> {
        let (first, second, _) = slashed(text)?;
        match (first > 12, second > 12) {
            (true, false) => Some(DateOrder::DayFirst),
            (false, true) => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }

    /// The order the file's own dates show, when they agree; with the
    /// date that shows it, for the summary.
    pub fn from_dates<'a>(dates: impl IntoIterator<Item = &'a str>) -> Option<(DateOrder, &'a str)> {
        let mut found: Option<(DateOrder, &str)> = None;
        for date in dates {
            if let Some(order) = DateOrder::evidence(date) {
                match found {
                    Some((seen, _)) if seen != order => return None,
                    Some(_) => {}
                    None => found = Some((order, date)),
                }
            }
        }
        found
    }
}

/// The three numbers of a date written a/b/yyyy (or a/b/yy).
fn slashed(text: &str) -> Option<(u32, u32, i32)> {
    let day_part = date_part(text);
    let mut parts = day_part.split('/');
    let a = parts.next()?.parse().ok()?;
    let b = parts.next()?.parse().ok()?;
    let year: i32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || a > 31 {
        return None;
    }
    let year = if year < 100 { 2000 + year } else { year };
    Some((a, b, year))
}

/// The date without a time after it ("2024-03-01T10:00", "03/01/2024 10:00").
fn date_part(text: &str) -> &str {
    let t = text.trim();
    t.split(['T', ' ']).next().unwrap_or(t)
}

/// A CRM date: ISO (2024-03-01, 2024/03/01), dotted (01.03.2024, day first)
/// or slashed in `order`; a slashed date that could be either is an error
/// that says how to settle it.
pub fn parse_crm_date(text: &str, order: Option<DateOrder>) -> Result<NaiveDate, String> {
    let t = date_part(text);
    let year_first = t.find(['-', '/']) == Some(4);
    let formats: &[&str] = if year_first {
        &["%Y-%m-%d", "%Y/%m/%d"]
    } else {
        &["%d.%m.%Y"]
    };
    for format in formats {
        if let Ok(d) = NaiveDate::parse_from_str(t, format) {
            return Ok(d);
        }
    }
    let not_a_date = || format!("{text:?} is not a date (write 2024-03-01, 01.03.2024 or 03/25/2024)");
    let (a, b, year) = slashed(t).ok_or_else(not_a_date)?;
    let order = match order.or_else(|| DateOrder::evidence(t)) {
        Some(order) => order,
        None if a == b => DateOrder::MonthFirst,
        None => {
            return Err(format!(
                "{text:?} could be day {a} or day {b} of the month; add --date-format dd/mm/yyyy or mm/dd/yyyy"
            ))
        }
    };
    let (month, day) = match order {
        DateOrder::MonthFirst => (a, b),
        DateOrder::DayFirst => (b, a),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(not_a_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_and_dotted_dates_read_alone() {
        assert_eq!(parse_crm_date("2024-03-01", None), Ok(d(2024, 3, 1)));
        assert_eq!(parse_crm_date("2024-03-01T09:30:00Z", None), Ok(d(2024, 3, 1)));
        assert_eq!(parse_crm_date("01.03.2024", None), Ok(d(2024, 3, 1)));
        assert_eq!(parse_crm_date("2024/03/01", None), Ok(d(2024, 3, 1)));
    }

    #[test]
    fn a_slashed_date_reads_alone_only_when_its_numbers_settle_the_order() {
        assert_eq!(parse_crm_date("03/25/2024", None), Ok(d(2024, 3, 25)));
        assert_eq!(parse_crm_date("25/03/2024", None), Ok(d(2024, 3, 25)));
        assert_eq!(parse_crm_date("05/05/2020", None), Ok(d(2020, 5, 5)));
        let err = parse_crm_date("04/05/2020", None).unwrap_err();
        assert!(
            err.contains("could be day 4 or day 5") && err.contains("--date-format"),
            "{err}"
        );
        assert_eq!(
            parse_crm_date("04/05/2020", Some(DateOrder::DayFirst)),
            Ok(d(2020, 5, 4))
        );
        assert_eq!(
            parse_crm_date("04/05/2020", Some(DateOrder::MonthFirst)),
            Ok(d(2020, 4, 5))
        );
        assert_eq!(
            parse_crm_date("04/05/20 10:00", Some(DateOrder::MonthFirst)),
            Ok(d(2020, 4, 5))
        );
        assert!(parse_crm_date("13/13/2020", None).is_err());
        assert!(parse_crm_date("02/30/2024", None).unwrap_err().contains("not a date"));
        assert!(parse_crm_date("soon", None).unwrap_err().contains("not a date"));
    }

    #[test]
    fn the_files_dates_settle_the_order_when_they_agree() {
        assert_eq!(
            DateOrder::from_dates(["04/05/2020", "25/03/2024"]),
            Some((DateOrder::DayFirst, "25/03/2024"))
        );
        assert_eq!(
            DateOrder::from_dates(["03/25/2024", "04/05/2020"]).map(|f| f.0),
            Some(DateOrder::MonthFirst)
        );
        assert_eq!(
            DateOrder::from_dates(["03/25/2024", "25/03/2024"]),
            None,
            "they disagree"
        );
        assert_eq!(DateOrder::from_dates(["04/05/2020", "2024-01-31"]), None);
    }

    #[test]
    fn the_format_flag_names_the_order() {
        assert_eq!(DateOrder::parse("dd/mm/yyyy"), Ok(DateOrder::DayFirst));
        assert_eq!(DateOrder::parse("%d/%m/%Y"), Ok(DateOrder::DayFirst));
        assert_eq!(DateOrder::parse("MM/DD/YYYY"), Ok(DateOrder::MonthFirst));
        assert_eq!(DateOrder::parse("mdy"), Ok(DateOrder::MonthFirst));
        assert!(DateOrder::parse("yyyy").is_err());
    }
}
