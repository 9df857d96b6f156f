//! `coachbook add "LINE"`: one line of quick capture, saved as a session.

use super::context::Ctx;
use crate::domain::capture::{parse, Capture, Directory};
use crate::domain::{CommitmentData, SessionData};
use crate::store::Store;
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

/// The names a capture line is resolved against, from the notebook.
pub fn directory(store: &Store) -> crate::store::StoreResult<Directory> {
    Ok(Directory {
        reps: store
            .reps(false)?
            .into_iter()
            .map(|r| (r.id, r.data.name))
            .collect(),
        accounts: store
            .accounts(false)?
            .into_iter()
            .map(|a| (a.id, a.data.name))
            .collect(),
        skills: store
            .skills(false)?
            .into_iter()
            .map(|s| (s.id, s.data.name, s.data.alias))
            .collect(),
    })
}

/// The session and commitments a capture makes.
pub fn to_session(capture: &Capture) -> (SessionData, Vec<CommitmentData>) {
    let mut session = SessionData::new(capture.rep, capture.date);
    session.account = capture.account;
    session.kind = capture.kind;
    session.notes = capture.notes.clone();
    session.strengths = capture.strengths.clone();
    session.improvements = capture.improvements.clone();
    session.ratings = capture.ratings.clone();
    session.follow_up = capture.follow_up;
    let commitments = capture
        .todos
        .iter()
        .map(|t| {
            let mut c = CommitmentData::new(capture.rep, t.text.clone(), t.due);
            c.owner = t.owner;
            c
        })
        .collect();
    (session, commitments)
}

/// "ride-along with Dana Ortiz at Acme Tools on 2026-11-26: 2 ratings, 1 commitment, follow-up 2026-12-10".
pub fn describe(capture: &Capture, directory: &Directory) -> String {
    let name = |list: &[(crate::domain::RepId, String)], id| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let mut text = format!(
        "{} with {}",
        capture.kind.label(),
        name(&directory.reps, capture.rep)
    );
    if let Some(account) = capture.account {
        if let Some((_, n)) = directory.accounts.iter().find(|(i, _)| *i == account) {
            text.push_str(&format!(" at {n}"));
        }
    }
    text.push_str(&format!(" on {}", capture.date));
    let mut extras = Vec::new();
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    if !capture.ratings.is_empty() {
        extras.push(count(capture.ratings.len(), "rating"));
    }
    for todo in &capture.todos {
        let due = todo.due.map(|d| format!(" (due {d})")).unwrap_or_default();
        extras.push(format!("todo \"{}\"{due}", todo.text));
    }
    if let Some(f) = capture.follow_up {
        extras.push(format!("follow-up {f}"));
    }
    if !extras.is_empty() {
        text.push_str(": ");
        text.push_str(&extras.join(", "));
    }
    text
}

/// Parses the line and saves (or, with --dry-run, shows) the session.
pub fn run(args: AddArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let line = if args.line == "-" {
        let text =
            std::io::read_to_string(std::io::stdin()).context("cannot read standard input")?;
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        args.line
    };
    let directory = directory(&ctx.store)?;
    let capture = parse(&line, &directory, ctx.today, None)?;
    let summary = describe(&capture, &directory);
    if args.dry_run {
        return ctx.say(format!("Would save {summary}"));
    }
    let (session, commitments) = to_session(&capture);
    let saved = ctx.store.add_session(session, commitments)?;
    ctx.say(format!("Saved {summary} (session {})", saved.id))
}
