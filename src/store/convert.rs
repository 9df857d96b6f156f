//! Conversions between domain values and SQL values, all in one place.

use crate::domain::{
    AccountId, CommitmentId, CommitmentOwner, ContactId, HandoverStage, Health, Meta, RepId, Risk, SessionId,
    SessionKind, SkillId, Tier,
};
use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use uuid::Uuid;

macro_rules! sql_id {
    ($($id:ident),+) => {$(
        impl ToSql for $id {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }
        impl FromSql for $id {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($id)
            }
        }
    )+};
}

sql_id!(RepId, AccountId, ContactId, SessionId, CommitmentId, SkillId);

macro_rules! sql_enum {
    ($($kind:ident),+) => {$(
        impl ToSql for $kind {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $kind {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )+};
}

sql_enum!(Risk, Tier, Health, HandoverStage, SessionKind, CommitmentOwner);

/// The current time at the precision stored (milliseconds), so values
/// survive a round trip through the file and JSON unchanged.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// A fresh identity for a new record.
pub fn fresh_meta() -> Meta {
    let at = now();
    Meta {
        uuid: Uuid::now_v7(),
        created_at: at,
        updated_at: at,
    }
}

/// A new `updated_at` strictly after `previous`, so that two saves within one
/// millisecond still look like two versions to the conflict check.
pub fn next_stamp(previous: DateTime<Utc>) -> DateTime<Utc> {
    now().max(previous + chrono::Duration::milliseconds(1))
}
