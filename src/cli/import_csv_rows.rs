//! What each row of a CRM import does to the notebook: which record it
//! updates (its CRM id first, then its name), which fields change, and the
//! rows that name a rep or an account the notebook does not have.

use super::context::Ctx;
use super::import_csv::Plan;
use crate::domain::interop::crm::{Row, RowError};
use crate::domain::{Account, AccountData, AccountId, Contact, ContactData, Rep, RepData};
use crate::store::crm::Upsert;
use anyhow::Result;
use std::collections::HashMap;

/// A plan for some rows, and the rows that cannot be imported.
type Planned<R, D> = Result<(Plan<Upsert<R, D>>, Vec<RowError>)>;

/// Records by a key folded to lower case, so a row finds the record it
/// updates in one lookup (a CRM export has tens of thousands of rows).
fn index<R: Clone>(records: &[R], key: impl Fn(&R) -> &str) -> HashMap<String, Vec<R>> {
    let mut map: HashMap<String, Vec<R>> = HashMap::new();
    for r in records {
        let k = key(r).trim().to_lowercase();
        if !k.is_empty() {
            map.entry(k).or_default().push(r.clone());
        }
    }
    map
}

fn first<R: Clone>(map: &HashMap<String, Vec<R>>, key: &str) -> Option<R> {
    map.get(&key.trim().to_lowercase()).and_then(|v| v.first().cloned())
}

/// Reps: matched by name; only the columns the file has change.
pub fn rep_rows(ctx: &Ctx<'_>, rows: Vec<Row<RepData>>) -> Result<Plan<Upsert<Rep, RepData>>> {
    let existing = index(&ctx.store.reps(true)?, |r| &r.data.name);
    let mut plan = Plan::default();
    for row in rows {
        let old = first(&existing, &row.data.name);
        let data = match &old {
            Some(rep) => {
                let mut d = rep.data.clone();
                let new = &row.data;
                for field in &row.present {
                    match *field {
                        "title" => d.title = new.title.clone(),
                        "territory" => d.territory = new.territory.clone(),
                        "email" => d.email = new.email.clone(),
                        "phone" => d.phone = new.phone.clone(),
                        "notes" => d.notes = new.notes.clone(),
                        "hired_on" => d.hired_on = new.hired_on,
                        "retires_on" => d.retires_on = new.retires_on,
                        _ => {}
                    }
                }
                if d == rep.data {
                    plan.unchanged += 1;
                    continue;
                }
                plan.updated += 1;
                plan.lines
                    .push(format!("update: {} ({})", rep.data.name, row.present.join(", ")));
                d
            }
            None => {
                plan.created += 1;
                let mut d = row.data.clone();
                d.cadence_days = ctx.config.default_cadence;
                plan.lines.push(format!("create: {}", d.name));
                d
            }
        };
        plan.upserts.push((old, data));
    }
    Ok(plan)
}

/// Accounts: matched by CRM id, else by name (unless both carry different
/// CRM ids: two records of the CRM); owners must be reps already.
pub fn account_rows(
    ctx: &Ctx<'_>,
    rows: Vec<Row<AccountData>>,
    read_errors: &[RowError],
) -> Planned<Account, AccountData> {
    let reps = index(&ctx.store.reps(false)?, |r| &r.data.name);
    let accounts = ctx.store.accounts(true)?;
    let by_crm = index(&accounts, |a| &a.data.crm_id);
    let by_name = index(&accounts, |a| &a.data.name);
    let mut errors = read_errors.to_vec();
    let mut plan = Plan::default();
    for row in rows {
        let owner = match row.links.get("owner") {
            Some(name) => match first(&reps, name) {
                Some(r) => Some(r.id),
                None => {
                    errors.push(RowError {
                        line: row.line,
                        message: format!("owner {name:?} is not a rep here (import the reps first)"),
                    });
                    continue;
                }
            },
            None => None,
        };
        let crm_id = row.data.crm_id.as_str();
        let old = first(&by_crm, crm_id).or_else(|| {
            first(&by_name, &row.data.name)
                .filter(|a| a.data.crm_id.is_empty() || crm_id.is_empty() || a.data.crm_id == crm_id)
        });
        let data = match &old {
            Some(account) => {
                let mut d = account.data.clone();
                let new = &row.data;
                for field in &row.present {
                    match *field {
                        "industry" => d.industry = new.industry.clone(),
                        "crm_id" => d.crm_id = new.crm_id.clone(),
                        "notes" => d.notes = new.notes.clone(),
                        "annual_value" => d.annual_value_cents = new.annual_value_cents,
                        "tier" => d.tier = new.tier,
                        "health" => d.health = new.health,
                        _ => {}
                    }
                }
                if owner.is_some() {
                    d.owner = owner;
                }
                // Matched by CRM id: a rename in the CRM is a rename here.
                d.name.clone_from(&new.name);
                if d == account.data {
                    plan.unchanged += 1;
                    continue;
                }
                plan.updated += 1;
                plan.lines.push(if d.name == account.data.name {
                    format!("update: {}", d.name)
                } else {
                    format!("update: {} (now {}, CRM id {crm_id})", account.data.name, d.name)
                });
                d
            }
            None => {
                plan.created += 1;
                let mut d = row.data.clone();
                d.owner = owner;
                plan.lines.push(format!("create: {}", d.name));
                d
            }
        };
        plan.upserts.push((old, data));
    }
    errors.sort_by_key(|e| e.line);
    Ok((plan, errors))
}

