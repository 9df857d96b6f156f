//! The parser proper: walks the tokens once, collecting segments and
//! resolving names, dates and ratings as it goes.

use super::lexer::Token;
use super::{error, kind_word, rating_parts, role, CaptureError, Directory, Pieces, Role, Todo};
use crate::domain::dates::{parse_date, Direction};
use crate::domain::lines::trailing_due;
use crate::domain::matching::{find_by_name, resolve_name};
use crate::domain::{AccountId, CommitmentOwner, RepId, SessionKind, SkillId};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A text segment being collected: notes, a strength, an improvement or a todo.
pub(super) enum Segment {
    Notes,
    Strength(Pieces),
    Improvement(Pieces),
    Todo(CommitmentOwner, Vec<usize>, usize),
}

/// A name that fits several records, left for `settle` to decide.
pub(super) struct Pending<Id> {
    /// The records it fits.
    pub(super) ids: Vec<Id>,
    /// Where it is on the line.
    pub(super) column: usize,
    /// The name as written.
    pub(super) query: String,
    /// The error if nothing settles it.
    pub(super) message: String,
}

pub(super) struct Parser<'a> {
    pub(super) line: &'a str,
    pub(super) tokens: Vec<Token<'a>>,
    pub(super) directory: &'a Directory,
    pub(super) today: NaiveDate,
    pub(super) notes: Pieces,
    pub(super) strengths: Vec<String>,
    pub(super) improvements: Vec<String>,
    pub(super) todos: Vec<Todo>,
    pub(super) rep: Option<(RepId, usize)>,
    /// A peer coaching line's second `@name`: the rep who led it.
    pub(super) coach: Option<RepId>,
    pub(super) account: Option<AccountId>,
    pub(super) pending_rep: Option<Pending<RepId>>,
    pub(super) pending_account: Option<Pending<AccountId>>,
    /// How an ambiguous name was settled, for the preview.
    pub(super) settled: Option<String>,
    /// A stay conversation's fields, once the line starts with `stay`.
    pub(super) stay: Option<super::stay_line::StayFields>,
    /// A play line (`play:` first): its column and the skills named so far.
    pub(super) play: Option<(usize, Vec<SkillId>)>,
    /// A knowledge line (`know:` first): its column.
    pub(super) know: Option<usize>,
    pub(super) kind: Option<SessionKind>,
    pub(super) date: Option<NaiveDate>,
    pub(super) follow_up: Option<NaiveDate>,
    pub(super) ratings: BTreeMap<SkillId, u8>,
}

impl Parser<'_> {
    pub(super) fn run(&mut self) -> Result<(), CaptureError> {
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
                            let first_word = self.kind.is_none()
                                && self.stay.is_none()
                                && self.play.is_none()
                                && self.know.is_none()
                                && self.notes.is_empty();
                            if first_word && token.text.eq_ignore_ascii_case("know:") {
                                self.know = Some(token.column);
                                i += 1;
                                continue;
                            }
                            if first_word && token.text.eq_ignore_ascii_case("play:") {
                                self.play = Some((token.column, Vec::new()));
                                i += 1;
                                continue;
                            }
                            if let Some(skill) = self.play_skill(token.text) {
                                if let Some((_, skills)) = self.play.as_mut() {
                                    skills.push(skill);
                                }
                                i += 1;
                                continue;
                            }
                            if first_word && token.text.eq_ignore_ascii_case("stay") {
                                self.stay = Some(super::stay_line::StayFields::at(token.column));
                                i += 1;
                                continue;
                            }
                            if first_word {
                                if let Some(kind) = kind_word(token.text) {
                                    self.kind = Some(kind);
                                    i += 1;
                                    continue;
                                }
                            }
                            if self.stay_field(token.text, token.column)? {
                                i += 1;
                                continue;
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
        let texts: Vec<&str> = words.iter().map(|&i| text_of(self, i)).collect();
        let due = trailing_due(&texts, self.today).map(|(count, date)| {
            words.truncate(words.len() - count);
            date
        });
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
        let named_at = self.rep.map(|r| r.1).or(self.pending_rep.as_ref().map(|p| p.column));
        let query = name_query(&token.text[1..]);
        let names: Vec<(RepId, &str)> = self.directory.reps.iter().map(|(id, n)| (*id, n.as_str())).collect();
        if let Some(column) = named_at {
            if self.kind == Some(SessionKind::PeerCoaching) && self.coach.is_none() {
                let coach =
                    resolve_name("rep", &query, &names).map_err(|m| error(token.column, m.error.to_string()))?;
                self.coach = Some(coach);
                return Ok(());
            }
            return Err(error(
                token.column,
                format!(
                    "a line names one rep; the rep was already named at column {column} \
                     (in peer coaching, the coach follows the word peer: @dana peer @pat)"
                ),
            ));
        }
        match resolve_name("rep", &query, &names) {
            Ok(id) => self.rep = Some((id, token.column)),
            Err(miss) if miss.candidates.len() > 1 => {
                self.pending_rep = Some(Pending {
                    ids: miss.candidates,
                    column: token.column,
                    query,
                    message: miss.error.names_only().to_string(),
                })
            }
            Err(miss) => return Err(error(token.column, miss.error.names_only().to_string())),
        }
        Ok(())
    }

    fn account(&mut self, token: &Token<'_>) -> Result<(), CaptureError> {
        if self.account.is_some() || self.pending_account.is_some() {
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
        match resolve_name("account", &query, &names) {
            Ok(id) => self.account = Some(id),
            Err(miss) if miss.candidates.len() > 1 => {
                self.pending_account = Some(Pending {
                    ids: miss.candidates,
                    column: token.column,
                    query,
                    message: miss.error.names_only().to_string(),
                })
            }
            Err(miss) => return Err(error(token.column, miss.error.names_only().to_string())),
        }
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
                    .map_err(|e| error(token.column, e.names_only().to_string()))?
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

impl Parser<'_> {
    /// In a play line before its title: a skill alias names a skill it serves.
    fn play_skill(&self, word: &str) -> Option<SkillId> {
        if self.play.is_none() || !self.notes.is_empty() {
            return None;
        }
        self.directory
            .skills
            .iter()
            .find(|(_, _, alias)| alias.eq_ignore_ascii_case(word))
            .map(|(id, _, _)| *id)
    }
}
