//! Quick capture: one line becomes a session.
//!
//! `@dana #acme ride strong discovery, rushed the close disc:4 close:2 todo: send ROI case study fri !follow 2w`
//!
//! `@name` the rep, `#name` the account (quotes or dots for several words), a
//! kind word at the start, `skill:N` ratings, `todo: TEXT [DATE]` commitments
//! (`todo(me):` for the manager's), `!follow DATE`, `!date DATE`, `+TEXT` and
//! `-TEXT` strengths and improvements up to the next `;` or marker; everything
//! else is the note, kept verbatim. A token starting with `\` is always text.
//! The parser is total: a draft, or an error with the column where it went wrong.

mod lexer;
mod render;
#[cfg(test)]
mod tests;

pub use render::render;

use super::dates::{parse_date, Direction};
use super::matching::find_by_name;
use super::{AccountId, CommitmentData, CommitmentOwner, RepId, SessionData, SessionKind, SkillId};
use chrono::NaiveDate;
use lexer::Token;
use std::collections::BTreeMap;
use std::fmt;

/// The names a line is resolved against.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    /// Active reps.
    pub reps: Vec<(RepId, String)>,
    /// Active accounts.
    pub accounts: Vec<(AccountId, String)>,
    /// Skills that take ratings: id, name, alias.
    pub skills: Vec<(SkillId, String, String)>,
}

/// What the line falls back on when it names no `@rep` or `#account`
/// (the record selected in the UI).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Defaults {
    /// The rep when no `@rep` is given.
    pub rep: Option<RepId>,
    /// The account when no `#account` is given.
    pub account: Option<AccountId>,
}

/// A commitment written on the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Todo {
    /// What was promised.
    pub text: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// Who promised it.
    pub owner: CommitmentOwner,
}

/// What a line says, resolved to records and dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    /// The rep coached.
    pub rep: RepId,
    /// The account, if named.
    pub account: Option<AccountId>,
    /// The kind (ride-along unless a kind word starts the line).
    pub kind: SessionKind,
    /// The session date (today unless `!date`).
    pub date: NaiveDate,
    /// The note text.
    pub notes: String,
    /// `+` segments, one a line.
    pub strengths: String,
    /// `-` segments, one a line.
    pub improvements: String,
    /// `skill:N` ratings.
    pub ratings: BTreeMap<SkillId, u8>,
    /// `todo:` commitments.
    pub todos: Vec<Todo>,
    /// `!follow` date.
    pub follow_up: Option<NaiveDate>,
}

/// Why a line could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureError {
    /// 1-based column (in characters) of the offending token.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for CaptureError {}

impl Capture {
    /// The session and the commitments this capture makes.
    pub fn to_session(&self) -> (SessionData, Vec<CommitmentData>) {
        let mut session = SessionData::new(self.rep, self.date);
        session.account = self.account;
        session.kind = self.kind;
        session.notes = self.notes.clone();
        session.strengths = self.strengths.clone();
        session.improvements = self.improvements.clone();
        session.ratings = self.ratings.clone();
        session.follow_up = self.follow_up;
        let commitments = self
            .todos
            .iter()
            .map(|t| {
                let mut c = CommitmentData::new(self.rep, t.text.clone(), t.due);
                c.owner = t.owner;
                c
            })
            .collect();
        (session, commitments)
    }

    /// One line on what will be saved: "ride-along with Dana Ortiz at Acme
    /// Tools on 2026-11-26: 2 ratings, todo "send deck" (due 2026-11-27), follow-up 2026-12-10".
    pub fn describe(&self, directory: &Directory) -> String {
        let rep = directory
            .reps
            .iter()
            .find(|(i, _)| *i == self.rep)
            .map(|(_, n)| n.as_str());
        let mut text = format!("{} with {}", self.kind.label(), rep.unwrap_or("?"));
        if let Some((_, n)) = self
            .account
            .and_then(|a| directory.accounts.iter().find(|(i, _)| *i == a))
        {
            text.push_str(&format!(" at {n}"));
        }
        text.push_str(&format!(" on {}", self.date));
        let mut extras = Vec::new();
        match self.ratings.len() {
            0 => {}
            1 => extras.push("1 rating".to_string()),
            n => extras.push(format!("{n} ratings")),
        }
        for todo in &self.todos {
            let due = todo.due.map(|d| format!(" (due {d})")).unwrap_or_default();
            extras.push(format!("todo \"{}\"{due}", todo.text));
        }
        if let Some(f) = self.follow_up {
            extras.push(format!("follow-up {f}"));
        }
        if !extras.is_empty() {
            text.push_str(": ");
            text.push_str(&extras.join(", "));
        }
        text
    }
}

