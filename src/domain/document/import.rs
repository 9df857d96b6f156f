//! JSON to records: references resolved by uuid (or by name when the uuid is
//! missing), every record validated, the first problem reported with its place.

use super::index::Index;
use super::*;
use crate::domain::{
    AccountData, AccountId, Call, CommitmentData, CommitmentId, ContactData, ContactId, Handover, Meta, Play, PlayData,
    PlayId, RepData, RepId, SessionData, SessionId, SkillData, SkillId, Stay, StayData, StayId,
};
use std::collections::HashSet;
use std::fmt;

/// The largest session id a notebook holds: the search index keys each
/// session by its day and its id (day * 10,000,000 + id).
pub const MAX_SESSION_ID: i64 = 9_999_999;

/// The first problem found in a document, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// Where: "sessions[3] (id 17)".
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

impl std::error::Error for ImportError {}

fn meta(uuid: Uuid, created_at: DateTime<Utc>, updated_at: DateTime<Utc>) -> Meta {
    Meta {
        uuid,
        created_at,
        updated_at,
    }
}

fn at(kind: &str, position: usize, id: i64) -> impl Fn(String) -> ImportError + '_ {
    move |message| ImportError {
        at: format!("{kind}[{position}] (id {id})"),
        message,
    }
}

fn unique<T: std::hash::Hash + Eq + fmt::Display>(seen: &mut HashSet<T>, value: T, what: &str) -> Result<(), String> {
    if seen.contains(&value) {
        return Err(format!("{what} {value} appears twice"));
    }
    seen.insert(value);
    Ok(())
}

