//! Which CSV column holds which field: the usual CRM header spellings for
//! each record kind, `--map` overrides, the columns left over, and a file
//! whose headers show it holds another kind.

use super::Kind;
use std::collections::HashMap;

type Spellings = &'static [(&'static str, &'static [&'static str])];

const REP_FIELDS: Spellings = &[
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

/// Salesforce's "Type" (Customer - Direct, Prospect, Partner) is a
/// relationship, not a tier, so it is not among the tier spellings.
const ACCOUNT_FIELDS: Spellings = &[
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
    ("crm_id", &["accountid", "id", "crmid", "recordid", "companyid"]),
    (
        "owner",
        &[
            "accountowner",
            "owner",
            "ownername",
            "companyowner",
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
        &[
            "tier",
            "accounttier",
            "segment",
            "rating",
            "accountrating",
            "abcclass",
            "classification",
        ],
    ),
    ("health", &["health", "status", "accounthealth"]),
    ("notes", &["notes", "description", "comments"]),
];

const CONTACT_FIELDS: Spellings = &[
    ("name", &["name", "fullname", "contactname", "contact"]),
    ("first_name", &["firstname", "givenname", "first"]),
    ("last_name", &["lastname", "surname", "familyname", "last"]),
    ("crm_id", &["contactid", "id", "crmid", "recordid"]),
    ("role", &["title", "jobtitle", "role", "position"]),
    ("email", &["email", "emailaddress", "workemail", "mail"]),
    (
        "phone",
        &[
            "phone",
            "mobile",
            "phonenumber",
            "workphone",
            "mobilephone",
            "businessphone",
        ],
    ),
    (
        "account",
        &[
            "accountname",
            "account",
            "company",
            "companyname",
            "organization",
            "organisation",
            "customer",
        ],
    ),
    (
        "account_crm_id",
        &["accountid", "companyid", "associatedcompanyid", "organizationid"],
    ),
    ("notes", &["notes", "description", "comments"]),
];

/// Headers that name a person (a rep or a contact file has them).
const PERSON: &[&str] = &[
    "firstname",
    "lastname",
    "fullname",
    "contactname",
    "email",
    "emailaddress",
];

/// Headers that name an account (an account or a contact file has them).
const ACCOUNT: &[&str] = &[
    "accountname",
    "account",
    "company",
    "companyname",
    "accountid",
    "companyid",
];

fn fields(kind: Kind) -> Spellings {
    match kind {
        Kind::Reps => REP_FIELDS,
        Kind::Accounts => ACCOUNT_FIELDS,
        Kind::Contacts => CONTACT_FIELDS,
    }
}

/// A header as compared: letters and digits, lower case.
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where each field is, and the columns no field took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// Field to column index.
    pub columns: HashMap<&'static str, usize>,
    /// Headers of the columns that are not imported, in file order.
    pub ignored: Vec<String>,
}

/// The kind a file's headers show: a person's name with an account is a
/// contacts export, a person alone a list of reps, an account alone accounts.
pub fn kind_of(headers: &[String]) -> Option<Kind> {
    let has = |set: &[&str]| headers.iter().any(|h| set.contains(&normalize(h).as_str()));
    match (has(PERSON), has(ACCOUNT)) {
        (true, true) => Some(Kind::Contacts),
        (true, false) => Some(Kind::Reps),
        (false, true) => Some(Kind::Accounts),
        (false, false) => None,
    }
}

/// Which column holds which field: the overrides (`column=field`) first, then
/// the usual CRM spellings. Refuses a file that holds another kind of record,
/// unless `--map` said where things are.
pub fn map_columns(headers: &[String], kind: Kind, overrides: &[(String, String)]) -> Result<Mapping, String> {
    if let Some(other) = kind_of(headers).filter(|k| *k != kind && overrides.is_empty()) {
        return Err(format!(
            "the columns ({}) look like {} export, not {}; run coachbook import-csv {} FILE, \
             or say which column is what with --map COLUMN=FIELD",
            headers.join(", "),
            other.a_file(),
            kind.plural(),
            other.plural()
        ));
    }
    let fields = fields(kind);
    let mut columns = HashMap::new();
    for (column, field) in overrides {
        let Some((name, _)) = fields.iter().find(|(f, _)| *f == field.trim()) else {
            let known: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
            return Err(format!("--map {column}={field}: the fields are {}", known.join(", ")));
        };
        let Some(index) = headers.iter().position(|h| normalize(h) == normalize(column)) else {
            return Err(format!("--map {column}={field}: there is no column {column:?}"));
        };
        columns.insert(*name, index);
    }
    for (field, spellings) in fields {
        if columns.contains_key(field) {
            continue;
        }
        let free = (0..headers.len())
            .find(|i| spellings.contains(&normalize(&headers[*i]).as_str()) && !columns.values().any(|used| used == i));
        if let Some(index) = free {
            columns.insert(*field, index);
        }
    }
    let has_name =
        columns.contains_key("name") || (columns.contains_key("first_name") && columns.contains_key("last_name"));
    if !has_name {
        let wanted = match kind {
            Kind::Reps | Kind::Contacts => "\"Full Name\" (or \"First Name\" and \"Last Name\")",
            Kind::Accounts => "\"Account Name\"",
        };
        return Err(format!(
            "no name column: expected {wanted}; the columns are {}; use --map COLUMN=name",
            headers.join(", ")
        ));
    }
    let ignored = (0..headers.len())
        .filter(|i| !columns.values().any(|used| used == i) && !headers[*i].trim().is_empty())
        .map(|i| headers[i].clone())
        .collect();
    Ok(Mapping { columns, ignored })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(text: &str) -> Vec<String> {
        text.split(',').map(str::to_string).collect()
    }

    #[test]
    fn the_headers_tell_the_kind_of_file() {
        assert_eq!(
            kind_of(&headers("First Name,Last Name,Email,Account Name")),
            Some(Kind::Contacts)
        );
        assert_eq!(kind_of(&headers("Full Name,Region,Hire Date")), Some(Kind::Reps));
        assert_eq!(
            kind_of(&headers("Account Name,Account Owner,Type")),
            Some(Kind::Accounts)
        );
        assert_eq!(kind_of(&headers("Name,Title")), None);
    }

    #[test]
    fn a_contacts_export_is_refused_as_accounts_with_a_hint() {
        let err = map_columns(&headers("First Name,Last Name,Email,Account Name"), Kind::Accounts, &[]).unwrap_err();
        assert!(
            err.contains("look like a contacts export, not accounts") && err.contains("import-csv contacts"),
            "{err}"
        );
        let mapped = map_columns(
            &headers("First Name,Last Name,Email,Account Name"),
            Kind::Accounts,
            &[("Account Name".into(), "name".into())],
        )
        .unwrap();
        assert_eq!(mapped.columns["name"], 3);
    }

    #[test]
    fn type_is_not_the_tier_and_unmapped_columns_are_listed() {
        let mapping = map_columns(
            &headers("Account ID,Account Name,Type,Website,Rating,"),
            Kind::Accounts,
            &[],
        )
        .unwrap();
        assert_eq!(mapping.columns["crm_id"], 0);
        assert_eq!(mapping.columns["tier"], 4, "Rating means tier");
        assert_eq!(mapping.ignored, vec!["Type".to_string(), "Website".to_string()]);
    }
}
