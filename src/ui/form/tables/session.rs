//! The session form's fields: Rep, Account, Kind, Date and Notes first, the
//! way a debrief starts, then the rest; the coach of a peer coaching session
//! last. Calls and commitments are one a line.

use crate::domain::dates::Direction;
use crate::domain::lines::{
    call_line, commitment_line, parse_call_line, parse_commitment_line, parse_time, CallLine, CommitmentLine,
};
use crate::domain::matching::find_by_name;
use crate::domain::{AccountId, Call, Commitment, FieldId, RepId, SessionData, SessionKind};
use crate::ui::data::Data;
use crate::ui::form::table::{parse, read, FieldSpec, Kind, Names, Parse, Value};
use crate::{date_field, number_field, text_field};

/// What the session form edits: the session and its commitments as lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEdit {
    /// The session.
    pub data: SessionData,
    /// Its commitments, in order.
    pub commitments: Vec<CommitmentLine>,
}

impl SessionEdit {
    /// A session as the form shows it, with the commitments it has.
    pub fn new(data: SessionData, commitments: &[Commitment]) -> SessionEdit {
        let commitments = commitments
            .iter()
            .map(|c| CommitmentLine {
                text: c.data.text.clone(),
                due: c.data.due,
                owner: c.data.owner,
                done: c.data.done_on.is_some(),
            })
            .collect();
        SessionEdit { data, commitments }
    }
}

fn call_text(call: &Call, data: &Data) -> String {
    call_line(&CallLine {
        account: call
            .account
            .map(|a| data.account_name(a).to_string())
            .unwrap_or_default(),
        objective: call.objective.clone(),
        what_happened: call.what_happened.clone(),
        outcome: call.outcome.clone(),
    })
}

fn calls(text: &str, p: &Parse<'_>) -> Result<Vec<Call>, String> {
    let accounts: Vec<(AccountId, &str)> = p.data.accounts.iter().map(|a| (a.id, a.data.name.as_str())).collect();
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for line in text.lines().filter_map(parse_call_line) {
        let account = match line.account.as_str() {
            "" => None,
            name => find_by_name("account", name, &accounts)
                .map_err(|e| problems.push(e.to_string()))
                .ok(),
        };
        out.push(Call {
            account,
            objective: line.objective,
            what_happened: line.what_happened,
            outcome: line.outcome,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems.join("; "))
    }
}

fn commitments(text: &str, p: &Parse<'_>) -> Result<Vec<CommitmentLine>, String> {
    let mut problems = Vec::new();
    let lines = text
        .lines()
        .filter_map(|l| {
            parse_commitment_line(l, p.today)
                .map_err(|e| problems.push(e))
                .ok()
                .flatten()
        })
        .collect();
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems.join("; "))
    }
}

fn will_options() -> Vec<(&'static str, &'static str)> {
    vec![("", "—"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]
}

/// The session form, top to bottom.
pub const FIELDS: &[FieldSpec<SessionEdit>] = &[
    FieldSpec {
        id: FieldId::Rep,
        hint: "who you coached",
        kind: Kind::Picker(Names::Reps),
        read: |s, _| Value::Pick(Some(s.data.rep.0).filter(|id| *id != RepId::default().0)),
        write: |s, v, _| {
            s.data.rep = parse::pick(v).map(RepId).ok_or("pick the rep you coached")?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Account,
        hint: "where (optional)",
        kind: Kind::Picker(Names::Accounts),
        read: |s, _| Value::Pick(s.data.account.map(|a| a.0)),
        write: |s, v, _| {
            s.data.account = parse::pick(v).map(AccountId);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Kind,
        hint: "",
        kind: Kind::Choice(|| SessionKind::ALL.iter().map(|k| (k.as_str(), k.label())).collect()),
        read: |s, _| read::choice(Some(s.data.kind.as_str())),
        write: |s, v, _| {
            s.data.kind = parse::choice(v)?.unwrap_or(SessionKind::RideAlong);
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Date,
        hint: "today, yesterday, mon, 2026-11-20",
        kind: Kind::Line,
        read: |s, _| read::date(Some(s.data.date)),
        write: |s, v, p| {
            s.data.date = parse::date(v, p.today, Direction::Past)?.ok_or("when did it happen?")?;
            Ok(())
        },
    },
    text_field!(Notes, "what you observed", Kind::Text(6), data.notes),
    FieldSpec {
        id: FieldId::Time,
        hint: "HH:MM",
        kind: Kind::Line,
        read: |s, _| read::text(&s.data.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()),
        write: |s, v, _| {
            let text = parse::text(v);
            s.data.time = match text.trim() {
                "" => None,
                t => Some(parse_time(t)?),
            };
            Ok(())
        },
    },
    number_field!(Minutes, "", "minutes", data.minutes),
    text_field!(Objective, "the pre-call plan", Kind::Text(2), data.objective),
    text_field!(
        SelfAssessment,
        "the rep's own view",
        Kind::Text(2),
        data.self_assessment
    ),
    text_field!(Strengths, "what went well", Kind::Text(2), data.strengths),
    text_field!(Improvements, "what to do differently", Kind::Text(2), data.improvements),
    text_field!(Outcome, "against the objective", Kind::Text(2), data.outcome),
    FieldSpec {
        id: FieldId::Ratings,
        hint: "1-5 on the highlighted skill, 0 clears",
        kind: Kind::Ratings,
        read: |s, _| Value::Ratings(s.data.ratings.clone()),
        write: |s, v, _| {
            if let Value::Ratings(r) = v {
                s.data.ratings = r;
            }
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Will,
        hint: "",
        kind: Kind::Choice(will_options),
        read: |s, _| Value::Choice(s.data.will.map(|w| w.to_string()).unwrap_or_default()),
        write: |s, v, _| {
            s.data.will = parse::choice(v)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Commitments,
        hint: "one a line: text by fri; me: for yours; [x] done",
        kind: Kind::Text(3),
        read: |s, _| {
            let lines: Vec<String> = s
                .commitments
                .iter()
                .map(|c| commitment_line(&c.text, c.due, c.owner, c.done))
                .collect();
            read::text(&lines.join("\n"))
        },
        write: |s, v, p| {
            s.commitments = commitments(&parse::text(v), p)?;
            Ok(())
        },
    },
    FieldSpec {
        id: FieldId::Calls,
        hint: "one a line: account; objective; what happened; outcome",
        kind: Kind::Text(3),
        read: |s, data| {
            let lines: Vec<String> = s.data.calls.iter().map(|c| call_text(c, data)).collect();
            read::text(&lines.join("\n"))
        },
        write: |s, v, p| {
            s.data.calls = calls(&parse::text(v), p)?;
            Ok(())
        },
    },
    text_field!(NextStep, "", Kind::Text(2), data.next_step),
    date_field!(FollowUp, "2w, fri, 2026-12-10", Future, data.follow_up),
    text_field!(
        PrivateNotes,
        "yours only; never in reports",
        Kind::Text(2),
        data.private_notes
    ),
    FieldSpec {
        id: FieldId::Coach,
        hint: "for peer coaching: the rep who led it",
        kind: Kind::Picker(Names::Reps),
        read: |s, _| Value::Pick(s.data.coach.map(|c| c.0)),
        write: |s, v, _| {
            s.data.coach = parse::pick(v).map(RepId);
            Ok(())
        },
    },
];