impl Document {
    /// Turns the document into records, ready to be written in one transaction.
    pub fn into_notebook(self) -> Result<Notebook, ImportError> {
        if self.version != DOCUMENT_VERSION {
            return Err(ImportError {
                at: "version".into(),
                message: format!("this program reads version {DOCUMENT_VERSION}, not {}", self.version),
            });
        }
        let mut ids = HashSet::new();
        let mut uuids = HashSet::new();
        let mut notebook = Notebook::default();

        for (i, s) in self.skills.iter().enumerate() {
            let fail = at("skills", i, s.id);
            unique(&mut ids, s.id, "skill id").map_err(&fail)?;
            unique(&mut uuids, s.uuid, "uuid").map_err(&fail)?;
            let data = SkillData {
                name: s.name.clone(),
                alias: s.alias.clone(),
                description: s.description.clone().unwrap_or_default(),
                level_1: s.level_1.clone().unwrap_or_default(),
                level_3: s.level_3.clone().unwrap_or_default(),
                level_5: s.level_5.clone().unwrap_or_default(),
                retired: s.retired,
            }
            .validated(&notebook.skills)
            .map_err(|e| fail(e.to_string()))?;
            notebook.skills.push(Skill {
                id: SkillId(s.id),
                meta: meta(s.uuid, s.created_at, s.updated_at),
                data,
            });
        }
        let skills = Index::new(
            notebook
                .skills
                .iter()
                .map(|s| (s.id, s.meta.uuid, s.data.name.as_str())),
        );
        let reps = Index::new(self.reps.iter().map(|r| (RepId(r.id), r.uuid, r.name.as_str())));
        let accounts = Index::new(self.accounts.iter().map(|a| (AccountId(a.id), a.uuid, a.name.as_str())));

        ids.clear();
        for (i, r) in self.reps.iter().enumerate() {
            let fail = at("reps", i, r.id);
            unique(&mut ids, r.id, "rep id").map_err(&fail)?;
            unique(&mut uuids, r.uuid, "uuid").map_err(&fail)?;
            let mentor = match &r.mentor {
                Some(name) => Some(reps.resolve("rep", name, r.mentor_uuid).map_err(&fail)?),
                None => None,
            };
            let focus = r
                .focus
                .iter()
                .map(|name| skills.resolve("skill", name, None))
                .collect::<Result<Vec<_>, _>>()
                .map_err(&fail)?;
            let data = RepData {
                name: r.name.clone(),
                title: r.title.clone().unwrap_or_default(),
                territory: r.territory.clone().unwrap_or_default(),
                email: r.email.clone().unwrap_or_default(),
                phone: r.phone.clone().unwrap_or_default(),
                hired_on: r.hired_on,
                retires_on: r.retires_on,
                mentor,
                cadence_days: r.cadence_days,
                retention_risk: r.retention_risk,
                focus,
                notes: r.notes.clone().unwrap_or_default(),
                archived: r.archived,
            }
            .validated(Some(RepId(r.id)))
            .map_err(|e| fail(e.to_string()))?;
            notebook.reps.push(Rep {
                id: RepId(r.id),
                meta: meta(r.uuid, r.created_at, r.updated_at),
                data,
            });
        }

        ids.clear();
        let mut contact_ids = HashSet::new();
        for (i, a) in self.accounts.iter().enumerate() {
            let fail = at("accounts", i, a.id);
            unique(&mut ids, a.id, "account id").map_err(&fail)?;
            unique(&mut uuids, a.uuid, "uuid").map_err(&fail)?;
            let owner = match &a.owner {
                Some(name) => Some(reps.resolve("rep", name, a.owner_uuid).map_err(&fail)?),
                None => None,
            };
            let handover = match &a.handover {
                Some(h) => Some(Handover {
                    successor: reps.resolve("rep", &h.successor, h.successor_uuid).map_err(&fail)?,
                    stage: h.stage,
                    target: h.target_date,
                    notes: h.notes.clone().unwrap_or_default(),
                }),
                None => None,
            };
            let data = AccountData {
                name: a.name.clone(),
                industry: a.industry.clone().unwrap_or_default(),
                tier: a.tier,
                annual_value_cents: a.annual_value_cents,
                owner,
                health: a.health,
                notes: a.notes.clone().unwrap_or_default(),
                archived: a.archived,
                handover,
                crm_id: a.crm_id.clone().unwrap_or_default(),
            }
            .validated()
            .map_err(|e| fail(e.to_string()))?;
            for c in &a.contacts {
                unique(&mut contact_ids, c.id, "contact id").map_err(&fail)?;
                unique(&mut uuids, c.uuid, "uuid").map_err(&fail)?;
                let data = ContactData {
                    account: AccountId(a.id),
                    name: c.name.clone(),
                    role: c.role.clone().unwrap_or_default(),
                    influence: c.influence,
                    known_by_owner: c.known_by_owner,
                    known_by_successor: c.known_by_successor,
                    last_touch: c.last_touch,
                    notes: c.notes.clone().unwrap_or_default(),
                    archived: c.archived,
                    email: c.email.clone().unwrap_or_default(),
                    phone: c.phone.clone().unwrap_or_default(),
                    crm_id: c.crm_id.clone().unwrap_or_default(),
                }
                .validated()
                .map_err(|e| fail(format!("contact {:?}: {e}", c.name)))?;
                notebook.contacts.push(Contact {
                    id: ContactId(c.id),
                    meta: meta(c.uuid, c.created_at, c.updated_at),
                    data,
                });
            }
            notebook.accounts.push(Account {
                id: AccountId(a.id),
                meta: meta(a.uuid, a.created_at, a.updated_at),
                data,
            });
        }

        ids.clear();
        for (i, s) in self.sessions.iter().enumerate() {
            let fail = at("sessions", i, s.id);
            unique(&mut ids, s.id, "session id").map_err(&fail)?;
            if !(1..=MAX_SESSION_ID).contains(&s.id) {
                return Err(fail(format!(
                    "session id {} is out of range: session ids run from 1 to {MAX_SESSION_ID}",
                    s.id
                )));
            }
            unique(&mut uuids, s.uuid, "uuid").map_err(&fail)?;
            let data = session_data(s, &reps, &accounts, &skills).map_err(&fail)?;
            let data = data.validated().map_err(|e| fail(e.to_string()))?;
            notebook.sessions.push(Session {
                id: SessionId(s.id),
                meta: meta(s.uuid, s.created_at, s.updated_at),
                data,
            });
        }

        let mut commitment_ids = HashSet::new();
        for (i, c) in self.commitments.iter().enumerate() {
            let fail = at("commitments", i, c.id);
            unique(&mut commitment_ids, c.id, "commitment id").map_err(&fail)?;
            unique(&mut uuids, c.uuid, "uuid").map_err(&fail)?;
            if let Some(session) = c.session_id {
                if !ids.contains(&session) {
                    return Err(fail(format!("no session with id {session} in the document")));
                }
            }
            let data = CommitmentData {
                rep: reps.resolve("rep", &c.rep, c.rep_uuid).map_err(&fail)?,
                session: c.session_id.map(SessionId),
                text: c.text.clone(),
                owner: c.owner,
                due: c.due,
                done_on: c.done,
                archived: c.archived,
            }
            .validated()
            .map_err(|e| fail(e.to_string()))?;
            notebook.commitments.push(Commitment {
                id: CommitmentId(c.id),
                meta: meta(c.uuid, c.created_at, c.updated_at),
                data,
            });
        }

        let mut stay_ids = HashSet::new();
        for (i, st) in self.stay_conversations.iter().enumerate() {
            let fail = at("stay_conversations", i, st.id);
            unique(&mut stay_ids, st.id, "stay conversation id").map_err(&fail)?;
            unique(&mut uuids, st.uuid, "uuid").map_err(&fail)?;
            let mut data = StayData::new(reps.resolve("rep", &st.rep, st.rep_uuid).map_err(&fail)?, st.date);
            data.risk = st.risk;
            data.reasons = st.reasons.clone();
            data.two_years = st.two_years;
            data.impact = st.impact;
            data.notes = st.notes.clone().unwrap_or_default();
            data.next_check_in = st.next_check_in;
            data.archived = st.archived;
            let data = data.validated().map_err(|e| fail(e.to_string()))?;
            notebook.stays.push(Stay {
                id: StayId(st.id),
                meta: meta(st.uuid, st.created_at, st.updated_at),
                data,
            });
        }

        let mut play_ids = HashSet::new();
        for (i, p) in self.plays.iter().enumerate() {
            let fail = at("plays", i, p.id);
            unique(&mut play_ids, p.id, "play id").map_err(&fail)?;
            unique(&mut uuids, p.uuid, "uuid").map_err(&fail)?;
            let mut data = PlayData::new(p.title.clone(), p.date);
            let text = |t: &Option<String>| t.clone().unwrap_or_default();
            data.situation = text(&p.situation);
            data.steps = text(&p.steps);
            data.pitfalls = text(&p.pitfalls);
            data.industry = text(&p.industry);
            data.product = text(&p.product);
            for name in &p.skills {
                data.skills.push(skills.resolve("skill", name, None).map_err(&fail)?);
            }
            data.account = match &p.account {
                Some(name) => Some(accounts.resolve("account", name, p.account_uuid).map_err(&fail)?),
                None => None,
            };
            data.author = match &p.author {
                Some(name) => Some(reps.resolve("rep", name, p.author_uuid).map_err(&fail)?),
                None => None,
            };
            for session in &p.sessions {
                if !ids.contains(session) {
                    return Err(fail(format!("no session with id {session} in the document")));
                }
                data.sessions.push(SessionId(*session));
            }
            data.archived = p.archived;
            let data = data.validated().map_err(|e| fail(e.to_string()))?;
            notebook.plays.push(Play {
                id: PlayId(p.id),
                meta: meta(p.uuid, p.created_at, p.updated_at),
                data,
            });
        }
        let mut answer_ids = HashSet::new();
        for (i, a) in self.account_knowledge.iter().enumerate() {
            let fail = at("account_knowledge", i, a.id);
            unique(&mut answer_ids, a.id, "answer id").map_err(&fail)?;
            unique(&mut uuids, a.uuid, "uuid").map_err(&fail)?;
            notebook.answers.push(crate::domain::knowledge::Answer {
                id: a.id,
                meta: meta(a.uuid, a.created_at, a.updated_at),
                data: crate::domain::knowledge::AnswerData {
                    account: accounts.resolve("account", &a.account, a.account_uuid).map_err(&fail)?,
                    question: a.question.clone(),
                    answer: a.answer.clone(),
                    date: a.date,
                },
            });
        }
        Ok(notebook)
    }
}

