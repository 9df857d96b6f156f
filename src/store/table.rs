//! Each table's columns, listed once: the SELECT list, the INSERT and the
//! UPDATE are derived from that list, values are bound in its order and rows
//! are read back by position in it. Adding a column is one line in its
//! table's list plus a migration step.

use super::convert::{fast_date, fast_stamp, next_stamp};
use crate::domain::Meta;
use chrono::NaiveDate;
use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, ValueRef};
use rusqlite::{params_from_iter, Connection, Row, ToSql};
use std::any::Any;
use uuid::Uuid;

/// A record's values in column order, borrowed from it.
pub(super) type Values<'a> = Vec<Box<dyn ToSql + 'a>>;

/// A table of records that carry `id`, `uuid`, `created_at` and `updated_at`
/// around their own columns.
pub(super) struct Table<T: 'static> {
    /// The table's name.
    pub name: &'static str,
    /// The record's own columns, in order.
    pub columns: &'static [&'static str],
    /// The record's values, in the order of `columns`.
    pub values: for<'a> fn(&'a T) -> Values<'a>,
    /// Reads the record's columns, in the order of `columns`.
    pub read: fn(&mut Columns<'_, '_>) -> rusqlite::Result<T>,
}

/// A row read column by column, in order.
pub(super) struct Columns<'r, 's> {
    row: &'r Row<'s>,
    next: usize,
}

impl Columns<'_, '_> {
    /// The next column's value; dates, the most common value a list reads,
    /// take the fast reader.
    pub fn next<V: FromSql + 'static>(&mut self) -> rusqlite::Result<V> {
        let index = self.next;
        self.next += 1;
        let mut slot: Option<V> = None;
        let any = &mut slot as &mut dyn Any;
        let value = self.row.get_ref(index)?;
        if let Some(date) = any.downcast_mut::<Option<NaiveDate>>() {
            *date = value.as_bytes().ok().and_then(fast_date);
        } else if let Some(date) = any.downcast_mut::<Option<Option<NaiveDate>>>() {
            *date = match value {
                ValueRef::Null => Some(None),
                ValueRef::Text(text) => fast_date(text).map(Some),
                _ => None,
            };
        } else if let Some(stamp) = any.downcast_mut::<Option<DateTime<Utc>>>() {
            *stamp = value.as_bytes().ok().and_then(fast_stamp);
        }
        match slot {
            Some(value) => Ok(value),
            None => self.row.get(index),
        }
    }
}

/// A record read from a row: its id, its bookkeeping and its data.
pub(super) struct Read<T> {
    pub id: i64,
    pub meta: Meta,
    pub data: T,
}

