//! The documents both front ends show: the 1:1 prep sheet, the pre-ride
//! brief and the development view, each gathered from the store and
//! rendered by the domain.

use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::insights::peer::pairings;
use crate::domain::report::{brief, development, rep};
use crate::domain::RepId;
use crate::store::{CommitmentFilter, Store, StoreResult};
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

fn rep_records(store: &Store, rep_id: RepId, open_only: bool) -> StoreResult<RepRecords> {
    Ok(RepRecords {
        reps: store.reps(true)?,
        accounts: store.accounts(true)?,
        skills: store.skills(true)?,
        rep: store.rep(rep_id)?,
        sessions: store.rep_sessions(rep_id, None)?,
        commitments: store.commitments(&CommitmentFilter {
            rep: Some(rep_id),
            open_only,
            ..CommitmentFilter::default()
        })?,
    })
}

/// The 1:1 prep sheet for a rep as Markdown, sessions from `since`.
pub fn rep_sheet(
    store: &Store,
    rep_id: RepId,
    since: NaiveDate,
    today: NaiveDate,
    config: &Config,
) -> StoreResult<String> {
    let r = rep_records(store, rep_id, false)?;
    let of_rep = store.accounts_of_rep(rep_id)?;
    let accounts: Vec<_> = of_rep.iter().map(|a| a.id).collect();
    let plays = crate::domain::play::fitting(store.plays(None, None, false)?, &r.rep.data.focus, &accounts);
    let mut taking_over = Vec::new();
    for account in of_rep.into_iter().filter(|a| a.data.owner != Some(rep_id)) {
        let answers = store.answers_of(account.id)?;
        taking_over.push((account, answers));
    }
    Ok(rep::render(&rep::RepReport {
        rep: &r.rep,
        taking_over: &taking_over,
        questions: &config.questions(),
        sessions: &r.sessions,
        commitments: &r.commitments,
        plays: &plays,
        lookup: &r.lookup(),
        since,
        today,
        config,
    }))
}

/// The pre-ride brief for a rep, as lines (headings unindented).
pub fn brief(store: &Store, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
    let rep = store.rep(rep_id)?;
    let sessions = store.brief_sessions(rep_id, &rep.data.focus, brief::SPARKLINE_POINTS)?;
    let commitments = store.commitments(&CommitmentFilter {
        rep: Some(rep_id),
        open_only: true,
        ..CommitmentFilter::default()
    })?;
    let accounts = store.accounts_of_rep(rep_id)?;
    let (mut contacts, mut answers) = (Vec::new(), Vec::new());
    for a in &accounts {
        contacts.extend(store.contacts(a.id, false)?);
        answers.extend(store.answers_of(a.id)?);
    }
    let ids: Vec<_> = accounts.iter().map(|a| a.id).collect();
    let last_visits = store.last_visits(&ids)?;
    let (reps, skills) = (store.reps(true)?, store.skills(true)?);
    let plays = crate::domain::play::fitting(store.plays(None, None, false)?, &rep.data.focus, &ids);
    Ok(brief::lines(&brief::Brief {
        rep: &rep,
        plays: &plays,
        questions: &config.questions(),
        answers: &answers,
        sessions: &sessions,
        commitments: &commitments,
        accounts: &accounts,
        contacts: &contacts,
        last_visits: &last_visits,
        lookup: &Lookup::new(&reps, &[], &skills),
        today,
        config,
    }))
}

/// The peer coaching `rep_id` led: one pairing per mentee, from the mentee's sessions.
pub fn coached(store: &Store, rep_id: RepId) -> StoreResult<Vec<crate::domain::insights::peer::Pairing>> {
    let mut coached = Vec::new();
    for mentee in store.mentees_coached_by(rep_id)? {
        let focus = store.rep(mentee)?.data.focus;
        let sessions = store.rep_sessions(mentee, None)?;
        coached.extend(
            pairings(mentee, &sessions, &focus)
                .into_iter()
                .filter(|p| p.mentor == rep_id),
        );
    }
    Ok(coached)
}

/// A rep's development view, as lines (headings unindented).
pub fn development(store: &Store, rep_id: RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
    let r = rep_records(store, rep_id, false)?;
    let active: Vec<_> = r.reps.iter().filter(|x| !x.data.archived).cloned().collect();
    let accounts: Vec<_> = r.accounts.iter().filter(|a| !a.data.archived).cloned().collect();
    let coached_by = pairings(rep_id, &r.sessions, &r.rep.data.focus);
    let coached = coached(store, rep_id)?;
    let since = today
        .checked_sub_days(chrono::Days::new(crate::domain::insights::mentors::MENTOR_DAYS))
        .unwrap_or(today);
    let mut mentors = Vec::new();
    for skill in &r.rep.data.focus {
        let ratings = store.high_ratings(*skill, since, today)?;
        let found = crate::domain::insights::mentors::candidates(rep_id, *skill, &active, &ratings, today);
        mentors.push((*skill, found));
    }
    Ok(development::lines(&development::Development {
        mentors: &mentors,
        coached_by: &coached_by,
        coached: &coached,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brief_from_the_sessions_it_needs_reads_as_one_from_all_of_them() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let size = crate::domain::demo::DemoSize {
            reps: 10,
            accounts: 80,
            sessions: 1500,
        };
        let mut store = Store::open_in_memory().unwrap();
        store
            .import_notebook(&crate::domain::demo::generate(size, 11, today))
            .unwrap();
        let config = Config::default();
        let reps = store.reps(true).unwrap();
        let mut long_histories = 0;
        for rep in &reps {
            let r = rep_records(&store, rep.id, true).unwrap();
            let accounts: Vec<_> = r
                .accounts
                .iter()
                .filter(|a| !a.data.archived)
                .filter(|a| {
                    a.data.owner == Some(rep.id) || a.data.handover.as_ref().is_some_and(|h| h.successor == rep.id)
                })
                .cloned()
                .collect();
            let (mut contacts, mut answers) = (Vec::new(), Vec::new());
            for a in &accounts {
                contacts.extend(store.contacts(a.id, false).unwrap());
                answers.extend(store.answers_of(a.id).unwrap());
            }
            let ids: Vec<_> = accounts.iter().map(|a| a.id).collect();
            let from_everything = brief::lines(&brief::Brief {
                rep: &r.rep,
                sessions: &r.sessions,
                commitments: &r.commitments,
                accounts: &accounts,
                contacts: &contacts,
                last_visits: &store.last_visits(&ids).unwrap(),
                plays: &crate::domain::play::fitting(store.plays(None, None, true).unwrap(), &r.rep.data.focus, &ids),
                questions: &config.questions(),
                answers: &answers,
                lookup: &r.lookup(),
                today,
                config: &config,
            });
            long_histories += usize::from(r.sessions.len() > 50);
            assert_eq!(
                brief(&store, rep.id, today, &config).unwrap(),
                from_everything,
                "{}",
                rep.data.name
            );
        }
        assert!(long_histories >= 8, "most reps have a history the brief skips");
    }
}
