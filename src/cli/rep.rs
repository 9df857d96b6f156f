//! `coachbook rep ...`: the team.

use super::context::{is_clear, Ctx};
use super::table;
use crate::domain::dates::Direction;
use crate::domain::document::Lookup;
use crate::domain::figures::{
    ago_label, coaching_status, retirement_label, tenure_label, CoachingStatus,
};
use crate::domain::{Rep, RepData, RepId, Risk};
use crate::store::{CommitmentFilter, SessionFilter};
use anyhow::Result;
use clap::{Args, Subcommand};

/// Rep subcommands.
#[derive(Debug, Subcommand)]
pub enum RepCommand {
    /// Add a rep.
    #[command(
        after_help = "Example:\n  coachbook rep add \"Dana Ortiz\" --territory North --hired 2019-04-01 --focus discovery"
    )]
    Add {
        /// Full name.
        name: String,
        #[command(flatten)]
        fields: RepFlags,
    },
    /// List reps with last coaching, open commitments, retirement and risk.
    List {
        /// Include archived reps.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one rep's profile, development and recent sessions.
    Show {
        /// Name (any unique part, initials) or id.
        rep: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change a rep's fields; an empty value ("") or "none" clears one.
    #[command(
        after_help = "Example:\n  coachbook rep edit dana --cadence 7 --focus closing --unfocus discovery"
    )]
    Edit {
        /// Name or id.
        rep: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        /// Stop developing this skill (frees a focus slot).
        #[arg(long, value_name = "SKILL")]
        unfocus: Vec<String>,
        #[command(flatten)]
        fields: RepFlags,
    },
    /// Archive a rep (hidden, restorable; nothing is deleted).
    Archive {
        /// Name or id.
        rep: String,
    },
    /// Bring an archived rep back.
    Restore {
        /// Name or id.
        rep: String,
    },
}

/// The fields shared by `rep add` and `rep edit`.
#[derive(Debug, Args)]
pub struct RepFlags {
    /// Job title.
    #[arg(long)]
    title: Option<String>,
    /// Territory or region.
    #[arg(long)]
    territory: Option<String>,
    /// Work email.
    #[arg(long)]
    email: Option<String>,
    /// Phone number.
    #[arg(long)]
    phone: Option<String>,
    /// First day in the role.
    #[arg(long, value_name = "DATE")]
    hired: Option<String>,
    /// Planned retirement or exit.
    #[arg(long, value_name = "DATE")]
    retires: Option<String>,
    /// The rep who mentors this one.
    #[arg(long, value_name = "REP")]
    mentor: Option<String>,
    /// Target days between coaching sessions (1-365; default 14).
    #[arg(long, value_name = "DAYS")]
    cadence: Option<u16>,
    /// Retention risk: low, medium or high.
    #[arg(long, value_name = "LEVEL")]
    risk: Option<String>,
    /// A skill the rep is developing now (at most two).
    #[arg(long, value_name = "SKILL")]
    focus: Vec<String>,
    /// Free-form notes.
    #[arg(long)]
    notes: Option<String>,
}

impl RepFlags {
    fn apply(self, data: &mut RepData, ctx: &Ctx<'_>, own: Option<RepId>) -> Result<()> {
        for (flag, field) in [
            (self.title, &mut data.title),
            (self.territory, &mut data.territory),
            (self.email, &mut data.email),
            (self.phone, &mut data.phone),
            (self.notes, &mut data.notes),
        ] {
            if let Some(value) = flag {
                *field = value;
            }
        }
        if let Some(text) = self.hired {
            data.hired_on = ctx.optional_date(&text, "hired", Direction::Past)?;
        }
        if let Some(text) = self.retires {
            data.retires_on = ctx.optional_date(&text, "retires", Direction::Future)?;
        }
        if let Some(text) = self.mentor {
            data.mentor = if is_clear(&text) {
                None
            } else {
                let mentor = ctx.rep(&text, false)?;
                if Some(mentor.id) == own {
                    anyhow::bail!("a rep cannot mentor themselves");
                }
                Some(mentor.id)
            };
        }
        if let Some(days) = self.cadence {
            data.cadence_days = days;
        }
        if let Some(text) = self.risk {
            data.retention_risk = if is_clear(&text) {
                None
            } else {
                Some(text.parse::<Risk>()?)
            };
        }
        for skill in self.focus {
            let skill = ctx.skill(&skill, false)?;
            data.add_focus(skill.id).map_err(|e| {
                anyhow::anyhow!(
                    "cannot add {} as a focus skill: {e} (rep edit --unfocus SKILL)",
                    skill.data.name
                )
            })?;
        }
        Ok(())
    }
}

