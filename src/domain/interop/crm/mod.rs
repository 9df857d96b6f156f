//! Reading reps and accounts from a CRM's CSV export: any common header
//! spelling, BOM or not, commas or semicolons, quoted fields with line
//! breaks, currency strings; every row checked, each problem with its line.

use crate::domain::Tier;
use chrono::NaiveDate;
use std::collections::HashMap;

mod drafts;

/// What a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One rep a row.
    Reps,
    /// One account a row.
    Accounts,
}

/// A problem with one row (or the header, line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file where the row starts.
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

/// A row read into a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<T> {
    /// The line where it starts.
    pub line: u64,
    /// The fields read (empty cells stay at their defaults).
    pub data: T,
    /// The fields present in the file, so an update changes only those.
    pub present: Vec<&'static str>,
    /// For accounts: the owner's name as written.
    pub owner: Option<String>,
}

/// Everything read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<T> {
    /// Rows that could be read.
    pub rows: Vec<Row<T>>,
    /// Rows that could not.
    pub errors: Vec<RowError>,
    /// Things read with a guess ("tier left unset").
    pub warnings: Vec<RowError>,
}

const REP_FIELDS: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "name",
            "fullname",
            "repname",
            "salesrep",
            "employee",
            "employeename",
            "user",
            "username",
        ],
    ),
    ("first_name", &["firstname", "givenname", "first"]),
    ("last_name", &["lastname", "surname", "familyname", "last"]),
    ("title", &["title", "jobtitle", "role", "position"]),
    (
        "territory",
        &["territory", "region", "area", "salesterritory", "district"],
    ),
    ("email", &["email", "emailaddress", "workemail", "mail"]),
    ("phone", &["phone", "mobile", "phonenumber", "workphone", "mobilephone"]),
    ("hired_on", &["hiredate", "hired", "startdate", "datehired", "hiredon"]),
    (
        "retires_on",
        &[
            "retirementdate",
            "retires",
            "retireson",
            "plannedretirement",
            "exitdate",
        ],
    ),
    ("notes", &["notes", "description", "comments"]),
];

const ACCOUNT_FIELDS: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "accountname",
            "account",
            "company",
            "companyname",
            "name",
            "customer",
            "customername",
        ],
    ),
    (
        "owner",
        &[
            "accountowner",
            "owner",
            "ownername",
            "salesrep",
            "accountmanager",
            "keyaccountmanager",
        ],
    ),
    ("industry", &["industry", "sector", "vertical"]),
    (
        "value",
        &["annualrevenue", "revenue", "annualvalue", "value", "arr", "annualsales"],
    ),
    (
        "tier",
        &["tier", "type", "accounttype", "segment", "rating", "accounttier"],
    ),
    ("health", &["health", "status", "accounthealth"]),
    ("notes", &["notes", "description", "comments"]),
];

fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds which field: the overrides (`column=field`) first, then
/// the usual CRM spellings.
fn map_columns(
    headers: &[String],
    kind: Kind,
    overrides: &[(String, String)],
) -> Result<HashMap<&'static str, usize>, String> {
    let fields = match kind {
        Kind::Reps => REP_FIELDS,
        Kind::Accounts => ACCOUNT_FIELDS,
    };
    let mut map = HashMap::new();
    for (column, field) in overrides {
        let Some((name, _)) = fields.iter().find(|(f, _)| *f == field.trim()) else {
            let known: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
            return Err(format!("--map {column}={field}: the fields are {}", known.join(", ")));
        };
        let Some(index) = headers.iter().position(|h| normalize(h) == normalize(column)) else {
            return Err(format!("--map {column}={field}: there is no column {column:?}"));
        };
        map.insert(*name, index);
    }
    for (field, spellings) in fields {
        if map.contains_key(field) {
            continue;
        }
        let free = (0..headers.len())
            .find(|i| spellings.contains(&normalize(&headers[*i]).as_str()) && !map.values().any(|used| used == i));
        if let Some(index) = free {
            map.insert(*field, index);
        }
    }
    let has_name = map.contains_key("name") || (map.contains_key("first_name") && map.contains_key("last_name"));
    if !has_name {
        let wanted = match kind {
            Kind::Reps => "\"Full Name\" (or \"First Name\" and \"Last Name\")",
            Kind::Accounts => "\"Account Name\"",
        };
        return Err(format!(
            "no name column: expected {wanted}; the columns are {}; use --map COLUMN=name",
            headers.join(", ")
        ));
    }
    Ok(map)
}

/// The separator a file uses: the one most frequent in its first line.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Dates as CRMs write them: 2024-03-01, 03/01/2024 (month first), 01.03.2024, 2024/03/01.
pub fn parse_crm_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let t = t.split(['T', ' ']).next().unwrap_or(t);
    for format in ["%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%y"] {
        if let Ok(d) = NaiveDate::parse_from_str(t, format) {
            return Ok(d);
        }
    }
    Err(format!(
        "{text:?} is not a date (write 2024-03-01, 03/01/2024 or 01.03.2024)"
    ))
}

