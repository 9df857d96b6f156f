//! The facts the retention watch reads, for every active rep: one indexed
//! read of each rep's recent sessions, will scores, focus ratings and the
//! manager's overdue promises; no query walks every session.

use super::error::StoreResult;
use super::Store;
use crate::domain::insights::retention::RetentionFacts;
use crate::domain::stay::impact_of_owner;
use crate::domain::{Rep, RepId, SkillId};
use chrono::{Days, NaiveDate};
use rusqlite::params;
use std::collections::HashMap;

impl Store {
    /// What the retention watch needs to know about each active rep on `today`.
    pub fn retention_facts(&self, today: NaiveDate) -> StoreResult<Vec<RetentionFacts>> {
        let reps = self.reps(false)?;
        let skills: HashMap<SkillId, String> = self.skills(true)?.into_iter().map(|s| (s.id, s.data.name)).collect();
        let mut stays = self.latest_stays()?;
        let window = today.checked_sub_days(Days::new(180)).unwrap_or(today);
        // Mentees: reps who name them as mentor, and reps they led peer coaching with in 180 days.
        let mut mentees: HashMap<RepId, Vec<RepId>> = HashMap::new();
        for rep in &reps {
            if let Some(mentor) = rep.data.mentor {
                mentees.entry(mentor).or_default().push(rep.id);
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT coach_id, rep_id FROM sessions WHERE coach_id IS NOT NULL AND archived = 0 AND date > ?1",
        )?;
        let active: Vec<RepId> = reps.iter().map(|r| r.id).collect();
        for row in stmt.query_map([window], |r| Ok((r.get::<_, RepId>(0)?, r.get::<_, RepId>(1)?)))? {
            let (coach, mentee) = row?;
            let list = mentees.entry(coach).or_default();
            if active.contains(&mentee) && !list.contains(&mentee) {
                list.push(mentee);
            }
        }
        reps.iter()
            .map(|rep| {
                let mut facts = self.facts_of(rep, today, window, &skills)?;
                facts.mentees = mentees.get(&rep.id).map_or(0, Vec::len);
                facts.latest_stay = stays.remove(&rep.id).map(|s| s.data);
                Ok(facts)
            })
            .collect()
    }

    fn facts_of(
        &self,
        rep: &Rep,
        today: NaiveDate,
        window: NaiveDate,
        skills: &HashMap<SkillId, String>,
    ) -> StoreResult<RetentionFacts> {
        let id = rep.id;
        let dates = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> StoreResult<Vec<NaiveDate>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map(args, |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let mut session_dates = dates(
            "SELECT date FROM sessions WHERE rep_id = ?1 AND archived = 0 AND date > ?2 AND date <= ?3
             ORDER BY date DESC",
            &[&id, &window, &today],
        )?;
        session_dates.extend(dates(
            "SELECT date FROM sessions WHERE rep_id = ?1 AND archived = 0 AND date <= ?2
             ORDER BY date DESC LIMIT 1",
            &[&id, &window],
        )?);
        let last_strength = dates(
            "SELECT date FROM sessions WHERE rep_id = ?1 AND archived = 0 AND date <= ?2 AND strengths <> ''
             ORDER BY date DESC LIMIT 1",
            &[&id, &today],
        )?
        .first()
        .copied();
        let mut stmt = self.conn.prepare_cached(
            "SELECT will FROM sessions WHERE rep_id = ?1 AND archived = 0 AND date <= ?2 AND will IS NOT NULL
             ORDER BY date DESC, id DESC LIMIT 6",
        )?;
        let wills = stmt
            .query_map(params![id, today], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<u8>>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.date, r.score FROM sessions s JOIN ratings r ON r.session_id = s.id
             WHERE s.rep_id = ?1 AND r.skill_id = ?2 AND s.archived = 0 AND s.date <= ?3
             ORDER BY s.date DESC, s.id DESC LIMIT 12",
        )?;
        let mut focus_ratings = Vec::new();
        for skill in &rep.data.focus {
            let ratings = stmt
                .query_map(params![id, skill, today], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(NaiveDate, u8)>>>()?;
            let name = skills.get(skill).cloned().unwrap_or_default();
            focus_ratings.push((name, ratings));
        }
        let top_rating: Option<u8> = self
            .conn
            .prepare_cached(
                "SELECT max(r.score) FROM sessions s JOIN ratings r ON r.session_id = s.id
             WHERE s.rep_id = ?1 AND s.archived = 0 AND s.date > ?2 AND s.date <= ?3",
            )?
            .query_row(params![id, window, today], |r| r.get(0))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT text, due FROM commitments INDEXED BY commitments_open_rep
             WHERE rep_id = ?1 AND done_on IS NULL AND archived = 0 AND owner = 'manager' AND due < ?2
             ORDER BY due",
        )?;
        let manager_overdue = stmt
            .query_map(params![id, today], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(String, NaiveDate)>>>()?;
        let impact = impact_of_owner(id, &self.accounts_of_rep(id)?);
        Ok(RetentionFacts {
            rep: id,
            name: rep.data.name.clone(),
            cadence_days: rep.data.cadence_days,
            hired_on: rep.data.hired_on,
            retires_on: rep.data.retires_on,
            session_dates,
            wills,
            focus_ratings,
            last_strength,
            manager_overdue,
            top_rating,
            mentees: 0,
            latest_stay: None,
            proposed_impact: Some(impact),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::{generate, DemoSize};
    use crate::domain::document::Notebook;
    use crate::domain::stay::proposed_impact;
    use crate::domain::{CommitmentOwner, Session};

    /// The same facts from the records in memory, by the rules as written.
    fn reference(nb: &Notebook, rep: &Rep, today: NaiveDate) -> RetentionFacts {
        let window = today.checked_sub_days(Days::new(180)).unwrap();
        let mut sessions: Vec<&Session> = nb
            .sessions
            .iter()
            .filter(|s| s.data.rep == rep.id && !s.data.archived && s.data.date <= today)
            .collect();
        sessions.sort_by(|a, b| b.data.date.cmp(&a.data.date).then(b.id.cmp(&a.id)));
        let mut session_dates: Vec<NaiveDate> = sessions
            .iter()
            .filter(|s| s.data.date > window)
            .map(|s| s.data.date)
            .collect();
        session_dates.extend(sessions.iter().find(|s| s.data.date <= window).map(|s| s.data.date));
        let focus_ratings = rep
            .data
            .focus
            .iter()
            .map(|skill| {
                let name = nb.skills.iter().find(|s| s.id == *skill).unwrap().data.name.clone();
                let ratings = sessions
                    .iter()
                    .filter_map(|s| s.data.ratings.get(skill).map(|r| (s.data.date, *r)))
                    .take(12)
                    .collect();
                (name, ratings)
            })
            .collect();
        let mut manager_overdue: Vec<(String, NaiveDate)> = nb
            .commitments
            .iter()
            .filter(|c| c.data.rep == rep.id && c.data.owner == CommitmentOwner::Manager)
            .filter(|c| c.data.done_on.is_none() && !c.data.archived)
            .filter_map(|c| c.data.due.filter(|d| *d < today).map(|d| (c.data.text.clone(), d)))
            .collect();
        manager_overdue.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        let owned: Vec<_> = nb
            .accounts
            .iter()
            .filter(|a| a.data.owner == Some(rep.id) && !a.data.archived)
            .collect();
        RetentionFacts {
            rep: rep.id,
            name: rep.data.name.clone(),
            cadence_days: rep.data.cadence_days,
            hired_on: rep.data.hired_on,
            retires_on: rep.data.retires_on,
            session_dates,
            wills: sessions.iter().filter_map(|s| s.data.will).take(6).collect(),
            focus_ratings,
            last_strength: sessions
                .iter()
                .find(|s| !s.data.strengths.is_empty())
                .map(|s| s.data.date),
            manager_overdue,
            top_rating: sessions
                .iter()
                .filter(|s| s.data.date > window)
                .flat_map(|s| s.data.ratings.values().copied())
                .max(),
            mentees: nb
                .reps
                .iter()
                .filter(|r| !r.data.archived)
                .filter(|r| {
                    r.data.mentor == Some(rep.id)
                        || nb.sessions.iter().any(|s| {
                            s.data.rep == r.id
                                && s.data.coach == Some(rep.id)
                                && !s.data.archived
                                && s.data.date > window
                        })
                })
                .count(),
            latest_stay: nb
                .stays
                .iter()
                .filter(|s| s.data.rep == rep.id && !s.data.archived)
                .max_by(|a, b| a.data.date.cmp(&b.data.date).then(a.id.cmp(&b.id)))
                .map(|s| s.data.clone()),
            proposed_impact: Some(proposed_impact(&owned)),
        }
    }

    #[test]
    fn the_indexed_reads_give_the_facts_the_records_hold() {
        let today: NaiveDate = "2026-11-26".parse().unwrap();
        let size = DemoSize {
            reps: 12,
            accounts: 60,
            sessions: 1500,
        };
        let nb = generate(size, 13, today);
        let mut store = Store::open_in_memory().unwrap();
        store.import_notebook(&nb).unwrap();
        let mut facts = store.retention_facts(today).unwrap();
        let active: Vec<&Rep> = nb.reps.iter().filter(|r| !r.data.archived).collect();
        assert_eq!(facts.len(), active.len());
        assert!(facts
            .iter()
            .any(|f| f.latest_stay.is_some() && !f.manager_overdue.is_empty()));
        for f in &mut facts {
            f.manager_overdue.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            let rep = active.iter().find(|r| r.id == f.rep).unwrap();
            assert_eq!(*f, reference(&nb, rep, today), "{}", rep.data.name);
        }
    }
}
