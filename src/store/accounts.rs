//! Accounts with their handover, and the contacts at each account.

use super::convert::{fresh_meta, meta, next_stamp, now};
use super::error::{StoreError, StoreResult};
use super::Store;
use crate::domain::{
    Account, AccountData, AccountId, Contact, ContactData, ContactId, Handover, HandoverStage, Meta, RepId,
};
use rusqlite::{params, Connection, OptionalExtension, Row};

const COLUMNS: &str = "id, uuid, name, industry, tier, annual_value_cents, owner_id, health, notes, archived,
    successor_id, handover_stage, handover_target, handover_notes, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let successor: Option<RepId> = row.get("successor_id")?;
    let stage: Option<HandoverStage> = row.get("handover_stage")?;
    let handover = match (successor, stage) {
        (Some(successor), Some(stage)) => Some(Handover {
            successor,
            stage,
            target: row.get("handover_target")?,
            notes: row.get("handover_notes")?,
        }),
        _ => None,
    };
    Ok(Account {
        id: row.get("id")?,
        meta: meta(row)?,
        data: AccountData {
            name: row.get("name")?,
            industry: row.get("industry")?,
            tier: row.get("tier")?,
            annual_value_cents: row.get("annual_value_cents")?,
            owner: row.get("owner_id")?,
            health: row.get("health")?,
            notes: row.get("notes")?,
            archived: row.get("archived")?,
            handover,
        },
    })
}

pub(super) fn insert_row(
    conn: &Connection,
    id: Option<AccountId>,
    meta: &Meta,
    data: &AccountData,
) -> StoreResult<AccountId> {
    let h = data.handover.as_ref();
    conn.prepare_cached(
        "INSERT INTO accounts (id, uuid, name, industry, tier, annual_value_cents, owner_id, health, notes,
            archived, successor_id, handover_stage, handover_target, handover_notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        id,
        meta.uuid.to_string(),
        data.name,
        data.industry,
        data.tier,
        data.annual_value_cents,
        data.owner,
        data.health,
        data.notes,
        data.archived,
        h.map(|h| h.successor),
        h.map(|h| h.stage),
        h.and_then(|h| h.target),
        h.map(|h| h.notes.as_str()).unwrap_or(""),
        meta.created_at,
        meta.updated_at
    ])?;
    Ok(AccountId(conn.last_insert_rowid()))
}

/// Saves `account.data` over the row if it is still at `account.meta.updated_at`.
pub(super) fn update_row(conn: &Connection, account: &Account) -> StoreResult<()> {
    let data = &account.data;
    let h = data.handover.as_ref();
    let changed = conn.execute(
        "UPDATE accounts SET name = ?2, industry = ?3, tier = ?4, annual_value_cents = ?5, owner_id = ?6,
                    health = ?7, notes = ?8, archived = ?9, successor_id = ?10, handover_stage = ?11,
                    handover_target = ?12, handover_notes = ?13, updated_at = ?14
                 WHERE id = ?1 AND updated_at = ?15",
        params![
            account.id,
            data.name,
            data.industry,
            data.tier,
            data.annual_value_cents,
            data.owner,
            data.health,
            data.notes,
            data.archived,
            h.map(|h| h.successor),
            h.map(|h| h.stage),
            h.and_then(|h| h.target),
            h.map(|h| h.notes.as_str()).unwrap_or(""),
            next_stamp(account.meta.updated_at),
            account.meta.updated_at
        ],
    )?;
    if changed == 0 {
        fetch(conn, account.id)?;
        return Err(StoreError::Conflict { what: "account" });
    }
    Ok(())
}

fn fetch(conn: &Connection, id: AccountId) -> StoreResult<Account> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound {
            what: "account",
            id: id.0,
        })
}

const CONTACT_COLUMNS: &str = "id, uuid, account_id, name, role, influence, known_by_owner, known_by_successor,
    last_touch, notes, archived, created_at, updated_at";

