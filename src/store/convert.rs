//! Conversions between domain values and SQL values, all in one place.

use crate::domain::{
    AccountId, CommitmentId, CommitmentOwner, ContactId, HandoverStage, Health, Meta, RepId, Risk, SessionId,
    SessionKind, SkillId, StayId, Tier, TwoYears,
};
use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
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

sql_id!(RepId, AccountId, ContactId, SessionId, CommitmentId, SkillId, StayId);

macro_rules! sql_enum {
    ($($kind:ident),+) => {$(
        impl ToSql for $kind {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $kind {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                $kind::from_stored(text)
                    .map_or_else(|| text.parse().map_err(|e| FromSqlError::Other(Box::new(e))), Ok)
            }
        }
    )+};
}

sql_enum!(
    Risk,
    Tier,
    Health,
    HandoverStage,
    SessionKind,
    CommitmentOwner,
    TwoYears
);

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

/// Reads "YYYY-MM-DD" without a format parser: list reads parse hundreds of
/// thousands of dates, and chrono's general parser is most of their cost.
pub fn fast_date(text: &[u8]) -> Option<NaiveDate> {
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let year = digits(&text[0..4])?;
    let month = digits(&text[5..7])?;
    let day = digits(&text[8..10])?;
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// Reads the stamps the store writes ("YYYY-MM-DD HH:MM:SS.fff+00:00") the
/// same way; anything else is left to the general parser.
pub fn fast_stamp(text: &[u8]) -> Option<DateTime<Utc>> {
    let (date, rest) = (text.get(..10)?, text.get(10..)?);
    let date = fast_date(date)?;
    let rest = rest.strip_prefix(b" ").or_else(|| rest.strip_prefix(b"T"))?;
    let rest = rest.strip_suffix(b"+00:00").or_else(|| rest.strip_suffix(b"Z"))?;
    if rest.len() < 8 || rest[2] != b':' || rest[5] != b':' {
        return None;
    }
    let (hour, minute, second) = (digits(&rest[0..2])?, digits(&rest[3..5])?, digits(&rest[6..8])?);
    let nanos = match &rest[8..] {
        [] => 0,
        [b'.', fraction @ ..] if !fraction.is_empty() && fraction.len() <= 9 => {
            digits(fraction)? * 10u32.pow(9 - fraction.len() as u32)
        }
        _ => return None,
    };
    let time = chrono::NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(date.and_time(time).and_utc())
}

fn digits(text: &[u8]) -> Option<u32> {
    text.iter().try_fold(0u32, |n, &b| match b {
        b'0'..=b'9' => Some(n * 10 + u32::from(b - b'0')),
        _ => None,
    })
}

#[cfg(test)]
mod fast_tests {
    use super::*;

    #[test]
    fn fast_readers_agree_with_the_general_parser() {
        let stamp = now();
        let written = stamp.format("%F %T%.f%:z").to_string();
        assert_eq!(fast_stamp(written.as_bytes()), Some(stamp));
        assert_eq!(
            fast_stamp(b"2026-12-02 16:55:00+00:00").unwrap().to_string(),
            "2026-12-02 16:55:00 UTC"
        );
        assert_eq!(fast_date(b"2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in [&b"2026-02-30"[..], b"2026-1-01", b"20261201xx", b"abcd-ef-gh", b""] {
            assert_eq!(fast_date(bad), None, "{bad:?}");
        }
        assert_eq!(
            fast_stamp(b"2026-12-02 16:55:00+02:00"),
            None,
            "other zones go to the general parser"
        );
    }
}
