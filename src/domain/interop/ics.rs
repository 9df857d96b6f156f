//! An iCalendar file (RFC 5545) of the dates that matter: follow-ups,
//! commitment due dates and handover targets, as all-day events with stable
//! UIDs so that importing again updates instead of duplicating. Private notes
//! never go into it.

use crate::domain::document::{Lookup, Notebook};
use crate::domain::CommitmentOwner;
use chrono::{DateTime, Days, NaiveDate, Utc};

/// Escapes text for a property value.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, as RFC 5545 asks.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

struct Event {
    uid: String,
    stamp: DateTime<Utc>,
    day: NaiveDate,
    summary: String,
    description: String,
}

impl Event {
    fn write(&self, out: &mut String) {
        let next = self.day.checked_add_days(Days::new(1)).unwrap_or(self.day);
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", self.uid),
            format!("DTSTAMP:{}", self.stamp.format("%Y%m%dT%H%M%SZ")),
            format!("DTSTART;VALUE=DATE:{}", self.day.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")),
            format!("SUMMARY:{}", escape(&self.summary)),
            format!("DESCRIPTION:{}", escape(&self.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ] {
            out.push_str(&fold(&line));
        }
    }
}

/// The calendar of `notebook`'s open follow-ups, open commitments with a due
/// date, and handover targets not yet done.
pub fn calendar(notebook: &Notebook) -> String {
    let lookup = Lookup::new(&notebook.reps, &notebook.accounts, &notebook.skills);
    let mut events = Vec::new();
    for s in notebook.sessions.iter().filter(|s| !s.data.archived) {
        if let Some(day) = s.data.follow_up {
            let rep = lookup.rep_name(s.data.rep);
            let mut description = format!("{} on {}", s.data.kind.label(), s.data.date);
            if !s.data.next_step.is_empty() {
                description.push_str(&format!("\nNext step: {}", s.data.next_step));
            }
            events.push(Event {
                uid: format!("follow-up-{}@coachbook", s.meta.uuid),
                stamp: s.meta.updated_at,
                day,
                summary: format!("Follow up with {rep}"),
                description,
            });
        }
    }
    for c in notebook.commitments.iter().filter(|c| c.data.is_open()) {
        if let Some(day) = c.data.due {
            let rep = lookup.rep_name(c.data.rep);
            let summary = match c.data.owner {
                CommitmentOwner::Rep => format!("{rep}: {}", c.data.text),
                CommitmentOwner::Manager => format!("Me (for {rep}): {}", c.data.text),
            };
            events.push(Event {
                uid: format!("commitment-{}@coachbook", c.meta.uuid),
                stamp: c.meta.updated_at,
                day,
                summary,
                description: "Commitment agreed in coaching".into(),
            });
        }
    }
    for a in notebook.accounts.iter().filter(|a| !a.data.archived) {
        if let Some(h) = a.data.handover.as_ref().filter(|h| !h.stage.is_done()) {
            if let Some(day) = h.target {
                events.push(Event {
                    uid: format!("handover-{}@coachbook", a.meta.uuid),
                    stamp: a.meta.updated_at,
                    day,
                    summary: format!("Handover of {} to {} due", a.data.name, lookup.rep_name(h.successor)),
                    description: format!("Stage now: {}", h.stage.label()),
                });
            }
        }
    }
    events.sort_by(|a, b| a.day.cmp(&b.day).then(a.uid.cmp(&b.uid)));
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Coachbook//Coachbook//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Coachbook",
    ] {
        out.push_str(&fold(line));
    }
    for e in &events {
        e.write(&mut out);
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_escaping() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        let long = "X".repeat(200);
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }
}
