//! How the screen is divided: shared by the views, which draw into the
//! parts, and the state, which pages lists by the rows they show.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this size the screen says it is too small instead of drawing.
pub const MIN_SIZE: (u16, u16) = (40, 10);
/// From this width the detail sits beside the list, below it otherwise.
const WIDE: u16 = 100;

/// Splits the body into the list and the detail.
pub fn body_split(body: Rect) -> (Rect, Rect) {
    let (direction, list) = if body.width >= WIDE {
        (Direction::Horizontal, Constraint::Percentage(55))
    } else {
        (Direction::Vertical, Constraint::Percentage(45))
    };
    let parts = Layout::default()
        .direction(direction)
        .constraints([list, Constraint::Min(0)])
        .split(body);
    (parts[0], parts[1])
}

/// The tab bar, the body and the status line.
pub fn screen_split(area: Rect) -> (Rect, Rect, Rect) {
    let parts = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
        .split(area);
    (parts[0], parts[1], parts[2])
}

/// How many rows of a list are visible at this terminal size.
pub fn list_rows(size: (u16, u16)) -> usize {
    let (_, body, _) = screen_split(Rect::new(0, 0, size.0, size.1));
    let (list, _) = body_split(body);
    list.height.saturating_sub(3).max(1) as usize
}
