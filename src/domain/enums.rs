//! The small closed vocabularies of the domain, each with one spelling on
//! disk, in JSON and on the command line.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A value that is not one of an enum's spellings; lists the choices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a valid {what}; choose one of: {choices}")]
pub struct UnknownValue {
    /// What was being parsed ("tier", "health", ...).
    pub what: &'static str,
    /// The rejected input.
    pub value: String,
    /// The accepted spellings, comma-separated.
    pub choices: String,
}

macro_rules! str_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident => $text:literal, $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and JSON spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The human label shown in lists and reports.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The value spelled exactly as stored, without the allocation
            /// the forgiving parse needs: what a read of many rows takes.
            pub fn from_stored(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                if let Some(exact) = Self::from_stored(s) {
                    return Ok(exact);
                }
                let wanted = s.trim().to_lowercase().replace(['-', ' '], "_");
                $(if wanted == $text { return Ok($name::$variant); })+
                Err(UnknownValue {
                    what: $what,
                    value: s.to_string(),
                    choices: [$($text),+].join(", "),
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

str_enum!(
    /// How likely a rep is to leave; drives retention attention.
    Risk, "retention risk" {
        Low => "low", "low",
        Medium => "medium", "medium",
        High => "high", "high",
    }
);

str_enum!(
    /// Why a rep might leave, as a stay conversation records it.
    StayReason, "reason" {
        Pay => "pay", "pay",
        Growth => "growth", "growth or career path",
        Manager => "manager", "manager relationship",
        Workload => "workload", "workload",
        Recognition => "recognition", "recognition",
        Recruiter => "recruiter", "approached by a recruiter or competitor",
        Personal => "personal", "personal",
        Other => "other", "other",
    }
);

str_enum!(
    /// The answer to "do you see yourself here in two years?".
    TwoYears, "answer" {
        Yes => "yes", "yes",
        Unsure => "unsure", "unsure",
        No => "no", "no",
    }
);

str_enum!(
    /// An account's importance; key and A accounts get handover scrutiny.
    Tier, "tier" {
        Key => "key", "Key",
        A => "a", "A",
        B => "b", "B",
        C => "c", "C",
    }
);

str_enum!(
    /// The relationship's state as the manager judges it.
    Health, "health" {
        Green => "green", "green",
        Amber => "amber", "amber",
        Red => "red", "red",
    }
);

str_enum!(
    /// How far a key account's handover to its successor has come.
    HandoverStage, "handover stage" {
        Planned => "planned", "planned",
        Introduced => "introduced", "introduced",
        JointVisits => "joint_visits", "joint visits",
        HandedOver => "handed_over", "handed over",
        Complete => "complete", "complete",
    }
);

str_enum!(
    /// What kind of coaching a session was.
    SessionKind, "session kind" {
        RideAlong => "ride_along", "ride-along",
        OneOnOne => "one_on_one", "1:1",
        CallReview => "call_review", "call review",
        DealReview => "deal_review", "deal review",
        Training => "training", "training",
        HandoverVisit => "handover_visit", "handover visit",
        PeerCoaching => "peer_coaching", "peer coaching",
    }
);

str_enum!(
    /// Who promised to do a commitment.
    CommitmentOwner, "commitment owner" {
        Rep => "rep", "rep",
        Manager => "manager", "manager",
    }
);

impl HandoverStage {
    /// Whether the successor already carries the account.
    pub fn is_done(self) -> bool {
        matches!(self, HandoverStage::HandedOver | HandoverStage::Complete)
    }
}

impl SessionKind {
    /// Reads the words people type (`ride`, `1:1`, `call`, `deal`, `handover`, `peer`)
    /// as well as the stored spellings.
    pub fn from_word(word: &str) -> Result<SessionKind, UnknownValue> {
        match word.trim().to_lowercase().as_str() {
            "ride" | "ride-along" | "ridealong" => Ok(SessionKind::RideAlong),
            "1:1" | "1-1" | "one-on-one" | "oneonone" => Ok(SessionKind::OneOnOne),
            "call" | "call-review" => Ok(SessionKind::CallReview),
            "deal" | "deal-review" => Ok(SessionKind::DealReview),
            "handover" | "handover-visit" => Ok(SessionKind::HandoverVisit),
            "peer" | "peer-coaching" => Ok(SessionKind::PeerCoaching),
            _ => word.parse(),
        }
    }

    /// Kinds that put the manager in the field beside the rep.
    pub fn is_field_time(self) -> bool {
        matches!(self, SessionKind::RideAlong | SessionKind::HandoverVisit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_spelling_and_variants() {
        for kind in SessionKind::ALL {
            assert_eq!(kind.as_str().parse::<SessionKind>(), Ok(*kind));
        }
        assert_eq!("Ride-Along".parse::<SessionKind>(), Ok(SessionKind::RideAlong));
        assert_eq!("joint visits".parse::<HandoverStage>(), Ok(HandoverStage::JointVisits));
        assert_eq!("KEY".parse::<Tier>(), Ok(Tier::Key));
    }

    #[test]
    fn session_kinds_from_typed_words() {
        for (word, kind) in [
            ("ride", SessionKind::RideAlong),
            ("1:1", SessionKind::OneOnOne),
            ("One-on-one", SessionKind::OneOnOne),
            ("call", SessionKind::CallReview),
            ("deal-review", SessionKind::DealReview),
            ("training", SessionKind::Training),
            ("handover", SessionKind::HandoverVisit),
            ("peer", SessionKind::PeerCoaching),
        ] {
            assert_eq!(SessionKind::from_word(word), Ok(kind), "{word}");
        }
        assert!(SessionKind::from_word("party").is_err());
    }

    #[test]
    fn unknown_value_lists_choices() {
        let err = "platinum".parse::<Tier>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"platinum\" is not a valid tier; choose one of: key, a, b, c"
        );
    }

    #[test]
    fn serde_uses_the_stored_spelling() {
        let json = serde_json::to_string(&HandoverStage::JointVisits).unwrap();
        assert_eq!(json, "\"joint_visits\"");
        let back: HandoverStage = serde_json::from_str(&json).unwrap();
        assert_eq!(back, HandoverStage::JointVisits);
        assert!(serde_json::from_str::<Health>("\"blue\"").is_err());
    }
}
