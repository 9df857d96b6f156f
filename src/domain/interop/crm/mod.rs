//! Reading reps, accounts and contacts from a CRM's CSV export: any common
//! header spelling, BOM or not, commas or semicolons, CRLF or LF, quoted
//! fields with line breaks, currency strings; every row checked, each
//! problem with its line.

use crate::domain::Tier;
use std::collections::HashMap;

mod columns;
mod dates;
mod drafts;

pub use columns::kind_of;
use columns::map_columns;
pub use dates::{parse_crm_date, DateOrder};

/// What a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One rep a row.
    Reps,
    /// One account a row.
    Accounts,
    /// One person at an account a row.
    Contacts,
}

impl Kind {
    /// "reps", "accounts", "contacts": as `import-csv` names them.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Reps => "reps",
            Kind::Accounts => "accounts",
            Kind::Contacts => "contacts",
        }
    }

    /// "a reps", "an accounts", "a contacts", before "export".
    fn a_file(self) -> &'static str {
        match self {
            Kind::Accounts => "an accounts",
            Kind::Reps => "a reps",
            Kind::Contacts => "a contacts",
        }
    }
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
    /// Cells that name other records, as written: an account's "owner", a
    /// contact's "account" and "account_crm_id".
    pub links: Cells,
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
    /// Headers of the columns not imported, so nothing is dropped unseen.
    pub ignored: Vec<String>,
    /// The order of slashed dates, when the file's own dates showed it,
    /// with the date that did.
    pub date_order: Option<(DateOrder, String)>,
}

/// How to read a file beyond its headers.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--map COLUMN=FIELD`.
    pub overrides: Vec<(String, String)>,
    /// `--date-format`: the order of slashed dates.
    pub date_order: Option<DateOrder>,
}

/// Where each line of the text starts. The line of a row comes from its
/// byte offset: after a CRLF (as Salesforce and Excel write files) the csv
/// reader places the next row at the line feed, one line early, and counts
/// its lines from there.
struct LineStarts<'a> {
    text: &'a [u8],
    starts: Vec<u64>,
}

impl LineStarts<'_> {
    fn of(text: &str) -> LineStarts<'_> {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i as u64 + 1),
            )
            .collect();
        LineStarts {
            text: text.as_bytes(),
            starts,
        }
    }

    /// The 1-based line where the row at byte `offset` starts.
    fn line_at(&self, mut offset: u64) -> u64 {
        while matches!(self.text.get(offset as usize), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        self.starts.partition_point(|start| *start <= offset) as u64
    }
}

/// The separator a file uses: the one most frequent in its first line.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
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

/// Reads a CSV export of `T`'s kind.
pub fn read<T: Draft>(text: &str, options: &Options) -> Result<Read<T>, String> {
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
    let mapping = map_columns(&headers, T::KIND, &options.overrides)?;
    let mut out = Read {
        rows: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        ignored: mapping.ignored,
        date_order: None,
    };
    let lines = LineStarts::of(text);
    let mut records = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) if r.iter().all(|c| c.trim().is_empty()) => {}
            Ok(r) => records.push(r),
            Err(e) => out.errors.push(RowError {
                line: e.position().map_or(0, |p| lines.line_at(p.byte())),
                message: e.to_string(),
            }),
        }
    }
    let date_columns: Vec<usize> = T::DATES
        .iter()
        .filter_map(|f| mapping.columns.get(f).copied())
        .collect();
    let order = match options.date_order {
        Some(order) => Some(order),
        None => {
            let dates = records
                .iter()
                .flat_map(|r| date_columns.iter().filter_map(|i| r.get(*i)));
            out.date_order = DateOrder::from_dates(dates).map(|(order, date)| (order, date.to_string()));
            out.date_order.as_ref().map(|(order, _)| *order)
        }
    };
    for record in records {
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        let cells: Cells = mapping
            .columns
            .iter()
            .filter_map(|(field, i)| {
                let value = record.get(*i)?.trim();
                (!value.is_empty()).then(|| (*field, value.replace("\r\n", "\n")))
            })
            .collect();
        match T::from_cells(&cells, order) {
            Ok((data, present, links, warnings)) => {
                out.warnings
                    .extend(warnings.into_iter().map(|message| RowError { line, message }));
                out.rows.push(Row {
                    line,
                    data,
                    present,
                    links,
                });
            }
            Err(message) => out.errors.push(RowError { line, message }),
        }
    }
    out.errors.sort_by_key(|e| e.line);
    Ok(out)
}

/// A row's non-empty cells by field.
pub type Cells = HashMap<&'static str, String>;

