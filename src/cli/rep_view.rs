//! How reps read on the command line: the list and the full profile.

use super::context::Ctx;
use super::table;
use crate::domain::document::Lookup;
use crate::domain::figures::{ago_label, coaching_status, retirement_label, tenure_label, CoachingStatus};
use crate::domain::text::rating_bar as bar;
use crate::domain::text::truncate;
use crate::domain::Rep;
use crate::store::{CommitmentFilter, SessionFilter};
use anyhow::Result;

/// "overdue 5d", "due today", "due in 3d", "never coached".
pub fn status_label(status: CoachingStatus) -> String {
    match status {
        CoachingStatus::Never => "never coached".into(),
        CoachingStatus::Overdue { days_over, .. } => format!("overdue {days_over}d"),
        CoachingStatus::OnTrack { days_left: 0, .. } => "due today".into(),
        CoachingStatus::OnTrack { days_left, .. } => format!("due in {days_left}d"),
    }
}

/// Prints reps as a table or JSON.
pub fn list(ctx: &mut Ctx<'_>, all: bool, json: bool) -> Result<()> {
    let reps = ctx.store.reps(all)?;
    if json {
        let everyone = ctx.store.reps(true)?;
        let skills = ctx.store.skills(true)?;
        let lookup = Lookup::new(&everyone, &[], &skills);
        let items: Vec<_> = reps.iter().map(|r| lookup.rep(r)).collect();
        return ctx.json(&items);
    }
    if reps.is_empty() {
        return ctx.say("No reps yet. Add one: coachbook rep add \"Dana Ortiz\"");
    }
    let activity = ctx.store.rep_activity(ctx.today)?;
    let rows: Vec<Vec<String>> = reps
        .iter()
        .map(|r| {
            let a = activity.get(&r.id).cloned().unwrap_or_default();
            let last = a.last_session.map(|(date, _)| date);
            let mut name = r.data.name.clone();
            if r.data.archived {
                name.push_str(" (archived)");
            }
            vec![
                r.id.to_string(),
                name,
                r.data.territory.clone(),
                ago_label(last, ctx.today),
                status_label(coaching_status(last, r.data.cadence_days, ctx.today)),
                match a.overdue_commitments {
                    0 => a.open_commitments.to_string(),
                    late => format!("{} ({late} late)", a.open_commitments),
                },
                retirement_label(r.data.retires_on, ctx.today),
                r.data
                    .retention_risk
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let header = [
        "ID",
        "NAME",
        "TERRITORY",
        "LAST COACHED",
        "CADENCE",
        "OPEN",
        "RETIRES",
        "RISK",
    ];
    let text = table::render(&header, &rows, 32);
    ctx.say(text)
}

/// Prints one rep's profile, commitments, sessions and latest ratings.
pub fn show(ctx: &mut Ctx<'_>, rep: &Rep, json: bool) -> Result<()> {
    let reps = ctx.store.reps(true)?;
    let skills = ctx.store.skills(true)?;
    let lookup = Lookup::new(&reps, &[], &skills);
    if json {
        return ctx.json(&lookup.rep(rep));
    }
    let d = &rep.data;
    let today = ctx.today;
    let activity = ctx.store.rep_activity(today)?.remove(&rep.id).unwrap_or_default();
    let last = activity.last_session.map(|(date, _)| date);
    let mut lines = vec![format!("{}{}", d.name, if d.archived { " (archived)" } else { "" })];
    let mut field = |label: &str, value: String| {
        if !value.is_empty() {
            lines.push(format!("  {label:<14}{value}"));
        }
    };
    field("Title", d.title.clone());
    field("Territory", d.territory.clone());
    field("Email", d.email.clone());
    field("Phone", d.phone.clone());
    field(
        "Hired",
        d.hired_on
            .map(|h| format!("{h} ({})", tenure_label(Some(h), today)))
            .unwrap_or_default(),
    );
    field(
        "Retires",
        d.retires_on
            .map(|r| format!("{r} ({})", retirement_label(Some(r), today)))
            .unwrap_or_default(),
    );
    field("Mentor", d.mentor.map(|m| lookup.rep_name(m)).unwrap_or_default());
    let mentees: Vec<&str> = reps
        .iter()
        .filter(|r| r.data.mentor == Some(rep.id) && !r.data.archived)
        .map(|r| r.data.name.as_str())
        .collect();
    field("Mentees", mentees.join(", "));
    field(
        "Coaching",
        format!(
            "every {}d; last {}; {}",
            d.cadence_days,
            ago_label(last, today),
            status_label(coaching_status(last, d.cadence_days, today))
        ),
    );
    field("Risk", d.retention_risk.map(|r| r.to_string()).unwrap_or_default());
    let focus: Vec<String> = d.focus.iter().map(|s| lookup.skill_name(*s)).collect();
    field("Focus", focus.join(", "));
    field("Notes", d.notes.clone());

    let commitments = ctx.store.commitments(&CommitmentFilter {
        rep: Some(rep.id),
        open_only: true,
        ..CommitmentFilter::default()
    })?;
    if !commitments.is_empty() {
        lines.push(String::new());
        lines.push("Open commitments".into());
        for c in &commitments {
            let due = c.data.due.map(|d| format!(" (due {d})")).unwrap_or_default();
            let late = if c.data.is_overdue(today) { " OVERDUE" } else { "" };
            lines.push(format!("  #{} [{}] {}{due}{late}", c.id, c.data.owner, c.data.text));
        }
    }
    let sessions = ctx.store.sessions(&SessionFilter {
        rep: Some(rep.id),
        ..SessionFilter::default()
    })?;
    let coached_by = crate::domain::insights::peer::pairings(rep.id, &sessions, &d.focus);
    let coached = crate::notebook::reports::coached(&ctx.store, rep.id)?;
    let peer = crate::domain::report::development::peer_lines(&coached_by, &coached, &lookup, &ctx.config);
    if !peer.is_empty() {
        lines.push(String::new());
        lines.push("Peer coaching".into());
        lines.extend(peer);
    }
    if !sessions.is_empty() {
        lines.push(String::new());
        lines.push("Recent sessions".into());
        for s in sessions.iter().take(5) {
            lines.push(format!(
                "  #{} {} {}  {}",
                s.id,
                s.data.date,
                s.data.kind.label(),
                truncate(s.data.headline(), 60)
            ));
        }
        let mut latest = std::collections::BTreeMap::new();
        for s in sessions.iter().rev() {
            for (skill, score) in &s.data.ratings {
                latest.insert(lookup.skill_name(*skill), *score);
            }
        }
        if !latest.is_empty() {
            lines.push(String::new());
            lines.push("Latest ratings".into());
            for (skill, score) in latest {
                lines.push(format!("  {skill:<24}{} {score}", bar(score)));
            }
        }
    }
    ctx.say(lines.join("\n"))
}
