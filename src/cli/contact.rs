//! `coachbook account contact ...`: the people at an account, whom a handover must not lose.

use super::context::Ctx;
use super::table;
use crate::domain::dates::Direction;
use crate::domain::document::contact_json;
use crate::domain::matching::find_by_name;
use crate::domain::{AccountId, Contact, ContactData, ContactId};
use anyhow::{anyhow, bail, Result};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

/// Contact subcommands.
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact at an account.
    #[command(
        after_help = "Example:\n  coachbook account contact add acme \"Lee Chen\" --role CFO --influence 9 --known-by owner"
    )]
    Add {
        /// Account name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// The contact's name.
        name: String,
        #[command(flatten)]
        fields: ContactFlags,
    },
    /// List the contacts at an account.
    #[command(after_help = "Example:\n  coachbook account contact list acme --all")]
    List {
        /// Account name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// Archived contacts too.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change a contact.
    #[command(
        after_help = "Example:\n  coachbook account contact edit acme lee --known-by both --last-touch yesterday"
    )]
    Edit {
        /// Account name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// The contact's current name or id.
        contact: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: ContactFlags,
    },
    /// Archive a contact who left or no longer matters (hidden, restorable).
    #[command(after_help = "Example:\n  coachbook account contact archive acme \"Lee Chen\"")]
    Archive {
        /// Account name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// The contact's name or id.
        contact: String,
    },
    /// Bring an archived contact back.
    #[command(after_help = "Example:\n  coachbook account contact restore acme \"Lee Chen\"")]
    Restore {
        /// Account name or id.
        #[arg(add = ArgValueCompleter::new(super::export::account_names))]
        account: String,
        /// The contact's name or id.
        contact: String,
    },
}

/// Fields shared by `contact add` and `contact edit`.
#[derive(Debug, Args)]
pub struct ContactFlags {
    /// Role, e.g. CFO.
    #[arg(long)]
    role: Option<String>,
    /// Email address.
    #[arg(long)]
    email: Option<String>,
    /// Phone number.
    #[arg(long)]
    phone: Option<String>,
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
        if let Some(email) = self.email {
            data.email = email;
        }
        if let Some(phone) = self.phone {
            data.phone = phone;
        }
        if let Some(n) = self.influence {
            data.influence = Some(n);
        }
        if let Some(who) = self.known_by {
            (data.known_by_owner, data.known_by_successor) = match who.trim().to_lowercase().as_str() {
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

/// Runs a contact subcommand.
pub fn run(command: ContactCommand, ctx: &mut Ctx<'_>) -> Result<()> {
    match command {
        ContactCommand::Add { account, name, fields } => {
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
        ContactCommand::List { account, all, json } => {
            let account = ctx.account(&account, true)?;
            let contacts = ctx.store.contacts(account.id, all)?;
            if json {
                let items: Vec<_> = contacts.iter().map(contact_json).collect();
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
            let mut found = find_contact(ctx, account.id, &contact)?;
            if let Some(name) = name {
                found.data.name = name;
            }
            fields.apply(&mut found.data, ctx)?;
            let saved = ctx.store.save_contact(&found)?;
            ctx.say(format!("Saved contact {} at {}", saved.data.name, account.data.name))
        }
        ContactCommand::Archive { account, contact } => set_archived(ctx, &account, &contact, true),
        ContactCommand::Restore { account, contact } => set_archived(ctx, &account, &contact, false),
    }
}

/// Archives or restores a contact; says so when it already was.
fn set_archived(ctx: &mut Ctx<'_>, account: &str, contact: &str, archived: bool) -> Result<()> {
    let account = ctx.account(account, true)?;
    let mut found = find_contact(ctx, account.id, contact)?;
    let name = found.data.name.clone();
    let at = &account.data.name;
    if found.data.archived == archived {
        let state = if archived { "archived" } else { "not archived" };
        return ctx.say(format!("Contact {name} at {at} is already {state}; nothing changed"));
    }
    found.data.archived = archived;
    ctx.store.save_contact(&found)?;
    if archived {
        ctx.say(format!(
            "Archived contact {name} at {at} (coachbook account contact restore {} {} brings them back)",
            account.id, found.id
        ))
    } else {
        ctx.say(format!("Restored contact {name} at {at}"))
    }
}

/// The contact at `account` named or numbered `contact`, archived ones too.
fn find_contact(ctx: &Ctx<'_>, account: AccountId, contact: &str) -> Result<Contact> {
    let contacts = ctx.store.contacts(account, true)?;
    let names: Vec<_> = contacts.iter().map(|c| (c.id, c.data.name.as_str())).collect();
    let id = match contact.trim_start_matches('#').parse::<i64>() {
        Ok(id) if contacts.iter().any(|c| c.id.0 == id) => ContactId(id),
        _ => find_by_name("contact", contact, &names)?,
    };
    contacts
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| anyhow!("no contact {id}"))
}

fn known_by(c: &Contact) -> &'static str {
    match (c.data.known_by_owner, c.data.known_by_successor) {
        (true, true) => "both",
        (true, false) => "owner",
        (false, true) => "successor",
        (false, false) => "nobody",
    }
}

/// Contacts as a table, most influential first.
pub fn contacts_table(contacts: &[Contact]) -> String {
    let rows: Vec<Vec<String>> = contacts
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                if c.data.archived {
                    format!("{} (archived)", c.data.name)
                } else {
                    c.data.name.clone()
                },
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
