//! `coachbook account ...`: accounts, handovers and contacts.

use super::context::{is_clear, Ctx};
use super::{account_view, contact};
use crate::store::names::Named;

use crate::domain::dates::Direction;
use crate::domain::money::parse_amount;
use crate::domain::{AccountData, Handover, HandoverStage, Health, Tier};
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

/// Account subcommands.
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Add an account.
    #[command(
        after_help = "Example:\n  coachbook account add \"Acme Tools\" --owner dana --tier key --value \"$1,250,000\""
    )]
    Add {
        /// Account name.
        name: String,
        /// Add it even if an account of that name exists.
        #[arg(long)]
        allow_duplicate: bool,
        #[command(flatten)]
        fields: AccountFlags,
    },
    /// List accounts with tier, owner, health and handover stage.
    #[command(after_help = "Example:\n  coachbook account list --json | jq '.[].name'")]
    List {
        /// Include archived accounts.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one account with its handover, contacts and sessions.
    #[command(after_help = "Example:\n  coachbook account show acme")]
    Show {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change an account's fields; "" or "none" clears one.
    #[command(after_help = "Example:\n  coachbook account edit acme --tier key --health amber --value 1.2m")]
    Edit {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: AccountFlags,
    },
    /// Archive an account (hidden, restorable).
    #[command(after_help = "Example:\n  coachbook account archive initech   # hidden, restorable")]
    Archive {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
    },
    /// Bring an archived account back.
    #[command(after_help = "Example:\n  coachbook account restore initech")]
    Restore {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
    },
    /// Plan or update the handover of an account to a successor.
    #[command(after_help = "Example:\n  coachbook account handover acme --to sam --stage introduced --due 2027-03-31")]
    Handover {
        /// Name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// The successor rep.
        #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
        to: Option<String>,
        /// planned, introduced, joint_visits, handed_over or complete.
        #[arg(long)]
        stage: Option<String>,
        /// Target date for completing the handover.
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// Notes on the handover.
        #[arg(long)]
        notes: Option<String>,
        /// Remove the handover plan.
        #[arg(long, conflicts_with_all = ["to", "stage", "due", "notes"])]
        cancel: bool,
    },
    /// The people at an account.
    #[command(subcommand)]
    Contact(contact::ContactCommand),
    /// The knowledge harvest: what the CRM does not know, with the owner's answers.
    Knowledge(super::knowledge::KnowledgeArgs),
}

/// Fields shared by `account add` and `account edit`.
#[derive(Debug, Args)]
pub struct AccountFlags {
    /// The rep who leads the account.
    #[arg(long, value_name = "REP", add = ArgValueCompleter::new(super::export::rep_names))]
    owner: Option<String>,
    /// key, a, b or c.
    #[arg(long)]
    tier: Option<String>,
    /// Annual value, e.g. 1250000, "$1,250,000.00", 1.2m, 250k.
    #[arg(long, value_name = "AMOUNT")]
    value: Option<String>,
    /// Industry.
    #[arg(long)]
    industry: Option<String>,
    /// green, amber or red.
    #[arg(long)]
    health: Option<String>,
    /// Free-form notes.
    #[arg(long)]
    notes: Option<String>,
}

impl AccountFlags {
    fn apply(self, data: &mut AccountData, ctx: &Ctx<'_>) -> Result<()> {
        if let Some(text) = self.owner {
            data.owner = if is_clear(&text) {
                None
            } else {
                Some(ctx.rep(&text, false)?.id)
            };
        }
        if let Some(text) = self.tier {
            data.tier = if is_clear(&text) {
                None
            } else {
                Some(text.parse::<Tier>()?)
            };
        }
        if let Some(text) = self.value {
            data.annual_value_cents = if is_clear(&text) {
                None
            } else {
                Some(parse_amount(&text)?)
            };
        }
        if let Some(text) = self.health {
            data.health = if is_clear(&text) {
                None
            } else {
                Some(text.parse::<Health>()?)
            };
        }
        if let Some(text) = self.industry {
            data.industry = text;
        }
        if let Some(text) = self.notes {
            data.notes = text;
        }
        Ok(())
    }
}

/// Runs an account subcommand.
pub fn run(command: AccountCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        AccountCommand::Add {
            name,
            allow_duplicate,
            fields,
        } => {
            ctx.refuse_duplicate(Named::Accounts, &name, allow_duplicate)?;
            let mut data = AccountData::named(name);
            fields.apply(&mut data, ctx)?;
            let account = ctx.store.add_account(data)?;
            ctx.say(format!("Added account {} (id {})", account.data.name, account.id))
        }
        AccountCommand::List { all, json } => account_view::list(ctx, all, json),
        AccountCommand::Show { account, json } => {
            let account = ctx.account(&account, true)?;
            account_view::show(ctx, &account, json)
        }
        AccountCommand::Edit { account, name, fields } => {
            let mut account = ctx.account(&account, true)?;
            if let Some(name) = name {
                account.data.name = name;
            }
            fields.apply(&mut account.data, ctx)?;
            let account = ctx.store.save_account(&account)?;
            ctx.say(format!("Saved account {}", account.data.name))
        }
        AccountCommand::Archive { account } => {
            let account = ctx.account(&account, false)?;
            ctx.store.set_account_archived(account.id, true)?;
            ctx.say(format!(
                "Archived account {} (coachbook account restore {} brings it back)",
                account.data.name, account.id
            ))
        }
        AccountCommand::Restore { account } => {
            let account = ctx.account(&account, true)?;
            ctx.store.set_account_archived(account.id, false)?;
            ctx.say(format!("Restored account {}", account.data.name))
        }
        AccountCommand::Handover {
            account,
            to,
            stage,
            due,
            notes,
            cancel,
        } => {
            let mut account = ctx.account(&account, false)?;
            if cancel {
                account.data.handover = None;
                let account = ctx.store.save_account(&account)?;
                return ctx.say(format!("Cancelled the handover of {}", account.data.name));
            }
            let successor = to.map(|t| ctx.rep(&t, false)).transpose()?.map(|r| r.id);
            let mut handover = match (account.data.handover.take(), successor) {
                (Some(mut h), successor) => {
                    h.successor = successor.unwrap_or(h.successor);
                    h
                }
                (None, Some(successor)) => Handover {
                    successor,
                    stage: HandoverStage::Planned,
                    target: None,
                    notes: String::new(),
                },
                (None, None) => bail!(
                    "{} has no handover yet; name the successor with --to REP",
                    account.data.name
                ),
            };
            if let Some(stage) = stage {
                handover.stage = stage.parse()?;
            }
            if let Some(due) = due {
                handover.target = ctx.optional_date(&due, "due", Direction::Future)?;
            }
            if let Some(notes) = notes {
                handover.notes = notes;
            }
            account.data.handover = Some(handover);
            let account = ctx.store.save_account(&account)?;
            let h = account.data.handover.as_ref();
            let successor = h.map(|h| ctx.store.rep(h.successor)).transpose()?;
            ctx.say(format!(
                "Handover of {} to {}: {}{}",
                account.data.name,
                successor.map(|r| r.data.name).unwrap_or_default(),
                h.map(|h| h.stage.label()).unwrap_or_default(),
                h.and_then(|h| h.target)
                    .map(|t| format!(", target {t}"))
                    .unwrap_or_default()
            ))
        }
        AccountCommand::Contact(cmd) => contact::run(cmd, ctx),
        AccountCommand::Knowledge(args) => super::knowledge::run(args, ctx),
    }
}
