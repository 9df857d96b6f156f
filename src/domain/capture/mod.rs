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

mod context;
mod describe;
mod know_line;
mod lexer;
mod parser;
mod play_line;
mod render;
mod stay_line;
mod syntax;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_context;

pub use play_line::PlayCapture;
pub use render::render;
pub use stay_line::StayCapture;
pub use syntax::SYNTAX;

use super::{AccountId, CommitmentOwner, RepId, SessionKind, SkillId};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// The knowledge harvest's questions (`know: #acme decides ...`).
    pub questions: Vec<crate::domain::knowledge::Question>,
    /// Each active account's owner: `@dana #acme` is the Dana who owns it.
    pub owners: HashMap<AccountId, RepId>,
    /// The successor of each account being handed over.
    pub successors: HashMap<AccountId, RepId>,
    /// When each rep last visited an account, for the accounts in
    /// `visits_loaded` (read from the store only when a line needs them).
    pub visits: HashMap<(RepId, AccountId), NaiveDate>,
    /// The accounts whose visits are in `visits`.
    pub visits_loaded: HashSet<AccountId>,
}

impl Directory {
    /// The names of the active reps and accounts and of the skills that take
    /// ratings, from all records (archived and retired ones are left out).
    pub fn of(
        reps: &[crate::domain::Rep],
        accounts: &[crate::domain::Account],
        skills: &[crate::domain::Skill],
    ) -> Directory {
        Directory {
            questions: Vec::new(),
            reps: reps
                .iter()
                .filter(|r| !r.data.archived)
                .map(|r| (r.id, r.data.name.clone()))
                .collect(),
            accounts: accounts
                .iter()
                .filter(|a| !a.data.archived)
                .map(|a| (a.id, a.data.name.clone()))
                .collect(),
            skills: skills
                .iter()
                .filter(|s| !s.data.retired)
                .map(|s| (s.id, s.data.name.clone(), s.data.alias.clone()))
                .collect(),
            owners: accounts
                .iter()
                .filter(|a| !a.data.archived)
                .filter_map(|a| a.data.owner.map(|o| (a.id, o)))
                .collect(),
            successors: accounts
                .iter()
                .filter(|a| !a.data.archived)
                .filter_map(|a| a.data.handover.as_ref().map(|h| (a.id, h.successor)))
                .collect(),
            visits: HashMap::new(),
            visits_loaded: HashSet::new(),
        }
    }
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
    /// Who led a peer coaching session: the `@name` after `peer`.
    pub coach: Option<RepId>,
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
    /// How an ambiguous name was read ("read @dana as Dana Ortiz: Dana
    /// Ortiz owns Acme Tools"), for the preview and the saved message.
    pub settled: Option<String>,
    /// Set when the line is a stay conversation (`stay risk:... 2y:...`):
    /// saved as one, its notes private, instead of a session.
    pub stay: Option<StayCapture>,
    /// Set when the line is a play (`play: @author "Title" steps`): saved
    /// as a play, its author the rep, instead of a session.
    pub play: Option<PlayCapture>,
    /// Set when the line is a harvest answer (`know: #acme decides The COO`):
    /// saved as the account's answer to that question, dated as the line.
    pub know: Option<know_line::KnowCapture>,
}

/// Why a line could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureError {
    /// 1-based column (in characters) of the offending token.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// Accounts whose visits could settle an ambiguous name: the caller
    /// may load them into the directory and read the line again.
    pub wants_visits: Vec<AccountId>,
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for CaptureError {}

