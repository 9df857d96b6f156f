//! The small line syntaxes every front end shares, beside `dates.rs`: a time
//! of day, a commitment line and a call line. The form, the `:` prompt,
//! `coachbook add` and `session add` all read them here, so each means the
//! same everywhere and says the same when it is wrong.

use super::dates::{parse_date, Direction};
use super::enums::CommitmentOwner;
use chrono::{NaiveDate, NaiveTime};

/// What a time that does not parse is told.
pub const TIME_HINT: &str = "write the time as HH:MM, e.g. 09:30";

/// Reads a time of day: "09:30", "9:30" or "14:05".
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| format!("{:?}: {TIME_HINT}", text.trim()))
}

/// Words that may stand before a trailing due date ("by fri").
const DUE_WORDS: [&str; 5] = ["by", "on", "before", "due", "until"];

/// How many of the last `words` are a due date (one or two words, with a
/// "by"/"on"/... before them when there is text before that), and the date.
/// A word starting with `\` is never a date: that is how text keeps one.
pub fn trailing_due(words: &[&str], today: NaiveDate) -> Option<(usize, NaiveDate)> {
    for take in [2, 1] {
        if words.len() <= take {
            continue;
        }
        let tail = &words[words.len() - take..];
        if tail.iter().any(|w| w.starts_with('\\')) {
            continue;
        }
        if let Ok(date) = parse_date(&tail.join(" "), today, Direction::Future) {
            let before = words.len() - take;
            let marker = before > 1 && DUE_WORDS.contains(&words[before - 1].to_lowercase().as_str());
            return Some((take + usize::from(marker), date));
        }
    }
    None
}

/// One commitment as written on a line: `[x] me: send the deck @ fri`,
/// `send the deck by fri` or `send the deck`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentLine {
    /// What was promised.
    pub text: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// Who promised it (`me:` is the manager).
    pub owner: CommitmentOwner,
    /// Whether it is marked done (`[x]`).
    pub done: bool,
}

/// Reads a commitment line; `None` for a blank one. The due date comes after
/// an `@` (an `@` before something that is not a date, as in an email
/// address, stays text) or as the last words, as in quick capture.
pub fn parse_commitment_line(raw: &str, today: NaiveDate) -> Result<Option<CommitmentLine>, String> {
    let mut line = raw.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let done = ["[x]", "[X]"].iter().any(|p| line.starts_with(p));
    if done {
        line = line[3..].trim_start();
    }
    let mine = line.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("me:"));
    if mine {
        line = line[3..].trim_start();
    }
    let owner = if mine {
        CommitmentOwner::Manager
    } else {
        CommitmentOwner::Rep
    };
    let (text, due) = match line.rsplit_once('@') {
        Some((text, date)) if !text.trim().is_empty() => match parse_date(date, today, Direction::Future) {
            Ok(due) => (text.trim().to_string(), Some(due)),
            Err(_) if date.contains('.') => trailing(line, today),
            Err(e) => return Err(format!("{:?}: {e}", raw.trim())),
        },
        _ => trailing(line, today),
    };
    if text.is_empty() {
        return Err(format!("{:?}: a commitment needs some text", raw.trim()));
    }
    Ok(Some(CommitmentLine { text, due, owner, done }))
}

/// Splits a trailing due date off `line`, keeping its spacing otherwise.
fn trailing(line: &str, today: NaiveDate) -> (String, Option<NaiveDate>) {
    let words: Vec<&str> = line.split_whitespace().collect();
    match trailing_due(&words, today) {
        Some((count, due)) => (words[..words.len() - count].join(" "), Some(due)),
        None => (line.to_string(), None),
    }
}

/// Writes a commitment as the line `parse_commitment_line` reads back.
pub fn commitment_line(text: &str, due: Option<NaiveDate>, owner: CommitmentOwner, done: bool) -> String {
    let mut line = String::new();
    if done {
        line.push_str("[x] ");
    }
    if owner == CommitmentOwner::Manager {
        line.push_str("me: ");
    }
    line.push_str(text);
    if let Some(due) = due {
        line.push_str(&format!(" @ {due}"));
    }
    line
}

/// One customer call as written on a line: `account; objective; what happened; outcome`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallLine {
    /// The account's name as typed; empty or "-" for none.
    pub account: String,
    /// The pre-call plan.
    pub objective: String,
    /// What happened.
    pub what_happened: String,
    /// The outcome.
    pub outcome: String,
}

/// Reads a call line; `None` for a blank one.
pub fn parse_call_line(line: &str) -> Option<CallLine> {
    if line.trim().is_empty() {
        return None;
    }
    let mut parts = line.splitn(4, ';').map(|p| p.trim().to_string());
    let mut next = || parts.next().unwrap_or_default();
    let account = next();
    Some(CallLine {
        account: if account == "-" { String::new() } else { account },
        objective: next(),
        what_happened: next(),
        outcome: next(),
    })
}

/// Writes a call as the line `parse_call_line` reads back, without empty trailing parts.
pub fn call_line(call: &CallLine) -> String {
    let parts = [&call.account, &call.objective, &call.what_happened, &call.outcome];
    let used = parts.iter().rposition(|p| !p.is_empty()).map_or(0, |i| i + 1);
    parts[..used].iter().map(|p| p.as_str()).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap() // a Thursday
    }

    fn line(text: &str) -> CommitmentLine {
        parse_commitment_line(text, today()).unwrap().unwrap()
    }

    #[test]
    fn times_read_one_way_with_one_message() {
        assert_eq!(
            parse_time(" 9:30 ").unwrap(),
            NaiveTime::from_hms_opt(9, 30, 0).unwrap()
        );
        assert_eq!(
            parse_time("25:00").unwrap_err(),
            "\"25:00\": write the time as HH:MM, e.g. 09:30"
        );
    }

    #[test]
    fn a_due_date_follows_an_at_sign_or_ends_the_line() {
        let fri = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let mon = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(line("send the deck @ fri").due, Some(fri));
        assert_eq!(line("send the deck by mon").due, Some(mon));
        assert_eq!(line("send the deck by mon").text, "send the deck");
        assert_eq!(line("send the deck next mon").text, "send the deck");
        assert_eq!(line("mail dana@acme.com").text, "mail dana@acme.com");
        assert_eq!(line("mail dana@acme.com").due, None);
        assert_eq!(line("read chapter \\fri").due, None);
        let mine = line("[x] me: book the room");
        assert_eq!((mine.owner, mine.done), (CommitmentOwner::Manager, true));
        assert!(parse_commitment_line("send it @ someday", today()).is_err());
        assert_eq!(parse_commitment_line("  ", today()).unwrap(), None);
    }

    #[test]
    fn lines_read_back_what_was_written() {
        let due = Some(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        let written = commitment_line("call back", due, CommitmentOwner::Manager, true);
        assert_eq!(written, "[x] me: call back @ 2026-12-04");
        let back = line(&written);
        assert_eq!((back.text.as_str(), back.due, back.done), ("call back", due, true));
        let call = parse_call_line("Acme; demo; went well").unwrap();
        assert_eq!(call.what_happened, "went well");
        assert_eq!(call_line(&call), "Acme; demo; went well");
        assert_eq!(parse_call_line("-; plan").unwrap().account, "");
    }
}
