//! `coachbook play ...` and `coachbook plays`: the team's know-how, one play
//! at a time, so what a senior knows outlasts their retirement.

use super::context::{is_clear, Ctx};
use super::table;
use crate::domain::{Play, PlayData, PlayId, SessionId};
use anyhow::Result;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;
use serde_json::json;

/// Play subcommands.
#[derive(Debug, Subcommand)]
pub enum PlayCommand {
    /// Write down a play: the situation, what to do, the pitfalls, the skills.
    #[command(
        after_help = "Example:\n  coachbook play add \"Trade, never give\" --author pat --skill closing \\\n      \
--situation \"The buyer asks for a discount at the last meeting\" \\\n      \
--steps \"Ask what they give in return: volume, a longer term, a reference\""
    )]
    Add {
        /// Its title.
        title: String,
        #[command(flatten)]
        fields: PlayFlags,
    },
    /// The plays, newest first.
    #[command(after_help = "Example:\n  coachbook play list --skill closing --author pat")]
    List(ListArgs),
    /// One play in full.
    #[command(after_help = "Example:\n  coachbook play show 3")]
    Show {
        /// The play's id.
        id: i64,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change a play; an empty value ("") clears a field.
    #[command(after_help = "Example:\n  coachbook play edit 3 --pitfalls \"Giving the discount to end the meeting\"")]
    Edit {
        /// The play's id.
        id: i64,
        /// A new title.
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        fields: PlayFlags,
    },
    /// Archive a play (hidden, restorable).
    #[command(after_help = "Example:\n  coachbook play archive 3")]
    Archive {
        /// The play's id.
        id: i64,
    },
    /// Bring an archived play back.
    #[command(after_help = "Example:\n  coachbook play restore 3")]
    Restore {
        /// The play's id.
        id: i64,
    },
}

/// `play list` and `coachbook plays` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  coachbook plays --skill closing --json")]
pub struct ListArgs {
    /// Only plays that serve this skill (name or alias).
    #[arg(long)]
    skill: Option<String>,
    /// Only plays by this rep.
    #[arg(long, add = ArgValueCompleter::new(super::export::rep_names))]
    author: Option<String>,
    /// Archived plays too.
    #[arg(long)]
    all: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The fields `play add` and `play edit` take.
#[derive(Debug, Args)]
pub struct PlayFlags {
    /// The rep whose know-how it is.
    #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
    author: Option<String>,
    /// A skill it serves (repeat for more).
    #[arg(long = "skill", value_name = "SKILL")]
    skills: Vec<String>,
    /// The situation it fits.
    #[arg(long)]
    situation: Option<String>,
    /// What to do.
    #[arg(long)]
    steps: Option<String>,
    /// What goes wrong.
    #[arg(long)]
    pitfalls: Option<String>,
    /// The account it comes from or fits.
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCompleter::new(super::export::account_names))]
    account: Option<String>,
    /// The industry it fits.
    #[arg(long)]
    industry: Option<String>,
    /// The product it is about.
    #[arg(long)]
    product: Option<String>,
    /// A session where it was seen working (repeat for more).
    #[arg(long = "seen", value_name = "SESSION")]
    sessions: Vec<i64>,
}

impl PlayFlags {
    fn apply(self, data: &mut PlayData, ctx: &Ctx<'_>) -> Result<()> {
        if let Some(author) = self.author {
            data.author = if is_clear(&author) {
                None
            } else {
                Some(ctx.rep(&author, true)?.id)
            };
        }
        for skill in self.skills {
            data.skills.push(ctx.skill(&skill, false)?.id);
        }
        for (flag, target) in [
            (self.situation, &mut data.situation),
            (self.steps, &mut data.steps),
            (self.pitfalls, &mut data.pitfalls),
            (self.industry, &mut data.industry),
            (self.product, &mut data.product),
        ] {
            if let Some(text) = flag {
                *target = text;
            }
        }
        if let Some(account) = self.account {
            data.account = if is_clear(&account) {
                None
            } else {
                Some(ctx.account(&account, true)?.id)
            };
        }
        for id in self.sessions {
            data.sessions.push(ctx.store.session(SessionId(id))?.id);
        }
        Ok(())
    }
}

