//! Settings from the config file: field-time target, default cadence, how top
//! performers are chosen, currency, week start and date format.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How the top performers are picked for the coaching-spread figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TopPerformers {
    /// "by rating": the top share by recent average rating.
    Rule(String),
    /// These reps, by name.
    Named(Vec<String>),
}

/// The share of the team in each performance tier, in percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierShares {
    /// The top tier (default 20).
    pub top: u8,
    /// The bottom tier (default 20); the middle is the rest.
    pub bottom: u8,
}

/// Every setting, with its default when the file does not set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Ride-alongs and handover visits a week the manager aims for.
    pub weekly_field_target: u32,
    /// Days between coaching sessions for new reps.
    pub default_cadence: u16,
    /// "by rating", or a list of names.
    pub top_performers: TopPerformers,
    /// Tier sizes for the coaching spread.
    pub tiers: TierShares,
    /// Put before amounts.
    pub currency: String,
    /// The first day of the week for "this week".
    pub week_start: String,
    /// How dates are shown in reports and the Today tab (chrono format).
    pub date_format: String,
    /// Daily backups kept beside the notebook (0 turns them off).
    pub daily_backups: usize,
    /// The colours of the app: "dark", "light" or "mono" (NO_COLOR forces mono).
    pub theme: String,
    /// Long command output goes through $PAGER on a terminal (false: never).
    pub pager: bool,
    /// The app takes mouse clicks and the wheel (false: the terminal keeps
    /// the mouse for selecting text).
    pub mouse: bool,
    /// Days to the next stay conversation while the risk is medium or high.
    pub stay_check_in_days_at_risk: u16,
    /// Days to the next stay conversation while the risk is low.
    pub stay_check_in_days: u16,
    /// The account knowledge harvest's questions; empty means those in
    /// `assets/harvest.toml`.
    pub harvest_questions: Vec<super::knowledge::Question>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            weekly_field_target: 2,
            default_cadence: 14,
            top_performers: TopPerformers::Rule("by rating".into()),
            tiers: TierShares { top: 20, bottom: 20 },
            currency: "$".into(),
            week_start: "monday".into(),
            date_format: "%Y-%m-%d".into(),
            daily_backups: 7,
            theme: "dark".into(),
            pager: true,
            mouse: true,
            stay_check_in_days_at_risk: 30,
            stay_check_in_days: 90,
            harvest_questions: Vec::new(),
        }
    }
}

/// A problem in the config file, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong (it names the key).
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads a config file's text; checks every value.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            line: e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
            message: e.message().trim().to_string(),
        })?;
        let key_line = |key: &str| {
            text.lines()
                .position(|l| l.trim_start().starts_with(key))
                .map(|i| i + 1)
        };
        let fail = |key: &str, message: String| ConfigError {
            line: key_line(key),
            message: format!("{key}: {message}"),
        };
        if !(1..=365).contains(&config.default_cadence) {
            return Err(fail("default_cadence", "must be between 1 and 365 days".into()));
        }
        for (key, days) in [
            ("stay_check_in_days_at_risk", config.stay_check_in_days_at_risk),
            ("stay_check_in_days", config.stay_check_in_days),
        ] {
            if !(1..=365).contains(&days) {
                return Err(fail(key, "must be between 1 and 365 days".into()));
            }
        }
        if config.week_start().is_none() {
            return Err(fail(
                "week_start",
                format!("{:?} is not a day of the week", config.week_start),
            ));
        }
        if let TopPerformers::Rule(rule) = &config.top_performers {
            if rule != "by rating" {
                return Err(fail("top_performers", "write \"by rating\" or a list of names".into()));
            }
        }
        if !["dark", "light", "mono"].contains(&config.theme.as_str()) {
            return Err(fail("theme", format!("{:?} is not dark, light or mono", config.theme)));
        }
        if u16::from(config.tiers.top) + u16::from(config.tiers.bottom) > 100 {
            return Err(fail("tiers", "top and bottom together exceed 100%".into()));
        }
        let probe = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap_or_default();
        let mut shown = String::new();
        if std::fmt::write(&mut shown, format_args!("{}", probe.format(&config.date_format))).is_err() {
            return Err(fail(
                "date_format",
                format!("{:?} is not a date format", config.date_format),
            ));
        }
        Ok(config)
    }

    /// The harvest's questions in effect.
    pub fn questions(&self) -> Vec<super::knowledge::Question> {
        if self.harvest_questions.is_empty() {
            super::knowledge::default_questions()
        } else {
            self.harvest_questions.clone()
        }
    }

    /// The first day of the week.
    pub fn week_start(&self) -> Option<Weekday> {
        super::dates::parse_weekday(&self.week_start.to_lowercase())
    }

    /// A date in the configured format.
    pub fn date(&self, date: NaiveDate) -> String {
        let mut out = String::new();
        match std::fmt::write(&mut out, format_args!("{}", date.format(&self.date_format))) {
            Ok(()) => out,
            Err(_) => date.to_string(),
        }
    }

    /// The settings as TOML, for `config --print`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_empty_file_means_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
        assert_eq!(Config::default().weekly_field_target, 2);
    }

    #[test]
    fn every_setting_can_be_set() {
        let config = Config::parse(
            "weekly_field_target = 3\ndefault_cadence = 10\ntop_performers = [\"Dana Ortiz\"]\n\
             currency = \"€\"\nweek_start = \"sunday\"\ndate_format = \"%d.%m.%Y\"\n[tiers]\ntop = 10\nbottom = 30\n",
        )
        .unwrap();
        assert_eq!(config.weekly_field_target, 3);
        assert_eq!(config.top_performers, TopPerformers::Named(vec!["Dana Ortiz".into()]));
        assert_eq!(config.week_start(), Some(Weekday::Sun));
        assert_eq!(config.date(NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()), "04.03.2026");
        assert_eq!(config.tiers, TierShares { top: 10, bottom: 30 });
        assert_eq!(Config::parse(&config.to_toml()).unwrap(), config, "--print round trips");
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let e = Config::parse("currency = \"$\"\nweekly_feld_target = 3\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("weekly_feld_target"), "{e}");
        let e = Config::parse("weekly_field_target = \"two\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = Config::parse("\ndefault_cadence = 0\n").unwrap_err();
        assert_eq!(e.to_string(), "line 2: default_cadence: must be between 1 and 365 days");
        let e = Config::parse("week_start = \"someday\"").unwrap_err();
        assert!(e.to_string().starts_with("line 1: week_start:"), "{e}");
        assert!(Config::parse("top_performers = \"the best\"").is_err());
        assert!(Config::parse("date_format = \"%Q\"").is_err());
        assert!(Config::parse("[tiers]\ntop = 60\nbottom = 50").is_err());
        assert!(Config::parse("not toml at all [").is_err());
    }
}
