//! Writing a CRM import: every row created or updated in one transaction.

use super::convert::fresh_meta;
use super::error::StoreResult;
use super::{accounts, reps, Store};
use crate::domain::{Account, AccountData, Contact, ContactData, Rep, RepData};
use rusqlite::Transaction;

/// A row to write: the record it updates (none: a new one) and its data.
pub type Upsert<R, D> = (Option<R>, D);

impl Store {
    /// Writes every row in one transaction, all or nothing.
    fn write_all<T>(&mut self, rows: Vec<T>, each: impl Fn(&Transaction<'_>, T) -> StoreResult<()>) -> StoreResult<()> {
        self.write(|tx| rows.into_iter().try_for_each(|row| each(tx, row)))
    }

    /// Creates or updates reps, all or nothing.
    pub fn upsert_reps(&mut self, rows: Vec<Upsert<Rep, RepData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| {
                let id = old.as_ref().map(|r| r.id);
                Ok((old, data.validated(id)?))
            })
            .collect::<StoreResult<Vec<_>>>()?;
        self.write_all(rows, |tx, (old, data)| match old {
            Some(rep) => reps::update_row(tx, &Rep { data, ..rep }),
            None => reps::insert_row(tx, None, &fresh_meta(), &data).map(drop),
        })
    }

    /// Creates or updates accounts, all or nothing.
    pub fn upsert_accounts(&mut self, rows: Vec<Upsert<Account, AccountData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| Ok((old, data.validated()?)))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write_all(rows, |tx, (old, data)| match old {
            Some(account) => accounts::update_row(tx, &Account { data, ..account }),
            None => accounts::insert_row(tx, None, &fresh_meta(), &data).map(drop),
        })
    }

    /// Creates or updates contacts, all or nothing.
    pub fn upsert_contacts(&mut self, rows: Vec<Upsert<Contact, ContactData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| Ok((old, data.validated()?)))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write_all(rows, |tx, (old, data)| match old {
            Some(contact) => accounts::update_contact_row(tx, &Contact { data, ..contact }),
            None => accounts::insert_contact_row(tx, None, &fresh_meta(), &data).map(drop),
        })
    }
}
