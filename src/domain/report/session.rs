//! The write-up a rep reads in three minutes: one strength and two
//! development areas up front, the agreed actions, the follow-up date.

use super::{bullets, day};
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::{Commitment, CommitmentOwner, Session};

/// What the write-up is made from.
pub struct SessionReport<'a> {
    /// The session.
    pub session: &'a Session,
    /// The commitments agreed in it.
    pub commitments: &'a [Commitment],
    /// Names of reps, accounts and skills.
    pub lookup: &'a Lookup<'a>,
    /// Date format.
    pub config: &'a Config,
}

fn first_lines(text: &str, n: usize) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).take(n).collect()
}

/// Renders the write-up.
pub fn render(r: &SessionReport<'_>) -> String {
    let s = &r.session.data;
    let c = r.config;
    let rep = r.lookup.rep_name(s.rep);
    let first_name = rep.split_whitespace().next().unwrap_or(&rep).to_string();
    let at = s
        .account
        .map(|a| format!(" at {}", r.lookup.account_name(a)))
        .unwrap_or_default();
    let kind = s.kind.label();
    let mut out = vec![
        format!("# {}{} with {rep}{at}", kind[..1].to_uppercase(), &kind[1..]),
        String::new(),
        format!("_{}_", day(c, s.date)),
        String::new(),
    ];
    if let Some(strength) = first_lines(&s.strengths, 1).first() {
        out.push(format!("**What went well:** {strength}"));
        out.push(String::new());
    }
    let areas = first_lines(&s.improvements, 2);
    if !areas.is_empty() {
        out.push("**To work on:**".into());
        out.push(String::new());
        for (i, area) in areas.iter().enumerate() {
            out.push(format!("{}. {area}", i + 1));
        }
        out.push(String::new());
    }
    let agreed: Vec<&Commitment> = r.commitments.iter().filter(|c| !c.data.archived).collect();
    if !agreed.is_empty() || !s.next_step.is_empty() {
        out.push("## Agreed actions".into());
        out.push(String::new());
        for x in agreed {
            let who = match x.data.owner {
                CommitmentOwner::Rep => first_name.clone(),
                CommitmentOwner::Manager => "Me".into(),
            };
            let due = x.data.due.map(|d| format!(", by {}", day(c, d))).unwrap_or_default();
            let done = if x.data.done_on.is_some() { " (done)" } else { "" };
            out.push(format!("- {who}: {}{due}{done}", x.data.text));
        }
        if !s.next_step.is_empty() {
            out.push(format!(
                "- Next step: {}",
                s.next_step.lines().collect::<Vec<_>>().join("; ")
            ));
        }
        out.push(String::new());
    }
    if let Some(follow) = s.follow_up {
        out.push(format!("**Follow-up:** {}", day(c, follow)));
        out.push(String::new());
    }
    if !s.objective.is_empty() || !s.notes.is_empty() || !s.outcome.is_empty() {
        out.push("## What I saw".into());
        out.push(String::new());
        for (label, text) in [
            ("Objective", &s.objective),
            ("Observed", &s.notes),
            ("Outcome", &s.outcome),
        ] {
            if !text.is_empty() {
                out.push(format!("**{label}:** {}", text.lines().collect::<Vec<_>>().join(" ")));
                out.push(String::new());
            }
        }
    }
    let more_strengths: Vec<String> = bullets(&s.strengths).into_iter().skip(1).collect();
    let more_areas: Vec<String> = bullets(&s.improvements).into_iter().skip(2).collect();
    if !more_strengths.is_empty() || !more_areas.is_empty() {
        out.push("## Also noted".into());
        out.push(String::new());
        out.extend(more_strengths);
        out.extend(more_areas);
        out.push(String::new());
    }
    if !s.ratings.is_empty() {
        out.push("## Ratings".into());
        out.push(String::new());
        out.push("| Skill | Rating |".into());
        out.push("|---|---|".into());
        for (skill, score) in &s.ratings {
            out.push(format!("| {} | {score} of 5 |", r.lookup.skill_name(*skill)));
        }
        out.push(String::new());
    }
    out.join("\n")
}
