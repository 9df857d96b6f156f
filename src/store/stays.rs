//! Stay conversations: written one at a time, read per rep (newest first)
//! and as each rep's latest, one indexed read per rep.

use super::columns::STAYS;
use super::convert::fresh_meta;
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::{IntoValid, Meta, RepId, Stay, StayData, StayId};
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::HashMap;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Stay> {
    let read = STAYS.read(row)?;
    Ok(Stay {
        id: StayId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_row(conn: &Connection, id: Option<StayId>, meta: &Meta, data: &StayData) -> StoreResult<StayId> {
    Ok(StayId(STAYS.insert(conn, id.map(|i| i.0), meta, data)?))
}

fn fetch(conn: &Connection, id: StayId) -> StoreResult<Stay> {
    conn.prepare_cached(&format!(
        "SELECT {} FROM stay_conversations WHERE id = ?1",
        STAYS.select("")
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "stay conversation",
        id: id.0,
    })
}

impl Store {
    /// Validates and saves a new stay conversation.
    pub fn add_stay(&mut self, data: impl IntoValid<StayData>) -> StoreResult<Stay> {
        let data = data.into_valid()?;
        self.write(|tx| {
            super::reps::fetch(tx, data.rep)?;
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch(tx, id)
        })
    }

    /// A rep's stay conversations, newest first.
    pub fn stays_of(&self, rep: RepId) -> StoreResult<Vec<Stay>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM stay_conversations WHERE rep_id = ?1 AND archived = 0 ORDER BY date DESC, id DESC",
            STAYS.select("")
        ))?;
        let rows = stmt.query_map(params![rep], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stay conversation, archived ones too, in id order (for export).
    pub fn all_stays(&self) -> StoreResult<Vec<Stay>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM stay_conversations ORDER BY id",
            STAYS.select("")
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each rep's latest stay conversation.
    pub fn latest_stays(&self) -> StoreResult<HashMap<RepId, Stay>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM stay_conversations s WHERE s.archived = 0 AND s.id = (
                SELECT l.id FROM stay_conversations l WHERE l.rep_id = s.rep_id AND l.archived = 0
                ORDER BY l.date DESC, l.id DESC LIMIT 1)",
            STAYS.select("s")
        ))?;
        let rows = stmt.query_map([], from_row)?;
        rows.map(|r| r.map(|stay| (stay.data.rep, stay)))
            .collect::<rusqlite::Result<_>>()
            .map_err(Into::into)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{RepData, Risk, StayReason, TwoYears};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn stays_round_trip_and_the_latest_per_rep_is_found() {
        let mut store = Store::open_in_memory().unwrap();
        let sam = store.add_rep(RepData::named("Sam Lee")).unwrap().id;
        let dana = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let mut first = StayData::new(sam, d("2026-09-01"));
        first.risk = Risk::Medium;
        first.reasons = vec![StayReason::Recruiter, StayReason::Growth];
        first.two_years = TwoYears::No;
        first.impact = Risk::High;
        first.notes = "Approached by a competitor".into();
        first.next_check_in = Some(d("2026-10-01"));
        let saved = store.add_stay(first.clone()).unwrap();
        assert_eq!(saved.data, first);
        let mut later = StayData::new(sam, d("2026-11-20"));
        later.risk = Risk::High;
        store.add_stay(later.clone()).unwrap();
        store.add_stay(StayData::new(dana, d("2026-10-10"))).unwrap();
        let history = store.stays_of(sam).unwrap();
        assert_eq!(
            history.iter().map(|s| s.data.date).collect::<Vec<_>>(),
            vec![d("2026-11-20"), d("2026-09-01")]
        );
        let latest = store.latest_stays().unwrap();
        assert_eq!(latest[&sam].data, later);
        assert_eq!(latest[&dana].data.date, d("2026-10-10"));
        assert!(
            store.add_stay(StayData::new(RepId(99), d("2026-10-10"))).is_err(),
            "no such rep"
        );
    }
}