/// The kind words a line may start with.
fn kind_word(word: &str) -> Option<SessionKind> {
    match word.to_lowercase().as_str() {
        "ride" | "ride-along" => Some(SessionKind::RideAlong),
        "1:1" | "one-on-one" => Some(SessionKind::OneOnOne),
        "call" | "call-review" => Some(SessionKind::CallReview),
        "deal" | "deal-review" => Some(SessionKind::DealReview),
        "training" => Some(SessionKind::Training),
        "handover" | "handover-visit" => Some(SessionKind::HandoverVisit),
        _ => None,
    }
}

/// What a token means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Rep,
    Account,
    Strength,
    Improvement,
    Todo(CommitmentOwner),
    Follow,
    Backdate,
    Rating,
    Text,
}

/// A `skill:N` token's parts.
fn rating_parts(text: &str) -> Option<(&str, &str)> {
    let (name, score) = text.split_once(':')?;
    let name_ok = !name.is_empty() && name.chars().all(|c| c.is_alphabetic() || c == '-' || c == '_');
    let score_ok = !score.is_empty() && score.chars().all(|c| c.is_ascii_digit());
    (name_ok && score_ok).then_some((name, score))
}

fn role(text: &str) -> Role {
    let lower = text.to_lowercase();
    let sigil = text.strip_suffix(';').unwrap_or(text).len() > 1;
    if sigil && text.starts_with('@') {
        Role::Rep
    } else if sigil && text.starts_with('#') {
        Role::Account
    } else if sigil && text.starts_with('+') {
        Role::Strength
    } else if sigil && text.starts_with('-') {
        Role::Improvement
    } else if lower.starts_with("todo(me):") {
        Role::Todo(CommitmentOwner::Manager)
    } else if lower.starts_with("todo:") {
        Role::Todo(CommitmentOwner::Rep)
    } else if lower == "!follow" {
        Role::Follow
    } else if lower == "!date" {
        Role::Backdate
    } else if rating_parts(text).is_some() {
        Role::Rating
    } else {
        Role::Text
    }
}

/// Whether a token must be escaped with `\` to be read as text.
pub(crate) fn needs_escape(text: &str) -> bool {
    role(text) != Role::Text || text.starts_with('\\')
}

/// Pieces of text from the line: byte ranges, joined verbatim when adjacent.
#[derive(Default)]
struct Pieces {
    ranges: Vec<(usize, usize, usize)>,
}

impl Pieces {
    fn push(&mut self, index: usize, start: usize, end: usize) {
        if start < end {
            self.ranges.push((index, start, end));
        }
    }

    fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Adjacent tokens keep the line's own spacing; runs apart join with a space.
    fn text(&self, line: &str) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < self.ranges.len() {
            let (first, start, mut end) = self.ranges[i];
            let mut last = first;
            while i + 1 < self.ranges.len() && self.ranges[i + 1].0 == last + 1 {
                i += 1;
                last = self.ranges[i].0;
                end = self.ranges[i].2;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&unescape(&line[start..end]));
            i += 1;
        }
        out
    }
}

/// Drops the `\` that starts an escaped token.
fn unescape(run: &str) -> String {
    let mut out = String::with_capacity(run.len());
    let mut at_token_start = true;
    let mut chars = run.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && at_token_start && chars.peek().is_some_and(|n| !n.is_whitespace()) {
            at_token_start = false;
            continue;
        }
        at_token_start = c.is_whitespace();
        out.push(c);
    }
    out
}

/// A text segment being collected: notes, a strength, an improvement or a todo.
enum Segment {
    Notes,
    Strength(Pieces),
    Improvement(Pieces),
    Todo(CommitmentOwner, Vec<usize>, usize),
}

struct Parser<'a> {
    line: &'a str,
    tokens: Vec<Token<'a>>,
    directory: &'a Directory,
    today: NaiveDate,
    notes: Pieces,
    strengths: Vec<String>,
    improvements: Vec<String>,
    todos: Vec<Todo>,
    rep: Option<(RepId, usize)>,
    account: Option<AccountId>,
    kind: Option<SessionKind>,
    date: Option<NaiveDate>,
    follow_up: Option<NaiveDate>,
    ratings: BTreeMap<SkillId, u8>,
}

fn error(column: usize, message: impl Into<String>) -> CaptureError {
    CaptureError {
        column,
        message: message.into(),
    }
}

