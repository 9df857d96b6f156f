//! Plays: written one at a time, listed by filter, and found by full-text
//! search (`play_search`, kept in step by the schema's triggers).

use super::columns::PLAYS;
use super::convert::fresh_meta;
use super::error::{StoreError, StoreResult};
use super::search::fts_query;
use super::Store;
use crate::domain::{IntoValid, Meta, Play, PlayData, PlayId, RepId, SkillId};
use rusqlite::{params, Connection, OptionalExtension, Row};

fn from_row(row: &Row<'_>) -> rusqlite::Result<Play> {
    let read = PLAYS.read(row)?;
    Ok(Play {
        id: PlayId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_row(conn: &Connection, id: Option<PlayId>, meta: &Meta, data: &PlayData) -> StoreResult<PlayId> {
    Ok(PlayId(PLAYS.insert(conn, id.map(|i| i.0), meta, data)?))
}

fn fetch(conn: &Connection, id: PlayId) -> StoreResult<Play> {
    conn.prepare_cached(&format!("SELECT {} FROM plays WHERE id = ?1", PLAYS.select("")))?
        .query_row([id.0], from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "play", id: id.0 })
}

/// A play found by a search, with its matching words marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayHit {
    /// The play.
    pub id: PlayId,
    /// Its title.
    pub title: String,
    /// Its author, if any.
    pub author: Option<RepId>,
    /// The text around the match, the words in [brackets].
    pub snippet: String,
}

impl Store {
    /// Validates and saves a new play.
    pub fn add_play(&mut self, data: impl IntoValid<PlayData>) -> StoreResult<Play> {
        let data = data.into_valid()?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch(tx, id)
        })
    }

    /// Saves `play.data`, refusing if it changed since it was loaded.
    pub fn save_play(&mut self, play: Play) -> StoreResult<Play> {
        let data = play.data.clone().into_valid()?;
        self.write(|tx| {
            if !PLAYS.update(tx, play.id.0, play.meta.updated_at, &data)? {
                fetch(tx, play.id)?;
                return Err(StoreError::Conflict { what: "play" });
            }
            fetch(tx, play.id)
        })
    }

    /// One play by id, archived or not.
    pub fn play(&self, id: PlayId) -> StoreResult<Play> {
        fetch(&self.conn, id)
    }

    /// Plays, newest first; by skill and author when given.
    pub fn plays(
        &self,
        skill: Option<SkillId>,
        author: Option<RepId>,
        include_archived: bool,
    ) -> StoreResult<Vec<Play>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM plays WHERE (archived = 0 OR ?1) AND (?2 IS NULL OR author_id = ?2)
             ORDER BY date DESC, id DESC",
            PLAYS.select("")
        ))?;
        let rows = stmt.query_map(params![include_archived, author], from_row)?;
        let plays: Vec<Play> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(plays
            .into_iter()
            .filter(|p| skill.is_none_or(|s| p.data.skills.contains(&s)))
            .collect())
    }

    /// Ratings of 4-5 on `skill` after `since` up to `today`, by rep and
    /// date: who could mentor it (`domain::insights::mentors`).
    pub fn high_ratings(
        &self,
        skill: SkillId,
        since: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> StoreResult<Vec<(RepId, SkillId, chrono::NaiveDate, u8)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.rep_id, r.skill_id, s.date, r.score FROM ratings r JOIN sessions s ON s.id = r.session_id
             WHERE r.skill_id = ?1 AND r.score >= 4 AND s.archived = 0 AND s.date > ?2 AND s.date <= ?3",
        )?;
        let rows = stmt.query_map(params![skill, since, today], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Active plays matching `query` (the search syntax of sessions), best first.
    pub fn search_plays(&self, query: &str, limit: usize) -> StoreResult<Vec<PlayHit>> {
        let expr = fts_query(query);
        if expr.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.title, p.author_id, snippet(play_search, -1, '[', ']', '…', 12)
             FROM play_search JOIN plays p ON p.id = play_search.rowid
             WHERE play_search MATCH ?1 AND p.archived = 0 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![expr, limit as i64], |r| {
            Ok(PlayHit {
                id: PlayId(r.get(0)?),
                title: r.get(1)?,
                author: r.get(2)?,
                snippet: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::RepData;
    use chrono::NaiveDate;

    #[test]
    fn plays_round_trip_and_are_found_by_their_words() {
        let mut store = Store::open_in_memory().unwrap();
        let pat = store.add_rep(RepData::named("Pat Kowalski")).unwrap().id;
        let skills = store.skills(false).unwrap();
        let mut data = PlayData::new("Trade, never give", NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        data.situation = "The buyer asks for a discount at the last meeting".into();
        data.steps = "Ask what they give in return: volume, a longer term, a reference".into();
        data.skills = vec![skills[0].id];
        data.author = Some(pat);
        let saved = store.add_play(data.clone()).unwrap();
        assert_eq!(store.play(saved.id).unwrap().data, data.clone().validated().unwrap());
        assert_eq!(store.plays(Some(skills[0].id), Some(pat), false).unwrap().len(), 1);
        assert!(store.plays(Some(skills[1].id), None, false).unwrap().is_empty());

        let hits = store.search_plays("discount", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].snippet.contains("[discount]"), "{:?}", hits[0]);
        let mut edited = saved.clone();
        edited.data.situation = "A procurement team pushes for a rebate".into();
        let edited = store.save_play(edited).unwrap();
        assert!(
            store.search_plays("discount", 10).unwrap().is_empty(),
            "the index follows edits"
        );
        assert_eq!(store.search_plays("rebate", 10).unwrap().len(), 1);
        let mut archived = edited;
        archived.data.archived = true;
        store.save_play(archived).unwrap();
        assert!(store.search_plays("rebate", 10).unwrap().is_empty());
        assert!(store.plays(None, None, false).unwrap().is_empty());
        assert_eq!(store.plays(None, None, true).unwrap().len(), 1);
    }
}
