//! `coachbook skill ...`: the rubric ratings use.

use super::context::Ctx;
use super::table;
use crate::domain::document::skill_json;
use crate::domain::SkillData;
use anyhow::Result;
use clap::Subcommand;

/// Skill subcommands.
#[derive(Debug, Subcommand)]
pub enum SkillCommand {
    /// List the skills with their aliases.
    #[command(after_help = "Example:\n  coachbook skill list --all   # retired skills too")]
    List {
        /// Include retired skills.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a skill to the rubric.
    #[command(
        after_help = "Example:\n  coachbook skill add \"Storytelling\" --alias story --description \"Tells customer stories\""
    )]
    Add {
        /// Display name.
        name: String,
        /// Short alias for quick capture (one word).
        #[arg(long)]
        alias: String,
        /// One line on what the skill is.
        #[arg(long, default_value = "")]
        description: String,
        /// What a 1 looks like.
        #[arg(long, default_value = "")]
        level1: String,
        /// What a 3 looks like.
        #[arg(long, default_value = "")]
        level3: String,
        /// What a 5 looks like.
        #[arg(long, default_value = "")]
        level5: String,
    },
    /// Rename a skill (past ratings follow it).
    #[command(after_help = "Example:\n  coachbook skill rename stories \"Customer stories\"")]
    Rename {
        /// Current name or alias.
        skill: String,
        /// The new name.
        new_name: String,
        /// A new alias too.
        #[arg(long)]
        alias: Option<String>,
    },
    /// Retire a skill: it keeps its past ratings but takes no new ones.
    #[command(after_help = "Example:\n  coachbook skill retire stories   # old ratings keep it")]
    Retire {
        /// Name or alias.
        skill: String,
    },
    /// Bring a retired skill back.
    #[command(after_help = "Example:\n  coachbook skill restore stories")]
    Restore {
        /// Name or alias.
        skill: String,
    },
}

/// Runs a skill subcommand.
pub fn run(command: SkillCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        SkillCommand::List { all, json } => {
            let skills = ctx.store.skills(all)?;
            if json {
                let items: Vec<_> = skills.iter().map(skill_json).collect();
                return ctx.json(&items);
            }
            let rows: Vec<Vec<String>> = skills
                .iter()
                .map(|s| {
                    let mut name = s.data.name.clone();
                    if s.data.retired {
                        name.push_str(" (retired)");
                    }
                    vec![s.data.alias.clone(), name, s.data.description.clone()]
                })
                .collect();
            let text = table::render(&["ALIAS", "SKILL", "DESCRIPTION"], &rows, 80);
            ctx.say(text)
        }
        SkillCommand::Add {
            name,
            alias,
            description,
            level1,
            level3,
            level5,
        } => {
            let skill = ctx.store.add_skill(SkillData {
                name,
                alias,
                description,
                level_1: level1,
                level_3: level3,
                level_5: level5,
                retired: false,
            })?;
            ctx.say(format!("Added skill {} ({})", skill.data.name, skill.data.alias))
        }
        SkillCommand::Rename { skill, new_name, alias } => {
            let mut skill = ctx.skill(&skill, true)?;
            let old = std::mem::replace(&mut skill.data.name, new_name);
            if let Some(alias) = alias {
                skill.data.alias = alias;
            }
            let skill = ctx.store.save_skill(&skill)?;
            ctx.say(format!("Renamed {old} to {} ({})", skill.data.name, skill.data.alias))
        }
        SkillCommand::Retire { skill } => set_retired(ctx, &skill, true),
        SkillCommand::Restore { skill } => set_retired(ctx, &skill, false),
    }
}

fn set_retired(ctx: &mut Ctx<'_>, query: &str, retired: bool) -> Result<()> {
    let mut skill = ctx.skill(query, true)?;
    skill.data.retired = retired;
    let skill = ctx.store.save_skill(&skill)?;
    let what = if retired { "Retired" } else { "Restored" };
    ctx.say(format!("{what} skill {}; past ratings are kept", skill.data.name))
}
