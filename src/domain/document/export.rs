//! Records to JSON.

use super::*;
use crate::domain::{AccountId, RepId, SkillId};
use std::collections::HashMap;

/// Whether private notes go into JSON; they never do unless asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateNotes {
    /// Leave them out (null).
    Exclude,
    /// Include them: the manager asked explicitly.
    Include,
}

/// Names and uuids of the records other records point at.
pub struct Lookup<'a> {
    reps: HashMap<RepId, &'a Rep>,
    accounts: HashMap<AccountId, &'a Account>,
    skills: HashMap<SkillId, &'a Skill>,
}

impl<'a> Lookup<'a> {
    /// Indexes the given records by id.
    pub fn new(reps: &'a [Rep], accounts: &'a [Account], skills: &'a [Skill]) -> Self {
        Lookup {
            reps: reps.iter().map(|r| (r.id, r)).collect(),
            accounts: accounts.iter().map(|a| (a.id, a)).collect(),
            skills: skills.iter().map(|s| (s.id, s)).collect(),
        }
    }

    /// A rep's name, or "#id" when it is not known.
    pub fn rep_name(&self, id: RepId) -> String {
        self.reps
            .get(&id)
            .map(|r| r.data.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// An account's name, or "#id" when it is not known.
    pub fn account_name(&self, id: AccountId) -> String {
        self.accounts
            .get(&id)
            .map(|a| a.data.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// A skill's name, or "#id" when it is not known.
    pub fn skill_name(&self, id: SkillId) -> String {
        self.skills
            .get(&id)
            .map(|s| s.data.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// A rep by id.
    pub fn find_rep(&self, id: RepId) -> Option<&'a Rep> {
        self.reps.get(&id).copied()
    }

    fn rep_uuid(&self, id: RepId) -> Option<Uuid> {
        self.reps.get(&id).map(|r| r.meta.uuid)
    }

    pub fn account_uuid(&self, id: AccountId) -> Option<Uuid> {
        self.accounts.get(&id).map(|a| a.meta.uuid)
    }

    /// A rep as JSON.
    pub fn rep(&self, rep: &Rep) -> RepJson {
        let d = &rep.data;
        RepJson {
            id: rep.id.0,
            uuid: rep.meta.uuid,
            name: d.name.clone(),
            title: text(&d.title),
            territory: text(&d.territory),
            email: text(&d.email),
            phone: text(&d.phone),
            hired_on: d.hired_on,
            retires_on: d.retires_on,
            mentor: d.mentor.map(|m| self.rep_name(m)),
            mentor_uuid: d.mentor.and_then(|m| self.rep_uuid(m)),
            cadence_days: d.cadence_days,
            retention_risk: d.retention_risk,
            focus: d.focus.iter().map(|s| self.skill_name(*s)).collect(),
            notes: text(&d.notes),
            archived: d.archived,
            created_at: rep.meta.created_at,
            updated_at: rep.meta.updated_at,
        }
    }

    /// An account with its contacts as JSON.
    pub fn account(&self, account: &Account, contacts: &[&Contact]) -> AccountJson {
        let d = &account.data;
        AccountJson {
            id: account.id.0,
            uuid: account.meta.uuid,
            name: d.name.clone(),
            industry: text(&d.industry),
            tier: d.tier,
            annual_value_cents: d.annual_value_cents,
            owner: d.owner.map(|o| self.rep_name(o)),
            owner_uuid: d.owner.and_then(|o| self.rep_uuid(o)),
            health: d.health,
            notes: text(&d.notes),
            archived: d.archived,
            handover: d.handover.as_ref().map(|h| HandoverJson {
                successor: self.rep_name(h.successor),
                successor_uuid: self.rep_uuid(h.successor),
                stage: h.stage,
                target_date: h.target,
                notes: text(&h.notes),
            }),
            crm_id: text(&d.crm_id),
            contacts: contacts.iter().map(|c| contact(c)).collect(),
            created_at: account.meta.created_at,
            updated_at: account.meta.updated_at,
        }
    }

    /// A session as JSON; private notes only when asked for.
    pub fn session(&self, session: &Session, private: PrivateNotes) -> SessionJson {
        let d = &session.data;
        SessionJson {
            id: session.id.0,
            uuid: session.meta.uuid,
            rep: self.rep_name(d.rep),
            rep_uuid: self.rep_uuid(d.rep),
            account: d.account.map(|a| self.account_name(a)),
            account_uuid: d.account.and_then(|a| self.account_uuid(a)),
            kind: d.kind,
            coach: d.coach.map(|c| self.rep_name(c)),
            coach_uuid: d.coach.and_then(|c| self.rep_uuid(c)),
            date: d.date,
            time: d.time.map(|t| t.format("%H:%M").to_string()),
            minutes: d.minutes,
            objective: text(&d.objective),
            self_assessment: text(&d.self_assessment),
            notes: text(&d.notes),
            strengths: text(&d.strengths),
            improvements: text(&d.improvements),
            outcome: text(&d.outcome),
            next_step: text(&d.next_step),
            follow_up: d.follow_up,
            ratings: d
                .ratings
                .iter()
                .map(|(skill, score)| (self.skill_name(*skill), *score))
                .collect(),
            will: d.will,
            calls: d
                .calls
                .iter()
                .map(|c| CallJson {
                    account: c.account.map(|a| self.account_name(a)),
                    account_uuid: c.account.and_then(|a| self.account_uuid(a)),
                    objective: text(&c.objective),
                    what_happened: text(&c.what_happened),
                    outcome: text(&c.outcome),
                })
                .collect(),
            private_notes: match private {
                PrivateNotes::Include => text(&d.private_notes),
                PrivateNotes::Exclude => None,
            },
            acknowledged_on: d.acknowledged_on,
            archived: d.archived,
            created_at: session.meta.created_at,
            updated_at: session.meta.updated_at,
        }
    }

    /// A play as JSON.
    pub fn play(&self, play: &crate::domain::Play) -> super::PlayJson {
        let d = &play.data;
        super::PlayJson {
            id: play.id.0,
            uuid: play.meta.uuid,
            title: d.title.clone(),
            situation: text(&d.situation),
            steps: text(&d.steps),
            pitfalls: text(&d.pitfalls),
            skills: d.skills.iter().map(|s| self.skill_name(*s)).collect(),
            industry: text(&d.industry),
            account: d.account.map(|a| self.account_name(a)),
            account_uuid: d.account.and_then(|a| self.account_uuid(a)),
            product: text(&d.product),
            author: d.author.map(|r| self.rep_name(r)),
            author_uuid: d.author.and_then(|r| self.rep_uuid(r)),
            date: d.date,
            sessions: d.sessions.iter().map(|s| s.0).collect(),
            archived: d.archived,
            created_at: play.meta.created_at,
            updated_at: play.meta.updated_at,
        }
    }

    /// A stay conversation as JSON (only ever in a private export).
    pub fn stay(&self, stay: &crate::domain::Stay) -> super::StayJson {
        let d = &stay.data;
        super::StayJson {
            id: stay.id.0,
            uuid: stay.meta.uuid,
            rep: self.rep_name(d.rep),
            rep_uuid: self.rep_uuid(d.rep),
            date: d.date,
            risk: d.risk,
            reasons: d.reasons.clone(),
            two_years: d.two_years,
            impact: d.impact,
            notes: text(&d.notes),
            next_check_in: d.next_check_in,
            archived: d.archived,
            created_at: stay.meta.created_at,
            updated_at: stay.meta.updated_at,
        }
    }

    /// A commitment as JSON.
    pub fn commitment(&self, commitment: &Commitment) -> CommitmentJson {
        let d = &commitment.data;
        CommitmentJson {
            id: commitment.id.0,
            uuid: commitment.meta.uuid,
            rep: self.rep_name(d.rep),
            rep_uuid: self.rep_uuid(d.rep),
            session_id: d.session.map(|s| s.0),
            text: d.text.clone(),
            owner: d.owner,
            due: d.due,
            done: d.done_on,
            archived: d.archived,
            created_at: commitment.meta.created_at,
            updated_at: commitment.meta.updated_at,
        }
    }
}

/// A contact as JSON.
pub fn contact(contact: &Contact) -> ContactJson {
    let d = &contact.data;
    ContactJson {
        id: contact.id.0,
        uuid: contact.meta.uuid,
        name: d.name.clone(),
        role: text(&d.role),
        influence: d.influence,
        known_by_owner: d.known_by_owner,
        known_by_successor: d.known_by_successor,
        last_touch: d.last_touch,
        notes: text(&d.notes),
        archived: d.archived,
        email: text(&d.email),
        phone: text(&d.phone),
        crm_id: text(&d.crm_id),
        created_at: contact.meta.created_at,
        updated_at: contact.meta.updated_at,
    }
}

/// A skill as JSON.
pub fn skill(skill: &Skill) -> SkillJson {
    let d = &skill.data;
    SkillJson {
        id: skill.id.0,
        uuid: skill.meta.uuid,
        name: d.name.clone(),
        alias: d.alias.clone(),
        description: text(&d.description),
        level_1: text(&d.level_1),
        level_3: text(&d.level_3),
        level_5: text(&d.level_5),
        retired: d.retired,
        created_at: skill.meta.created_at,
        updated_at: skill.meta.updated_at,
    }
}

impl Document {
    /// The whole notebook as one document.
    pub fn from_notebook(notebook: &Notebook, private: PrivateNotes) -> Document {
        let lookup = Lookup::new(&notebook.reps, &notebook.accounts, &notebook.skills);
        Document {
            version: DOCUMENT_VERSION,
            reps: notebook.reps.iter().map(|r| lookup.rep(r)).collect(),
            accounts: notebook
                .accounts
                .iter()
                .map(|a| {
                    let contacts: Vec<&Contact> = notebook.contacts.iter().filter(|c| c.data.account == a.id).collect();
                    lookup.account(a, &contacts)
                })
                .collect(),
            sessions: notebook.sessions.iter().map(|s| lookup.session(s, private)).collect(),
            commitments: notebook.commitments.iter().map(|c| lookup.commitment(c)).collect(),
            skills: notebook.skills.iter().map(skill).collect(),
            plays: notebook.plays.iter().map(|p| lookup.play(p)).collect(),
            account_knowledge: notebook
                .answers
                .iter()
                .map(|a| super::AnswerJson {
                    id: a.id,
                    uuid: a.meta.uuid,
                    account: lookup.account_name(a.data.account),
                    account_uuid: lookup.account_uuid(a.data.account),
                    question: a.data.question.clone(),
                    answer: a.data.answer.clone(),
                    date: a.data.date,
                    created_at: a.meta.created_at,
                    updated_at: a.meta.updated_at,
                })
                .collect(),
            stay_conversations: match private {
                PrivateNotes::Include => notebook.stays.iter().map(|s| lookup.stay(s)).collect(),
                PrivateNotes::Exclude => Vec::new(),
            },
        }
    }
}
