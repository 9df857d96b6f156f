//! What a read line becomes (a session and its commitments) and how it is
//! said back in one line.

use super::{Capture, Directory};
use crate::domain::{CommitmentData, SessionData};

impl Capture {
    /// The session and the commitments this capture makes.
    pub fn to_session(&self) -> (SessionData, Vec<CommitmentData>) {
        let mut session = SessionData::new(self.rep, self.date);
        session.account = self.account;
        session.kind = self.kind;
        session.coach = self.coach;
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
        if let Some(know) = &self.know {
            let account = directory
                .accounts
                .iter()
                .find(|(i, _)| *i == know.account)
                .map_or("?", |(_, n)| n.as_str());
            return format!(
                "what the owner knows about {account} on {}: {} {}",
                self.date, know.asked, know.answer
            );
        }
        if let Some(play) = &self.play {
            let skills: Vec<&str> = play
                .skills
                .iter()
                .filter_map(|s| {
                    directory
                        .skills
                        .iter()
                        .find(|(id, _, _)| id == s)
                        .map(|(_, n, _)| n.as_str())
                })
                .collect();
            let skills = if skills.is_empty() {
                String::new()
            } else {
                format!(" for {}", skills.join(", "))
            };
            return format!("play \"{}\" by {}{skills}", play.title, rep.unwrap_or("?"));
        }
        if let Some(stay) = &self.stay {
            let reasons: Vec<&str> = stay.reasons.iter().map(|r| r.label()).collect();
            let why = if reasons.is_empty() {
                String::new()
            } else {
                format!(" ({})", reasons.join(", "))
            };
            return format!(
                "stay conversation with {} on {}: risk {}{why}, here in two years: {}",
                rep.unwrap_or("?"),
                self.date,
                stay.risk,
                stay.two_years
            );
        }
        let mut text = format!("{} with {}", self.kind.label(), rep.unwrap_or("?"));
        if let Some((_, coach)) = self.coach.and_then(|c| directory.reps.iter().find(|(i, _)| *i == c)) {
            text.push_str(&format!(" led by {coach}"));
        }
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
        if let Some(settled) = &self.settled {
            text.push_str(&format!(" ({settled})"));
        }
        text
    }
}