fn session_data(
    s: &SessionJson,
    reps: &Index<RepId>,
    accounts: &Index<AccountId>,
    skills: &Index<SkillId>,
) -> Result<SessionData, String> {
    let resolve_account = |name: &Option<String>, uuid: Option<Uuid>| match name {
        Some(name) => accounts.resolve("account", name, uuid).map(Some),
        None => Ok(None),
    };
    let mut data = SessionData::new(reps.resolve("rep", &s.rep, s.rep_uuid)?, s.date);
    data.account = resolve_account(&s.account, s.account_uuid)?;
    data.kind = s.kind;
    data.coach = match &s.coach {
        Some(name) => Some(reps.resolve("coach", name, s.coach_uuid)?),
        None => None,
    };
    data.time = match &s.time {
        Some(t) => Some(crate::domain::lines::parse_time(t).map_err(|e| format!("time {e}"))?),
        None => None,
    };
    data.minutes = s.minutes;
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    data.objective = text(&s.objective);
    data.self_assessment = text(&s.self_assessment);
    data.notes = text(&s.notes);
    data.strengths = text(&s.strengths);
    data.improvements = text(&s.improvements);
    data.outcome = text(&s.outcome);
    data.next_step = text(&s.next_step);
    data.follow_up = s.follow_up;
    for (name, score) in &s.ratings {
        data.ratings.insert(skills.resolve("skill", name, None)?, *score);
    }
    data.will = s.will;
    for call in &s.calls {
        data.calls.push(Call {
            account: resolve_account(&call.account, call.account_uuid)?,
            objective: text(&call.objective),
            what_happened: text(&call.what_happened),
            outcome: text(&call.outcome),
        });
    }
    data.private_notes = text(&s.private_notes);
    data.acknowledged_on = s.acknowledged_on;
    data.archived = s.archived;
    Ok(data)
}
