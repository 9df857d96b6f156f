//! The coaching domain: plain types, validation and derived figures.
//!
//! Nothing here touches SQL, the terminal or the clock: whatever depends on
//! "now" takes `today` as an argument, so every rule is testable with a fixed date.

pub mod account;
pub mod capture;
pub mod commitment;
pub mod config;
pub mod dates;
pub mod demo;
pub mod document;
pub mod enums;
pub mod fields;
pub mod figures;
pub mod ids;
pub mod insights;
pub mod interop;
pub mod knowledge;
pub mod lines;
pub mod matching;
pub mod money;
pub mod play;
pub mod rep;
pub mod report;
pub mod session;
pub mod skill;
pub mod stay;
pub mod text;
pub mod valid;
pub mod validation;

pub use account::{Account, AccountData, Contact, ContactData, Handover};
pub use commitment::{Commitment, CommitmentData};
pub use enums::{CommitmentOwner, HandoverStage, Health, Risk, SessionKind, StayReason, Tier, TwoYears};
pub use fields::FieldId;
pub use ids::{AccountId, CommitmentId, ContactId, Meta, PlayId, RepId, SessionId, SkillId, StayId};
pub use play::{Play, PlayData};
pub use rep::{Rep, RepData};
pub use session::{headline_of, Call, Session, SessionData};
pub use skill::{Skill, SkillData};
pub use stay::{Stay, StayData};
pub use valid::{IntoValid, Valid};
pub use validation::{FieldError, FieldErrors};
