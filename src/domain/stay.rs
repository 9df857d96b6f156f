//! Stay conversations: the manager's check-in with a rep about staying.
//! What the record cannot infer (the manager's read of the risk, the
//! reasons, the rep's own answer) is asked for here; the rest of the
//! retention watch is read from the coaching record.

use super::enums::{Risk, StayReason, Tier, TwoYears};
use super::fields::FieldId;
use super::ids::{Meta, RepId, StayId};
use super::validation::{trim_in_place, FieldErrors};
use super::Account;
use chrono::{Days, NaiveDate};

/// The editable part of a stay conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StayData {
    /// The rep it was with.
    pub rep: RepId,
    /// When it took place.
    pub date: NaiveDate,
    /// The manager's read of the risk of leaving.
    pub risk: Risk,
    /// Why they might leave; several allowed, each once.
    pub reasons: Vec<StayReason>,
    /// Their answer to "do you see yourself here in two years?".
    pub two_years: TwoYears,
    /// What losing them would cost (proposed from their accounts).
    pub impact: Risk,
    /// What was said; private to the manager.
    pub notes: String,
    /// When to check in again; unset means the cadence decides.
    pub next_check_in: Option<NaiveDate>,
    /// Archived conversations are hidden but restorable.
    pub archived: bool,
}

impl StayData {
    /// A conversation with `rep` on `date`, before anything is filled in.
    pub fn new(rep: RepId, date: NaiveDate) -> StayData {
        StayData {
            rep,
            date,
            risk: Risk::Low,
            reasons: Vec::new(),
            two_years: TwoYears::Unsure,
            impact: Risk::Low,
            notes: String::new(),
            next_check_in: None,
            archived: false,
        }
    }

    /// Trims, drops repeated reasons and checks the dates.
    pub fn validated(mut self) -> Result<StayData, FieldErrors> {
        let mut errors = FieldErrors::default();
        trim_in_place(&mut self.notes);
        let mut seen = Vec::new();
        self.reasons.retain(|r| {
            let first = !seen.contains(r);
            seen.push(*r);
            first
        });
        if self.next_check_in.is_some_and(|next| next <= self.date) {
            errors.add(FieldId::NextCheckIn, "the next check-in comes after this one");
        }
        errors.into_result(self)
    }

    /// When the next check-in is due: the date set, else a month after a
    /// medium or high risk and a quarter after a low one (the config's days).
    pub fn next_due(&self, days_at_risk: u16, days: u16) -> NaiveDate {
        let wait = if self.risk == Risk::Low { days } else { days_at_risk };
        self.next_check_in.unwrap_or_else(|| {
            self.date
                .checked_add_days(Days::new(u64::from(wait)))
                .unwrap_or(self.date)
        })
    }
}

/// A saved stay conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stay {
    /// Row id.
    pub id: StayId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: StayData,
}

/// Annual value from which one account alone makes losing its owner costly.
const HIGH_VALUE_CENTS: i64 = 100_000_000;
/// Annual value from which the accounts together make it a real loss.
const MEDIUM_VALUE_CENTS: i64 = 25_000_000;

/// The impact proposed for losing the owner of `accounts`: high with a key
/// account or a million a year in all, medium with an A account or a
/// quarter million, low otherwise. The manager may change it.
pub fn proposed_impact(accounts: &[&Account]) -> Risk {
    let total: i64 = accounts.iter().filter_map(|a| a.data.annual_value_cents).sum();
    let has = |tier: Tier| accounts.iter().any(|a| a.data.tier == Some(tier));
    if has(Tier::Key) || total >= HIGH_VALUE_CENTS {
        Risk::High
    } else if has(Tier::A) || total >= MEDIUM_VALUE_CENTS {
        Risk::Medium
    } else {
        Risk::Low
    }
}

/// `proposed_impact` of the active accounts among `accounts` that `rep`
/// owns (not those they are taking over).
pub fn impact_of_owner(rep: RepId, accounts: &[Account]) -> Risk {
    let owned: Vec<&Account> = accounts
        .iter()
        .filter(|a| a.data.owner == Some(rep) && !a.data.archived)
        .collect();
    proposed_impact(&owned)
}

