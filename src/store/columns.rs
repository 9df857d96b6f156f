//! Every table's columns, listed once each; `table.rs` derives the statements.

use super::table::{table, Columns, Table};
use crate::domain::{
    AccountData, CommitmentData, ContactData, Handover, HandoverStage, PlayData, RepData, RepId, SessionData,
    SessionId, SkillData, SkillId, StayData, StayReason,
};
use chrono::NaiveDate;

table!(
    /// Reps; their focus skills live in `rep_focus`.
    REPS: RepData = "reps", RepData::default(), {
        "name" => name,
        "title" => title,
        "territory" => territory,
        "email" => email,
        "phone" => phone,
        "hired_on" => hired_on,
        "retires_on" => retires_on,
        "mentor_id" => mentor,
        "cadence_days" => cadence_days,
        "retention_risk" => retention_risk,
        "notes" => notes,
        "archived" => archived,
    }
);

/// Accounts; the handover is four columns that are all set or all empty.
pub(super) const ACCOUNTS: Table<AccountData> = Table {
    name: "accounts",
    columns: &[
        "name",
        "industry",
        "tier",
        "annual_value_cents",
        "owner_id",
        "health",
        "notes",
        "archived",
        "successor_id",
        "handover_stage",
        "handover_target",
        "handover_notes",
        "crm_id",
    ],
    values: |d| {
        let h = d.handover.as_ref();
        vec![
            Box::new(&d.name),
            Box::new(&d.industry),
            Box::new(d.tier),
            Box::new(d.annual_value_cents),
            Box::new(d.owner),
            Box::new(d.health),
            Box::new(&d.notes),
            Box::new(d.archived),
            Box::new(h.map(|h| h.successor)),
            Box::new(h.map(|h| h.stage)),
            Box::new(h.and_then(|h| h.target)),
            Box::new(h.map_or("", |h| h.notes.as_str())),
            Box::new(&d.crm_id),
        ]
    },
    read: read_account,
};

fn read_account(c: &mut Columns<'_, '_>) -> rusqlite::Result<AccountData> {
    let mut d = AccountData {
        name: c.next()?,
        industry: c.next()?,
        tier: c.next()?,
        annual_value_cents: c.next()?,
        owner: c.next()?,
        health: c.next()?,
        notes: c.next()?,
        archived: c.next()?,
        handover: None,
        crm_id: String::new(),
    };
    let successor: Option<RepId> = c.next()?;
    let stage: Option<HandoverStage> = c.next()?;
    let target: Option<NaiveDate> = c.next()?;
    let notes: String = c.next()?;
    d.crm_id = c.next()?;
    if let (Some(successor), Some(stage)) = (successor, stage) {
        d.handover = Some(Handover {
            successor,
            stage,
            target,
            notes,
        });
    }
    Ok(d)
}

table!(
    /// The people at an account.
    CONTACTS: ContactData = "contacts", ContactData::default(), {
        "account_id" => account,
        "name" => name,
        "role" => role,
        "influence" => influence,
        "known_by_owner" => known_by_owner,
        "known_by_successor" => known_by_successor,
        "last_touch" => last_touch,
        "notes" => notes,
        "archived" => archived,
        "email" => email,
        "phone" => phone,
        "crm_id" => crm_id,
    }
);

table!(
    /// Sessions; their ratings and calls live in `ratings` and `session_calls`.
    SESSIONS: SessionData = "sessions", SessionData::new(RepId::default(), NaiveDate::MIN), {
        "rep_id" => rep,
        "account_id" => account,
        "kind" => kind,
        "coach_id" => coach,
        "date" => date,
        "start_time" => time,
        "minutes" => minutes,
        "objective" => objective,
        "self_assessment" => self_assessment,
        "notes" => notes,
        "strengths" => strengths,
        "improvements" => improvements,
        "outcome" => outcome,
        "next_step" => next_step,
        "follow_up" => follow_up,
        "will" => will,
        "private_notes" => private_notes,
        "acknowledged_on" => acknowledged_on,
        "archived" => archived,
    }
);

