//! Gathering what a report or brief needs and rendering it, for the CLI and
//! the UI alike.

use super::error::StoreResult;
use super::{CommitmentFilter, Store};
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::report::{brief, development, rep};
use crate::domain::{RepId, SkillId};
use chrono::NaiveDate;

impl Store {
    /// The 1:1 prep sheet for a rep as Markdown, sessions from `since`.
    pub fn rep_sheet(&self, rep_id: RepId, since: NaiveDate, today: NaiveDate, config: &Config) -> StoreResult<String> {
        let reps = self.reps(true)?;
        let accounts = self.accounts(true)?;
        let skills = self.skills(true)?;
        let rep = self.rep(rep_id)?;
        let sessions = self.rep_sessions(rep_id, None)?;
        let commitments = self.commitments(&CommitmentFilter {
            rep: Some(rep_id),
            ..CommitmentFilter::default()
        })?;
        let lookup = Lookup::new(&reps, &accounts, &skills);
        Ok(rep::render(&rep::RepReport {
            rep: &rep,
            sessions: &sessions,
            commitments: &commitments,
            lookup: &lookup,
            since,
            today,
            config,
        }))
    }

    /// The pre-ride brief for a rep, as lines (headings unindented).
    pub fn brief(&self, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
        let reps = self.reps(true)?;
        let all_accounts = self.accounts(false)?;
        let skills = self.skills(true)?;
        let rep = self.rep(rep_id)?;
        let sessions = self.rep_sessions(rep_id, None)?;
        let commitments = self.commitments(&CommitmentFilter {
            rep: Some(rep_id),
            open_only: true,
            ..CommitmentFilter::default()
        })?;
        let accounts: Vec<_> = all_accounts
            .iter()
            .filter(|a| a.data.owner == Some(rep_id) || a.data.handover.as_ref().is_some_and(|h| h.successor == rep_id))
            .cloned()
            .collect();
        let mut contacts = Vec::new();
        for a in &accounts {
            contacts.extend(self.contacts(a.id, false)?);
        }
        let last_visits = self.last_visits()?;
        let lookup = Lookup::new(&reps, &all_accounts, &skills);
        Ok(brief::lines(&brief::Brief {
            rep: &rep,
            sessions: &sessions,
            commitments: &commitments,
            accounts: &accounts,
            contacts: &contacts,
            last_visits: &last_visits,
            lookup: &lookup,
            today,
            config,
        }))
    }

    /// A rep's development view, as lines (headings unindented).
    pub fn development(&self, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
        let all_reps = self.reps(true)?;
        let reps: Vec<_> = all_reps.iter().filter(|r| !r.data.archived).cloned().collect();
        let accounts = self.accounts(false)?;
        let skills = self.skills(true)?;
        let rep = self.rep(rep_id)?;
        let sessions = self.rep_sessions(rep_id, None)?;
        let commitments = self.commitments(&CommitmentFilter {
            rep: Some(rep_id),
            ..CommitmentFilter::default()
        })?;
        let lookup = Lookup::new(&all_reps, &accounts, &skills);
        Ok(development::lines(&development::Development {
            rep: &rep,
            reps: &reps,
            sessions: &sessions,
            commitments: &commitments,
            accounts: &accounts,
            lookup: &lookup,
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
