//! The quick-capture prompt: one line with a live preview, Tab completing
//! `@rep` and `#account` names, Up and Down recalling earlier lines.

use super::form::fields::{show_cursor, text_area};
use crate::domain::capture::{Defaults, Directory};
use crate::domain::matching::picker_rank;
use crate::ui::text_field::TextField;
use ratatui::crossterm::event::KeyEvent;

/// A completion in progress, so that Tab again offers the next name.
#[derive(Debug, Clone)]
struct Completion {
    start: usize,
    sigil: char,
    query: String,
    index: usize,
    result: String,
}

/// The open prompt.
pub struct Prompt {
    /// What is typed.
    pub area: TextField,
    /// The rep and account the line falls back on (the selection).
    pub defaults: Defaults,
    history_pos: Option<usize>,
    before_history: String,
    completion: Option<Completion>,
}

impl Prompt {
    /// An empty prompt.
    pub fn new(defaults: Defaults) -> Prompt {
        let mut area = text_area("");
        show_cursor(&mut area, true);
        area.set_placeholder_text("@rep #account notes disc:4 todo: send deck fri !follow 2w");
        Prompt {
            area,
            defaults,
            history_pos: None,
            before_history: String::new(),
            completion: None,
        }
    }

    /// The line.
    pub fn text(&self) -> String {
        self.area.lines().first().cloned().unwrap_or_default()
    }

    fn set_text(&mut self, text: &str, cursor: usize) {
        self.area = text_area(text);
        show_cursor(&mut self.area, true);
        self.area
            .set_placeholder_text("@rep #account notes disc:4 todo: send deck fri !follow 2w");
        self.area.set_cursor(0, cursor);
    }

    /// Passes a typed key to the line.
    pub fn input(&mut self, key: KeyEvent) {
        if self.area.input(key) {
            self.completion = None;
        }
    }

    /// Inserts pasted text as one line.
    pub fn paste(&mut self, text: &str) {
        self.area.insert_str(text.replace(['\r', '\n'], " "));
        self.completion = None;
    }

    /// Completes the `@name` or `#name` before the cursor; Tab again cycles
    /// through the other matches. Returns whether anything was completed.
    pub fn complete(&mut self, directory: &Directory) -> bool {
        let text = self.text();
        let chars: Vec<char> = text.chars().collect();
        let cursor = self.area.cursor().1.min(chars.len());
        let (start, sigil, query, index) = match &self.completion {
            Some(c) if c.result == text => (c.start, c.sigil, c.query.clone(), c.index + 1),
            _ => {
                let mut start = cursor;
                while start > 0 && !chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                let token: String = chars[start..cursor].iter().collect();
                let Some(sigil) = token.chars().next().filter(|c| *c == '@' || *c == '#') else {
                    return false;
                };
                (start, sigil, token[1..].trim_matches('"').to_string(), 0)
            }
        };
        let names: Vec<&str> = if sigil == '@' {
            directory.reps.iter().map(|(_, n)| n.as_str()).collect()
        } else {
            directory.accounts.iter().map(|(_, n)| n.as_str()).collect()
        };
        let ranked = picker_rank(&query, &names);
        if ranked.is_empty() {
            return false;
        }
        let name = names[ranked[index % ranked.len()]];
        let insert = if name.contains(char::is_whitespace) {
            format!("{sigil}\"{name}\" ")
        } else {
            format!("{sigil}{name} ")
        };
        let before: String = chars[..start].iter().collect();
        let after: String = chars[cursor..].iter().collect();
        let result = format!("{before}{insert}{}", after.trim_start());
        self.set_text(&result, start + insert.chars().count());
        self.completion = Some(Completion {
            start,
            sigil,
            query,
            index,
            result,
        });
        true
    }

    /// Steps through earlier lines (`step` -1 older, +1 newer); past the newest
    /// the line being typed comes back.
    pub fn recall(&mut self, history: &[String], step: isize) {
        if history.is_empty() {
            return;
        }
        let next = match (self.history_pos, step < 0) {
            (None, true) => {
                self.before_history = self.text();
                Some(history.len() - 1)
            }
            (None, false) => return,
            (Some(p), true) => Some(p.saturating_sub(1)),
            (Some(p), false) if p + 1 < history.len() => Some(p + 1),
            (Some(_), false) => None,
        };
        self.history_pos = next;
        let text = match next {
            Some(p) => history[p].clone(),
            None => std::mem::take(&mut self.before_history),
        };
        let end = text.chars().count();
        self.set_text(&text, end);
        self.completion = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountId, RepId};

    fn directory() -> Directory {
        Directory {
            reps: vec![
                (RepId(1), "Dana Ortiz".into()),
                (RepId(2), "Danielle Park".into()),
                (RepId(3), "Sam".into()),
            ],
            accounts: vec![(AccountId(1), "Acme Tools".into())],
            skills: Vec::new(),
            ..Directory::default()
        }
    }

    #[test]
    fn tab_completes_and_cycles() {
        let mut p = Prompt::new(Defaults::default());
        p.area.insert_str("@dan");
        assert!(p.complete(&directory()));
        assert_eq!(p.text(), "@\"Dana Ortiz\" ");
        assert!(p.complete(&directory()));
        assert_eq!(p.text(), "@\"Danielle Park\" ");
        p.area.insert_str("#ac");
        assert!(p.complete(&directory()));
        assert_eq!(p.text(), "@\"Danielle Park\" #\"Acme Tools\" ");
        p.area.insert_str("great");
        assert!(!p.complete(&directory()), "nothing to complete after plain words");
        let mut p = Prompt::new(Defaults::default());
        p.area.insert_str("@sa");
        p.complete(&directory());
        assert_eq!(p.text(), "@Sam ");
    }

    #[test]
    fn up_and_down_recall_earlier_lines() {
        let history = vec!["first".to_string(), "second".to_string()];
        let mut p = Prompt::new(Defaults::default());
        p.area.insert_str("typing");
        p.recall(&history, -1);
        assert_eq!(p.text(), "second");
        p.recall(&history, -1);
        p.recall(&history, -1);
        assert_eq!(p.text(), "first");
        p.recall(&history, 1);
        assert_eq!(p.text(), "second");
        p.recall(&history, 1);
        assert_eq!(p.text(), "typing");
    }
}