/// Runs a rep subcommand.
pub fn run(command: RepCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        RepCommand::Add { name, fields } => {
            let mut data = RepData::named(name);
            fields.apply(&mut data, ctx, None)?;
            let rep = ctx.store.add_rep(data)?;
            ctx.say(format!("Added rep {} (id {})", rep.data.name, rep.id))
        }
        RepCommand::List { all, json } => list(ctx, all, json),
        RepCommand::Show { rep, json } => {
            let rep = ctx.rep(&rep, true)?;
            show(ctx, &rep, json)
        }
        RepCommand::Edit {
            rep,
            name,
            unfocus,
            fields,
        } => {
            let mut rep = ctx.rep(&rep, true)?;
            if let Some(name) = name {
                rep.data.name = name;
            }
            for skill in unfocus {
                let skill = ctx.skill(&skill, true)?;
                rep.data.focus.retain(|s| *s != skill.id);
            }
            fields.apply(&mut rep.data, ctx, Some(rep.id))?;
            let rep = ctx.store.save_rep(&rep)?;
            ctx.say(format!("Saved rep {}", rep.data.name))
        }
        RepCommand::Archive { rep } => {
            let rep = ctx.rep(&rep, false)?;
            ctx.store.set_rep_archived(rep.id, true)?;
            ctx.say(format!(
                "Archived rep {} (coachbook rep restore {} brings them back)",
                rep.data.name, rep.id
            ))
        }
        RepCommand::Restore { rep } => {
            let rep = ctx.rep(&rep, true)?;
            ctx.store.set_rep_archived(rep.id, false)?;
            ctx.say(format!("Restored rep {}", rep.data.name))
        }
    }
}

/// "overdue 5d", "due today", "due in 3d", "never coached".
pub fn status_label(status: CoachingStatus) -> String {
    match status {
        CoachingStatus::Never => "never coached".into(),
        CoachingStatus::Overdue { days_over, .. } => format!("overdue {days_over}d"),
        CoachingStatus::OnTrack { days_left: 0, .. } => "due today".into(),
        CoachingStatus::OnTrack { days_left, .. } => format!("due in {days_left}d"),
    }
}

fn list(ctx: &mut Ctx<'_>, all: bool, json: bool) -> Result<()> {
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

fn show(ctx: &mut Ctx<'_>, rep: &Rep, json: bool) -> Result<()> {
    let reps = ctx.store.reps(true)?;
    let skills = ctx.store.skills(true)?;
    let lookup = Lookup::new(&reps, &[], &skills);
    if json {
        return ctx.json(&lookup.rep(rep));
    }
    let d = &rep.data;
    let today = ctx.today;
    let activity = ctx
        .store
        .rep_activity(today)?
        .remove(&rep.id)
        .unwrap_or_default();
    let last = activity.last_session.map(|(date, _)| date);
    let mut lines = vec![format!(
        "{}{}",
        d.name,
        if d.archived { " (archived)" } else { "" }
    )];
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
    field(
        "Mentor",
        d.mentor.map(|m| lookup.rep_name(m)).unwrap_or_default(),
    );
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
    field(
        "Risk",
        d.retention_risk.map(|r| r.to_string()).unwrap_or_default(),
    );
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
            let due = c
                .data
                .due
                .map(|d| format!(" (due {d})"))
                .unwrap_or_default();
            let late = if c.data.is_overdue(today) {
                " OVERDUE"
            } else {
                ""
            };
            lines.push(format!(
                "  #{} [{}] {}{due}{late}",
                c.id, c.data.owner, c.data.text
            ));
        }
    }
    let sessions = ctx.store.sessions(&SessionFilter {
        rep: Some(rep.id),
        ..SessionFilter::default()
    })?;
    if !sessions.is_empty() {
        lines.push(String::new());
        lines.push("Recent sessions".into());
        for s in sessions.iter().take(5) {
            lines.push(format!(
                "  #{} {} {}  {}",
                s.id,
                s.data.date,
                s.data.kind.label(),
                table::truncate(s.data.headline(), 60)
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
                lines.push(format!(
                    "  {skill:<24}{}{} {score}",
                    "■".repeat(score as usize),
                    "□".repeat(5 - score as usize)
                ));
            }
        }
    }
    ctx.say(lines.join("\n"))
}
