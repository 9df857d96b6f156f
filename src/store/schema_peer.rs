//! Schema step 13: peer coaching, a session led by a rep (the mentor).

use super::error::StoreResult;
use rusqlite::Transaction;

/// Adds the coach to sessions and widens the kind's CHECK to admit
/// 'peer_coaching'. A wider CHECK leaves every stored row valid, so it is
/// the change SQLite documents for `writable_schema` (lang_altertable,
/// "making other kinds of table schema changes") and not a copy of 200,000
/// sessions with their indexes, triggers and search rows.
pub fn peer_coaching(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(
        "ALTER TABLE sessions ADD COLUMN coach_id INTEGER REFERENCES reps(id);
         CREATE INDEX sessions_coach ON sessions (coach_id, date) WHERE coach_id IS NOT NULL AND archived = 0;",
    )?;
    let version: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    tx.execute_batch("PRAGMA writable_schema = ON")?;
    let widened = tx.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, '''handover_visit''))', '''handover_visit'', ''peer_coaching''))')
         WHERE type = 'table' AND name = 'sessions' AND instr(sql, '''handover_visit''))') > 0",
        [],
    );
    tx.pragma_update(None, "schema_version", version + 1)?;
    tx.execute_batch("PRAGMA writable_schema = OFF")?;
    if widened? != 1 {
        return Err(rusqlite::Error::ToSqlConversionFailure(
            "the sessions table's kind CHECK is not the one this step widens".into(),
        )
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::{RepData, SessionData, SessionKind};
    use crate::store::Store;
    use chrono::NaiveDate;

    #[test]
    fn a_peer_coaching_session_is_stored_and_the_notebook_stays_sound() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("peer.db");
        let mut store = Store::open(&path).unwrap();
        let pat = store.add_rep(RepData::named("Pat")).unwrap().id;
        let dana = store.add_rep(RepData::named("Dana")).unwrap().id;
        let mut data = SessionData::new(dana, NaiveDate::from_ymd_opt(2026, 11, 3).unwrap());
        data.kind = SessionKind::PeerCoaching;
        data.coach = Some(pat);
        data.notes = "Pat showed how to trade a discount".into();
        let saved = store.add_session(data, Vec::new()).unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let back = store.session(saved.id).unwrap();
        assert_eq!(
            (back.data.kind, back.data.coach),
            (SessionKind::PeerCoaching, Some(pat))
        );
        let check: String = store
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        let bad = store
            .conn
            .execute("UPDATE sessions SET kind = 'party' WHERE id = ?1", [saved.id.0]);
        assert!(bad.is_err(), "the CHECK still holds for kinds it does not know");
    }
}
