//! How the screen is divided: shared by the views, which draw into the
//! parts, and the state, which pages lists by the rows they show.

use super::action::Tab;
use super::insights::{TodayItem, SECTIONS};
use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this size the screen says it is too small instead of drawing.
pub const MIN_SIZE: (u16, u16) = (40, 10);
/// From this width the detail sits beside the list, below it otherwise.
const WIDE: u16 = 100;

/// From this width a wide list (the succession view) still has the
/// detail beside it; below, the detail goes under the list.
const WIDE_LIST: u16 = 170;

/// Splits the body into the list and the detail. A `wide_list` (the
/// succession view, with nine columns) takes the whole width unless the
/// screen is very wide.
pub fn body_split(body: Rect, wide_list: bool) -> (Rect, Rect) {
    let side_by_side = if wide_list { WIDE_LIST } else { WIDE };
    let (direction, list) = if body.width >= side_by_side {
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
pub fn list_rows(size: (u16, u16), wide_list: bool) -> usize {
    let (_, body, _) = screen_split(Rect::new(0, 0, size.0, size.1));
    let (list, _) = body_split(body, wide_list);
    list.height.saturating_sub(3).max(1) as usize
}

/// A tab's label in the tab bar (" 1 Reps "); one space follows each.
pub fn tab_label(index: usize, tab: Tab) -> String {
    format!(" {} {} ", index + 1, tab.title())
}

/// The tab whose label is at column `x` of the tab bar.
pub fn tab_at(x: u16) -> Option<Tab> {
    let mut start = 0usize;
    for (i, tab) in Tab::ALL.iter().enumerate() {
        let end = start + unicode_width::UnicodeWidthStr::width(tab_label(i, *tab).as_str());
        if (start..end).contains(&(x as usize)) {
            return Some(*tab);
        }
        start = end + 1;
    }
    None
}

/// A rectangle of at most `width` x `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Where a chooser of `options` sits, and the first option it shows
/// with `highlight` highlighted.
pub fn chooser_box(area: Rect, options: usize, highlight: usize) -> (Rect, usize) {
    let height = (options as u16).saturating_add(2).min(area.height);
    let rect = centered(area, 60, height);
    (rect, highlight.saturating_sub(rect.height.saturating_sub(3) as usize))
}

/// One line of the Today list, before it is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodayLine {
    /// Between sections.
    Blank,
    /// A section's title and how many items it has.
    Header(usize, usize),
    /// What an empty section says.
    Nothing(usize),
    /// An item: its row in the list and its index among the items.
    Item(usize, usize),
}

/// Every line of the Today list (sections in order, the visible `rows` of
/// `items` in each) and the first line shown in a panel `height` rows high
/// with row `selected` on screen. Cheap: nothing is formatted.
pub fn today_lines(items: &[TodayItem], rows: &[usize], selected: usize, height: u16) -> (Vec<TodayLine>, usize) {
    let mut lines: Vec<TodayLine> = Vec::new();
    let mut selected_line = 0;
    for section in 0..SECTIONS.len() {
        if !lines.is_empty() {
            lines.push(TodayLine::Blank);
        }
        let header = lines.len();
        lines.push(TodayLine::Header(section, 0));
        let mut count = 0;
        for (pos, &i) in rows.iter().enumerate() {
            if items[i].section() == section {
                if pos == selected {
                    selected_line = lines.len();
                }
                lines.push(TodayLine::Item(pos, i));
                count += 1;
            }
        }
        lines[header] = TodayLine::Header(section, count);
        if count == 0 {
            lines.push(TodayLine::Nothing(section));
        }
    }
    let visible = height.saturating_sub(2) as usize;
    let scroll = selected_line.saturating_sub(visible.saturating_sub(2));
    (lines, scroll)
}