fn play_json(ctx: &Ctx<'_>, p: &Play) -> Result<serde_json::Value> {
    let d = &p.data;
    let rubric = ctx.store.skills(true)?;
    let skills: Vec<&str> = d
        .skills
        .iter()
        .filter_map(|s| rubric.iter().find(|k| k.id == *s).map(|k| k.data.name.as_str()))
        .collect();
    Ok(json!({
        "id": p.id.0,
        "uuid": p.meta.uuid,
        "title": d.title,
        "situation": d.situation,
        "steps": d.steps,
        "pitfalls": d.pitfalls,
        "skills": skills,
        "industry": d.industry,
        "account": d.account.map(|a| ctx.store.account(a).map(|a| a.data.name)).transpose()?,
        "product": d.product,
        "author": d.author.map(|r| ctx.store.rep(r).map(|r| r.data.name)).transpose()?,
        "date": d.date,
        "sessions": d.sessions,
        "archived": d.archived,
    }))
}

/// Lists plays as a table or JSON.
pub fn list(args: ListArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let skill = args.skill.map(|s| ctx.skill(&s, true)).transpose()?.map(|s| s.id);
    let author = args.author.map(|a| ctx.rep(&a, true)).transpose()?.map(|r| r.id);
    let plays = ctx.store.plays(skill, author, args.all)?;
    if args.json {
        let items = plays.iter().map(|p| play_json(ctx, p)).collect::<Result<Vec<_>>>()?;
        return ctx.json(&items);
    }
    if plays.is_empty() {
        return ctx.say("No plays yet: coachbook play add TITLE --author REP --steps TEXT writes one down.");
    }
    let mut rows = Vec::new();
    for p in &plays {
        let json = play_json(ctx, p)?;
        let skills: Vec<&str> = json["skills"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str())
            .collect();
        rows.push([
            p.id.to_string(),
            p.data.title.clone(),
            json["author"].as_str().unwrap_or("").to_string(),
            skills.join(", "),
            p.data.date.to_string(),
        ]);
    }
    let text = table::render(&["ID", "TITLE", "AUTHOR", "SKILLS", "DATE"], &rows, 40);
    ctx.say(text.trim_end())
}

/// Runs a play subcommand.
pub fn run(command: PlayCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        PlayCommand::Add { title, fields } => {
            let mut data = PlayData::new(title, ctx.today);
            fields.apply(&mut data, ctx)?;
            let play = ctx.store.add_play(data)?;
            ctx.say(format!("Added play {:?} (id {})", play.data.title, play.id))
        }
        PlayCommand::List(args) => list(args, ctx),
        PlayCommand::Show { id, json } => {
            let play = ctx.store.play(PlayId(id))?;
            let value = play_json(ctx, &play)?;
            if json {
                return ctx.json(&value);
            }
            let mut out = vec![format!("{} (play {})", play.data.title, play.id)];
            for (label, key) in [
                ("By", "author"),
                ("Account", "account"),
                ("Industry", "industry"),
                ("Product", "product"),
                ("Situation", "situation"),
                ("Steps", "steps"),
                ("Pitfalls", "pitfalls"),
            ] {
                if let Some(text) = value[key].as_str().filter(|t| !t.is_empty()) {
                    out.push(format!("{label:<10} {}", text.replace('\n', "\n           ")));
                }
            }
            let skills: Vec<&str> = value["skills"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str())
                .collect();
            if !skills.is_empty() {
                out.push(format!("{:<10} {}", "Skills", skills.join(", ")));
            }
            if !play.data.sessions.is_empty() {
                let ids: Vec<String> = play.data.sessions.iter().map(|s| format!("#{s}")).collect();
                out.push(format!("{:<10} {}", "Seen in", ids.join(" ")));
            }
            out.push(format!("{:<10} {}", "Written", play.data.date));
            ctx.say(out.join("\n"))
        }
        PlayCommand::Edit { id, title, fields } => {
            let mut play = ctx.store.play(PlayId(id))?;
            if let Some(title) = title {
                play.data.title = title;
            }
            fields.apply(&mut play.data, ctx)?;
            let saved = ctx.store.save_play(play)?;
            ctx.say(format!("Saved play {:?}", saved.data.title))
        }
        PlayCommand::Archive { id } => set_archived(ctx, id, true),
        PlayCommand::Restore { id } => set_archived(ctx, id, false),
    }
}

fn set_archived(ctx: &mut Ctx<'_>, id: i64, archived: bool) -> Result<()> {
    let mut play = ctx.store.play(PlayId(id))?;
    if play.data.archived == archived {
        let state = if archived { "archived" } else { "not archived" };
        return ctx.say(format!(
            "Play {:?} is already {state}; nothing changed",
            play.data.title
        ));
    }
    play.data.archived = archived;
    let saved = ctx.store.save_play(play)?;
    if archived {
        ctx.say(format!(
            "Archived play {:?} (coachbook play restore {} brings it back)",
            saved.data.title, saved.id
        ))
    } else {
        ctx.say(format!("Restored play {:?}", saved.data.title))
    }
}
