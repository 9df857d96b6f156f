//! `coachbook account ...`: accounts, handovers and contacts.

use super::context::{is_clear, Ctx};
use super::table;
use crate::domain::dates::Direction;
use crate::domain::document::Lookup;
use crate::domain::figures::{handover_is_late, retirement_label};
use crate::domain::money::{format_amount, parse_amount};
use crate::domain::{
    Account, AccountData, Contact, ContactData, Handover, HandoverStage, Health, Tier,
};
use crate::store::SessionFilter;
use anyhow::{bail, Result};
use clap::{Args, Subcommand};

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
        #[command(flatten)]
        fields: AccountFlags,
    },
    /// List accounts with tier, owner, health and handover stage.
    List {
        /// Include archived accounts.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one account with its handover, contacts and sessions.
    Show {
        /// Name or id.
        account: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change an account's fields; "" or "none" clears one.
    Edit {
        /// Name or id.
        account: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: AccountFlags,
    },
    /// Archive an account (hidden, restorable).
    Archive {
        /// Name or id.
        account: String,
    },
    /// Bring an archived account back.
    Restore {
        /// Name or id.
        account: String,
    },
    /// Plan or update the handover of an account to a successor.
    #[command(
        after_help = "Example:\n  coachbook account handover acme --to sam --stage introduced --due 2027-03-31"
    )]
    Handover {
        /// Name or id.
        account: String,
        /// The successor rep.
        #[arg(long, value_name = "REP")]
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
    Contact(ContactCommand),
}

/// Contact subcommands.
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact at an account.
    #[command(
        after_help = "Example:\n  coachbook account contact add acme \"Lee Chen\" --role CFO --influence 9 --known-by owner"
    )]
    Add {
        /// Account name or id.
        account: String,
        /// The contact's name.
        name: String,
        #[command(flatten)]
        fields: ContactFlags,
    },
    /// List the contacts at an account.
    List {
        /// Account name or id.
        account: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change a contact.
    Edit {
        /// Account name or id.
        account: String,
        /// The contact's current name or id.
        contact: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: ContactFlags,
    },
}

