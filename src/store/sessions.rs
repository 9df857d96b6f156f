//! Sessions with their calls and ratings, written together in one transaction.

use super::columns::SESSIONS;
use super::commitments::{self, CommitmentChanges};
use super::convert::{fresh_meta, now};
use super::error::{StoreError, StoreResult};
use super::search_index;
use super::Store;
use crate::domain::IntoValid;
use crate::domain::{AccountId, Call, CommitmentData, Meta, RepId, Session, SessionData, SessionId, SkillId};
use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, ToSql};
use std::collections::HashMap;
use uuid::Uuid;

/// The session columns for a SELECT from `sessions s`.
pub(super) fn columns() -> String {
    SESSIONS.select("s")
}

/// Which sessions a listing wants, newest first.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    /// Only this rep's sessions.
    pub rep: Option<RepId>,
    /// Only sessions at this account (as the session's account or one of its calls).
    pub account: Option<AccountId>,
    /// Only sessions on or after this date.
    pub since: Option<NaiveDate>,
    /// At most this many.
    pub limit: Option<usize>,
    /// Include archived sessions.
    pub include_archived: bool,
}

impl SessionFilter {
    /// The WHERE clause over `sessions s` with its named values, `:limit`
    /// among them. Only the conditions in use, so SQLite can pick the index
    /// for each.
    pub(super) fn conditions<'a>(&'a self, limit: &'a i64) -> (String, Vec<(&'static str, &'a dyn ToSql)>) {
        let mut conditions = vec!["1"];
        let mut values: Vec<(&str, &dyn ToSql)> = vec![(":limit", limit)];
        if !self.include_archived {
            conditions.push("s.archived = 0");
        }
        if let Some(rep) = &self.rep {
            conditions.push("s.rep_id = :rep");
            values.push((":rep", rep));
        }
        if let Some(account) = &self.account {
            conditions.push(
                "(s.account_id = :account OR s.id IN (SELECT session_id FROM session_calls WHERE account_id = :account))",
            );
            values.push((":account", account));
        }
        if let Some(since) = &self.since {
            conditions.push("s.date >= :since");
            values.push((":since", since));
        }
        (conditions.join(" AND "), values)
    }
}

/// A session from a row selected with `columns()`; its children come after.
pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    let read = SESSIONS.read(row)?;
    Ok(Session {
        id: SessionId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

fn call_from_row(row: &Row<'_>) -> rusqlite::Result<(SessionId, Call)> {
    Ok((
        row.get("session_id")?,
        Call {
            account: row.get("account_id")?,
            objective: row.get("objective")?,
            what_happened: row.get("what_happened")?,
            outcome: row.get("outcome")?,
        },
    ))
}

/// Fills in ratings and calls: one pass over all children for big batches,
/// indexed look-ups per session for small ones.
pub(super) fn attach_children(conn: &Connection, sessions: &mut [Session]) -> StoreResult<()> {
    // A few hundred sessions a query, each child found by its session index:
    // a rep's decade of sessions costs milliseconds, and nothing reads the
    // children of sessions it was not asked for.
    const CHUNK: usize = 500;
    for chunk in sessions.chunks_mut(CHUNK) {
        let marks = vec!["?"; chunk.len()].join(",");
        let ids: Vec<SessionId> = chunk.iter().map(|s| s.id).collect();
        let mut ratings: HashMap<SessionId, Vec<(SkillId, u8)>> = HashMap::new();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT session_id, skill_id, score FROM ratings WHERE session_id IN ({marks})"
        ))?;
        for row in stmt.query_map(params_from_iter(&ids), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
            let (session, skill, score): (SessionId, SkillId, u8) = row?;
            ratings.entry(session).or_default().push((skill, score));
        }
        let mut calls: HashMap<SessionId, Vec<Call>> = HashMap::new();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT session_id, account_id, objective, what_happened, outcome FROM session_calls
             WHERE session_id IN ({marks}) ORDER BY session_id, position"
        ))?;
        for row in stmt.query_map(params_from_iter(&ids), call_from_row)? {
            let (session, call) = row?;
            calls.entry(session).or_default().push(call);
        }
        for s in chunk {
            s.data.ratings = ratings.remove(&s.id).unwrap_or_default().into_iter().collect();
            s.data.calls = calls.remove(&s.id).unwrap_or_default();
        }
    }
    Ok(())
}

fn fetch(conn: &Connection, id: SessionId) -> StoreResult<Session> {
    let session = conn
        .prepare_cached(&format!("SELECT {} FROM sessions s WHERE id = ?1", columns()))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            what: "session",
            id: id.0,
        })?;
    let mut one = [session];
    attach_children(conn, &mut one)?;
    let [session] = one;
    Ok(session)
}

