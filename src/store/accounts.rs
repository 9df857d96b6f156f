//! Accounts with their handover, and the contacts at each account.

use super::columns::{ACCOUNTS, CONTACTS};
use super::convert::{fresh_meta, now};
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::IntoValid;
use crate::domain::{Account, AccountData, AccountId, Contact, ContactData, ContactId, Meta, RepId};
use rusqlite::{params, Connection, OptionalExtension, Row};

fn from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let read = ACCOUNTS.read(row)?;
    Ok(Account {
        id: AccountId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<AccountId>,
    meta: &Meta,
    data: &AccountData,
) -> StoreResult<AccountId> {
    Ok(AccountId(ACCOUNTS.insert(conn, id.map(|i| i.0), meta, data)?))
}

/// Saves `account.data` over the row if it is still at `account.meta.updated_at`.
pub(super) fn update_row(conn: &Connection, account: &Account) -> StoreResult<()> {
    let changed = ACCOUNTS.update(conn, account.id.0, account.meta.updated_at, &account.data)?;
    if !changed {
        fetch_account(conn, account.id)?;
        return Err(StoreError::Conflict { what: "account" });
    }
    Ok(())
}

pub(super) fn fetch_account(conn: &Connection, id: AccountId) -> StoreResult<Account> {
    conn.prepare_cached(&format!("SELECT {} FROM accounts WHERE id = ?1", ACCOUNTS.select("")))?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            what: "account",
            id: id.0,
        })
}

fn contact_from_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    let read = CONTACTS.read(row)?;
    Ok(Contact {
        id: ContactId(read.id),
        meta: read.meta,
        data: read.data,
    })
}

pub(super) fn insert_contact_row(
    conn: &Connection,
    id: Option<ContactId>,
    meta: &Meta,
    data: &ContactData,
) -> StoreResult<ContactId> {
    Ok(ContactId(CONTACTS.insert(conn, id.map(|i| i.0), meta, data)?))
}

/// Saves `contact.data` over the row if it is still at `contact.meta.updated_at`.
pub(super) fn update_contact_row(conn: &Connection, contact: &Contact) -> StoreResult<()> {
    if !CONTACTS.update(conn, contact.id.0, contact.meta.updated_at, &contact.data)? {
        fetch_contact(conn, contact.id)?;
        return Err(StoreError::Conflict { what: "contact" });
    }
    Ok(())
}

fn fetch_contact(conn: &Connection, id: ContactId) -> StoreResult<Contact> {
    conn.prepare_cached(&format!(
        "SELECT {} FROM contacts c WHERE id = ?1",
        CONTACTS.select("c")
    ))?
    .query_row([id], contact_from_row)
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "contact",
        id: id.0,
    })
}

impl Store {
    /// All accounts by name; archived ones only when asked for.
    pub fn accounts(&self, include_archived: bool) -> StoreResult<Vec<Account>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM accounts WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE, id",
            ACCOUNTS.select("")
        ))?;
        let rows = stmt.query_map([include_archived], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The active accounts a rep owns or is taking over, by name: what a
    /// brief about the rep lists, read through the owner and successor indexes.
    pub fn accounts_of_rep(&self, rep: RepId) -> StoreResult<Vec<Account>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM accounts WHERE archived = 0 AND (owner_id = ?1 OR successor_id = ?1)
             ORDER BY name COLLATE NOCASE, id",
            ACCOUNTS.select("")
        ))?;
        let rows = stmt.query_map([rep], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One account by id, archived or not.
    pub fn account(&self, id: AccountId) -> StoreResult<Account> {
        fetch_account(&self.conn, id)
    }

    /// The accounts with these ids (archived or not), each read by its id.
    pub fn accounts_with_ids(&self, ids: &[AccountId]) -> StoreResult<Vec<Account>> {
        let mut ids = ids.to_vec();
        ids.sort();
        ids.dedup();
        ids.into_iter().map(|id| fetch_account(&self.conn, id)).collect()
    }

    /// Validates and saves a new account.
    pub fn add_account(&mut self, data: impl IntoValid<AccountData>) -> StoreResult<Account> {
        let data = data.into_valid()?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch_account(tx, id)
        })
    }

    /// Saves `account.data`, refusing if it changed since it was loaded.
    pub fn save_account(&mut self, account: impl IntoValid<Account>) -> StoreResult<Account> {
        let account = account.into_valid()?;
        self.write(|tx| {
            update_row(tx, &account)?;
            fetch_account(tx, account.id)
        })
    }

    /// Archives or restores an account; nothing is deleted.
    pub fn set_account_archived(&mut self, id: AccountId, archived: bool) -> StoreResult<Account> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE accounts SET archived = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, archived, now()],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    what: "account",
                    id: id.0,
                });
            }
            fetch_account(tx, id)
        })
    }

    /// The contacts at an account, most influential first.
    pub fn contacts(&self, account: AccountId, include_archived: bool) -> StoreResult<Vec<Contact>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM contacts c WHERE account_id = ?1 AND (archived = 0 OR ?2)
             ORDER BY influence IS NULL, influence DESC, name COLLATE NOCASE, id",
            CONTACTS.select("c")
        ))?;
        let rows = stmt.query_map(params![account, include_archived], contact_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every active contact of every active account, in one query.
    pub fn all_contacts(&self) -> StoreResult<Vec<Contact>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM contacts c WHERE c.archived = 0
                AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id AND a.archived = 0)
             ORDER BY c.account_id, c.influence IS NULL, c.influence DESC, c.name COLLATE NOCASE, c.id",
            CONTACTS.select("c")
        ))?;
        let rows = stmt.query_map([], contact_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Validates and saves a new contact.
    pub fn add_contact(&mut self, data: impl IntoValid<ContactData>) -> StoreResult<Contact> {
        let data = data.into_valid()?;
        self.write(|tx| {
            fetch_account(tx, data.account)?;
            let id = insert_contact_row(tx, None, &fresh_meta(), &data)?;
            fetch_contact(tx, id)
        })
    }

    /// Saves `contact.data`, refusing if it changed since it was loaded.
    pub fn save_contact(&mut self, contact: impl IntoValid<Contact>) -> StoreResult<Contact> {
        let contact = contact.into_valid()?;
        self.write(|tx| {
            update_contact_row(tx, &contact)?;
            fetch_contact(tx, contact.id)
        })
    }
}