/// Reads `line` against `directory` on `today`; `defaults` stand in for a
/// missing `@rep` or `#account`.
pub fn parse(line: &str, directory: &Directory, today: NaiveDate, defaults: Defaults) -> Result<Capture, CaptureError> {
    let tokens = lexer::tokens(line).map_err(|e| error(e.column, "this quote is never closed"))?;
    let mut parser = Parser {
        line,
        tokens,
        directory,
        today,
        notes: Pieces::default(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        todos: Vec::new(),
        rep: None,
        account: None,
        kind: None,
        date: None,
        follow_up: None,
        ratings: BTreeMap::new(),
    };
    parser.run()?;
    let rep = match (parser.rep, defaults.rep) {
        (Some((rep, _)), _) => rep,
        (None, Some(rep)) => rep,
        (None, None) => return Err(error(1, "name the rep with @name, e.g. @dana")),
    };
    Ok(Capture {
        rep,
        account: parser.account.or(defaults.account),
        kind: parser.kind.unwrap_or(SessionKind::RideAlong),
        date: parser.date.unwrap_or(today),
        notes: parser.notes.text(line),
        strengths: parser.strengths.join("\n"),
        improvements: parser.improvements.join("\n"),
        ratings: parser.ratings,
        todos: parser.todos,
        follow_up: parser.follow_up,
    })
}

impl Parser<'_> {
    fn run(&mut self) -> Result<(), CaptureError> {
        let mut segment = Segment::Notes;
        let mut i = 0;
        while i < self.tokens.len() {
            let token = self.tokens[i].clone();
            let role = role(token.text);
            if role != Role::Text {
                self.close(std::mem::replace(&mut segment, Segment::Notes))?;
            }
            match role {
                Role::Rep => self.rep(&token)?,
                Role::Account => self.account(&token)?,
                Role::Rating => self.rating(&token)?,
                Role::Follow | Role::Backdate => {
                    let (date, used) = self.date_after(i, role == Role::Follow)?;
                    if role == Role::Follow {
                        self.follow_up = Some(date);
                    } else {
                        self.date = Some(date);
                    }
                    i += used;
                }
                Role::Strength | Role::Improvement => {
                    let mut pieces = Pieces::default();
                    let (start, end) = (token.start + 1, token.end);
                    let ends = token.text.ends_with(';');
                    pieces.push(i, start, if ends { end - 1 } else { end });
                    segment = if role == Role::Strength {
                        Segment::Strength(pieces)
                    } else {
                        Segment::Improvement(pieces)
                    };
                    if ends {
                        self.close(std::mem::replace(&mut segment, Segment::Notes))?;
                    }
                }
                Role::Todo(owner) => {
                    let marker = if owner == CommitmentOwner::Manager {
                        "todo(me):"
                    } else {
                        "todo:"
                    };
                    let rest = &token.text[marker.len()..];
                    let mut words = Vec::new();
                    if !rest.is_empty() {
                        words.push(i);
                    }
                    segment = Segment::Todo(owner, words, token.column);
                    if token.text.ends_with(';') {
                        self.close(std::mem::replace(&mut segment, Segment::Notes))?;
                    }
                }
                Role::Text => {
                    let ends = token.text.ends_with(';') && !matches!(segment, Segment::Notes);
                    let end = if ends { token.end - 1 } else { token.end };
                    match &mut segment {
                        Segment::Notes => {
                            if self.kind.is_none() && self.notes.is_empty() {
                                if let Some(kind) = kind_word(token.text) {
                                    self.kind = Some(kind);
                                    i += 1;
                                    continue;
                                }
                            }
                            self.notes.push(i, token.start, end);
                        }
                        Segment::Strength(p) | Segment::Improvement(p) => p.push(i, token.start, end),
                        Segment::Todo(_, words, _) => words.push(i),
                    }
                    if ends {
                        self.close(std::mem::replace(&mut segment, Segment::Notes))?;
                    }
                }
            }
            i += 1;
        }
        self.close(segment)
    }

    fn close(&mut self, segment: Segment) -> Result<(), CaptureError> {
        match segment {
            Segment::Notes => {}
            Segment::Strength(p) => {
                if !p.is_empty() {
                    self.strengths.push(p.text(self.line));
                }
            }
            Segment::Improvement(p) => {
                if !p.is_empty() {
                    self.improvements.push(p.text(self.line));
                }
            }
            Segment::Todo(owner, words, column) => self.todo(owner, words, column)?,
        }
        Ok(())
    }

    /// The part of a todo's token that is text: without a glued `todo:` and a closing `;`.
    fn todo_word(&self, index: usize) -> (usize, usize) {
        let t = &self.tokens[index];
        let end = if t.text.ends_with(';') { t.end - 1 } else { t.end };
        let marker = ["todo(me):", "todo:"]
            .into_iter()
            .find(|m| t.text.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m)));
        let start = t.start + marker.map_or(0, str::len);
        (start, end.max(start))
    }

    fn todo(&mut self, owner: CommitmentOwner, mut words: Vec<usize>, column: usize) -> Result<(), CaptureError> {
        let text_of = |p: &Self, i: usize| {
            let (start, end) = p.todo_word(i);
            &p.line[start..end]
        };
        let mut due = None;
        for take in [2, 1] {
            if words.len() > take {
                let tail: Vec<&str> = words[words.len() - take..].iter().map(|&i| text_of(self, i)).collect();
                if tail.iter().any(|w| w.starts_with('\\')) {
                    continue;
                }
                if let Ok(date) = parse_date(&tail.join(" "), self.today, Direction::Future) {
                    due = Some(date);
                    words.truncate(words.len() - take);
                    break;
                }
            }
        }
        if due.is_some() && words.len() > 1 {
            let last = text_of(self, words[words.len() - 1]).to_lowercase();
            if ["by", "on", "before", "due", "until"].contains(&last.as_str()) {
                words.pop();
            }
        }
        let mut pieces = Pieces::default();
        for &i in &words {
            let (start, end) = self.todo_word(i);
            pieces.push(i, start, end);
        }
        let text = pieces.text(self.line);
        if text.trim().is_empty() {
            return Err(error(column, "a todo needs some text: todo: send the case study fri"));
        }
        self.todos.push(Todo { text, due, owner });
        Ok(())
    }

    fn rep(&mut self, token: &Token<'_>) -> Result<(), CaptureError> {
        if let Some((_, column)) = self.rep {
            return Err(error(
                token.column,
                format!("a line names one rep; the rep was already named at column {column}"),
            ));
        }
        let query = name_query(&token.text[1..]);
        let names: Vec<(RepId, &str)> = self.directory.reps.iter().map(|(id, n)| (*id, n.as_str())).collect();
        let id = find_by_name("rep", &query, &names).map_err(|e| error(token.column, e.to_string()))?;
        self.rep = Some((id, token.column));
        Ok(())
    }

    fn account(&mut self, token: &Token<'_>) -> Result<(), CaptureError> {
        if self.account.is_some() {
            return Err(error(
                token.column,
                "a line names one account; add the calls of a field day in the form",
            ));
        }
        let query = name_query(&token.text[1..]);
        let names: Vec<(AccountId, &str)> = self
            .directory
            .accounts
            .iter()
            .map(|(id, n)| (*id, n.as_str()))
            .collect();
        let id = find_by_name("account", &query, &names).map_err(|e| error(token.column, e.to_string()))?;
        self.account = Some(id);
        Ok(())
    }

    fn rating(&mut self, token: &Token<'_>) -> Result<(), CaptureError> {
        let (name, score) = rating_parts(token.text).unwrap_or(("", ""));
        let skills = &self.directory.skills;
        let by_alias = skills.iter().find(|(_, _, alias)| alias.eq_ignore_ascii_case(name));
        let id = match by_alias {
            Some((id, _, _)) => *id,
            None => {
                let names: Vec<(SkillId, &str)> = skills.iter().map(|(id, n, _)| (*id, n.as_str())).collect();
                find_by_name("skill", &name.replace(['-', '_'], " "), &names)
                    .map_err(|e| error(token.column, e.to_string()))?
            }
        };
        let score: u8 = score.parse().unwrap_or(0);
        if !(1..=5).contains(&score) {
            return Err(error(token.column, format!("a rating runs from 1 to 5, not {score}")));
        }
        self.ratings.insert(id, score);
        Ok(())
    }

    /// Reads the date after `!follow` or `!date`: two words ("next mon",
    /// "dec 3") or one; returns it with the number of tokens used.
    fn date_after(&self, marker: usize, future: bool) -> Result<(NaiveDate, usize), CaptureError> {
        let direction = if future { Direction::Future } else { Direction::Past };
        let word = |k: usize| {
            self.tokens
                .get(marker + k)
                .map(|t| t.text.strip_suffix(';').unwrap_or(t.text))
        };
        let column = self.tokens[marker].column;
        let first = word(1).filter(|w| role(w) == Role::Text);
        let Some(first) = first else {
            let which = if future { "!follow" } else { "!date" };
            return Err(error(
                column,
                format!("{which} needs a date after it, e.g. {which} fri"),
            ));
        };
        if let Some(second) = word(2).filter(|w| role(w) == Role::Text) {
            if let Ok(date) = parse_date(&format!("{first} {second}"), self.today, direction) {
                return Ok((date, 2));
            }
        }
        parse_date(first, self.today, direction)
            .map(|date| (date, 1))
            .map_err(|e| error(self.tokens[marker + 1].column, e.to_string()))
    }
}

/// `"Dana Ortiz"` or `dana.ortiz` as the words to match.
fn name_query(raw: &str) -> String {
    raw.trim_matches('"').replace(['.', '_'], " ")
}
