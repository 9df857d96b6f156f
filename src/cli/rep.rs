//! `coachbook rep ...`: the team.

use super::context::{is_clear, Ctx};
use super::rep_view;
use crate::domain::dates::Direction;
use crate::domain::{RepData, RepId, Risk};
use crate::store::names::Named;
use anyhow::Result;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

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
        /// Add it even if a rep of that name exists.
        #[arg(long)]
        allow_duplicate: bool,
        #[command(flatten)]
        fields: RepFlags,
    },
    /// Who could mentor each of the rep's focus skills, from the ratings (seniors first).
    Mentors(super::mentors::MentorsArgs),
    /// Record a stay conversation: the risk of leaving, why, and their own answer (private).
    Stay(super::stay::StayArgs),
    /// List reps with last coaching, open commitments, retirement and risk.
    #[command(after_help = "Example:\n  coachbook rep list --all   # archived reps too")]
    List {
        /// Include archived reps.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one rep's profile, development and recent sessions.
    #[command(after_help = "Example:\n  coachbook rep show dana --json")]
    Show {
        /// Name (any unique part, initials) or id.
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
        rep: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change a rep's fields; an empty value ("") or "none" clears one.
    #[command(after_help = "Example:\n  coachbook rep edit dana --cadence 7 --focus closing --unfocus discovery")]
    Edit {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
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
    #[command(after_help = "Example:\n  coachbook rep archive sam   # hidden, restorable")]
    Archive {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
        rep: String,
    },
    /// Bring an archived rep back.
    #[command(after_help = "Example:\n  coachbook rep restore sam")]
    Restore {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::rep_names))]
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
    #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
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
        RepCommand::Add {
            name,
            allow_duplicate,
            fields,
        } => {
            ctx.refuse_duplicate(Named::Reps, &name, allow_duplicate)?;
            let mut data = RepData::named(name);
            data.cadence_days = ctx.config.default_cadence;
            fields.apply(&mut data, ctx, None)?;
            let rep = ctx.store.add_rep(data)?;
            ctx.say(format!("Added rep {} (id {})", rep.data.name, rep.id))
        }
        RepCommand::List { all, json } => rep_view::list(ctx, all, json),
        RepCommand::Show { rep, json } => {
            let rep = ctx.rep(&rep, true)?;
            rep_view::show(ctx, &rep, json)
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
        RepCommand::Stay(args) => super::stay::run(args, ctx),
        RepCommand::Mentors(args) => super::mentors::run(args, ctx),
        RepCommand::Restore { rep } => {
            let rep = ctx.rep(&rep, true)?;
            ctx.store.set_rep_archived(rep.id, false)?;
            ctx.say(format!("Restored rep {}", rep.data.name))
        }
    }
}