/// The kind words a line may start with.
fn kind_word(word: &str) -> Option<SessionKind> {
    match word.to_lowercase().as_str() {
        "ride" | "ride-along" => Some(SessionKind::RideAlong),
        "1:1" | "one-on-one" => Some(SessionKind::OneOnOne),
        "call" | "call-review" => Some(SessionKind::CallReview),
        "deal" | "deal-review" => Some(SessionKind::DealReview),
        "training" => Some(SessionKind::Training),
        "handover" | "handover-visit" => Some(SessionKind::HandoverVisit),
        "peer" | "peer-coaching" => Some(SessionKind::PeerCoaching),
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

fn error(column: usize, message: impl Into<String>) -> CaptureError {
    CaptureError {
        column,
        message: message.into(),
        wants_visits: Vec::new(),
    }
}

/// Reads `line` against `directory` on `today`; `defaults` stand in for a
/// missing `@rep` or `#account`.
pub fn parse(line: &str, directory: &Directory, today: NaiveDate, defaults: Defaults) -> Result<Capture, CaptureError> {
    let tokens = lexer::tokens(line).map_err(|e| error(e.column, "this quote is never closed"))?;
    let mut parser = parser::Parser {
        line,
        tokens,
        directory,
        today,
        notes: Pieces::default(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        todos: Vec::new(),
        rep: None,
        coach: None,
        account: None,
        pending_rep: None,
        pending_account: None,
        settled: None,
        stay: None,
        play: None,
        know: None,
        kind: None,
        date: None,
        follow_up: None,
        ratings: BTreeMap::new(),
    };
    parser.run()?;
    parser.settle(defaults)?;
    let play = match parser.play.take() {
        Some((column, skills)) => {
            let extra = !parser.ratings.is_empty()
                || !parser.todos.is_empty()
                || !parser.strengths.is_empty()
                || !parser.improvements.is_empty()
                || parser.follow_up.is_some();
            if extra {
                return Err(error(
                    column,
                    "a play takes an author, an account, skill aliases, a \"title\" and what to do; \
                     ratings, todos, strengths and follow-ups go in a session",
                ));
            }
            Some(play_line::title_and_steps(&parser.notes.text(line), column, skills)?)
        }
        None => None,
    };
    let stay = match parser.stay.take() {
        Some(fields) => {
            let column = fields.column;
            let extra = !parser.ratings.is_empty()
                || !parser.todos.is_empty()
                || !parser.strengths.is_empty()
                || !parser.improvements.is_empty()
                || parser.follow_up.is_some()
                || parser.account.is_some();
            if extra {
                return Err(error(
                    column,
                    "a stay conversation takes risk:, why:, 2y:, impact:, next: and notes; \
                     ratings, todos, strengths, accounts and follow-ups go in a session",
                ));
            }
            Some(fields.finish()?)
        }
        None => None,
    };
    let know = match parser.know.take() {
        Some(column) => {
            let extra = !parser.ratings.is_empty()
                || !parser.todos.is_empty()
                || !parser.strengths.is_empty()
                || !parser.improvements.is_empty()
                || parser.follow_up.is_some()
                || parser.kind.is_some();
            if extra {
                return Err(error(
                    column,
                    "a knowledge line takes an account, a question's key and the answer; \
                     ratings, todos, strengths and follow-ups go in a session",
                ));
            }
            let account = parser.account.or(defaults.account).ok_or_else(|| {
                error(
                    column,
                    "name the account the answer is about: know: #acme decides The COO signs",
                )
            })?;
            Some(know_line::question_and_answer(
                &parser.notes.text(line),
                column,
                account,
                directory,
            )?)
        }
        None => None,
    };
    // What the owner said is the account's: the rep defaults to its owner.
    let owner = know.as_ref().and_then(|k| directory.owners.get(&k.account).copied());
    let fallback = if know.is_some() {
        owner.or(defaults.rep)
    } else {
        defaults.rep
    };
    let rep = match (parser.rep, fallback) {
        (Some((rep, _)), _) => rep,
        (None, Some(rep)) => rep,
        (None, None) if know.is_some() => RepId::default(),
        (None, None) => return Err(error(1, "name the rep with @name, e.g. @dana")),
    };
    Ok(Capture {
        rep,
        account: parser.account.or(defaults.account),
        kind: parser.kind.unwrap_or(SessionKind::RideAlong),
        coach: parser.coach,
        date: parser.date.unwrap_or(today),
        notes: parser.notes.text(line),
        strengths: parser.strengths.join("\n"),
        improvements: parser.improvements.join("\n"),
        ratings: parser.ratings,
        todos: parser.todos,
        follow_up: parser.follow_up,
        settled: parser.settled,
        stay,
        play,
        know,
    })
}