table!(
    /// Commitments, agreed in a session or on their own.
    COMMITMENTS: CommitmentData = "commitments", CommitmentData::new(RepId::default(), "", None), {
        "rep_id" => rep,
        "session_id" => session,
        "text" => text,
        "owner" => owner,
        "due" => due,
        "done_on" => done_on,
        "archived" => archived,
    }
);

table!(
    /// The skills of the rubric.
    SKILLS: SkillData = "skills", SkillData::default(), {
        "name" => name,
        "alias" => alias,
        "description" => description,
        "level_1" => level_1,
        "level_3" => level_3,
        "level_5" => level_5,
        "retired" => retired,
    }
);

/// Stay conversations; the reasons are one comma-separated column.
pub(super) const STAYS: Table<StayData> = Table {
    name: "stay_conversations",
    columns: &[
        "rep_id",
        "date",
        "risk",
        "reasons",
        "two_years",
        "impact",
        "notes",
        "next_check_in",
        "archived",
    ],
    values: |d| {
        let reasons: Vec<&str> = d.reasons.iter().map(|r| r.as_str()).collect();
        vec![
            Box::new(d.rep),
            Box::new(d.date),
            Box::new(d.risk),
            Box::new(reasons.join(",")),
            Box::new(d.two_years),
            Box::new(d.impact),
            Box::new(&d.notes),
            Box::new(d.next_check_in),
            Box::new(d.archived),
        ]
    },
    read: |c| {
        let mut d = StayData::new(c.next()?, c.next()?);
        d.risk = c.next()?;
        let reasons: String = c.next()?;
        d.reasons = reasons.split(',').filter_map(StayReason::from_stored).collect();
        d.two_years = c.next()?;
        d.impact = c.next()?;
        d.notes = c.next()?;
        d.next_check_in = c.next()?;
        d.archived = c.next()?;
        Ok(d)
    },
};

/// "1,5,9": a list of ids in one column.
fn id_list(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

fn ids_from(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|i| i.trim().parse().ok()).collect()
}

/// Plays; their skills and the sessions they were seen in are id lists.
pub(super) const PLAYS: Table<PlayData> = Table {
    name: "plays",
    columns: &[
        "title",
        "situation",
        "steps",
        "pitfalls",
        "skill_ids",
        "industry",
        "account_id",
        "product",
        "author_id",
        "date",
        "session_ids",
        "archived",
    ],
    values: |d| {
        vec![
            Box::new(&d.title),
            Box::new(&d.situation),
            Box::new(&d.steps),
            Box::new(&d.pitfalls),
            Box::new(id_list(d.skills.iter().map(|s| s.0))),
            Box::new(&d.industry),
            Box::new(d.account),
            Box::new(&d.product),
            Box::new(d.author),
            Box::new(d.date),
            Box::new(id_list(d.sessions.iter().map(|s| s.0))),
            Box::new(d.archived),
        ]
    },
    read: |c| {
        let title: String = c.next()?;
        let mut d = PlayData::new(title, NaiveDate::MIN);
        d.situation = c.next()?;
        d.steps = c.next()?;
        d.pitfalls = c.next()?;
        d.skills = ids_from(&c.next::<String>()?).into_iter().map(SkillId).collect();
        d.industry = c.next()?;
        d.account = c.next()?;
        d.product = c.next()?;
        d.author = c.next()?;
        d.date = c.next()?;
        d.sessions = ids_from(&c.next::<String>()?).into_iter().map(SessionId).collect();
        d.archived = c.next()?;
        Ok(d)
    },
};

/// Answers of the account knowledge harvest; each answer is a row, the
/// newest per question is the one in force.
pub(super) const KNOWLEDGE: Table<crate::domain::knowledge::AnswerData> = Table {
    name: "account_knowledge",
    columns: &["account_id", "question", "answer", "date"],
    values: |d| {
        vec![
            Box::new(d.account),
            Box::new(&d.question),
            Box::new(&d.answer),
            Box::new(d.date),
        ]
    },
    read: |c| {
        Ok(crate::domain::knowledge::AnswerData {
            account: c.next()?,
            question: c.next()?,
            answer: c.next()?,
            date: c.next()?,
        })
    },
};
