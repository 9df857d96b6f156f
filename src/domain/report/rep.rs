//! The 1:1 prep sheet for one rep.

use super::{bullets, cell, day, relative};
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::figures::{coaching_status, tenure_label, CoachingStatus};
use crate::domain::insights::development::{follow_through, latest_will, skill_trends, sparkline, Stance};
use crate::domain::text::count;
use crate::domain::{Commitment, Rep, Session};
use chrono::NaiveDate;

/// What the sheet is made from.
pub struct RepReport<'a> {
    /// The rep.
    pub rep: &'a Rep,
    /// The rep's sessions (all of them; the sheet picks those since `since`).
    pub sessions: &'a [Session],
    /// The rep's commitments.
    pub commitments: &'a [Commitment],
    /// Plays that fit the rep's focus skills or accounts.
    pub plays: &'a [crate::domain::Play],
    /// Accounts the rep is taking over, with what their owners have told so far.
    pub taking_over: &'a [(crate::domain::Account, Vec<crate::domain::knowledge::Answer>)],
    /// The harvest's questions in effect.
    pub questions: &'a [crate::domain::knowledge::Question],
    /// Names of reps, accounts and skills.
    pub lookup: &'a Lookup<'a>,
    /// Sessions from this day on are listed.
    pub since: NaiveDate,
    /// The day of the sheet.
    pub today: NaiveDate,
    /// Date format and currency.
    pub config: &'a Config,
}

