//! What the screen shows, loaded from the store after every write and whenever
//! another process writes; rendering reads it and never touches the store.

use super::insights::Insights;
use super::session_window::SessionWindow;
use crate::domain::capture::Directory;
use crate::domain::insights::development::{FollowThrough, SkillTrend};
use crate::domain::{Account, AccountId, Commitment, Contact, Rep, RepId, Session, SessionId, Skill, SkillId};
use crate::store::{CommitmentFilter, RepActivity, SessionFilter, Store, StoreResult};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The notebook's records as the lists show them.
#[derive(Default)]
pub struct Data {
    /// Active reps by name.
    pub reps: Vec<Rep>,
    /// Last session and commitment counts per rep.
    pub activity: HashMap<RepId, RepActivity>,
    /// Active accounts by name.
    pub accounts: Vec<Account>,
    /// How many active sessions there are.
    pub session_count: usize,
    /// The Sessions tab's rows around the screen (filled by the app).
    pub session_window: SessionWindow,
    /// The rubric, retired skills included (old ratings still name them).
    pub skills: Vec<Skill>,
    /// The names quick capture resolves against.
    pub directory: Directory,
    /// The Today tab's figures and the succession view (worked out apart:
    /// see `App::request_insights`).
    pub insights: Insights,
    rep_names: HashMap<RepId, String>,
    account_names: HashMap<AccountId, String>,
    skill_names: HashMap<SkillId, String>,
}

impl Data {
    /// Reads everything the lists need, but the Today figures.
    pub fn load(store: &Store, today: NaiveDate) -> StoreResult<Data> {
        let all_reps = store.reps(true)?;
        let all_accounts = store.accounts(true)?;
        let skills = store.skills(true)?;
        let reps: Vec<Rep> = all_reps.iter().filter(|r| !r.data.archived).cloned().collect();
        let accounts: Vec<Account> = all_accounts.iter().filter(|a| !a.data.archived).cloned().collect();
        let directory = Directory::of(&all_reps, &all_accounts, &skills);
        Ok(Data {
            rep_names: all_reps.iter().map(|r| (r.id, r.data.name.clone())).collect(),
            account_names: all_accounts.iter().map(|a| (a.id, a.data.name.clone())).collect(),
            skill_names: skills.iter().map(|s| (s.id, s.data.name.clone())).collect(),
            reps,
            accounts,
            directory,
            insights: Insights::default(),
            activity: store.rep_activity(today)?,
            session_count: store.session_count()?,
            session_window: SessionWindow::default(),
            skills,
        })
    }

    /// Whether there is nothing yet: the welcome screen shows instead.
    pub fn is_empty(&self) -> bool {
        self.reps.is_empty() && self.accounts.is_empty() && self.session_count == 0
    }

    /// A rep's name, archived reps included.
    pub fn rep_name(&self, id: RepId) -> &str {
        self.rep_names.get(&id).map(String::as_str).unwrap_or("?")
    }

    /// An account's name, archived accounts included.
    pub fn account_name(&self, id: AccountId) -> &str {
        self.account_names.get(&id).map(String::as_str).unwrap_or("?")
    }

    /// A skill's name, retired skills included.
    pub fn skill_name(&self, id: SkillId) -> &str {
        self.skill_names.get(&id).map(String::as_str).unwrap_or("?")
    }

    /// An active rep by id.
    pub fn rep(&self, id: RepId) -> Option<&Rep> {
        self.reps.iter().find(|r| r.id == id)
    }

    /// An active account by id.
    pub fn account(&self, id: AccountId) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }
}

/// The extra records the selected row's detail pane shows.
#[derive(Default)]
pub enum Detail {
    /// Nothing selected.
    #[default]
    Empty,
    /// A rep's sessions, open commitments and latest ratings.
    Rep {
        /// Whose.
        id: RepId,
        /// Recent sessions, newest first.
        sessions: Vec<Session>,
        /// The `OPEN_SHOWN` most urgent open commitments.
        commitments: Vec<Commitment>,
        /// Each skill's ratings in the rep's latest `RATED_SESSIONS` sessions.
        trends: Vec<SkillTrend>,
        /// Commitments done on time out of those due in the last 90 days.
        follow_through: FollowThrough,
    },
    /// An account's contacts and the sessions held there.
    Account {
        /// Which.
        id: AccountId,
        /// Contacts, most influential first.
        contacts: Vec<Contact>,
        /// Sessions and calls at the account, newest first.
        sessions: Vec<Session>,
        /// The knowledge harvest's answers, oldest first.
        answers: Vec<crate::domain::knowledge::Answer>,
    },
    /// A session in full, with its commitments.
    Session {
        /// Which, as stored.
        session: Box<Session>,
        /// The commitments agreed in it.
        commitments: Vec<Commitment>,
    },
    /// A play a search found.
    Play(Box<crate::domain::Play>),
}

/// How many recent sessions a detail pane lists.
const RECENT: usize = 8;

/// How many of a rep's open commitments the detail pane lists, most
/// urgent first (the Today tab lists them all).
pub const OPEN_SHOWN: usize = 6;

/// How many of a rep's latest sessions the skill trends in the detail pane
/// read (the development view reads them all).
const RATED_SESSIONS: usize = 200;

impl Detail {
    /// Loads the detail of a rep.
    pub fn rep(store: &Store, id: RepId, today: NaiveDate) -> StoreResult<Detail> {
        let mut by_skill: Vec<SkillTrend> = Vec::new();
        for (skill, date, score) in store.recent_ratings(id, RATED_SESSIONS)? {
            match by_skill.iter_mut().find(|t| t.skill == skill) {
                Some(t) => t.points.push((date, score)),
                None => by_skill.push(SkillTrend {
                    skill,
                    points: vec![(date, score)],
                }),
            }
        }
        by_skill.sort_by_key(|t| t.skill);
        Ok(Detail::Rep {
            id,
            sessions: store.sessions(&SessionFilter {
                rep: Some(id),
                limit: Some(RECENT),
                ..SessionFilter::default()
            })?,
            commitments: store.commitments(&CommitmentFilter {
                rep: Some(id),
                open_only: true,
                limit: Some(OPEN_SHOWN),
                ..CommitmentFilter::default()
            })?,
            trends: by_skill,
            follow_through: store.follow_through(id, today)?,
        })
    }

    /// Loads the detail of an account.
    pub fn account(store: &Store, id: AccountId) -> StoreResult<Detail> {
        Ok(Detail::Account {
            id,
            contacts: store.contacts(id, false)?,
            sessions: store.sessions(&SessionFilter {
                account: Some(id),
                limit: Some(RECENT),
                ..SessionFilter::default()
            })?,
            answers: store.answers_of(id)?,
        })
    }

    /// Loads the detail of a session.
    pub fn session(store: &Store, id: SessionId) -> StoreResult<Detail> {
        Ok(Detail::Session {
            session: Box::new(store.session(id)?),
            commitments: store.commitments(&CommitmentFilter {
                session: Some(id),
                ..CommitmentFilter::default()
            })?,
        })
    }
}