/// Reads "recruiter,growth" (labels or stored spellings, any case).
pub fn parse_reasons(text: &str) -> Result<Vec<StayReason>, super::enums::UnknownValue> {
    text.split([',', ' '])
        .filter(|w| !w.trim().is_empty())
        .map(|w| match w.trim().to_lowercase().as_str() {
            "career" | "career-path" | "careerpath" => Ok(StayReason::Growth),
            "competitor" | "approached" | "recruited" => Ok(StayReason::Recruiter),
            "relationship" => Ok(StayReason::Manager),
            other => other.parse(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, AccountId};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn account(tier: Option<Tier>, value: Option<i64>) -> Account {
        let mut data = AccountData::named("A");
        data.tier = tier;
        data.annual_value_cents = value;
        Account {
            id: AccountId(1),
            meta: Meta {
                uuid: uuid::Uuid::nil(),
                created_at: chrono::DateTime::UNIX_EPOCH,
                updated_at: chrono::DateTime::UNIX_EPOCH,
            },
            data,
        }
    }

    #[test]
    fn the_next_check_in_is_a_month_at_risk_and_a_quarter_otherwise() {
        let mut stay = StayData::new(RepId(1), d("2026-11-26"));
        assert_eq!(stay.next_due(30, 90), d("2027-02-24"));
        stay.risk = Risk::Medium;
        assert_eq!(stay.next_due(30, 90), d("2026-12-26"));
        stay.risk = Risk::High;
        assert_eq!(stay.next_due(30, 90), d("2026-12-26"));
        stay.next_check_in = Some(d("2026-12-10"));
        assert_eq!(stay.next_due(30, 90), d("2026-12-10"), "a date set wins");
    }

    #[test]
    fn reasons_are_kept_once_and_the_next_check_in_comes_later() {
        let mut stay = StayData::new(RepId(1), d("2026-11-26"));
        stay.reasons = vec![StayReason::Pay, StayReason::Growth, StayReason::Pay];
        stay.notes = "  wants a bigger territory ".into();
        let stay = stay.validated().unwrap();
        assert_eq!(stay.reasons, vec![StayReason::Pay, StayReason::Growth]);
        assert_eq!(stay.notes, "wants a bigger territory");
        let mut bad = stay.clone();
        bad.next_check_in = Some(d("2026-11-26"));
        assert!(bad.validated().unwrap_err().get(FieldId::NextCheckIn).is_some());
    }

    #[test]
    fn the_impact_comes_from_the_tier_and_value_of_the_accounts_owned() {
        assert_eq!(proposed_impact(&[]), Risk::Low);
        let c = account(Some(Tier::C), Some(24_999_999));
        assert_eq!(proposed_impact(&[&c]), Risk::Low);
        let more = account(Some(Tier::C), Some(1));
        assert_eq!(proposed_impact(&[&c, &more]), Risk::Medium, "a quarter million in all");
        let a = account(Some(Tier::A), None);
        assert_eq!(proposed_impact(&[&a]), Risk::Medium);
        let big = account(Some(Tier::B), Some(100_000_000));
        assert_eq!(proposed_impact(&[&big]), Risk::High, "a million a year");
        let key = account(Some(Tier::Key), None);
        assert_eq!(proposed_impact(&[&c, &key]), Risk::High);
    }

    #[test]
    fn reasons_read_from_a_list() {
        assert_eq!(
            parse_reasons("recruiter,growth").unwrap(),
            vec![StayReason::Recruiter, StayReason::Growth]
        );
        assert_eq!(
            parse_reasons("Career, PAY").unwrap(),
            vec![StayReason::Growth, StayReason::Pay]
        );
        assert!(parse_reasons("boredom")
            .unwrap_err()
            .to_string()
            .contains("choose one of: pay, growth"));
    }
}