/// What a row becomes: the data, the fields present, the cells that name
/// other records, and warnings.
pub type FromRow<T> = (T, Vec<&'static str>, Cells, Vec<String>);

/// A record a CSV row becomes.
pub trait Draft: Sized {
    /// Which kind of file it comes from.
    const KIND: Kind;
    /// Its date fields, whose slashed dates settle the file's date order.
    const DATES: &'static [&'static str];
    /// Builds the draft from a row's cells (slashed dates in `order`), or
    /// says why the row is bad.
    fn from_cells(cells: &Cells, order: Option<DateOrder>) -> Result<FromRow<Self>, String>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, ContactData, RepData};
    use chrono::NaiveDate;

    fn plain<T: Draft>(text: &str) -> Read<T> {
        read(text, &Options::default()).unwrap()
    }

    #[test]
    fn crm_accounts_with_bom_semicolons_quotes_and_currency() {
        let text = "\u{feff}Account Name;Account Owner;Industry;Annual Revenue;Tier;Type\n\
                    \"Acme; Tools\";Dana Ortiz;Manufacturing;\"$1,250,000.00\";Key Account;Customer - Direct\n\
                    Globex;Sam Lee;\"Logistics\nand more\";900k;Tier B;Partner\n\
                    Initech;;;;Gold;Prospect\n";
        let got: Read<AccountData> = plain(text);
        assert!(got.errors.is_empty(), "{:?}", got.errors);
        assert_eq!(got.rows.len(), 3);
        assert_eq!(got.rows[0].data.name, "Acme; Tools");
        assert_eq!(got.rows[0].data.annual_value_cents, Some(125_000_000));
        assert_eq!(got.rows[0].data.tier, Some(Tier::Key));
        assert_eq!(got.rows[0].links.get("owner").map(String::as_str), Some("Dana Ortiz"));
        assert_eq!(got.rows[1].data.industry, "Logistics\nand more");
        assert_eq!(got.rows[1].data.tier, Some(Tier::B));
        assert_eq!(got.rows[2].line, 5, "line numbers count the quoted line break");
        assert_eq!(got.warnings[0].line, 5);
        assert!(got.warnings[0].message.contains("\"Gold\""));
        assert_eq!(
            got.ignored,
            vec!["Type".to_string()],
            "Salesforce's Type is not the tier"
        );
    }

    #[test]
    fn crlf_files_count_lines_as_an_editor_does_and_every_bad_row_is_kept() {
        let text = "Account Name,Annual Revenue,Description\r\nGood,100,\r\nBad,lots,\r\nTwo,5,\"two\r\nlines\"\r\nWorse,much,\r\n";
        let got: Read<AccountData> = plain(text);
        let lines: Vec<u64> = got.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 6]);
        assert_eq!(got.rows[1].line, 4);
    }

    #[test]
    fn reps_from_first_and_last_names_with_dates_in_the_files_order() {
        let text = "First Name,Last Name,Title,Region,Email,Hire Date\r\n\
                    Dana,Ortiz,AM,North,dana@example.com,04/05/2024\r\n\
                    Sam,Lee,,South,,25/03/2020\r\nLou,Reyes,,,,2020-13-01\r\n";
        let got: Read<RepData> = plain(text);
        assert_eq!(got.rows[0].data.name, "Dana Ortiz");
        assert_eq!(got.rows[0].data.territory, "North");
        assert_eq!(
            got.rows[0].data.hired_on,
            NaiveDate::from_ymd_opt(2024, 5, 4),
            "25/03 shows day first"
        );
        assert_eq!(got.date_order, Some((DateOrder::DayFirst, "25/03/2020".into())));
        assert_eq!(got.errors.len(), 1);
        assert_eq!(got.errors[0].line, 4);
        assert!(got.errors[0].message.contains("hire date"), "{:?}", got.errors);
    }

    #[test]
    fn an_ambiguous_date_is_an_error_until_the_format_is_given() {
        let text = "Full Name,Hire Date\nDana Ortiz,04/05/2024\n";
        let got: Read<RepData> = plain(text);
        assert!(got.errors[0].message.contains("--date-format"), "{:?}", got.errors);
        let options = Options {
            date_order: Some(DateOrder::MonthFirst),
            ..Options::default()
        };
        let got: Read<RepData> = read(text, &options).unwrap();
        assert_eq!(got.rows[0].data.hired_on, NaiveDate::from_ymd_opt(2024, 4, 5));
    }

    #[test]
    fn contacts_name_their_account_by_name_or_crm_id() {
        let text = "Contact ID,First Name,Last Name,Title,Email,Phone,Account Name,Account ID,Lead Source\n\
                    003A,Lee,Chen,CFO,lee@acme.test,555-0100,Acme Tools,001A,Web\n\
                    003B,Kim,Park,,,,,001B,\n";
        let got: Read<ContactData> = plain(text);
        assert!(got.errors.is_empty(), "{:?}", got.errors);
        let lee = &got.rows[0];
        assert_eq!(lee.data.name, "Lee Chen");
        assert_eq!(lee.data.role, "CFO");
        assert_eq!(lee.data.email, "lee@acme.test");
        assert_eq!(lee.data.phone, "555-0100");
        assert_eq!(lee.data.crm_id, "003A");
        assert_eq!(lee.links.get("account").map(String::as_str), Some("Acme Tools"));
        assert_eq!(
            got.rows[1].links.get("account_crm_id").map(String::as_str),
            Some("001B")
        );
        assert_eq!(got.ignored, vec!["Lead Source".to_string()]);
    }

    #[test]
    fn headers_are_mapped_or_the_error_says_how() {
        let err = read::<AccountData>("Company Code,Revenue\nX,1\n", &Options::default()).unwrap_err();
        assert!(err.contains("use --map COLUMN=name"), "{err}");
        let options = Options {
            overrides: vec![("Company Code".into(), "name".into())],
            ..Options::default()
        };
        let mapped: Read<AccountData> = read("Company Code,Revenue\nX1,1k\n", &options).unwrap();
        assert_eq!(mapped.rows[0].data.name, "X1");
        let options = Options {
            overrides: vec![("A".into(), "nonsense".into())],
            ..Options::default()
        };
        assert!(read::<AccountData>("A,B\n", &options)
            .unwrap_err()
            .contains("the fields are"));
    }
}
