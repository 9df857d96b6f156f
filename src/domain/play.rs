//! Plays: one piece of know-how from a rep (usually a senior), written down
//! so it outlasts their retirement: the situation it fits, what to do, the
//! pitfalls, the skills it serves, and where it was seen working.

use super::fields::FieldId;
use super::ids::{AccountId, Meta, PlayId, RepId, SessionId, SkillId};
use super::validation::{check_name, trim_in_place, FieldErrors};
use chrono::NaiveDate;

/// The editable part of a play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayData {
    /// What it is called ("Trade, never give"); required, one line.
    pub title: String,
    /// The situation it fits ("buyer asks for a discount at the last meeting").
    pub situation: String,
    /// What to do.
    pub steps: String,
    /// What goes wrong.
    pub pitfalls: String,
    /// The rubric skills it serves.
    pub skills: Vec<SkillId>,
    /// The industry it fits, if any.
    pub industry: String,
    /// The account it comes from or fits, if any.
    pub account: Option<AccountId>,
    /// The product it is about, if any.
    pub product: String,
    /// The rep whose know-how it is.
    pub author: Option<RepId>,
    /// When it was written down.
    pub date: NaiveDate,
    /// Sessions where it was seen working.
    pub sessions: Vec<SessionId>,
    /// Archived plays are hidden but restorable.
    pub archived: bool,
}

impl PlayData {
    /// A play titled `title`, written on `date`, before anything else is filled in.
    pub fn new(title: impl Into<String>, date: NaiveDate) -> PlayData {
        PlayData {
            title: title.into(),
            situation: String::new(),
            steps: String::new(),
            pitfalls: String::new(),
            skills: Vec::new(),
            industry: String::new(),
            account: None,
            product: String::new(),
            author: None,
            date,
            sessions: Vec::new(),
            archived: false,
        }
    }

    /// Trims, drops repeats, and checks that it says what to do.
    pub fn validated(mut self) -> Result<PlayData, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_name(&mut self.title, FieldId::Title, "a play", &mut errors);
        for text in [
            &mut self.situation,
            &mut self.steps,
            &mut self.pitfalls,
            &mut self.industry,
            &mut self.product,
        ] {
            trim_in_place(text);
        }
        if self.situation.is_empty() && self.steps.is_empty() {
            errors.add(FieldId::Steps, "say what to do, or the situation it fits");
        }
        self.skills.sort();
        self.skills.dedup();
        self.sessions.sort();
        self.sessions.dedup();
        errors.into_result(self)
    }
}

/// A saved play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Play {
    /// Row id.
    pub id: PlayId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: PlayData,
}

/// A play drafted from a session where something worked: its author the
/// rep, its account the session's, its title the first sentence of what
/// went well, its steps the notes, its skills those rated 4-5, and the
/// session as where it was seen working. The manager edits it from there.
pub fn draft_from_session(session: &super::Session, today: NaiveDate) -> PlayData {
    let d = &session.data;
    let source = if d.strengths.trim().is_empty() {
        &d.notes
    } else {
        &d.strengths
    };
    let first = source
        .split(['.', '\n', ';'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let mut play = PlayData::new(super::text::truncate(first, 60), today);
    play.situation = d.objective.clone();
    play.steps = d.notes.clone();
    play.skills = d
        .ratings
        .iter()
        .filter(|(_, score)| **score >= 4)
        .map(|(s, _)| *s)
        .collect();
    play.author = Some(d.rep);
    play.account = d.account;
    play.sessions = vec![session.id];
    play
}

/// The plays that fit a rep: for a skill they are working on, or for an
/// account they ride to (the brief and the 1:1 sheet list these).
pub fn fitting(plays: Vec<Play>, focus: &[SkillId], accounts: &[AccountId]) -> Vec<Play> {
    plays
        .into_iter()
        .filter(|p| {
            !p.data.archived
                && (p.data.skills.iter().any(|s| focus.contains(s))
                    || p.data.account.is_some_and(|a| accounts.contains(&a)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_play_needs_a_title_and_something_to_do() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut play = PlayData::new("  Trade, never give ", date);
        assert!(play.clone().validated().unwrap_err().get(FieldId::Steps).is_some());
        play.steps = " Ask what they give in return ".into();
        play.skills = vec![SkillId(3), SkillId(1), SkillId(3)];
        let play = play.validated().unwrap();
        assert_eq!(play.title, "Trade, never give");
        assert_eq!(play.steps, "Ask what they give in return");
        assert_eq!(play.skills, vec![SkillId(1), SkillId(3)]);
        let mut untitled = play.clone();
        untitled.title = " ".into();
        assert!(untitled.validated().unwrap_err().get(FieldId::Title).is_some());
    }
}
