//! `coachbook add "LINE"`: one line of quick capture, saved as a session.

use super::context::Ctx;
use crate::domain::capture::Defaults;
use crate::notebook::{capture, directory};
use anyhow::{Context as _, Result};
use clap::Args;

const EXAMPLE: &str = "Syntax: @rep #account kind notes skill:N todo: TEXT [DATE] todo(me): TEXT \
!follow DATE !date DATE +strength; -improvement;

Example:
  coachbook add \"@dana #acme ride strong discovery, rushed the close disc:4 close:2 todo: send ROI case study fri !follow 2w\"
  echo \"@sam 1:1 pipeline review todo: update CRM\" | coachbook add -";

/// `coachbook add` arguments.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLE)]
pub struct AddArgs {
    /// The line; - reads lines from standard input, one session each.
    line: String,
    /// Show what would be saved without saving it.
    #[arg(long)]
    dry_run: bool,
}

/// Parses the line (or each line of standard input) and saves each as a
/// session, or with --dry-run shows what would be saved. Every line is checked
/// before anything is saved.
pub fn run(args: AddArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let lines: Vec<String> = if args.line == "-" {
        let text = std::io::read_to_string(std::io::stdin()).context("cannot read standard input")?;
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        vec![args.line]
    };
    let mut directory = directory(&ctx.store)?;
    directory.questions = ctx.config.questions();
    let several = lines.len() > 1;
    let mut readings = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        capture::load_visits(&ctx.store, &mut directory, line, ctx.today, Defaults::default())?;
        let reading = capture::read(line, &directory, ctx.today, Defaults::default()).map_err(|e| {
            if several {
                anyhow::anyhow!("line {}, {e}; nothing was saved", n + 1)
            } else {
                e.into()
            }
        })?;
        readings.push(reading);
    }
    if readings.is_empty() {
        anyhow::bail!("nothing to add: standard input was empty");
    }
    for reading in readings {
        if args.dry_run {
            ctx.say(format!("Would save {}", reading.summary))?;
            continue;
        }
        match capture::save(&mut ctx.store, &reading)? {
            capture::Saved::Session(saved) => ctx.say(format!(
                "Saved {} (session {}){}",
                reading.summary, saved.id, reading.plan
            ))?,
            capture::Saved::Stay(_) => ctx.say(format!("Saved {} (private)", reading.summary))?,
            capture::Saved::Play(play) => ctx.say(format!("Saved {} (play {})", reading.summary, play.id))?,
            capture::Saved::Knowledge(_) => ctx.say(format!("Saved {}", reading.summary))?,
        }
    }
    Ok(())
}