fn contact_from_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: row.get("id")?,
        meta: meta(row)?,
        data: ContactData {
            account: row.get("account_id")?,
            name: row.get("name")?,
            role: row.get("role")?,
            influence: row.get("influence")?,
            known_by_owner: row.get("known_by_owner")?,
            known_by_successor: row.get("known_by_successor")?,
            last_touch: row.get("last_touch")?,
            notes: row.get("notes")?,
            archived: row.get("archived")?,
        },
    })
}

pub(super) fn insert_contact_row(
    conn: &Connection,
    id: Option<ContactId>,
    meta: &Meta,
    data: &ContactData,
) -> StoreResult<ContactId> {
    conn.prepare_cached(
        "INSERT INTO contacts (id, uuid, account_id, name, role, influence, known_by_owner, known_by_successor,
            last_touch, notes, archived, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        id,
        meta.uuid.to_string(),
        data.account,
        data.name,
        data.role,
        data.influence,
        data.known_by_owner,
        data.known_by_successor,
        data.last_touch,
        data.notes,
        data.archived,
        meta.created_at,
        meta.updated_at
    ])?;
    Ok(ContactId(conn.last_insert_rowid()))
}

fn fetch_contact(conn: &Connection, id: ContactId) -> StoreResult<Contact> {
    conn.query_row(
        &format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?1"),
        [id],
        contact_from_row,
    )
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
            "SELECT {COLUMNS} FROM accounts WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map([include_archived], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One account by id, archived or not.
    pub fn account(&self, id: AccountId) -> StoreResult<Account> {
        fetch(&self.conn, id)
    }

    /// Validates and saves a new account.
    pub fn add_account(&mut self, data: AccountData) -> StoreResult<Account> {
        let data = data.validated()?;
        self.write(|tx| {
            let id = insert_row(tx, None, &fresh_meta(), &data)?;
            fetch(tx, id)
        })
    }

    /// Saves `account.data`, refusing if it changed since it was loaded.
    pub fn save_account(&mut self, account: &Account) -> StoreResult<Account> {
        let mut account = account.clone();
        account.data = account.data.validated()?;
        self.write(|tx| {
            update_row(tx, &account)?;
            fetch(tx, account.id)
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
            fetch(tx, id)
        })
    }

    /// The contacts at an account, most influential first.
    pub fn contacts(&self, account: AccountId, include_archived: bool) -> StoreResult<Vec<Contact>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts WHERE account_id = ?1 AND (archived = 0 OR ?2)
             ORDER BY influence IS NULL, influence DESC, name COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map(params![account, include_archived], contact_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every active contact of every active account, in one query.
    pub fn all_contacts(&self) -> StoreResult<Vec<Contact>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts c WHERE c.archived = 0
                AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = c.account_id AND a.archived = 0)
             ORDER BY account_id, influence IS NULL, influence DESC, name COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map([], contact_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Validates and saves a new contact.
    pub fn add_contact(&mut self, data: ContactData) -> StoreResult<Contact> {
        let data = data.validated()?;
        self.write(|tx| {
            fetch(tx, data.account)?;
            let id = insert_contact_row(tx, None, &fresh_meta(), &data)?;
            fetch_contact(tx, id)
        })
    }

    /// Saves `contact.data`, refusing if it changed since it was loaded.
    pub fn save_contact(&mut self, contact: &Contact) -> StoreResult<Contact> {
        let data = contact.data.clone().validated()?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE contacts SET account_id = ?2, name = ?3, role = ?4, influence = ?5, known_by_owner = ?6,
                    known_by_successor = ?7, last_touch = ?8, notes = ?9, archived = ?10, updated_at = ?11
                 WHERE id = ?1 AND updated_at = ?12",
                params![
                    contact.id,
                    data.account,
                    data.name,
                    data.role,
                    data.influence,
                    data.known_by_owner,
                    data.known_by_successor,
                    data.last_touch,
                    data.notes,
                    data.archived,
                    next_stamp(contact.meta.updated_at),
                    contact.meta.updated_at
                ],
            )?;
            if changed == 0 {
                fetch_contact(tx, contact.id)?;
                return Err(StoreError::Conflict { what: "contact" });
            }
            fetch_contact(tx, contact.id)
        })
    }
}
