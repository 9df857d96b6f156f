//! Turning a row's cells into a rep, an account or a contact draft.

use super::{parse_crm_date, tier, Cells, DateOrder, Draft, FromRow, Kind};
use crate::domain::money::parse_amount;
use crate::domain::{AccountData, ContactData, Health, RepData};

/// The full name from "name", or "first_name" and "last_name".
fn person_name(cells: &Cells) -> Result<String, String> {
    let cell = |field: &str| cells.get(field).map(String::as_str);
    Ok(match (cell("name"), cell("first_name"), cell("last_name")) {
        (Some(name), _, _) => name.to_string(),
        (None, Some(first), Some(last)) => format!("{first} {last}"),
        (None, Some(one), None) | (None, None, Some(one)) => one.to_string(),
        (None, None, None) => return Err("no name".into()),
    })
}

/// The cells of `fields` that are there, for the row's links.
fn links(cells: &Cells, fields: &[&'static str]) -> Cells {
    fields
        .iter()
        .filter_map(|f| cells.get(f).map(|v| (*f, v.clone())))
        .collect()
}

impl Draft for RepData {
    const KIND: Kind = Kind::Reps;
    const DATES: &'static [&'static str] = &["hired_on", "retires_on"];

    fn from_cells(cells: &Cells, order: Option<DateOrder>) -> Result<FromRow<Self>, String> {
        let cell = |field: &str| cells.get(field).map(String::as_str);
        let mut rep = RepData::default();
        let mut present = Vec::new();
        rep.name = person_name(cells)?;
        for (field, target) in [
            ("title", &mut rep.title),
            ("territory", &mut rep.territory),
            ("email", &mut rep.email),
            ("phone", &mut rep.phone),
            ("notes", &mut rep.notes),
        ] {
            if let Some(value) = cell(field) {
                *target = value.to_string();
                present.push(field);
            }
        }
        if let Some(value) = cell("hired_on") {
            rep.hired_on = Some(parse_crm_date(value, order).map_err(|e| format!("hire date: {e}"))?);
            present.push("hired_on");
        }
        if let Some(value) = cell("retires_on") {
            rep.retires_on = Some(parse_crm_date(value, order).map_err(|e| format!("retirement date: {e}"))?);
            present.push("retires_on");
        }
        let rep = rep.validated(None).map_err(|e| e.to_string())?;
        Ok((rep, present, Cells::new(), Vec::new()))
    }
}

impl Draft for AccountData {
    const KIND: Kind = Kind::Accounts;
    const DATES: &'static [&'static str] = &[];

    fn from_cells(cells: &Cells, _: Option<DateOrder>) -> Result<FromRow<Self>, String> {
        let cell = |field: &str| cells.get(field).map(String::as_str);
        let mut account = AccountData::named(cell("name").ok_or("no account name")?);
        let mut present = Vec::new();
        let mut warnings = Vec::new();
        for (field, target) in [("industry", &mut account.industry), ("crm_id", &mut account.crm_id)] {
            if let Some(value) = cell(field) {
                *target = value.to_string();
                present.push(field);
            }
        }
        if let Some(value) = cell("notes") {
            account.notes = value.to_string();
            present.push("notes");
        }
        if let Some(value) = cell("value") {
            account.annual_value_cents = Some(parse_amount(value).map_err(|e| format!("annual value: {e}"))?);
            present.push("annual_value");
        }
        if let Some(value) = cell("tier") {
            match tier(value) {
                Some(t) => {
                    account.tier = Some(t);
                    present.push("tier");
                }
                None => warnings.push(format!("tier {value:?} is not key, a, b or c; left unset")),
            }
        }
        if let Some(value) = cell("health") {
            match value.parse::<Health>() {
                Ok(h) => {
                    account.health = Some(h);
                    present.push("health");
                }
                Err(_) => warnings.push(format!("health {value:?} is not green, amber or red; left unset")),
            }
        }
        let account = account.validated().map_err(|e| e.to_string())?;
        Ok((account, present, links(cells, &["owner"]), warnings))
    }
}

impl Draft for ContactData {
    const KIND: Kind = Kind::Contacts;
    const DATES: &'static [&'static str] = &[];

    fn from_cells(cells: &Cells, _: Option<DateOrder>) -> Result<FromRow<Self>, String> {
        let mut contact = ContactData {
            name: person_name(cells)?,
            ..ContactData::default()
        };
        let mut present = Vec::new();
        for (field, target) in [
            ("role", &mut contact.role),
            ("email", &mut contact.email),
            ("phone", &mut contact.phone),
            ("crm_id", &mut contact.crm_id),
            ("notes", &mut contact.notes),
        ] {
            if let Some(value) = cells.get(field) {
                *target = value.clone();
                present.push(field);
            }
        }
        let links = links(cells, &["account", "account_crm_id"]);
        if links.is_empty() {
            return Err(format!(
                "{}: no account (an \"Account Name\" or \"Account ID\" column)",
                contact.name
            ));
        }
        let contact = contact.validated().map_err(|e| e.to_string())?;
        Ok((contact, present, links, Vec::new()))
    }
}
