//! The whole notebook at once: loading it for export, and importing a
//! document into an empty notebook in one all-or-nothing transaction.

use super::commitments::CommitmentFilter;
use super::error::{StoreError, StoreResult};
use super::sessions::SessionFilter;
use super::{accounts, commitments, plays, reps, search_index, sessions, skills, stays, Store};
use crate::domain::document::Notebook;

impl Store {
    /// Every record, archived ones included, in id order.
    pub fn load_notebook(&self) -> StoreResult<Notebook> {
        let mut notebook = Notebook {
            reps: self.reps(true)?,
            accounts: self.accounts(true)?,
            contacts: Vec::new(),
            sessions: self.sessions(&SessionFilter {
                include_archived: true,
                ..SessionFilter::default()
            })?,
            commitments: self.commitments(&CommitmentFilter {
                include_archived: true,
                ..CommitmentFilter::default()
            })?,
            skills: self.skills(true)?,
            stays: self.all_stays()?,
            plays: self.plays(None, None, true)?,
            answers: self.all_answers()?,
        };
        notebook.reps.sort_by_key(|r| r.id);
        notebook.accounts.sort_by_key(|a| a.id);
        notebook.sessions.sort_by_key(|s| s.id);
        notebook.commitments.sort_by_key(|c| c.id);
        for account in &notebook.accounts {
            notebook.contacts.extend(self.contacts(account.id, true)?);
        }
        notebook.contacts.sort_by_key(|c| c.id);
        notebook.plays.sort_by_key(|p| p.id);
        Ok(notebook)
    }

    /// Whether the notebook holds no reps, accounts, sessions or commitments
    /// (the seeded rubric does not count).
    pub fn is_empty(&self) -> StoreResult<bool> {
        let count: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM reps) + (SELECT count(*) FROM accounts)
                  + (SELECT count(*) FROM sessions) + (SELECT count(*) FROM commitments)",
            [],
            |r| r.get(0),
        )?;
        Ok(count == 0)
    }

    /// Writes every record of `notebook`, keeping ids, uuids and timestamps, in
    /// one transaction; the document's rubric replaces the seeded one.
    pub fn import_notebook(&mut self, notebook: &Notebook) -> StoreResult<()> {
        if !self.is_empty()? {
            return Err(StoreError::NotEmpty(format!(
                "{} already holds data; import only fills an empty notebook (use --db to choose a new file)",
                self.path.display()
            )));
        }
        self.write(|tx| {
            tx.execute_batch("PRAGMA defer_foreign_keys = ON; DELETE FROM skills;")?;
            // The search index is rebuilt once at the end instead of row by row.
            tx.execute_batch(search_index::DROP_RENAME_TRIGGERS)?;
            for s in &notebook.skills {
                skills::insert_row(tx, Some(s.id), &s.meta, &s.data)?;
            }
            for r in &notebook.reps {
                reps::insert_row(tx, Some(r.id), &r.meta, &r.data)?;
            }
            for a in &notebook.accounts {
                accounts::insert_row(tx, Some(a.id), &a.meta, &a.data)?;
            }
            for c in &notebook.contacts {
                accounts::insert_contact_row(tx, Some(c.id), &c.meta, &c.data)?;
            }
            for s in &notebook.sessions {
                sessions::insert_row(tx, Some(s.id), &s.meta, &s.data)?;
            }
            for c in &notebook.commitments {
                commitments::insert_row(tx, Some(c.id), &c.meta, &c.data)?;
            }
            for s in &notebook.stays {
                stays::insert_row(tx, Some(s.id), &s.meta, &s.data)?;
            }
            for p in &notebook.plays {
                plays::insert_row(tx, Some(p.id), &p.meta, &p.data)?;
            }
            for a in &notebook.answers {
                super::columns::KNOWLEDGE.insert(tx, Some(a.id), &a.meta, &a.data)?;
            }
            search_index::rebuild(tx)?;
            tx.execute_batch(&search_index::rename_triggers())?;
            Ok(())
        })
    }
}
