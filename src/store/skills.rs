//! The skills of the rubric: added, renamed and retired without losing ratings.

use super::convert::{fresh_meta, meta, next_stamp};
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::{Meta, Skill, SkillData, SkillId};
use rusqlite::{params, Connection, OptionalExtension, Row};

const COLUMNS: &str = "id, uuid, name, alias, description, level_1, level_3, level_5, retired, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Skill> {
    Ok(Skill {
        id: row.get("id")?,
        meta: meta(row)?,
        data: SkillData {
            name: row.get("name")?,
            alias: row.get("alias")?,
            description: row.get("description")?,
            level_1: row.get("level_1")?,
            level_3: row.get("level_3")?,
            level_5: row.get("level_5")?,
            retired: row.get("retired")?,
        },
    })
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<SkillId>,
    meta: &Meta,
    data: &SkillData,
) -> StoreResult<SkillId> {
    conn.prepare_cached(
        "INSERT INTO skills (id, uuid, name, alias, description, level_1, level_3, level_5, retired,
            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        id,
        meta.uuid.to_string(),
        data.name,
        data.alias,
        data.description,
        data.level_1,
        data.level_3,
        data.level_5,
        data.retired,
        meta.created_at,
        meta.updated_at
    ])?;
    Ok(SkillId(conn.last_insert_rowid()))
}

fn fetch(conn: &Connection, id: SkillId) -> StoreResult<Skill> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM skills WHERE id = ?1"), [id], from_row)
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
            "SELECT {COLUMNS} FROM skills WHERE retired = 0 OR ?1 ORDER BY id"
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
            let changed = tx.execute(
                "UPDATE skills SET name = ?2, alias = ?3, description = ?4, level_1 = ?5, level_3 = ?6,
                    level_5 = ?7, retired = ?8, updated_at = ?9
                 WHERE id = ?1 AND updated_at = ?10",
                params![
                    skill.id,
                    data.name,
                    data.alias,
                    data.description,
                    data.level_1,
                    data.level_3,
                    data.level_5,
                    data.retired,
                    next_stamp(skill.meta.updated_at),
                    skill.meta.updated_at
                ],
            )?;
            if changed == 0 {
                fetch(tx, skill.id)?;
                return Err(StoreError::Conflict { what: "skill" });
            }
            fetch(tx, skill.id)
        })
    }
}

impl Store {
    /// The names quick capture resolves against: active reps and accounts,
    /// skills that take ratings.
    pub fn directory(&self) -> StoreResult<crate::domain::capture::Directory> {
        Ok(crate::domain::capture::Directory {
            reps: self.reps(false)?.into_iter().map(|r| (r.id, r.data.name)).collect(),
            accounts: self.accounts(false)?.into_iter().map(|a| (a.id, a.data.name)).collect(),
            skills: self
                .skills(false)?
                .into_iter()
                .map(|s| (s.id, s.data.name, s.data.alias))
                .collect(),
        })
    }
}