fn write_children(conn: &Connection, id: SessionId, data: &SessionData) -> StoreResult<()> {
    conn.execute("DELETE FROM ratings WHERE session_id = ?1", [id])?;
    conn.execute("DELETE FROM session_calls WHERE session_id = ?1", [id])?;
    let mut rating = conn.prepare_cached("INSERT INTO ratings (session_id, skill_id, score) VALUES (?1, ?2, ?3)")?;
    for (skill, score) in &data.ratings {
        rating.execute(params![id, skill, score])?;
    }
    let mut call = conn.prepare_cached(
        "INSERT INTO session_calls (uuid, session_id, position, account_id, objective, what_happened, outcome)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, c) in data.calls.iter().enumerate() {
        call.execute(params![
            Uuid::now_v7().to_string(),
            id,
            position as i64,
            c.account,
            c.objective,
            c.what_happened,
            c.outcome
        ])?;
    }
    Ok(())
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<SessionId>,
    meta: &Meta,
    data: &SessionData,
) -> StoreResult<SessionId> {
    let id = SessionId(SESSIONS.insert(conn, id.map(|i| i.0), meta, data)?);
    write_children(conn, id, data)?;
    Ok(id)
}

fn validated(commitments: Vec<CommitmentData>) -> StoreResult<Vec<CommitmentData>> {
    Ok(commitments
        .into_iter()
        .map(CommitmentData::validated)
        .collect::<Result<Vec<_>, _>>()?)
}

/// Ties commitments to the session (and its rep) they were agreed in.
fn add_commitments(
    conn: &Connection,
    id: SessionId,
    data: &SessionData,
    commitments: Vec<CommitmentData>,
) -> StoreResult<()> {
    for mut c in commitments {
        c.rep = data.rep;
        c.session = Some(id);
        commitments::insert_row(conn, None, &fresh_meta(), &c)?;
    }
    Ok(())
}

impl Store {
    /// Sessions matching `filter`, newest first, with calls and ratings.
    pub fn sessions(&self, filter: &SessionFilter) -> StoreResult<Vec<Session>> {
        let limit = filter.limit.map(|l| l as i64).unwrap_or(-1);
        let (conditions, values) = filter.conditions(&limit);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM sessions s WHERE {conditions}
             ORDER BY s.date DESC, coalesce(s.start_time, '') DESC, s.id DESC LIMIT :limit",
            columns(),
        ))?;
        let mut sessions = stmt
            .query_map(values.as_slice(), from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        attach_children(&self.conn, &mut sessions)?;
        Ok(sessions)
    }

    /// One session by id, archived or not.
    pub fn session(&self, id: SessionId) -> StoreResult<Session> {
        fetch(&self.conn, id)
    }

    /// Validates and saves a new session together with the commitments agreed in
    /// it, all in one transaction: either everything is saved or nothing.
    pub fn add_session(
        &mut self,
        data: impl IntoValid<SessionData>,
        commitments: Vec<CommitmentData>,
    ) -> StoreResult<Session> {
        let data = data.into_valid()?;
        if data.is_blank() && commitments.is_empty() {
            return Err(crate::domain::session::blank_session_error().into());
        }
        let commitments = validated(commitments)?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            add_commitments(tx, id, &data, commitments)?;
            search_index::index(tx, id)?;
            fetch(tx, id)
        })
    }

    /// Saves `session.data` (calls and ratings included) with the changes to its
    /// commitments, in one transaction; refuses if the session or a commitment
    /// changed since it was loaded.
    pub fn save_session(
        &mut self,
        session: impl IntoValid<Session>,
        commitments: CommitmentChanges,
    ) -> StoreResult<Session> {
        let session = session.into_valid()?;
        let data = &session.data;
        let added = validated(commitments.added)?;
        let edited = commitments
            .changed
            .into_iter()
            .map(|mut c| {
                c.data = c.data.validated()?;
                Ok(c)
            })
            .collect::<StoreResult<Vec<_>>>()?;
        self.write(|tx| {
            search_index::unindex(tx, session.id)?;
            let changed = SESSIONS.update(tx, session.id.0, session.meta.updated_at, data)?;
            if !changed {
                fetch(tx, session.id)?;
                return Err(StoreError::Conflict { what: "session" });
            }
            write_children(tx, session.id, data)?;
            add_commitments(tx, session.id, data, added)?;
            for c in &edited {
                commitments::update_row(tx, c)?;
            }
            search_index::index(tx, session.id)?;
            fetch(tx, session.id)
        })
    }

    /// Archives or restores a session; nothing is deleted.
    pub fn set_session_archived(&mut self, id: SessionId, archived: bool) -> StoreResult<Session> {
        self.write(|tx| {
            search_index::unindex(tx, id)?;
            let changed = tx.execute(
                "UPDATE sessions SET archived = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, archived, now()],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    what: "session",
                    id: id.0,
                });
            }
            search_index::index(tx, id)?;
            fetch(tx, id)
        })
    }
}

impl Store {
    /// The account of the rep's most recent session held at one, to prefill captures.
    pub fn last_account_visited(&self, rep: RepId) -> StoreResult<Option<AccountId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT account_id FROM sessions WHERE rep_id = ?1 AND account_id IS NOT NULL AND archived = 0
                 ORDER BY date DESC, id DESC LIMIT 1",
                [rep],
                |r| r.get(0),
            )
            .optional()?)
    }
}
