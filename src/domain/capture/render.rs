//! A capture written back as a line that parses to the same capture.

use super::{needs_escape, Capture, Directory};
use crate::domain::dates::{parse_date, Direction};
use crate::domain::{CommitmentOwner, SessionKind};
use chrono::NaiveDate;

fn quoted(sigil: char, name: &str) -> String {
    if name.contains(char::is_whitespace) {
        format!("{sigil}\"{name}\"")
    } else {
        format!("{sigil}{name}")
    }
}

fn kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::RideAlong => "ride",
        SessionKind::OneOnOne => "1:1",
        SessionKind::CallReview => "call",
        SessionKind::DealReview => "deal",
        SessionKind::Training => "training",
        SessionKind::HandoverVisit => "handover",
        SessionKind::PeerCoaching => "peer",
    }
}

/// Escapes each word that would otherwise be read as a marker.
fn escaped(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if needs_escape(w) {
                format!("\\{w}")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A todo's text, with its last word escaped when it would read as a due date
/// (or as a "by" before one).
fn todo_text(text: &str, due: Option<NaiveDate>, today: NaiveDate) -> String {
    let mut words: Vec<String> = escaped(text).split(' ').map(str::to_string).collect();
    let looks_like_date = |words: &[String]| {
        let n = words.len();
        (n > 1 && parse_date(&words[n - 1], today, Direction::Future).is_ok())
            || (n > 2 && parse_date(&format!("{} {}", words[n - 2], words[n - 1]), today, Direction::Future).is_ok())
    };
    let ends_with_by = |words: &[String]| {
        words.len() > 1
            && ["by", "on", "before", "due", "until"].contains(&words[words.len() - 1].to_lowercase().as_str())
    };
    if looks_like_date(&words) || (due.is_some() && ends_with_by(&words)) {
        if let Some(last) = words.last_mut() {
            if !last.starts_with('\\') {
                *last = format!("\\{last}");
            }
        }
    }
    words.join(" ")
}

/// Writes `capture` as a quick-capture line (names from `directory`; dates as ISO).
pub fn render(capture: &Capture, directory: &Directory, today: NaiveDate) -> String {
    let mut parts = Vec::new();
    if let Some((_, name)) = directory.reps.iter().find(|(id, _)| *id == capture.rep) {
        parts.push(quoted('@', name));
    }
    if let Some((_, name)) = capture
        .account
        .and_then(|a| directory.accounts.iter().find(|(id, _)| *id == a))
    {
        parts.push(quoted('#', name));
    }
    match &capture.stay {
        Some(stay) => {
            parts.push(format!("stay risk:{} 2y:{}", stay.risk, stay.two_years));
            if !stay.reasons.is_empty() {
                let reasons: Vec<&str> = stay.reasons.iter().map(|r| r.as_str()).collect();
                parts.push(format!("why:{}", reasons.join(",")));
            }
            if let Some(impact) = stay.impact {
                parts.push(format!("impact:{impact}"));
            }
            if let Some(next) = stay.next {
                parts.push(format!("next:{next}"));
            }
        }
        None if capture.play.is_some() => parts.push("play:".to_string()),
        None if capture.know.is_some() => parts.push("know:".to_string()),
        None => parts.push(kind(capture.kind).to_string()),
    }
    if let Some((_, name)) = capture
        .coach
        .and_then(|c| directory.reps.iter().find(|(id, _)| *id == c))
    {
        parts.push(quoted('@', name));
    }
    if let Some(know) = &capture.know {
        parts.push(format!("{} {}", know.question, escaped(&know.answer)));
        if capture.date != today {
            parts.push(format!("!date {}", capture.date));
        }
        return parts.join(" ");
    }
    if let Some(play) = &capture.play {
        for skill in &play.skills {
            if let Some((_, _, alias)) = directory.skills.iter().find(|(id, _, _)| id == skill) {
                parts.push(alias.clone());
            }
        }
        parts.push(format!("\"{}\"", play.title));
        if !play.steps.is_empty() {
            parts.push(escaped(&play.steps));
        }
        return parts.join(" ");
    }
    if !capture.notes.is_empty() {
        parts.push(escaped(&capture.notes));
    }
    for (sigil, text) in [('+', &capture.strengths), ('-', &capture.improvements)] {
        for line in text.lines().filter(|l| !l.is_empty()) {
            parts.push(format!("{sigil}{};", escaped(line)));
        }
    }
    for (skill, score) in &capture.ratings {
        if let Some((_, _, alias)) = directory.skills.iter().find(|(id, _, _)| id == skill) {
            parts.push(format!("{alias}:{score}"));
        }
    }
    for todo in &capture.todos {
        let marker = if todo.owner == CommitmentOwner::Manager {
            "todo(me):"
        } else {
            "todo:"
        };
        let due = todo.due.map(|d| format!(" {d}")).unwrap_or_default();
        parts.push(format!("{marker} {}{due};", todo_text(&todo.text, todo.due, today)));
    }
    if let Some(follow) = capture.follow_up {
        parts.push(format!("!follow {follow}"));
    }
    if capture.date != today {
        parts.push(format!("!date {}", capture.date));
    }
    parts.join(" ")
}
