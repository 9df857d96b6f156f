//! The kinds of input a form field can be: text, a name picker, a choice, ratings.

use crate::domain::matching::{find_by_name, picker_rank};
use crate::domain::SkillId;
use crate::ui::text_field::TextField;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use std::collections::BTreeMap;

/// A text field holding `text`, the cursor at its end.
pub fn text_area(text: &str) -> TextField {
    TextField::new(text)
}

/// Shows or hides a field's cursor.
pub fn show_cursor(area: &mut TextField, focused: bool) {
    area.set_focused(focused);
}

/// A name picker: typing narrows the options, Up/Down highlight, Enter accepts.
pub struct Picker {
    /// What is typed.
    pub area: TextField,
    /// Ids and names to choose from.
    pub options: Vec<(i64, String)>,
    /// Which of the current matches is highlighted.
    pub highlight: usize,
    /// What the options are ("rep", "account"), for messages.
    pub what: &'static str,
}

impl Picker {
    /// A picker over `options`, showing `current`'s name if set.
    pub fn new(what: &'static str, options: Vec<(i64, String)>, current: Option<i64>) -> Picker {
        let name = current
            .and_then(|id| options.iter().find(|(i, _)| *i == id))
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        Picker {
            area: text_area(&name),
            options,
            highlight: 0,
            what,
        }
    }

    /// What is typed.
    pub fn query(&self) -> &str {
        self.area.lines().first().map(String::as_str).unwrap_or("")
    }

    /// The options matching the query, best first.
    pub fn matches(&self) -> Vec<usize> {
        let names: Vec<&str> = self.options.iter().map(|(_, n)| n.as_str()).collect();
        picker_rank(self.query(), &names)
    }

    /// Fills in the highlighted match; returns whether there was one.
    pub fn accept(&mut self) -> bool {
        let matches = self.matches();
        if self.query().trim().is_empty() {
            return true;
        }
        match matches.get(self.highlight.min(matches.len().saturating_sub(1))) {
            Some(&index) => {
                let name = self.options[index].1.clone();
                self.area = text_area(&name);
                self.highlight = 0;
                true
            }
            None => false,
        }
    }

    /// Moves the highlight by `step` within the matches.
    pub fn move_highlight(&mut self, step: isize) {
        let count = self.matches().len();
        if count > 0 {
            self.highlight = (self.highlight as isize + step).clamp(0, count as isize - 1) as usize;
        }
    }

    /// The chosen id: none when empty, else the one name the text picks
    /// (exactly, or by the same rules as the command line).
    pub fn resolve(&self) -> Result<Option<i64>, String> {
        let query = self.query().trim();
        if query.is_empty() {
            return Ok(None);
        }
        if let Some((id, _)) = self.options.iter().find(|(_, n)| n.eq_ignore_ascii_case(query)) {
            return Ok(Some(*id));
        }
        let names: Vec<(i64, &str)> = self.options.iter().map(|(i, n)| (*i, n.as_str())).collect();
        find_by_name(self.what, query, &names)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}

/// One of a few fixed values, cycled with Left/Right/Space or chosen by its first letter.
pub struct Choice {
    /// (stored value, label); a "" value means unset.
    pub options: Vec<(&'static str, &'static str)>,
    /// The current one.
    pub index: usize,
}

impl Choice {
    /// A choice set to `current` (or the first option).
    pub fn new(options: Vec<(&'static str, &'static str)>, current: &str) -> Choice {
        let index = options.iter().position(|(v, _)| *v == current).unwrap_or(0);
        Choice { options, index }
    }

    /// The stored value of the current option.
    pub fn value(&self) -> &'static str {
        self.options.get(self.index).map(|(v, _)| *v).unwrap_or("")
    }

