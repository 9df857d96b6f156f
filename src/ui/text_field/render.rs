//! Drawing a text field: only the lines on screen, scrolled so the cursor shows.

use super::TextField;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthChar;

impl TextField {
    /// Where the cursor was last drawn on screen, if the field has focus:
    /// the view puts the terminal's own cursor there, for input methods
    /// and screen readers to follow.
    pub fn screen_cursor(&self) -> Option<Position> {
        self.drawn_cursor.get()
    }
}

impl Widget for &TextField {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let height = area.height as usize;
        let width = area.width as usize;
        if self.is_empty() && !self.placeholder.is_empty() {
            let style = Style::default().fg(Color::DarkGray);
            buf.set_stringn(area.x + 1, area.y, &self.placeholder, width.saturating_sub(1), style);
        }
        let mut top = self.top.get();
        if self.row < top {
            top = self.row;
        } else if self.row >= top + height {
            top = self.row + 1 - height;
        }
        self.top.set(top);
        let cursor_x: usize = self.lines[self.row]
            .chars()
            .take(self.col)
            .map(|c| c.width().unwrap_or(0))
            .sum();
        let mut left = self.left.get();
        if cursor_x < left {
            left = cursor_x;
        } else if cursor_x >= left + width {
            left = cursor_x + 1 - width;
        }
        self.left.set(left);
        for (screen_row, line) in self.lines.iter().skip(top).take(height).enumerate() {
            let y = area.y + screen_row as u16;
            let mut x = 0usize;
            for c in line.chars() {
                let w = c.width().unwrap_or(0);
                if x + w > left + width {
                    break;
                }
                if x >= left && w > 0 {
                    let mut buffer = [0u8; 4];
                    buf[(area.x + (x - left) as u16, y)].set_symbol(c.encode_utf8(&mut buffer));
                }
                x += w;
            }
        }
        self.drawn_cursor.set(None);
        if self.focused {
            let x = area.x + (cursor_x - left) as u16;
            let y = area.y + (self.row - top) as u16;
            if x < area.x + area.width && y < area.y + area.height {
                let cell = &mut buf[(x, y)];
                cell.set_style(cell.style().add_modifier(Modifier::REVERSED));
                self.drawn_cursor.set(Some(Position { x, y }));
            }
        }
    }
}