impl<T> Table<T> {
    /// The column list for a SELECT: `id, uuid, ..., created_at, updated_at`,
    /// each prefixed with `alias.` when one is given.
    pub fn select(&self, alias: &str) -> String {
        let prefix = if alias.is_empty() {
            String::new()
        } else {
            format!("{alias}.")
        };
        std::iter::once("id")
            .chain(std::iter::once("uuid"))
            .chain(self.columns.iter().copied())
            .chain(["created_at", "updated_at"])
            .map(|c| format!("{prefix}{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn insert_sql(&self) -> String {
        let count = self.columns.len() + 4;
        let marks: Vec<String> = (1..=count).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            self.name,
            self.select(""),
            marks.join(", ")
        )
    }

    fn update_sql(&self) -> String {
        let sets: Vec<String> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 2))
            .collect();
        let stamp = self.columns.len() + 2;
        format!(
            "UPDATE {} SET {}, updated_at = ?{stamp} WHERE id = ?1 AND updated_at = ?{}",
            self.name,
            sets.join(", "),
            stamp + 1
        )
    }

    /// Inserts a record (with `id`, or the next one) and returns its id.
    pub fn insert(&self, conn: &Connection, id: Option<i64>, meta: &Meta, data: &T) -> rusqlite::Result<i64> {
        let uuid = meta.uuid.to_string();
        let mut values: Values<'_> = vec![Box::new(id), Box::new(uuid)];
        values.extend((self.values)(data));
        values.push(Box::new(meta.created_at));
        values.push(Box::new(meta.updated_at));
        conn.prepare_cached(&self.insert_sql())?
            .execute(params_from_iter(values.iter().map(|v| v.as_ref())))?;
        Ok(conn.last_insert_rowid())
    }

    /// Writes `data` over row `id` if it is still at version `seen`; false when
    /// it is not (changed elsewhere, or gone).
    pub fn update(&self, conn: &Connection, id: i64, seen: DateTime<Utc>, data: &T) -> rusqlite::Result<bool> {
        let mut values: Values<'_> = vec![Box::new(id)];
        values.extend((self.values)(data));
        values.push(Box::new(next_stamp(seen)));
        values.push(Box::new(seen));
        let changed = conn
            .prepare_cached(&self.update_sql())?
            .execute(params_from_iter(values.iter().map(|v| v.as_ref())))?;
        Ok(changed == 1)
    }

    /// How many columns `select` lists: what a query reads after them starts here.
    pub fn width(&self) -> usize {
        self.columns.len() + 4
    }

    /// Reads a row selected with `select`.
    pub fn read(&self, row: &Row<'_>) -> rusqlite::Result<Read<T>> {
        let id = row.get(0)?;
        let text: String = row.get(1)?;
        let uuid = Uuid::parse_str(&text)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
        let mut columns = Columns { row, next: 2 };
        let data = (self.read)(&mut columns)?;
        let created_at = columns.next()?;
        let updated_at = columns.next()?;
        Ok(Read {
            id,
            meta: Meta {
                uuid,
                created_at,
                updated_at,
            },
            data,
        })
    }
}

/// A table whose columns each hold one field of the record: the list names
/// each column and its field once, and the reading and binding follow it.
/// `start` is the value the fields are read into (for fields kept elsewhere).
macro_rules! table {
    ($(#[$doc:meta])* $name:ident: $ty:ident = $table:literal, $start:expr, { $($column:literal => $field:ident,)* }) => {
        $(#[$doc])*
        #[allow(clippy::needless_update)] // when every field is a column
        pub(super) const $name: $crate::store::table::Table<$ty> = $crate::store::table::Table {
            name: $table,
            columns: &[$($column),*],
            values: |d| vec![$(Box::new(&d.$field)),*],
            // Fields are read in the order written, which is the columns' order.
            read: |c| Ok($ty { $($field: c.next()?,)* ..$start }),
        };
    };
}
pub(super) use table;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    pub(super) struct Note {
        text: String,
        stars: i64,
    }

    table!(NOTES: Note = "notes", Note::default(), { "text" => text, "stars" => stars, });

    #[test]
    fn statements_follow_the_one_column_list() {
        assert_eq!(
            NOTES.select("n"),
            "n.id, n.uuid, n.text, n.stars, n.created_at, n.updated_at"
        );
        assert_eq!(
            NOTES.insert_sql(),
            "INSERT INTO notes (id, uuid, text, stars, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        );
        assert_eq!(
            NOTES.update_sql(),
            "UPDATE notes SET text = ?2, stars = ?3, updated_at = ?4 WHERE id = ?1 AND updated_at = ?5"
        );
    }

    #[test]
    fn a_record_round_trips_and_a_stale_update_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, uuid TEXT, text TEXT, stars INTEGER,
                created_at TEXT, updated_at TEXT)",
        )
        .unwrap();
        let meta = super::super::convert::fresh_meta();
        let note = Note {
            text: "hello".into(),
            stars: 3,
        };
        let id = NOTES.insert(&conn, None, &meta, &note).unwrap();
        let sql = format!("SELECT {} FROM notes WHERE id = ?1", NOTES.select(""));
        let read = conn.query_row(&sql, [id], |r| NOTES.read(r)).unwrap();
        assert_eq!((read.data.text.as_str(), read.data.stars), ("hello", 3));
        assert_eq!(read.meta, meta);
        let changed = Note {
            text: "bye".into(),
            stars: 1,
        };
        assert!(NOTES.update(&conn, id, meta.updated_at, &changed).unwrap());
        assert!(!NOTES.update(&conn, id, meta.updated_at, &changed).unwrap(), "stale");
    }
}
