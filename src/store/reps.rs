//! Reps: load, insert, save, archive, and the per-rep activity figures lists show.

use super::columns::REPS;
use super::convert::{fresh_meta, now};
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::figures::RepActivity;
use crate::domain::IntoValid;
use crate::domain::{Meta, Rep, RepData, RepId, SessionKind, SkillId};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::HashMap;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Rep> {
    let read = REPS.read(row)?;
    Ok(Rep {
        id: RepId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

fn load_focus(conn: &Connection, reps: &mut [Rep]) -> StoreResult<()> {
    let mut by_rep: HashMap<RepId, Vec<SkillId>> = HashMap::new();
    let mut stmt = conn.prepare_cached("SELECT rep_id, skill_id FROM rep_focus ORDER BY rep_id, position")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, RepId>(0)?, r.get::<_, SkillId>(1)?)))?;
    for row in rows {
        let (rep, skill) = row?;
        by_rep.entry(rep).or_default().push(skill);
    }
    for rep in reps {
        rep.data.focus = by_rep.remove(&rep.id).unwrap_or_default();
    }
    Ok(())
}

pub(super) fn insert_row(conn: &Connection, id: Option<RepId>, meta: &Meta, data: &RepData) -> StoreResult<RepId> {
    let id = RepId(REPS.insert(conn, id.map(|i| i.0), meta, data)?);
    write_focus(conn, id, &data.focus)?;
    Ok(id)
}

fn write_focus(conn: &Connection, id: RepId, focus: &[SkillId]) -> StoreResult<()> {
    conn.execute("DELETE FROM rep_focus WHERE rep_id = ?1", [id])?;
    let mut insert = conn.prepare_cached("INSERT INTO rep_focus (rep_id, skill_id, position) VALUES (?1, ?2, ?3)")?;
    for (position, skill) in focus.iter().enumerate() {
        insert.execute(params![id, skill, position as i64])?;
    }
    Ok(())
}

/// Saves `rep.data` over the row if it is still at `rep.meta.updated_at`.
pub(super) fn update_row(conn: &Connection, rep: &Rep) -> StoreResult<()> {
    if !REPS.update(conn, rep.id.0, rep.meta.updated_at, &rep.data)? {
        fetch(conn, rep.id)?;
        return Err(StoreError::Conflict { what: "rep" });
    }
    write_focus(conn, rep.id, &rep.data.focus)
}

pub(super) fn fetch(conn: &Connection, id: RepId) -> StoreResult<Rep> {
    let mut rep = conn
        .prepare_cached(&format!("SELECT {} FROM reps WHERE id = ?1", REPS.select("")))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "rep", id: id.0 })?;
    let mut stmt = conn.prepare_cached("SELECT skill_id FROM rep_focus WHERE rep_id = ?1 ORDER BY position")?;
    rep.data.focus = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<SkillId>>>()?;
    Ok(rep)
}

impl Store {
    /// All reps by name; archived ones only when asked for.
    pub fn reps(&self, include_archived: bool) -> StoreResult<Vec<Rep>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM reps WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE, id",
            REPS.select("")
        ))?;
        let mut reps = stmt
            .query_map([include_archived], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        load_focus(&self.conn, &mut reps)?;
        Ok(reps)
    }

    /// One rep by id, archived or not.
    pub fn rep(&self, id: RepId) -> StoreResult<Rep> {
        fetch(&self.conn, id)
    }

    /// The reps with these ids (archived or not), each read by its id: what
    /// a list of a few sessions names, without reading every rep.
    pub fn reps_with_ids(&self, ids: &[RepId]) -> StoreResult<Vec<Rep>> {
        let mut ids = ids.to_vec();
        ids.sort();
        ids.dedup();
        ids.into_iter().map(|id| fetch(&self.conn, id)).collect()
    }

    /// Validates and saves a new rep.
    pub fn add_rep(&mut self, data: impl IntoValid<RepData>) -> StoreResult<Rep> {
        let data = data.into_valid()?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch(tx, id)
        })
    }

    /// Saves `rep.data` over the stored rep, refusing if it changed since
    /// `rep.meta.updated_at` (someone else saved in between).
    pub fn save_rep(&mut self, rep: impl IntoValid<Rep>) -> StoreResult<Rep> {
        let rep = rep.into_valid()?;
        self.write(|tx| {
            update_row(tx, &rep)?;
            fetch(tx, rep.id)
        })
    }

    /// Archives or restores a rep; nothing is deleted.
    pub fn set_rep_archived(&mut self, id: RepId, archived: bool) -> StoreResult<Rep> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE reps SET archived = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, archived, now()],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound { what: "rep", id: id.0 });
            }
            fetch(tx, id)
        })
    }

    /// Last session (up to `today`: a planned one is not coaching yet) and
    /// commitment counts for every rep, from indexed queries.
    pub fn rep_activity(&self, today: NaiveDate) -> StoreResult<HashMap<RepId, RepActivity>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id,
                (SELECT s.date FROM sessions s WHERE s.rep_id = r.id AND s.archived = 0 AND s.date <= ?1
                    ORDER BY s.date DESC, s.id DESC LIMIT 1),
                (SELECT s.kind FROM sessions s WHERE s.rep_id = r.id AND s.archived = 0 AND s.date <= ?1
                    ORDER BY s.date DESC, s.id DESC LIMIT 1),
                (SELECT count(*) FROM commitments c INDEXED BY commitments_open_rep
                    WHERE c.rep_id = r.id AND c.done_on IS NULL AND c.archived = 0),
                (SELECT count(*) FROM commitments c INDEXED BY commitments_open_rep
                    WHERE c.rep_id = r.id AND c.done_on IS NULL AND c.archived = 0 AND c.due < ?1)
             FROM reps r",
        )?;
        let rows = stmt.query_map([today], |r| {
            let date: Option<NaiveDate> = r.get(1)?;
            let kind: Option<SessionKind> = r.get(2)?;
            Ok((
                r.get::<_, RepId>(0)?,
                RepActivity {
                    last_session: date.zip(kind),
                    open_commitments: r.get(3)?,
                    overdue_commitments: r.get(4)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
