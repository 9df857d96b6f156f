//! Turning a row's cells into a rep or an account draft.

use super::{parse_crm_date, tier, Cells, Draft, FromRow, Kind};
use crate::domain::money::parse_amount;
use crate::domain::{AccountData, Health, RepData};

impl Draft for RepData {
    const KIND: Kind = Kind::Reps;

    fn from_cells(cells: &Cells) -> Result<FromRow<Self>, String> {
        let cell = |field: &str| cells.get(field).map(String::as_str);
        let mut rep = RepData::default();
        let mut present = Vec::new();
        rep.name = match (cell("name"), cell("first_name"), cell("last_name")) {
            (Some(name), _, _) => name.to_string(),
            (None, Some(first), Some(last)) => format!("{first} {last}"),
            (None, Some(one), None) | (None, None, Some(one)) => one.to_string(),
            (None, None, None) => return Err("no name".into()),
        };
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
            rep.hired_on = Some(parse_crm_date(value).map_err(|e| format!("hire date: {e}"))?);
            present.push("hired_on");
        }
        if let Some(value) = cell("retires_on") {
            rep.retires_on = Some(parse_crm_date(value).map_err(|e| format!("retirement date: {e}"))?);
            present.push("retires_on");
        }
        let rep = rep.validated(None).map_err(|e| e.to_string())?;
        Ok((rep, present, None, Vec::new()))
    }
}

impl Draft for AccountData {
    const KIND: Kind = Kind::Accounts;

    fn from_cells(cells: &Cells) -> Result<FromRow<Self>, String> {
        let cell = |field: &str| cells.get(field).map(String::as_str);
        let mut account = AccountData::named(cell("name").ok_or("no account name")?);
        let mut present = Vec::new();
        let mut warnings = Vec::new();
        if let Some(value) = cell("industry") {
            account.industry = value.to_string();
            present.push("industry");
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
        let owner = cell("owner").map(str::to_string);
        let account = account.validated().map_err(|e| e.to_string())?;
        Ok((account, present, owner, warnings))
    }
}
