//! An editable text, one line or many, for form fields and the prompt.
//!
//! Every edit costs time proportional to the edited line only, and drawing
//! touches only the lines on screen, so a key press stays fast with a megabyte
//! of pasted notes (benches/typing.rs checks it).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::cell::Cell;

mod render;

/// A text with a cursor.
#[derive(Debug, Clone, Default)]
pub struct TextField {
    lines: Vec<String>,
    /// Cursor as (line, character index).
    row: usize,
    col: usize,
    focused: bool,
    placeholder: String,
    /// First line and first column on screen, adjusted while drawing.
    top: Cell<usize>,
    left: Cell<usize>,
    /// Where the last drawing put the cursor.
    drawn_cursor: Cell<Option<ratatui::layout::Position>>,
}

fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl TextField {
    /// A field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> TextField {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let row = lines.len() - 1;
        let col = lines[row].chars().count();
        TextField {
            lines,
            row,
            col,
            ..TextField::default()
        }
    }

    /// The lines of the text.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.lines.len() == 1 && self.lines[0].is_empty()
    }

    /// The cursor as (line, character index).
    pub fn cursor(&self) -> (usize, usize) {
        (self.row, self.col)
    }

    /// Moves the cursor (clamped to the text).
    pub fn set_cursor(&mut self, row: usize, col: usize) {
        self.row = row.min(self.lines.len() - 1);
        self.col = col.min(self.lines[self.row].chars().count());
    }

    /// The text shown dimmed while the field is empty.
    pub fn set_placeholder_text(&mut self, text: &str) {
        self.placeholder = text.to_string();
    }

    /// Shows or hides the cursor.
    pub fn set_focused(&mut self, focused: bool) {
        self.focused = focused;
    }

    fn line_len(&self) -> usize {
        self.lines[self.row].chars().count()
    }

    /// Inserts text at the cursor (line breaks split lines); returns whether anything changed.
    pub fn insert_str(&mut self, text: impl AsRef<str>) -> bool {
        let text = text.as_ref();
        if text.is_empty() {
            return false;
        }
        let line = &mut self.lines[self.row];
        let at = byte_at(line, self.col);
        let rest = line.split_off(at);
        let mut parts = text.split('\n');
        let first = parts.next().unwrap_or("");
        line.push_str(first);
        self.col += first.chars().count();
        for part in parts {
            self.row += 1;
            self.lines.insert(self.row, part.to_string());
            self.col = part.chars().count();
        }
        self.lines[self.row].push_str(&rest);
        true
    }

    fn backspace(&mut self) -> bool {
        if self.col > 0 {
            let line = &mut self.lines[self.row];
            let at = byte_at(line, self.col - 1);
            line.remove(at);
            self.col -= 1;
            true
        } else if self.row > 0 {
            let line = self.lines.remove(self.row);
            self.row -= 1;
            self.col = self.line_len();
            self.lines[self.row].push_str(&line);
            true
        } else {
            false
        }
    }

    fn delete(&mut self) -> bool {
        if self.col < self.line_len() {
            let line = &mut self.lines[self.row];
            let at = byte_at(line, self.col);
            line.remove(at);
            true
        } else if self.row + 1 < self.lines.len() {
            let next = self.lines.remove(self.row + 1);
            self.lines[self.row].push_str(&next);
            true
        } else {
            false
        }
    }

    fn word_left(&mut self) {
        let chars: Vec<char> = self.lines[self.row].chars().take(self.col).collect();
        let mut i = chars.len();
        while i > 0 && !is_word(chars[i - 1]) {
            i -= 1;
        }
        while i > 0 && is_word(chars[i - 1]) {
            i -= 1;
        }
        if i == 0 && self.col == 0 && self.row > 0 {
            self.row -= 1;
            self.col = self.line_len();
        } else {
            self.col = i;
        }
    }

    fn word_right(&mut self) {
        let chars: Vec<char> = self.lines[self.row].chars().collect();
        let mut i = self.col;
        if i >= chars.len() && self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
            return;
        }
        while i < chars.len() && !is_word(chars[i]) {
            i += 1;
        }
        while i < chars.len() && is_word(chars[i]) {
            i += 1;
        }
        self.col = i;
    }

    fn delete_word_back(&mut self) -> bool {
        let end = self.col;
        self.word_left();
        if self.col < end && self.row < self.lines.len() {
            let line = &mut self.lines[self.row];
            let (from, to) = (byte_at(line, self.col), byte_at(line, end));
            line.replace_range(from..to, "");
            true
        } else {
            false
        }
    }

    fn vertical(&mut self, step: isize) {
        let row = (self.row as isize + step).clamp(0, self.lines.len() as isize - 1) as usize;
        self.row = row;
        self.col = self.col.min(self.line_len());
    }

    /// Handles an editing key; returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Char('w') | KeyCode::Char('h') if ctrl => {
                if key.code == KeyCode::Char('w') {
                    self.delete_word_back()
                } else {
                    self.backspace()
                }
            }
            KeyCode::Char('u') if ctrl => {
                let line = &mut self.lines[self.row];
                let at = byte_at(line, self.col);
                line.replace_range(..at, "");
                let changed = self.col > 0;
                self.col = 0;
                changed
            }
            KeyCode::Char('k') if ctrl => {
                let line = &mut self.lines[self.row];
                let at = byte_at(line, self.col);
                let changed = at < line.len();
                line.truncate(at);
                changed
            }
            KeyCode::Char('a') if ctrl => {
                self.col = 0;
                false
            }
            KeyCode::Char('b') if alt => {
                self.word_left();
                false
            }
            KeyCode::Char('f') if alt => {
                self.word_right();
                false
            }
            KeyCode::Char(c) if !ctrl && !alt => {
                let mut buf = [0u8; 4];
                self.insert_str(c.encode_utf8(&mut buf))
            }
            KeyCode::Enter => self.insert_str("\n"),
            KeyCode::Backspace => self.backspace(),
            KeyCode::Delete => self.delete(),
            KeyCode::Left if ctrl || alt => {
                self.word_left();
                false
            }
            KeyCode::Right if ctrl || alt => {
                self.word_right();
                false
            }
            KeyCode::Left => {
                if self.col > 0 {
                    self.col -= 1;
                } else if self.row > 0 {
                    self.row -= 1;
                    self.col = self.line_len();
                }
                false
            }
            KeyCode::Right => {
                if self.col < self.line_len() {
                    self.col += 1;
                } else if self.row + 1 < self.lines.len() {
                    self.row += 1;
                    self.col = 0;
                }
                false
            }
            KeyCode::Up => {
                self.vertical(-1);
                false
            }
            KeyCode::Down => {
                self.vertical(1);
                false
            }
            KeyCode::PageUp => {
                self.vertical(-10);
                false
            }
            KeyCode::PageDown => {
                self.vertical(10);
                false
            }
            KeyCode::Home => {
                self.col = 0;
                false
            }
            KeyCode::End => {
                self.col = self.line_len();
                false
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Modifier;
    use ratatui::widgets::Widget;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_editing_and_moving() {
        let mut f = TextField::new("");
        for c in "héllo wörld".chars() {
            f.input(key(KeyCode::Char(c)));
        }
        assert_eq!(f.lines(), ["héllo wörld"]);
        f.input(KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(f.lines(), ["héllo "]);
        f.input(key(KeyCode::Enter));
        f.insert_str("second\nthird");
        assert_eq!(f.lines(), ["héllo ", "second", "third"]);
        f.input(key(KeyCode::Home));
        f.input(key(KeyCode::Backspace));
        assert_eq!(f.lines(), ["héllo ", "secondthird"]);
        assert_eq!(f.cursor(), (1, 6));
        f.input(key(KeyCode::Up));
        f.input(key(KeyCode::End));
        f.input(key(KeyCode::Delete));
        assert_eq!(f.lines(), ["héllo secondthird"]);
        f.input(KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL));
        assert_eq!(f.cursor(), (0, 0));
        f.input(KeyEvent::new(KeyCode::Right, KeyModifiers::CONTROL));
        assert_eq!(f.cursor(), (0, 5));
    }

    #[test]
    fn draws_only_what_is_on_screen_with_the_cursor_visible() {
        let mut f = TextField::new(&(0..100).map(|i| format!("line {i}")).collect::<Vec<_>>().join("\n"));
        f.set_focused(true);
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 3));
        (&f).render(Rect::new(0, 0, 10, 3), &mut buf);
        let row = |y: u16| (0..10).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>();
        assert_eq!(row(2).trim_end(), "line 99");
        assert!(
            buf[(7, 2)].style().add_modifier.contains(Modifier::REVERSED),
            "cursor after the text"
        );
    }
}
