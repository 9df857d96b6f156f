//! Writing a CRM import: every row created or updated in one transaction.

use super::convert::fresh_meta;
use super::error::StoreResult;
use super::{accounts, reps, Store};
use crate::domain::{Account, AccountData, Contact, ContactData, Rep, RepData};

/// A row to write: the record it updates (none: a new one) and its data.
pub type Upsert<R, D> = (Option<R>, D);

impl Store {
    /// Creates or updates reps, all or nothing.
    pub fn upsert_reps(&mut self, rows: Vec<Upsert<Rep, RepData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| {
                let id = old.as_ref().map(|r| r.id);
                Ok((old, data.validated(id)?))
            })
            .collect::<StoreResult<Vec<_>>>()?;
        self.write(|tx| {
            for (old, data) in rows {
                match old {
                    Some(mut rep) => {
                        rep.data = data;
                        reps::update_row(tx, &rep)?;
                    }
                    None => {
                        reps::insert_row(tx, None, &fresh_meta(), &data)?;
                    }
                }
            }
            Ok(())
        })
    }

    /// Creates or updates accounts, all or nothing.
    pub fn upsert_accounts(&mut self, rows: Vec<Upsert<Account, AccountData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| Ok((old, data.validated()?)))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write(|tx| {
            for (old, data) in rows {
                match old {
                    Some(mut account) => {
                        account.data = data;
                        accounts::update_row(tx, &account)?;
                    }
                    None => {
                        accounts::insert_row(tx, None, &fresh_meta(), &data)?;
                    }
                }
            }
            Ok(())
        })
    }

    /// Creates or updates contacts, all or nothing.
    pub fn upsert_contacts(&mut self, rows: Vec<Upsert<Contact, ContactData>>) -> StoreResult<()> {
        let rows = rows
            .into_iter()
            .map(|(old, data)| Ok((old, data.validated()?)))
            .collect::<StoreResult<Vec<_>>>()?;
        self.write(|tx| {
            for (old, data) in rows {
                match old {
                    Some(mut contact) => {
                        contact.data = data;
                        accounts::update_contact_row(tx, &contact)?;
                    }
                    None => {
                        accounts::insert_contact_row(tx, None, &fresh_meta(), &data)?;
                    }
                }
            }
            Ok(())
        })
    }
}