/// Renders the sheet.
pub fn render(r: &RepReport<'_>) -> String {
    let d = &r.rep.data;
    let c = r.config;
    let mut out = vec![
        format!("# 1:1 prep: {}", d.name),
        String::new(),
        format!("_{} · sessions since {}_", day(c, r.today), day(c, r.since)),
        String::new(),
        "## Profile".into(),
        String::new(),
    ];
    let mut profile = Vec::new();
    for (label, value) in [("Title", &d.title), ("Territory", &d.territory)] {
        if !value.is_empty() {
            profile.push(format!("- {label}: {value}"));
        }
    }
    if let Some(hired) = d.hired_on {
        profile.push(format!(
            "- Tenure: {} (hired {})",
            tenure_label(Some(hired), r.today),
            day(c, hired)
        ));
    }
    if let Some(retires) = d.retires_on {
        profile.push(format!("- Planned retirement: {}", day(c, retires)));
    }
    if let Some(mentor) = d.mentor {
        profile.push(format!("- Mentor: {}", r.lookup.rep_name(mentor)));
    }
    let last = r.sessions.iter().map(|s| s.data.date).max();
    let status = match coaching_status(last, d.cadence_days, r.today) {
        CoachingStatus::Never => "never coached".to_string(),
        CoachingStatus::Overdue { days_over, .. } => format!("overdue by {}", count(days_over, "day")),
        CoachingStatus::OnTrack { days_left, .. } => format!("next due in {}", count(days_left, "day")),
    };
    let last_text = last.map(|l| format!("last {} ({})", day(c, l), relative(l, r.today)));
    profile.push(format!(
        "- Coaching: every {} days; {}{status}",
        d.cadence_days,
        last_text.map(|t| format!("{t}; ")).unwrap_or_default()
    ));
    if let Some(risk) = d.retention_risk {
        profile.push(format!("- Retention risk: {risk}"));
    }
    out.extend(profile);

    let trends = skill_trends(r.sessions);
    let will = latest_will(r.sessions);
    if !d.focus.is_empty() {
        out.extend([String::new(), "## Focus areas".into(), String::new()]);
        for skill in &d.focus {
            let trend = trends.iter().find(|t| t.skill == *skill);
            let mut line = format!("- {}", r.lookup.skill_name(*skill));
            if let Some(t) = trend {
                line.push_str(&format!(": latest {} {}", t.latest(), sparkline(&t.points, 12)));
                if let Some(w) = will {
                    line.push_str(&format!("; will {w}: {}", Stance::from(t.latest(), w).advice()));
                }
            } else {
                line.push_str(": not rated yet");
            }
            out.push(line);
        }
    }

    let mut recent: Vec<&Session> = r.sessions.iter().filter(|s| s.data.date >= r.since).collect();
    recent.sort_by_key(|s| std::cmp::Reverse((s.data.date, s.id)));
    out.extend([
        String::new(),
        format!("## Sessions since {}", day(c, r.since)),
        String::new(),
    ]);
    if recent.is_empty() {
        out.push("None.".into());
    }
    for s in recent {
        let at = s
            .data
            .account
            .map(|a| format!(" at {}", r.lookup.account_name(a)))
            .unwrap_or_default();
        out.push(format!("### {} · {}{at}", day(c, s.data.date), s.data.kind.label()));
        out.push(String::new());
        if !s.data.notes.is_empty() {
            out.push(s.data.notes.clone());
            out.push(String::new());
        }
        for (label, text) in [
            ("Went well", &s.data.strengths),
            ("To improve", &s.data.improvements),
            ("Next step", &s.data.next_step),
        ] {
            if !text.is_empty() {
                out.push(format!("**{label}:** {}", text.lines().collect::<Vec<_>>().join("; ")));
                out.push(String::new());
            }
        }
        if out.last().is_some_and(|l| l.is_empty()) {
            out.pop();
        }
        out.push(String::new());
    }
    if out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }

    if !trends.is_empty() {
        out.extend([
            String::new(),
            "## Skills".into(),
            String::new(),
            "| Skill | First | Latest | Change | Trend |".into(),
            "|---|---|---|---|---|".into(),
        ]);
        for t in &trends {
            let change = i16::from(t.latest()) - i16::from(t.first());
            out.push(format!(
                "| {} | {} | {} | {change:+} | {} |",
                cell(r.lookup.skill_name(t.skill).as_str()),
                t.first(),
                t.latest(),
                sparkline(&t.points, 12)
            ));
        }
    }

    let open: Vec<&Commitment> = r.commitments.iter().filter(|c| c.data.is_open()).collect();
    out.extend([String::new(), "## Commitments".into(), String::new()]);
    if open.is_empty() {
        out.push("Nothing open.".into());
    }
    for (title, overdue) in [("Overdue", true), ("Open", false)] {
        let list: Vec<&&Commitment> = open.iter().filter(|x| x.data.is_overdue(r.today) == overdue).collect();
        if list.is_empty() {
            continue;
        }
        out.push(format!("{title}:"));
        out.push(String::new());
        for x in list {
            let due = x.data.due.map(|d| format!(" (due {})", day(c, d))).unwrap_or_default();
            let who = if x.data.owner == crate::domain::CommitmentOwner::Manager {
                " [yours]"
            } else {
                ""
            };
            out.push(format!("- [ ] {}{due}{who}", x.data.text));
        }
        out.push(String::new());
    }
    if out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    let ft = follow_through(r.commitments, r.today);
    if ft.due > 0 {
        out.push(String::new());
        out.push(format!(
            "Follow-through in the last 90 days: {} of {} done on time.",
            ft.on_time, ft.due
        ));
    }
    if !r.plays.is_empty() {
        out.extend([String::new(), "## Plays that fit".into(), String::new()]);
        for play in r.plays {
            let by = play
                .data
                .author
                .map(|a| format!(" (by {})", r.lookup.rep_name(a)))
                .unwrap_or_default();
            let steps = play.data.steps.replace('\n', " ");
            out.push(format!(
                "- **{}**{by}: {}",
                play.data.title,
                if steps.is_empty() {
                    play.data.situation.clone()
                } else {
                    steps
                }
            ));
        }
    }
    for (account, answers) in r.taking_over {
        let (done, all) = crate::domain::knowledge::coverage(r.questions, answers);
        let owner = account
            .data
            .owner
            .map(|o| r.lookup.rep_name(o))
            .unwrap_or_else(|| "the owner".into());
        out.extend([
            String::new(),
            format!(
                "## Taking over {}: what {owner} knows ({done}/{all})",
                account.data.name
            ),
            String::new(),
        ]);
        if done == 0 {
            out.push("Nothing harvested yet.".into());
        }
        out.extend(super::handover::knowledge_bullets(r.questions, answers, c, false));
    }
    if !d.notes.is_empty() {
        out.extend([String::new(), "## Notes".into(), String::new()]);
        out.extend(bullets(&d.notes));
    }
    out.push(String::new());
    out.join("\n")
}
