//! The one clock: every "today" and "now" the app and the CLI use comes from
//! here, so tests (and demos) fix it with `--today` / `COACHBOOK_TODAY` and the
//! suite passes on any date the machine's clock says.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use std::str::FromStr;

/// The time of day a fixed clock shows when only a date was given.
const FIXED_TIME: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
    Some(time) => time,
    None => panic!("10:00 is a time"),
};

/// Where the current date and time come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// The machine's local time.
    System,
    /// A moment that does not move (tests, demos, "what did Monday look like").
    Fixed(NaiveDateTime),
}

impl Clock {
    /// The local date and time now.
    pub fn now(&self) -> NaiveDateTime {
        match self {
            Clock::System => chrono::Local::now().naive_local(),
            Clock::Fixed(at) => *at,
        }
    }

    /// Today's date.
    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }
}

/// A fixed clock from `YYYY-MM-DD` (at 10:00) or `YYYY-MM-DDTHH:MM[:SS]`.
impl FromStr for Clock {
    type Err = String;
    fn from_str(text: &str) -> Result<Clock, String> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Ok(Clock::Fixed(date.and_time(FIXED_TIME)));
        }
        for format in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
            if let Ok(at) = NaiveDateTime::parse_from_str(text, format) {
                return Ok(Clock::Fixed(at));
            }
        }
        Err(format!(
            "{text:?} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_alone_fixes_the_clock_at_ten() {
        let clock: Clock = "2028-02-29".parse().unwrap();
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap());
        assert_eq!(clock.now().time(), FIXED_TIME);
    }

    #[test]
    fn a_date_and_time_fix_both() {
        let clock: Clock = "2026-12-31T23:59".parse().unwrap();
        assert_eq!(clock.now().to_string(), "2026-12-31 23:59:00");
    }

    #[test]
    fn nonsense_is_refused_with_the_text() {
        let err = "2026-02-30".parse::<Clock>().unwrap_err();
        assert!(err.contains("2026-02-30"), "{err}");
    }
}
