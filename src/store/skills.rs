//! The skills of the rubric: added, renamed and retired without losing ratings.

use super::columns::SKILLS;
use super::convert::fresh_meta;
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::{Meta, Skill, SkillData, SkillId};
use rusqlite::{Connection, OptionalExtension, Row};

fn from_row(row: &Row<'_>) -> rusqlite::Result<Skill> {
    let read = SKILLS.read(row)?;
    Ok(Skill {
        id: SkillId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<SkillId>,
    meta: &Meta,
    data: &SkillData,
) -> StoreResult<SkillId> {
    Ok(SkillId(SKILLS.insert(conn, id.map(|i| i.0), meta, data)?))
}

fn fetch(conn: &Connection, id: SkillId) -> StoreResult<Skill> {
    conn.prepare_cached(&format!("SELECT {} FROM skills WHERE id = ?1", SKILLS.select("")))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            what: "skill",
            id: id.0,
        })
}

impl Store {
    /// The rubric in its order; retired skills only when asked for.
    pub fn skills(&self, include_retired: bool) -> StoreResult<Vec<Skill>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM skills WHERE retired = 0 OR ?1 ORDER BY id",
            SKILLS.select("")
        ))?;
        let rows = stmt.query_map([include_retired], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Validates (names and aliases unique) and saves a new skill.
    pub fn add_skill(&mut self, data: SkillData) -> StoreResult<Skill> {
        let data = data.validated(&self.skills(true)?)?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch(tx, id)
        })
    }

    /// Saves a renamed, re-described or retired skill; past ratings keep pointing at it.
    pub fn save_skill(&mut self, skill: &Skill) -> StoreResult<Skill> {
        let others: Vec<Skill> = self.skills(true)?.into_iter().filter(|s| s.id != skill.id).collect();
        let data = skill.data.clone().validated(&others)?;
        self.write(|tx| {
            let changed = SKILLS.update(tx, skill.id.0, skill.meta.updated_at, &data)?;
            if !changed {
                fetch(tx, skill.id)?;
                return Err(StoreError::Conflict { what: "skill" });
            }
            fetch(tx, skill.id)
        })
    }
}