/// Fields shared by `account add` and `account edit`.
#[derive(Debug, Args)]
pub struct AccountFlags {
    /// The rep who leads the account.
    #[arg(long, value_name = "REP")]
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

/// Fields shared by `contact add` and `contact edit`.
#[derive(Debug, Args)]
pub struct ContactFlags {
    /// Role, e.g. CFO.
    #[arg(long)]
    role: Option<String>,
    /// Influence on decisions, 0-10.
    #[arg(long, value_name = "N")]
    influence: Option<u8>,
    /// Who has a relationship: owner, successor, both or none.
    #[arg(long, value_name = "WHO")]
    known_by: Option<String>,
    /// The last time anyone was in touch.
    #[arg(long, value_name = "DATE")]
    last_touch: Option<String>,
    /// Free-form notes.
    #[arg(long)]
    notes: Option<String>,
}

impl ContactFlags {
    fn apply(self, data: &mut ContactData, ctx: &Ctx<'_>) -> Result<()> {
        if let Some(role) = self.role {
            data.role = role;
        }
        if let Some(n) = self.influence {
            data.influence = Some(n);
        }
        if let Some(who) = self.known_by {
            (data.known_by_owner, data.known_by_successor) =
                match who.trim().to_lowercase().as_str() {
                    "owner" => (true, false),
                    "successor" => (false, true),
                    "both" => (true, true),
                    "none" | "" => (false, false),
                    other => bail!("--known-by {other:?}: choose owner, successor, both or none"),
                };
        }
        if let Some(text) = self.last_touch {
            data.last_touch = ctx.optional_date(&text, "last-touch", Direction::Past)?;
        }
        if let Some(notes) = self.notes {
            data.notes = notes;
        }
        Ok(())
    }
}

/// Runs an account subcommand.
pub fn run(command: AccountCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        AccountCommand::Add { name, fields } => {
            let mut data = AccountData::named(name);
            fields.apply(&mut data, ctx)?;
            let account = ctx.store.add_account(data)?;
            ctx.say(format!(
                "Added account {} (id {})",
                account.data.name, account.id
            ))
        }
        AccountCommand::List { all, json } => list(ctx, all, json),
        AccountCommand::Show { account, json } => {
            let account = ctx.account(&account, true)?;
            show(ctx, &account, json)
        }
        AccountCommand::Edit {
            account,
            name,
            fields,
        } => {
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
            let mut handover = match (account.data.handover.take(), &to) {
                (Some(h), _) => h,
                (None, Some(_)) => Handover {
                    successor: crate::domain::RepId(0),
                    stage: HandoverStage::Planned,
                    target: None,
                    notes: String::new(),
                },
                (None, None) => bail!(
                    "{} has no handover yet; name the successor with --to REP",
                    account.data.name
                ),
            };
            if let Some(to) = to {
                handover.successor = ctx.rep(&to, false)?.id;
            }
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
        AccountCommand::Contact(cmd) => contact(cmd, ctx),
    }
}

fn contact(command: ContactCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        ContactCommand::Add {
            account,
            name,
            fields,
        } => {
            let account = ctx.account(&account, false)?;
            let mut data = ContactData {
                account: account.id,
                name,
                ..ContactData::default()
            };
            fields.apply(&mut data, ctx)?;
            let contact = ctx.store.add_contact(data)?;
            ctx.say(format!(
                "Added contact {} at {} (id {})",
                contact.data.name, account.data.name, contact.id
            ))
        }
        ContactCommand::List { account, json } => {
            let account = ctx.account(&account, true)?;
            let contacts = ctx.store.contacts(account.id, false)?;
            if json {
                let items: Vec<_> = contacts
                    .iter()
                    .map(crate::domain::document::contact_json)
                    .collect();
                return ctx.json(&items);
            }
            if contacts.is_empty() {
                return ctx.say(format!("No contacts at {} yet", account.data.name));
            }
            let text = contacts_table(&contacts);
            ctx.say(text)
        }
        ContactCommand::Edit {
            account,
            contact,
            name,
            fields,
        } => {
            let account = ctx.account(&account, true)?;
            let contacts = ctx.store.contacts(account.id, true)?;
            let names: Vec<_> = contacts
                .iter()
                .map(|c| (c.id, c.data.name.as_str()))
                .collect();
            let id = match contact.trim_start_matches('#').parse::<i64>() {
                Ok(id) if contacts.iter().any(|c| c.id.0 == id) => crate::domain::ContactId(id),
                _ => crate::domain::matching::find_by_name("contact", &contact, &names)?,
            };
            let mut found = contacts
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| anyhow::anyhow!("no contact {id}"))?;
            if let Some(name) = name {
                found.data.name = name;
            }
            fields.apply(&mut found.data, ctx)?;
            let saved = ctx.store.save_contact(&found)?;
            ctx.say(format!(
                "Saved contact {} at {}",
                saved.data.name, account.data.name
            ))
        }
    }
}

fn known_by(c: &Contact) -> &'static str {
    match (c.data.known_by_owner, c.data.known_by_successor) {
        (true, true) => "both",
        (true, false) => "owner",
        (false, true) => "successor",
        (false, false) => "nobody",
    }
}

fn contacts_table(contacts: &[Contact]) -> String {
    let rows: Vec<Vec<String>> = contacts
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.data.name.clone(),
                c.data.role.clone(),
                c.data.influence.map(|i| i.to_string()).unwrap_or_default(),
                known_by(c).to_string(),
                c.data.last_touch.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    table::render(
        &["ID", "NAME", "ROLE", "INFLUENCE", "KNOWN BY", "LAST TOUCH"],
        &rows,
        32,
    )
}

