//! The mouse: a click on a tab shows it, a click on a row selects it, a
//! click on a choice takes it, and the wheel scrolls lists, help and long
//! texts. Positions resolve through `layout`, where the views draw.

use super::action::{Action, Tab};
use super::app::{App, Overlay};
use super::layout::{body_split, chooser_box, screen_split, tab_at, today_lines, TodayLine};
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

/// Rows one notch of the wheel moves.
const WHEEL_ROWS: isize = 3;

impl App {
    /// Applies a click or a turn of the wheel.
    pub(super) fn mouse(&mut self, event: MouseEvent) {
        match event.kind {
            MouseEventKind::ScrollDown => self.wheel(WHEEL_ROWS),
            MouseEventKind::ScrollUp => self.wheel(-WHEEL_ROWS),
            MouseEventKind::Down(MouseButton::Left) => self.click(Position::new(event.column, event.row)),
            _ => {}
        }
    }

    fn wheel(&mut self, rows: isize) {
        match self.overlays.last_mut() {
            Some(Overlay::Help { .. } | Overlay::Text { .. }) => self.scroll_by(rows),
            Some(Overlay::Chooser(chooser)) => {
                let last = chooser.options.len().saturating_sub(1) as isize;
                chooser.highlight = (chooser.highlight as isize + rows).clamp(0, last) as usize;
            }
            // A form or a prompt keeps its place: the wheel is not typing.
            Some(_) => {}
            None => self.move_selection(|selected, _| selected + rows),
        }
    }

    /// Scrolls help or a long text by `rows`, never past its last line.
    pub(super) fn scroll_by(&mut self, rows: isize) {
        // Help is not wrapped: it stops with its last line at the bottom
        // (its box is the screen less a row above and below, and borders).
        // A long text wraps, so it may go on until its last line is at the top.
        let shown = usize::from(self.size.1.saturating_sub(4));
        let (scroll, last) = match self.overlays.last_mut() {
            Some(Overlay::Help { scroll }) => (scroll, super::keymap::help_line_count().saturating_sub(shown)),
            Some(Overlay::Text { scroll, lines, .. }) => (scroll, lines.len().saturating_sub(1)),
            _ => return,
        };
        let last = last.min(u16::MAX as usize) as isize;
        *scroll = (*scroll as isize + rows).clamp(0, last) as u16;
    }

    fn click(&mut self, at: Position) {
        let screen = Rect::new(0, 0, self.size.0, self.size.1);
        match self.overlays.last_mut() {
            Some(Overlay::Chooser(chooser)) => {
                let (rect, first) = chooser_box(screen, chooser.options.len(), chooser.highlight);
                let inner = rect.inner(ratatui::layout::Margin::new(1, 1));
                if inner.contains(at) {
                    let index = first + usize::from(at.y - inner.y);
                    if index < chooser.options.len() {
                        chooser.highlight = index;
                        self.act(Action::Accept);
                    }
                }
            }
            Some(_) => {}
            None => {
                let (bar, body, _) = screen_split(screen);
                if bar.contains(at) {
                    if let Some(tab) = tab_at(at.x) {
                        self.act(Action::GoTab(tab));
                    }
                    return;
                }
                let (list, _) = body_split(body, self.wide_list());
                if let Some(row) = self.row_at(list, at) {
                    self.move_selection(|_, _| row as isize);
                }
            }
        }
    }

    /// The list row drawn at `at` in the list panel `list`, if any.
    fn row_at(&self, list: Rect, at: Position) -> Option<usize> {
        let inner = list.inner(ratatui::layout::Margin::new(1, 1));
        if self.data.is_empty() || !inner.contains(at) {
            return None;
        }
        let line = usize::from(at.y - inner.y);
        let row = match self.tab {
            Tab::Today => {
                let rows = self.rows();
                let (lines, scroll) = today_lines(&self.data.insights.items, &rows, self.pane().selected, list.height);
                match lines.get(scroll + line) {
                    Some(TodayLine::Item(pos, _)) => *pos,
                    _ => return None,
                }
            }
            // The first line holds the column headers.
            _ => self.pane().offset + line.checked_sub(1)?,
        };
        (row < self.row_count()).then_some(row)
    }
}
