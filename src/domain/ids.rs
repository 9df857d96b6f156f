//! Identifiers and the bookkeeping every record carries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// A rep's row id: short enough to type on the command line.
    RepId
);
id_type!(
    /// A stay conversation's row id.
    StayId
);
id_type!(
    /// A play's row id; `play show 3` uses it.
    PlayId
);
id_type!(
    /// An account's row id.
    AccountId
);
id_type!(
    /// A contact's row id.
    ContactId
);
id_type!(
    /// A coaching session's row id; `session show 42` uses it.
    SessionId
);
id_type!(
    /// A commitment's row id; `commitment done 7` uses it.
    CommitmentId
);
id_type!(
    /// A skill's row id; ratings point at it so renames keep history.
    SkillId
);

/// Identity and timestamps shared by every record, so notebooks can later be
/// exported, merged and synced without clashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// Stable across export and import (a v7 UUID, time-ordered).
    pub uuid: Uuid,
    /// When the record was first saved.
    pub created_at: DateTime<Utc>,
    /// When the record was last saved; also used to detect concurrent edits.
    pub updated_at: DateTime<Utc>,
}
