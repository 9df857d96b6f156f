//! Keeping `session_search` in step with the sessions: each write that
//! changes what a session's search row holds (its text, its commitments)
//! rewrites that row once, at the end of the write's transaction, however
//! many commitments it saved. Renaming a rep or an account is kept in step
//! by a trigger (schema step 5), only when the name really changed.

use super::error::StoreResult;
use crate::domain::SessionId;
use rusqlite::Connection;

/// The search row's columns, in `session_search`'s order.
const DOC_COLUMNS: &str =
    "notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments, rep, account";

/// Takes a session's row out of the index, at the key its date gives now.
/// Call before a write that may change the date.
pub(super) fn unindex(conn: &Connection, id: SessionId) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM session_search WHERE rowid = (SELECT key FROM session_docs WHERE id = ?1)")?
        .execute([id])?;
    Ok(())
}

/// Writes a session's row (none for an archived session).
pub(super) fn index(conn: &Connection, id: SessionId) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO session_search (rowid, {DOC_COLUMNS})
         SELECT key, {DOC_COLUMNS} FROM session_docs WHERE id = ?1 AND archived = 0"
    ))?
    .execute([id])?;
    Ok(())
}

/// Rewrites a session's row after a change that keeps its date.
pub(super) fn reindex(conn: &Connection, id: SessionId) -> StoreResult<()> {
    unindex(conn, id)?;
    index(conn, id)
}

/// Builds the whole index anew (after a bulk import).
pub(super) fn rebuild(conn: &Connection) -> StoreResult<()> {
    conn.execute_batch(&format!(
        "DELETE FROM session_search;
         INSERT INTO session_search (rowid, {DOC_COLUMNS})
         SELECT key, {DOC_COLUMNS} FROM session_docs WHERE archived = 0;"
    ))?;
    Ok(())
}

/// The triggers that keep the index in step when a rep or an account is
/// renamed; dropped around a bulk import and made again after it.
pub(super) fn rename_triggers() -> String {
    [("rep", "reps"), ("account", "accounts")]
        .map(|(name, table)| {
            format!(
                "CREATE TRIGGER session_search_{name} AFTER UPDATE OF name ON {table}
                 WHEN NEW.name IS NOT OLD.name BEGIN
                     DELETE FROM session_search WHERE rowid IN
                         (SELECT key FROM session_docs WHERE {name}_id = NEW.id);
                     INSERT INTO session_search (rowid, {DOC_COLUMNS})
                     SELECT key, {DOC_COLUMNS} FROM session_docs WHERE {name}_id = NEW.id AND archived = 0;
                 END;"
            )
        })
        .join("\n")
}

/// Drops the rename triggers (before a bulk import).
pub(super) const DROP_RENAME_TRIGGERS: &str =
    "DROP TRIGGER IF EXISTS session_search_rep; DROP TRIGGER IF EXISTS session_search_account;";

#[cfg(test)]
mod tests {
    use crate::domain::{CommitmentData, RepData, SessionData};
    use crate::store::{CommitmentChanges, Store};
    use chrono::NaiveDate;
    use rusqlite::trace::{TraceEvent, TraceEventCodes};
    use std::sync::{Arc, Mutex};

    /// The statements (and trigger programs) that write the index while `save` runs.
    fn index_writes(store: &mut Store, save: impl FnOnce(&mut Store)) -> Vec<String> {
        let writes = Arc::new(Mutex::new(Vec::new()));
        let noted = Arc::clone(&writes);
        let note = move |event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(_, sql) = event {
                if sql.contains("INSERT INTO session_search") || sql.starts_with("-- TRIGGER") {
                    noted.lock().unwrap().push(sql.to_string());
                }
            }
        };
        store
            .conn
            .trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(note))
            .unwrap();
        save(store);
        store
            .conn
            .trace_v2(TraceEventCodes::empty(), None::<fn(TraceEvent<'_>)>)
            .unwrap();
        let list = writes.lock().unwrap().clone();
        list
    }

    #[test]
    fn a_session_with_five_commitments_is_indexed_once_per_save() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mut data = SessionData::new(rep.id, day);
        data.notes = "Strong discovery".into();
        let todos: Vec<CommitmentData> = (1..=5)
            .map(|n| CommitmentData::new(rep.id, format!("step {n}"), None))
            .collect();
        let mut saved = None;
        let writes = index_writes(&mut store, |s| saved = Some(s.add_session(data, todos).unwrap()));
        assert_eq!(writes.len(), 1, "{writes:#?}");
        let mut session = saved.unwrap();
        session.data.notes = "Stronger discovery".into();
        session.data.date = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let added = vec![CommitmentData::new(rep.id, "step 6", None)];
        let writes = index_writes(&mut store, |s| {
            s.save_session(&session, CommitmentChanges::added(added)).unwrap();
        });
        assert_eq!(writes.len(), 1, "{writes:#?}");
        let hits = store.search("step", &Default::default(), day, 10).unwrap();
        assert_eq!(hits.len(), 1, "the moved session is found once, with its commitments");
    }

    #[test]
    fn saving_a_rep_reindexes_sessions_only_when_the_name_changes() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
        let mut data = SessionData::new(rep.id, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        data.notes = "Discovery".into();
        store.add_session(data, Vec::new()).unwrap();
        // Rows written by a save, triggers and the index's own tables included.
        let rows_written = |store: &mut Store, rep: &crate::domain::Rep| {
            let before = store.conn.total_changes();
            store.save_rep(rep).unwrap();
            store.conn.total_changes() - before
        };
        let mut same = store.rep(rep.id).unwrap();
        same.data.territory = "North".into();
        assert_eq!(rows_written(&mut store, &same), 1, "only the rep's row");
        let mut renamed = store.rep(rep.id).unwrap();
        renamed.data.name = "Dana Ortiz-Lee".into();
        assert!(rows_written(&mut store, &renamed) > 1, "the session's search row too");
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(store.search("lee", &Default::default(), day, 10).unwrap().len(), 1);
    }
}