fn list(ctx: &mut Ctx<'_>, all: bool, json: bool) -> Result<()> {
    let accounts = ctx.store.accounts(all)?;
    let reps = ctx.store.reps(true)?;
    let lookup = Lookup::new(&reps, &accounts, &[]);
    if json {
        let mut items = Vec::new();
        for a in &accounts {
            let contacts = ctx.store.contacts(a.id, true)?;
            items.push(lookup.account(a, &contacts.iter().collect::<Vec<_>>()));
        }
        return ctx.json(&items);
    }
    if accounts.is_empty() {
        return ctx
            .say("No accounts yet. Add one: coachbook account add \"Acme Tools\" --owner REP");
    }
    let rows: Vec<Vec<String>> = accounts
        .iter()
        .map(|a| {
            let d = &a.data;
            let handover = d
                .handover
                .as_ref()
                .map(|h| {
                    let late = if handover_is_late(h, ctx.today) {
                        " LATE"
                    } else {
                        ""
                    };
                    format!(
                        "{} → {}{late}",
                        h.stage.label(),
                        lookup.rep_name(h.successor)
                    )
                })
                .unwrap_or_default();
            vec![
                a.id.to_string(),
                format!("{}{}", d.name, if d.archived { " (archived)" } else { "" }),
                d.tier.map(|t| t.label().to_string()).unwrap_or_default(),
                d.owner.map(|o| lookup.rep_name(o)).unwrap_or_default(),
                d.annual_value_cents
                    .map(|v| format_amount(v, "$"))
                    .unwrap_or_default(),
                d.health.map(|h| h.to_string()).unwrap_or_default(),
                handover,
            ]
        })
        .collect();
    let header = ["ID", "NAME", "TIER", "OWNER", "VALUE", "HEALTH", "HANDOVER"];
    let text = table::render(&header, &rows, 32);
    ctx.say(text)
}

fn show(ctx: &mut Ctx<'_>, account: &Account, json: bool) -> Result<()> {
    let reps = ctx.store.reps(true)?;
    let accounts = ctx.store.accounts(true)?;
    let lookup = Lookup::new(&reps, &accounts, &[]);
    let contacts = ctx.store.contacts(account.id, json)?;
    if json {
        return ctx.json(&lookup.account(account, &contacts.iter().collect::<Vec<_>>()));
    }
    let d = &account.data;
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
    field("Industry", d.industry.clone());
    field(
        "Tier",
        d.tier.map(|t| t.label().to_string()).unwrap_or_default(),
    );
    field(
        "Value",
        d.annual_value_cents
            .map(|v| format_amount(v, "$"))
            .unwrap_or_default(),
    );
    let owner = d.owner.and_then(|o| reps.iter().find(|r| r.id == o));
    field(
        "Owner",
        owner
            .map(|r| match retirement_label(r.data.retires_on, ctx.today) {
                horizon if horizon.is_empty() => r.data.name.clone(),
                horizon => format!("{} (retires {horizon})", r.data.name),
            })
            .unwrap_or_default(),
    );
    field(
        "Health",
        d.health.map(|h| h.to_string()).unwrap_or_default(),
    );
    if let Some(h) = &d.handover {
        let late = if handover_is_late(h, ctx.today) {
            ", LATE"
        } else {
            ""
        };
        field(
            "Handover",
            format!(
                "to {}: {}{}{late}",
                lookup.rep_name(h.successor),
                h.stage.label(),
                h.target
                    .map(|t| format!(", target {t}"))
                    .unwrap_or_default()
            ),
        );
        field("", h.notes.clone());
    }
    field("Notes", d.notes.clone());
    if !contacts.is_empty() {
        lines.push(String::new());
        lines.push("Contacts".into());
        lines.extend(contacts_table(&contacts).lines().map(|l| format!("  {l}")));
    }
    let sessions = ctx.store.sessions(&SessionFilter {
        account: Some(account.id),
        limit: Some(10),
        ..SessionFilter::default()
    })?;
    if !sessions.is_empty() {
        lines.push(String::new());
        lines.push("Sessions and calls here".into());
        for s in &sessions {
            lines.push(format!(
                "  #{} {} {} with {}  {}",
                s.id,
                s.data.date,
                s.data.kind.label(),
                lookup.rep_name(s.data.rep),
                table::truncate(s.data.headline(), 50)
            ));
        }
    }
    ctx.say(lines.join("\n"))
}
