//! Gathering what a report or brief needs and rendering it, for the CLI and
//! the UI alike.

use super::error::StoreResult;
use super::{CommitmentFilter, Store};
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::report::{brief, development, rep};
use crate::domain::{RepId, SkillId};
use chrono::NaiveDate;

/// What every per-rep document reads: names, the rep, its sessions and commitments.
struct RepRecords {
    reps: Vec<crate::domain::Rep>,
    accounts: Vec<crate::domain::Account>,
    skills: Vec<crate::domain::Skill>,
    rep: crate::domain::Rep,
    sessions: Vec<crate::domain::Session>,
    commitments: Vec<crate::domain::Commitment>,
}

impl RepRecords {
    fn lookup(&self) -> Lookup<'_> {
        Lookup::new(&self.reps, &self.accounts, &self.skills)
    }
}

impl Store {
    fn rep_records(&self, rep_id: RepId, open_only: bool) -> StoreResult<RepRecords> {
        Ok(RepRecords {
            reps: self.reps(true)?,
            accounts: self.accounts(true)?,
            skills: self.skills(true)?,
            rep: self.rep(rep_id)?,
            sessions: self.rep_sessions(rep_id, None)?,
            commitments: self.commitments(&CommitmentFilter {
                rep: Some(rep_id),
                open_only,
                ..CommitmentFilter::default()
            })?,
        })
    }
    /// The 1:1 prep sheet for a rep as Markdown, sessions from `since`.
    pub fn rep_sheet(&self, rep_id: RepId, since: NaiveDate, today: NaiveDate, config: &Config) -> StoreResult<String> {
        let r = self.rep_records(rep_id, false)?;
        Ok(rep::render(&rep::RepReport {
            rep: &r.rep,
            sessions: &r.sessions,
            commitments: &r.commitments,
            lookup: &r.lookup(),
            since,
            today,
            config,
        }))
    }

    /// The pre-ride brief for a rep, as lines (headings unindented).
    pub fn brief(&self, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
        let r = self.rep_records(rep_id, true)?;
        let accounts: Vec<_> = r
            .accounts
            .iter()
            .filter(|a| !a.data.archived)
            .filter(|a| a.data.owner == Some(rep_id) || a.data.handover.as_ref().is_some_and(|h| h.successor == rep_id))
            .cloned()
            .collect();
        let mut contacts = Vec::new();
        for a in &accounts {
            contacts.extend(self.contacts(a.id, false)?);
        }
        let last_visits = self.last_visits()?;
        Ok(brief::lines(&brief::Brief {
            rep: &r.rep,
            sessions: &r.sessions,
            commitments: &r.commitments,
            accounts: &accounts,
            contacts: &contacts,
            last_visits: &last_visits,
            lookup: &r.lookup(),
            today,
            config,
        }))
    }

    /// A rep's development view, as lines (headings unindented).
    pub fn development(&self, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
        let r = self.rep_records(rep_id, false)?;
        let active: Vec<_> = r.reps.iter().filter(|x| !x.data.archived).cloned().collect();
        let accounts: Vec<_> = r.accounts.iter().filter(|a| !a.data.archived).cloned().collect();
        Ok(development::lines(&development::Development {
            rep: &r.rep,
            reps: &active,
            sessions: &r.sessions,
            commitments: &r.commitments,
            accounts: &accounts,
            lookup: &r.lookup(),
            today,
            config,
        }))
    }

    /// Every rating a rep has had, oldest first: (skill, date, score).
    pub fn rating_history(&self, rep: RepId) -> StoreResult<Vec<(SkillId, NaiveDate, u8)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.skill_id, s.date, r.score FROM ratings r JOIN sessions s ON s.id = r.session_id
             WHERE s.rep_id = ?1 AND s.archived = 0 ORDER BY s.date, s.id",
        )?;
        let rows = stmt.query_map([rep], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
