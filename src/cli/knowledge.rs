//! `coachbook account knowledge ACCOUNT`: the harvest of what the CRM does
//! not know, question by question with the latest answer and its date, and
//! `--answer KEY TEXT` to record one (the older answer is kept).

use super::context::Ctx;
use crate::domain::dates::Direction;
use crate::domain::knowledge::{coverage, latest, needs_harvest, AnswerData};
use anyhow::{bail, Result};
use clap::Args;
use clap_complete::engine::ArgValueCompleter;
use serde_json::json;

/// `coachbook account knowledge` arguments.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  coachbook account knowledge acme\n  \
coachbook account knowledge acme --answer decides \"The COO since October; purchasing only signs\"")]
pub struct KnowledgeArgs {
    /// Account name or id.
    #[arg(add = ArgValueCompleter::new(super::export::account_names))]
    account: String,
    /// Record an answer: the question's key and what the owner said.
    #[arg(long, num_args = 2, value_names = ["KEY", "TEXT"])]
    answer: Option<Vec<String>>,
    /// When it was said (default today).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Shows the harvest, or records an answer.
pub fn run(args: KnowledgeArgs, ctx: &mut Ctx<'_>) -> Result<()> {
    let account = ctx.account(&args.account, true)?;
    let questions = ctx.config.questions();
    if let Some(answer) = args.answer {
        let (key, text) = (answer[0].trim().to_lowercase(), answer[1].clone());
        let Some(question) = questions.iter().find(|q| q.key == key) else {
            let keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
            bail!("no question {key:?}; the questions are {}", keys.join(", "));
        };
        if text.trim().is_empty() {
            bail!("say what the owner said: --answer {key} \"TEXT\"");
        }
        let date = ctx.optional_date(args.date.as_deref().unwrap_or(""), "date", Direction::Past)?;
        ctx.store.add_answer(AnswerData {
            account: account.id,
            question: key,
            answer: text,
            date: date.unwrap_or(ctx.today),
        })?;
        let answers = ctx.store.answers_of(account.id)?;
        let (done, all) = coverage(&questions, &answers);
        return ctx.say(format!(
            "Saved the answer to {:?} for {}: knowledge {done}/{all}",
            question.question, account.data.name
        ));
    }
    let answers = ctx.store.answers_of(account.id)?;
    let rows = latest(&questions, &answers);
    let (done, all) = coverage(&questions, &answers);
    let owner = account.data.owner.map(|o| ctx.store.rep(o)).transpose()?;
    let needed = needs_harvest(&account, owner.as_ref(), ctx.today);
    if args.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(q, a)| {
                json!({
                    "key": q.key,
                    "question": q.question,
                    "answer": a.map(|a| a.data.answer.clone()),
                    "date": a.map(|a| a.data.date),
                })
            })
            .collect();
        return ctx.json(&json!({
            "account": account.data.name,
            "answered": done,
            "questions": all,
            "harvest_needed": needed,
            "answers": items,
        }));
    }
    let why = if needed {
        "; the owner retires soon or a handover has started"
    } else {
        ""
    };
    let mut out = vec![format!("{}: knowledge {done}/{all}{why}", account.data.name)];
    for (q, a) in rows {
        match a {
            Some(a) => out.push(format!(
                "  {} ({})\n    {} (on {})",
                q.question, q.key, a.data.answer, a.data.date
            )),
            None => out.push(format!("  {} ({}): not asked yet", q.question, q.key)),
        }
    }
    ctx.say(out.join("\n"))
}
