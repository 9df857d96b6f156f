//! The notebook as one JSON document: the export format, the import format and
//! the shape of every `--json` listing. Keys are snake_case field names, dates
//! YYYY-MM-DD, absent values null.

mod export;
mod import;
mod index;

pub use export::{contact as contact_json, skill as skill_json, Lookup, PrivateNotes};
pub use import::ImportError;

use super::{Account, Commitment, Contact, Rep, Session, Skill};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The document's format version; bumped when a shape changes incompatibly.
pub const DOCUMENT_VERSION: u32 = 1;

/// Every record of a notebook, archived ones included, in id order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notebook {
    /// All reps.
    pub reps: Vec<Rep>,
    /// All accounts.
    pub accounts: Vec<Account>,
    /// All contacts, of every account.
    pub contacts: Vec<Contact>,
    /// All sessions.
    pub sessions: Vec<Session>,
    /// All commitments.
    pub commitments: Vec<Commitment>,
    /// All skills, retired ones included.
    pub skills: Vec<Skill>,
    /// All stay conversations (private: exported only when asked for).
    pub stays: Vec<super::Stay>,
    /// All plays, archived ones included.
    pub plays: Vec<super::Play>,
    /// Every answer of the account knowledge harvest.
    pub answers: Vec<super::knowledge::Answer>,
}

/// The whole notebook as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Format version (1).
    pub version: u32,
    /// Reps.
    pub reps: Vec<RepJson>,
    /// Accounts with their contacts and handover.
    pub accounts: Vec<AccountJson>,
    /// Sessions with their calls and ratings.
    pub sessions: Vec<SessionJson>,
    /// Commitments.
    pub commitments: Vec<CommitmentJson>,
    /// Skills of the rubric.
    pub skills: Vec<SkillJson>,
    /// Stay conversations: the manager's private data, present only in an
    /// export with `--include-private`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stay_conversations: Vec<StayJson>,
    /// Plays: the team's written-down know-how.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plays: Vec<PlayJson>,
    /// Answers of the account knowledge harvest, each with its day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub account_knowledge: Vec<AnswerJson>,
}

/// One harvest answer as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerJson {
    pub id: i64,
    pub uuid: Uuid,
    pub account: String,
    pub account_uuid: Option<Uuid>,
    pub question: String,
    pub answer: String,
    pub date: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A play as JSON; skills, account and author by name and uuid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayJson {
    pub id: i64,
    pub uuid: Uuid,
    pub title: String,
    pub situation: Option<String>,
    pub steps: Option<String>,
    pub pitfalls: Option<String>,
    pub skills: Vec<String>,
    pub industry: Option<String>,
    pub account: Option<String>,
    pub account_uuid: Option<Uuid>,
    pub product: Option<String>,
    pub author: Option<String>,
    pub author_uuid: Option<Uuid>,
    pub date: NaiveDate,
    pub sessions: Vec<i64>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A stay conversation as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StayJson {
    pub id: i64,
    pub uuid: Uuid,
    pub rep: String,
    pub rep_uuid: Option<Uuid>,
    pub date: NaiveDate,
    pub risk: super::Risk,
    pub reasons: Vec<super::StayReason>,
    pub two_years: super::TwoYears,
    pub impact: super::Risk,
    pub notes: Option<String>,
    pub next_check_in: Option<NaiveDate>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A rep as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepJson {
    pub id: i64,
    pub uuid: Uuid,
    pub name: String,
    pub title: Option<String>,
    pub territory: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub hired_on: Option<NaiveDate>,
    pub retires_on: Option<NaiveDate>,
    pub mentor: Option<String>,
    pub mentor_uuid: Option<Uuid>,
    pub cadence_days: u16,
    pub retention_risk: Option<super::Risk>,
    pub focus: Vec<String>,
    pub notes: Option<String>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An account's handover as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoverJson {
    pub successor: String,
    pub successor_uuid: Option<Uuid>,
    pub stage: super::HandoverStage,
    pub target_date: Option<NaiveDate>,
    pub notes: Option<String>,
}

/// A contact as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactJson {
    pub id: i64,
    pub uuid: Uuid,
    pub name: String,
    pub role: Option<String>,
    pub influence: Option<u8>,
    pub known_by_owner: bool,
    pub known_by_successor: bool,
    pub last_touch: Option<NaiveDate>,
    pub notes: Option<String>,
    pub archived: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crm_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An account as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountJson {
    pub id: i64,
    pub uuid: Uuid,
    pub name: String,
    pub industry: Option<String>,
    pub tier: Option<super::Tier>,
    pub annual_value_cents: Option<i64>,
    pub owner: Option<String>,
    pub owner_uuid: Option<Uuid>,
    pub health: Option<super::Health>,
    pub notes: Option<String>,
    pub archived: bool,
    pub handover: Option<HandoverJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crm_id: Option<String>,
    pub contacts: Vec<ContactJson>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One call of a session as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallJson {
    pub account: Option<String>,
    pub account_uuid: Option<Uuid>,
    pub objective: Option<String>,
    pub what_happened: Option<String>,
    pub outcome: Option<String>,
}

/// A session as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionJson {
    pub id: i64,
    pub uuid: Uuid,
    pub rep: String,
    pub rep_uuid: Option<Uuid>,
    pub account: Option<String>,
    pub account_uuid: Option<Uuid>,
    pub kind: super::SessionKind,
    /// The rep who led a peer coaching session (absent otherwise, and in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coach_uuid: Option<Uuid>,
    pub date: NaiveDate,
    pub time: Option<String>,
    pub minutes: Option<u32>,
    pub objective: Option<String>,
    pub self_assessment: Option<String>,
    pub notes: Option<String>,
    pub strengths: Option<String>,
    pub improvements: Option<String>,
    pub outcome: Option<String>,
    pub next_step: Option<String>,
    pub follow_up: Option<NaiveDate>,
    pub ratings: BTreeMap<String, u8>,
    pub will: Option<u8>,
    pub calls: Vec<CallJson>,
    /// Only filled when private notes were asked for explicitly.
    pub private_notes: Option<String>,
    pub acknowledged_on: Option<NaiveDate>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A commitment as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitmentJson {
    pub id: i64,
    pub uuid: Uuid,
    pub rep: String,
    pub rep_uuid: Option<Uuid>,
    pub session_id: Option<i64>,
    pub text: String,
    pub owner: super::CommitmentOwner,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A skill as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillJson {
    pub id: i64,
    pub uuid: Uuid,
    pub name: String,
    pub alias: String,
    pub description: Option<String>,
    pub level_1: Option<String>,
    pub level_3: Option<String>,
    pub level_5: Option<String>,
    pub retired: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Empty text becomes null in JSON.
fn text(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}
