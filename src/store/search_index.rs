//! Keeping `session_search` in step with the sessions. The index holds no
//! text of its own (schema step 7): it reads a session's words from
//! `session_search_docs`, the active sessions with their commitments and
//! their rep's and account's names. So a row must leave the index while
//! the words it was indexed with are still there: each write takes the
//! session out of the index before it changes anything the row reads, and
//! puts it back once, at the end of the same transaction. Renaming a rep or
//! an account is kept in step by a pair of triggers, before and after,
//! only when the name really changed.

use super::error::StoreResult;
use crate::domain::SessionId;
use rusqlite::Connection;

/// The search row's columns, in `session_search`'s order.
const DOC_COLUMNS: &str =
    "notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments, rep, account";

/// Takes a session's row out of the index (nothing if it is archived, so
/// not indexed). Call before a write that may change what the row reads.
pub(super) fn unindex(conn: &Connection, id: SessionId) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO session_search (session_search, rowid, {DOC_COLUMNS})
         SELECT 'delete', key, {DOC_COLUMNS} FROM session_search_docs WHERE id = ?1"
    ))?
    .execute([id])?;
    Ok(())
}

/// Writes a session's row (none for an archived session), after the write.
pub(super) fn index(conn: &Connection, id: SessionId) -> StoreResult<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO session_search (rowid, {DOC_COLUMNS})
         SELECT key, {DOC_COLUMNS} FROM session_search_docs WHERE id = ?1"
    ))?
    .execute([id])?;
    Ok(())
}

/// Builds the whole index anew from the sessions (after a bulk import).
pub(super) fn rebuild(conn: &Connection) -> StoreResult<()> {
    conn.execute_batch("INSERT INTO session_search (session_search) VALUES ('rebuild');")?;
    optimize(conn)
}

/// Merges the index into one segment, so a search reads one list of
/// matches per word instead of one per segment (on 200,000 sessions a
/// search process went from 13 ms to 8). Worth it after a bulk write.
pub(super) fn optimize(conn: &Connection) -> StoreResult<()> {
    conn.execute_batch("INSERT INTO session_search (session_search) VALUES ('optimize');")?;
    Ok(())
}

/// The triggers that keep the index in step when a rep or an account is
/// renamed: the sessions leave the index under the old name and come back
/// under the new one. Dropped around a bulk import and made again after it.
pub(super) fn rename_triggers() -> String {
    [("rep", "reps"), ("account", "accounts")]
        .map(|(name, table)| {
            format!(
                "CREATE TRIGGER session_search_{name}_old BEFORE UPDATE OF name ON {table}
                 WHEN NEW.name IS NOT OLD.name BEGIN
                     INSERT INTO session_search (session_search, rowid, {DOC_COLUMNS})
                     SELECT 'delete', key, {DOC_COLUMNS} FROM session_search_docs WHERE {name}_id = OLD.id;
                 END;
                 CREATE TRIGGER session_search_{name}_new AFTER UPDATE OF name ON {table}
                 WHEN NEW.name IS NOT OLD.name BEGIN
                     INSERT INTO session_search (rowid, {DOC_COLUMNS})
                     SELECT key, {DOC_COLUMNS} FROM session_search_docs WHERE {name}_id = NEW.id;
                 END;"
            )
        })
        .join("\n")
}

/// Drops the rename triggers (before a bulk import).
pub(super) const DROP_RENAME_TRIGGERS: &str = "DROP TRIGGER IF EXISTS session_search_rep_old;
     DROP TRIGGER IF EXISTS session_search_rep_new;
     DROP TRIGGER IF EXISTS session_search_account_old;
     DROP TRIGGER IF EXISTS session_search_account_new;";

#[cfg(test)]
mod tests {
    use super::DOC_COLUMNS;
    use crate::domain::{CommitmentData, RepData, SessionData};
    use crate::store::{CommitmentChanges, Store};
    use chrono::NaiveDate;
    use rusqlite::trace::{TraceEvent, TraceEventCodes};
    use std::sync::{Arc, Mutex};

