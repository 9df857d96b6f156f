//! `coachbook add "LINE"`: one line of quick capture, saved as a session.

use super::context::Ctx;
use crate::domain::capture::{parse, Defaults};
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
    /// The line; - reads it from standard input.
    line: String,
    /// Show what would be saved without saving it.
    #[arg(long)]
    dry_run: bool,
}

/// Parses the line and saves (or, with --dry-run, shows) the session.
pub fn run(args: AddArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let line = if args.line == "-" {
        let text = std::io::read_to_string(std::io::stdin()).context("cannot read standard input")?;
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        args.line
    };
    let directory = ctx.store.directory()?;
    let capture = parse(&line, &directory, ctx.today, Defaults::default())?;
    let summary = capture.describe(&directory);
    if args.dry_run {
        return ctx.say(format!("Would save {summary}"));
    }
    let (session, commitments) = capture.to_session();
    let saved = ctx.store.add_session(session, commitments)?;
    ctx.say(format!("Saved {summary} (session {})", saved.id))
}