    /// Handles a key; returns whether the value changed.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let count = self.options.len();
        let before = self.index;
        match key.code {
            KeyCode::Right | KeyCode::Char(' ') => self.index = (self.index + 1) % count,
            KeyCode::Left => self.index = (self.index + count - 1) % count,
            KeyCode::Char(c) => {
                let c = c.to_ascii_lowercase();
                let starts = |i: &usize| {
                    let (value, label) = self.options[*i];
                    label.to_lowercase().starts_with(c) || value.starts_with(c)
                };
                let next = (1..=count).map(|k| (self.index + k) % count).find(starts);
                if let Some(i) = next {
                    self.index = i;
                }
            }
            _ => {}
        }
        before != self.index
    }
}

/// A rating from 1 to 5 per skill, set with one key on the highlighted skill.
pub struct Ratings {
    /// The skills offered: id, name, alias.
    pub skills: Vec<(SkillId, String, String)>,
    /// The ratings given.
    pub values: BTreeMap<SkillId, u8>,
    /// The highlighted skill.
    pub cursor: usize,
}

impl Ratings {
    /// Handles a digit (1-5 sets, 0/Backspace/Delete clears); returns whether it changed.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let Some((skill, _, _)) = self.skills.get(self.cursor) else {
            return false;
        };
        let skill = *skill;
        match key.code {
            KeyCode::Char(c @ '1'..='5') => {
                let score = c as u8 - b'0';
                let changed = self.values.get(&skill) != Some(&score);
                self.values.insert(skill, score);
                if self.cursor + 1 < self.skills.len() {
                    self.cursor += 1;
                }
                changed
            }
            KeyCode::Char('0') | KeyCode::Backspace | KeyCode::Delete | KeyCode::Char(' ') => {
                self.values.remove(&skill).is_some()
            }
            _ => false,
        }
    }

    /// Moves the highlight; returns false at either end so focus can move on.
    pub fn move_cursor(&mut self, step: isize) -> bool {
        let next = self.cursor as isize + step;
        if next < 0 || next >= self.skills.len() as isize {
            return false;
        }
        self.cursor = next as usize;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn picker_narrows_accepts_and_resolves() {
        let options = vec![(1, "Dana Ortiz".to_string()), (2, "Sam Lee".to_string())];
        let mut picker = Picker::new("rep", options, None);
        assert_eq!(picker.matches(), vec![0, 1]);
        picker.area.insert_str("sa");
        assert_eq!(picker.matches(), vec![1]);
        assert!(picker.accept());
        assert_eq!(picker.query(), "Sam Lee");
        assert_eq!(picker.resolve(), Ok(Some(2)));
        picker.area = text_area("zed");
        assert!(!picker.accept());
        assert!(picker.resolve().unwrap_err().contains("no rep matches"));
        picker.area = text_area("");
        assert_eq!(picker.resolve(), Ok(None));
    }

    #[test]
    fn choice_cycles_and_jumps_by_letter() {
        let mut choice = Choice::new(
            vec![("", "—"), ("low", "low"), ("medium", "medium"), ("high", "high")],
            "",
        );
        assert!(choice.handle(&key(KeyCode::Char('h'))));
        assert_eq!(choice.value(), "high");
        choice.handle(&key(KeyCode::Right));
        assert_eq!(choice.value(), "");
        choice.handle(&key(KeyCode::Left));
        assert_eq!(choice.value(), "high");
    }

    #[test]
    fn ratings_take_one_key_per_skill() {
        let mut ratings = Ratings {
            skills: vec![
                (SkillId(1), "Discovery".into(), "disc".into()),
                (SkillId(2), "Closing".into(), "close".into()),
            ],
            values: BTreeMap::new(),
            cursor: 0,
        };
        assert!(ratings.handle(&key(KeyCode::Char('4'))));
        assert_eq!(ratings.cursor, 1, "moves on to the next skill");
        assert!(ratings.handle(&key(KeyCode::Char('2'))));
        assert!(!ratings.handle(&key(KeyCode::Char('9'))));
        assert!(ratings.handle(&key(KeyCode::Char('0'))));
        assert_eq!(ratings.values, BTreeMap::from([(SkillId(1), 4)]));
        assert!(!ratings.move_cursor(1));
        assert!(ratings.move_cursor(-1));
    }
}