    /// The statements (and trigger programs) that add rows to the index while `save` runs.
    fn index_writes(store: &mut Store, save: impl FnOnce(&mut Store)) -> Vec<String> {
        let writes = Arc::new(Mutex::new(Vec::new()));
        let noted = Arc::clone(&writes);
        let note = move |event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(_, sql) = event {
                let adds = sql.contains("INSERT INTO session_search") && !sql.contains("'delete'");
                if adds || sql.starts_with("-- TRIGGER") {
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

    /// FTS5's own check that every word list matches the text it reads.
    fn assert_index_in_step(store: &Store) {
        store
            .conn
            .execute(
                "INSERT INTO session_search (session_search, rank) VALUES ('integrity-check', 1)",
                [],
            )
            .expect("the index matches the sessions");
    }

    fn found(store: &Store, query: &str) -> usize {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        store.search(query, &Default::default(), day, 50).unwrap().len()
    }

    #[test]
    fn the_index_stays_in_step_through_every_kind_of_write() {
        let mut store = Store::open_in_memory().unwrap();
        let rep = store.add_rep(RepData::named("Dana Ortiz")).unwrap();
        let account = store
            .add_account(crate::domain::AccountData::named("Acme Mills"))
            .unwrap();
        let mut data = SessionData::new(rep.id, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        data.notes = "Strong discovery".into();
        data.account = Some(account.id);
        let todo = CommitmentData::new(rep.id, "send the pricing sheet", None);
        let session = store.add_session(data, vec![todo]).unwrap();
        assert_index_in_step(&store);

        // A new date (a new key), a changed commitment and an archived one.
        let mut moved = session.clone();
        moved.data.date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        moved.data.notes = "Strong discovery, weak close".into();
        let extra = vec![CommitmentData::new(rep.id, "book a demo", None)];
        let moved = store.save_session(&moved, CommitmentChanges::added(extra)).unwrap();
        let filter = crate::store::CommitmentFilter {
            session: Some(moved.id),
            ..Default::default()
        };
        let mut todos = store.commitments(&filter).unwrap();
        todos.sort_by_key(|c| c.id.0);
        todos[0].data.text = "send the quote".into();
        todos[1].data.archived = true;
        let moved = store
            .save_session(
                &moved,
                CommitmentChanges {
                    added: Vec::new(),
                    changed: todos,
                },
            )
            .unwrap();
        assert_index_in_step(&store);
        assert_eq!(
            (found(&store, "quote"), found(&store, "pricing"), found(&store, "demo")),
            (1, 0, 0)
        );

        let mut loose = CommitmentData::new(rep.id, "call the buyer", None);
        loose.session = Some(moved.id);
        store.add_commitment(loose).unwrap();
        assert_index_in_step(&store);
        assert_eq!(found(&store, "buyer"), 1);

        store.set_session_archived(moved.id, true).unwrap();
        assert_index_in_step(&store);
        assert_eq!(found(&store, "discovery"), 0);
        store.set_session_archived(moved.id, true).unwrap();
        store.set_session_archived(moved.id, false).unwrap();
        assert_index_in_step(&store);
        assert_eq!(found(&store, "discovery"), 1);

        let mut renamed = store.rep(rep.id).unwrap();
        renamed.data.name = "Dana Lee".into();
        store.save_rep(&renamed).unwrap();
        let mut renamed = store.account(account.id).unwrap();
        renamed.data.name = "Zenith Foods".into();
        store.save_account(&renamed).unwrap();
        assert_index_in_step(&store);
        assert_eq!(
            (
                found(&store, "ortiz"),
                found(&store, "lee"),
                found(&store, "acme"),
                found(&store, "zenith")
            ),
            (0, 1, 0, 1)
        );
    }

    #[test]
    fn results_and_snippets_match_an_index_that_keeps_its_own_copy() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let size = crate::domain::demo::DemoSize {
            reps: 8,
            accounts: 60,
            sessions: 600,
        };
        let mut store = Store::open_in_memory().unwrap();
        store
            .import_notebook(&crate::domain::demo::generate(size, 7, today))
            .unwrap();
        assert_index_in_step(&store);
        // The design before schema step 7: the same words, copied into the index.
        store
            .conn
            .execute_batch(&format!(
                "CREATE VIRTUAL TABLE copied USING fts5({DOC_COLUMNS}, tokenize = 'unicode61 remove_diacritics 2');
                 INSERT INTO copied (rowid, {DOC_COLUMNS}) SELECT key, {DOC_COLUMNS} FROM session_search_docs;"
            ))
            .unwrap();
        let answers = |table: &str, query: &str| -> Vec<(i64, f64, String)> {
            let sql = format!(
                "SELECT rowid, bm25({table}), snippet({table}, -1, '[', ']', '…', 12) FROM {table}
                 WHERE {table} MATCH ?1 ORDER BY rowid DESC"
            );
            let mut stmt = store.conn.prepare(&sql).unwrap();
            let rows = stmt
                .query_map([query], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        for query in [
            "\"discovery\"",
            "\"obj\"*",
            "\"next step\"",
            "\"pricing\" \"close\"",
            "rep : \"a\"*",
        ] {
            let (kept_once, copied) = (answers("session_search", query), answers("copied", query));
            assert!(!copied.is_empty(), "{query} finds something in the demo");
            assert_eq!(kept_once, copied, "{query}");
        }
    }
}