/// The account a contact row names: by its CRM id, else by a name only one
/// account has.
fn contact_account(
    row: &Row<ContactData>,
    by_crm: &HashMap<String, Vec<Account>>,
    by_name: &HashMap<String, Vec<Account>>,
) -> Result<AccountId, String> {
    if let Some(id) = row.links.get("account_crm_id") {
        if let Some(account) = first(by_crm, id) {
            return Ok(account.id);
        }
        if !row.links.contains_key("account") {
            return Err(format!(
                "account id {id:?} is not in the notebook (import the accounts first)"
            ));
        }
    }
    let name = row.links.get("account").map(String::as_str).unwrap_or_default();
    match by_name.get(&name.trim().to_lowercase()).map(Vec::as_slice) {
        Some([one]) => Ok(one.id),
        Some(many) if !many.is_empty() => {
            let ids: Vec<String> = many.iter().map(|a| format!("id {}", a.id)).collect();
            Err(format!(
                "account {name:?} is ambiguous ({}); add an Account ID column",
                ids.join(", ")
            ))
        }
        _ => Err(format!(
            "account {name:?} is not in the notebook (import the accounts first)"
        )),
    }
}

/// Contacts: linked to their account; matched by CRM id, else by name at
/// that account.
pub fn contact_rows(
    ctx: &Ctx<'_>,
    rows: Vec<Row<ContactData>>,
    read_errors: &[RowError],
) -> Planned<Contact, ContactData> {
    let accounts = ctx.store.accounts(true)?;
    let by_crm = index(&accounts, |a| &a.data.crm_id);
    let by_name = index(&accounts, |a| &a.data.name);
    let names: HashMap<AccountId, &str> = accounts.iter().map(|a| (a.id, a.data.name.as_str())).collect();
    let contacts = ctx.store.all_contacts()?;
    let contacts_by_crm = index(&contacts, |c| &c.data.crm_id);
    let mut contacts_by_name: HashMap<(AccountId, String), Contact> = HashMap::new();
    for c in &contacts {
        contacts_by_name
            .entry((c.data.account, c.data.name.to_lowercase()))
            .or_insert_with(|| c.clone());
    }
    let mut errors = read_errors.to_vec();
    let mut plan = Plan::default();
    for row in rows {
        let account = match contact_account(&row, &by_crm, &by_name) {
            Ok(id) => id,
            Err(message) => {
                errors.push(RowError {
                    line: row.line,
                    message,
                });
                continue;
            }
        };
        let at = names.get(&account).copied().unwrap_or_default();
        let old = first(&contacts_by_crm, &row.data.crm_id)
            .or_else(|| contacts_by_name.get(&(account, row.data.name.to_lowercase())).cloned());
        let data = match &old {
            Some(contact) => {
                let mut d = contact.data.clone();
                let new = &row.data;
                d.account = account;
                for field in &row.present {
                    match *field {
                        "role" => d.role = new.role.clone(),
                        "email" => d.email = new.email.clone(),
                        "phone" => d.phone = new.phone.clone(),
                        "crm_id" => d.crm_id = new.crm_id.clone(),
                        "notes" => d.notes = new.notes.clone(),
                        _ => {}
                    }
                }
                if d == contact.data {
                    plan.unchanged += 1;
                    continue;
                }
                plan.updated += 1;
                plan.lines.push(format!("update: {} at {at}", contact.data.name));
                d
            }
            None => {
                plan.created += 1;
                let mut d = row.data.clone();
                d.account = account;
                plan.lines.push(format!("create: {} at {at}", d.name));
                d
            }
        };
        plan.upserts.push((old, data));
    }
    errors.sort_by_key(|e| e.line);
    Ok((plan, errors))
}
