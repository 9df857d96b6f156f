//! Commitments: listed by rep and state, marked done.

use super::columns::COMMITMENTS;
use super::convert::{fresh_meta, now};
use super::error::{StoreError, StoreResult};
use super::search_index;
use super::Store;
use crate::domain::IntoValid;
use crate::domain::{Commitment, CommitmentData, CommitmentId, Meta, RepId, SessionId};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, ToSql};

/// The commitment columns for a SELECT from `commitments c`.
pub(super) fn columns() -> String {
    COMMITMENTS.select("c")
}

/// Which commitments a listing wants.
#[derive(Debug, Clone, Default)]
pub struct CommitmentFilter {
    /// Only this rep's.
    pub rep: Option<RepId>,
    /// Only those agreed in this session.
    pub session: Option<SessionId>,
    /// Only those not yet done.
    pub open_only: bool,
    /// Include archived ones.
    pub include_archived: bool,
    /// At most this many.
    pub limit: Option<usize>,
}

/// A commitment from a row selected with `columns()`.
pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Commitment> {
    let read = COMMITMENTS.read(row)?;
    Ok(Commitment {
        id: CommitmentId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<CommitmentId>,
    meta: &Meta,
    data: &CommitmentData,
) -> StoreResult<CommitmentId> {
    Ok(CommitmentId(COMMITMENTS.insert(conn, id.map(|i| i.0), meta, data)?))
}

/// Changes to a session's commitments, saved with the session in one transaction.
#[derive(Debug, Clone, Default)]
pub struct CommitmentChanges {
    /// Commitments newly agreed in the session.
    pub added: Vec<CommitmentData>,
    /// Existing commitments edited (or archived) along with it.
    pub changed: Vec<Commitment>,
}

impl CommitmentChanges {
    /// Only new commitments.
    pub fn added(added: Vec<CommitmentData>) -> Self {
        CommitmentChanges {
            added,
            changed: Vec::new(),
        }
    }
}

/// Saves an edited commitment, refusing if it changed since it was loaded.
pub(super) fn update_row(conn: &Connection, c: &Commitment) -> StoreResult<()> {
    if !COMMITMENTS.update(conn, c.id.0, c.meta.updated_at, &c.data)? {
        fetch(conn, c.id)?;
        return Err(StoreError::Conflict { what: "commitment" });
    }
    Ok(())
}

fn fetch(conn: &Connection, id: CommitmentId) -> StoreResult<Commitment> {
    conn.prepare_cached(&format!("SELECT {} FROM commitments c WHERE id = ?1", columns()))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            what: "commitment",
            id: id.0,
        })
}

/// The order commitments are listed in, as SQL.
const LISTING_ORDER: &str = "done_on IS NOT NULL, due IS NULL, due, done_on DESC, id";

/// [`LISTING_ORDER`] as a sort key (a store test holds the two together).
fn listing_key(c: &Commitment) -> impl Ord {
    let d = &c.data;
    (
        d.done_on.is_some(),
        d.due.is_none(),
        d.due,
        std::cmp::Reverse(d.done_on),
        c.id,
    )
}

impl Store {
    /// Commitments matching `filter`: open ones first by due date, then done
    /// ones, newest done first (the order of [`LISTING_ORDER`]).
    pub fn commitments(&self, filter: &CommitmentFilter) -> StoreResult<Vec<Commitment>> {
        // Only the conditions in use, so SQLite can pick the index for each.
        let mut conditions = vec!["1"];
        let limit = filter.limit.map(|l| l as i64);
        let mut values: Vec<(&str, &dyn ToSql)> = Vec::new();
        if let Some(limit) = &limit {
            values.push((":limit", limit));
        }
        if !filter.include_archived {
            conditions.push("archived = 0");
        }
        if let Some(rep) = &filter.rep {
            conditions.push("rep_id = :rep");
            values.push((":rep", rep));
        }
        if let Some(session) = &filter.session {
            conditions.push("session_id = :session");
            values.push((":session", session));
        }
        if filter.open_only {
            conditions.push("done_on IS NULL");
        }
        // The first few come from an index in order; all of them are read in
        // table order and sorted here, which costs a fraction of SQLite
        // sorting whole rows (its sorter spills them to temporary files).
        let order = match limit {
            Some(_) => format!(" ORDER BY {LISTING_ORDER} LIMIT :limit"),
            None => String::new(),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM commitments c WHERE {}{order}",
            columns(),
            conditions.join(" AND "),
        ))?;
        let rows = stmt.query_map(values.as_slice(), from_row)?;
        let mut found: Vec<Commitment> = rows.collect::<rusqlite::Result<_>>()?;
        if limit.is_none() {
            found.sort_unstable_by_key(listing_key);
        }
        Ok(found)
    }

    /// One commitment by id.
    pub fn commitment(&self, id: CommitmentId) -> StoreResult<Commitment> {
        fetch(&self.conn, id)
    }

    /// Validates and saves a commitment made outside a session.
    pub fn add_commitment(&mut self, data: impl IntoValid<CommitmentData>) -> StoreResult<Commitment> {
        let data = data.into_valid()?;
        self.write(|tx| {
            if let Some(session) = data.session {
                search_index::unindex(tx, session)?;
            }
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            if let Some(session) = data.session {
                search_index::index(tx, session)?;
            }
            fetch(tx, id)
        })
    }

    /// Saves `c.data` over the stored commitment (its text, due date, who
    /// made it), refusing if it changed since `c.meta.updated_at`; the
    /// session it was agreed in is searched with the new text.
    pub fn save_commitment(&mut self, c: Commitment) -> StoreResult<Commitment> {
        let c = Commitment {
            data: c.data.validated()?,
            ..c
        };
        self.write(|tx| {
            if let Some(session) = c.data.session {
                search_index::unindex(tx, session)?;
            }
            update_row(tx, &c)?;
            if let Some(session) = c.data.session {
                search_index::index(tx, session)?;
            }
            fetch(tx, c.id)
        })
    }

    /// Marks a commitment done on `date`, or open again with `None`.
    pub fn set_commitment_done(&mut self, id: CommitmentId, date: Option<NaiveDate>) -> StoreResult<Commitment> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE commitments SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, date, now()],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    what: "commitment",
                    id: id.0,
                });
            }
            fetch(tx, id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sorted_list_is_in_the_order_sql_gives() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let size = crate::domain::demo::DemoSize {
            reps: 6,
            accounts: 30,
            sessions: 800,
        };
        let mut store = Store::open_in_memory().unwrap();
        store
            .import_notebook(&crate::domain::demo::generate(size, 5, today))
            .unwrap();
        let sorted: Vec<CommitmentId> = store
            .commitments(&CommitmentFilter::default())
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        let by_sql: Vec<CommitmentId> = store
            .conn
            .prepare(&format!(
                "SELECT id FROM commitments WHERE archived = 0 ORDER BY {LISTING_ORDER}"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let (open, done) = store
            .commitments(&CommitmentFilter::default())
            .unwrap()
            .iter()
            .fold((0, 0), |(o, d), c| {
                if c.data.done_on.is_some() {
                    (o, d + 1)
                } else {
                    (o + 1, d)
                }
            });
        assert!(open > 20 && done > 20, "{open} open and {done} done to order");
        assert_eq!(sorted, by_sql);
    }
}