fn tier(text: &str) -> Option<Tier> {
    let t = text.trim().to_lowercase();
    let t = t.trim_start_matches("tier").trim();
    if t.starts_with("key") || t.starts_with("strategic") {
        return Some(Tier::Key);
    }
    match t {
        "a" => Some(Tier::A),
        "b" => Some(Tier::B),
        "c" => Some(Tier::C),
        _ => None,
    }
}

/// Reads a CSV export of `kind`.
pub fn read<T: Draft>(text: &str, overrides: &[(String, String)]) -> Result<Read<T>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("line 1: {e}"))?
        .iter()
        .map(str::to_string)
        .collect();
    let columns = map_columns(&headers, T::KIND, overrides)?;
    let mut out = Read {
        rows: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                out.errors.push(RowError {
                    line,
                    message: e.to_string(),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: Cells = columns
            .iter()
            .filter_map(|(field, i)| {
                let value = record.get(*i)?.trim();
                (!value.is_empty()).then(|| (*field, value.to_string()))
            })
            .collect();
        match T::from_cells(&cells) {
            Ok((data, present, owner, warnings)) => {
                out.warnings
                    .extend(warnings.into_iter().map(|message| RowError { line, message }));
                out.rows.push(Row {
                    line,
                    data,
                    present,
                    owner,
                });
            }
            Err(message) => out.errors.push(RowError { line, message }),
        }
    }
    Ok(out)
}

/// A row's non-empty cells by field.
pub type Cells = HashMap<&'static str, String>;

/// What a row becomes: the data, the fields present, the owner's name
/// (accounts) and warnings.
pub type FromRow<T> = (T, Vec<&'static str>, Option<String>, Vec<String>);

/// A record a CSV row becomes.
pub trait Draft: Sized {
    /// Which kind of file it comes from.
    const KIND: Kind;
    /// Builds the draft from a row's cells, or says why the row is bad.
    fn from_cells(cells: &Cells) -> Result<FromRow<Self>, String>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, RepData};

    #[test]
    fn crm_accounts_with_bom_semicolons_quotes_and_currency() {
        let text = "\u{feff}Account Name;Account Owner;Industry;Annual Revenue;Type\n\
                    \"Acme; Tools\";Dana Ortiz;Manufacturing;\"$1,250,000.00\";Key Account\n\
                    Globex;Sam Lee;\"Logistics\nand more\";900k;Tier B\n\
                    Initech;;;;Customer - Direct\n";
        let got: Read<AccountData> = read(text, &[]).unwrap();
        assert!(got.errors.is_empty(), "{:?}", got.errors);
        assert_eq!(got.rows.len(), 3);
        assert_eq!(got.rows[0].data.name, "Acme; Tools");
        assert_eq!(got.rows[0].data.annual_value_cents, Some(125_000_000));
        assert_eq!(got.rows[0].data.tier, Some(Tier::Key));
        assert_eq!(got.rows[0].owner.as_deref(), Some("Dana Ortiz"));
        assert_eq!(got.rows[1].data.industry, "Logistics\nand more");
        assert_eq!(got.rows[1].data.tier, Some(Tier::B));
        assert_eq!(got.rows[2].line, 5, "line numbers count the quoted line break");
        assert_eq!(got.warnings[0].line, 5);
        assert!(got.warnings[0].message.contains("\"Customer - Direct\""));
    }

    #[test]
    fn reps_from_first_and_last_names_with_dates() {
        let text =
            "First Name,Last Name,Title,Region,Email,Hire Date\nDana,Ortiz,AM,North,dana@example.com,03/01/2024\n\
                    Sam,Lee,,South,,2020-13-01\n";
        let got: Read<RepData> = read(text, &[]).unwrap();
        assert_eq!(got.rows[0].data.name, "Dana Ortiz");
        assert_eq!(got.rows[0].data.territory, "North");
        assert_eq!(got.rows[0].data.hired_on, NaiveDate::from_ymd_opt(2024, 3, 1));
        assert_eq!(got.errors.len(), 1);
        assert_eq!(got.errors[0].line, 3);
        assert!(got.errors[0].message.contains("hire date"), "{:?}", got.errors);
    }

    #[test]
    fn headers_are_mapped_or_the_error_says_how() {
        let err = read::<AccountData>("Company Code,Revenue\nX,1\n", &[]).unwrap_err();
        assert!(err.contains("use --map COLUMN=name"), "{err}");
        let mapped: Read<AccountData> = read(
            "Company Code,Revenue\nX1,1k\n",
            &[("Company Code".into(), "name".into())],
        )
        .unwrap();
        assert_eq!(mapped.rows[0].data.name, "X1");
        assert!(read::<AccountData>("A,B\n", &[("A".into(), "nonsense".into())])
            .unwrap_err()
            .contains("the fields are"));
        assert_eq!(
            parse_crm_date("01.03.2024").unwrap(),
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()
        );
    }
}
