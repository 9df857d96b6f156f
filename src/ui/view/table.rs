//! The list half of a tab: a bordered table that draws only the rows on screen.

use super::style::Theme;
use crate::domain::text::truncate;
use crate::ui::lists::ListPane;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// A column of a list: its header, its width (0 fills what is left) and
/// whether it may be dropped when the list is narrow (lowest first).
pub struct Column {
    /// The header.
    pub header: &'static str,
    /// Columns wide; 0 takes the room left.
    pub width: u16,
    /// 0 always shows; higher numbers are dropped first when room is short.
    pub drop_order: u8,
}

/// A column that always shows.
pub const fn keep(header: &'static str, width: u16) -> Column {
    Column {
        header,
        width,
        drop_order: 0,
    }
}

/// A column dropped when room is short (higher `order` goes first).
pub const fn optional(header: &'static str, width: u16, order: u8) -> Column {
    Column {
        header,
        width,
        drop_order: order,
    }
}

/// Room a filling column needs at least.
const FILL_MIN: u16 = 14;

/// Which columns fit in `width`: drops optional ones, highest order first,
/// until the fixed ones leave each filling column `FILL_MIN`.
fn fitting(columns: &[Column], width: u16) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    loop {
        let need: u16 = shown
            .iter()
            .map(|&i| columns[i].width.max(if columns[i].width == 0 { FILL_MIN } else { 0 }) + 1)
            .sum();
        if need <= width {
            return shown;
        }
        let drop = shown
            .iter()
            .copied()
            .filter(|&i| columns[i].drop_order > 0)
            .max_by_key(|&i| columns[i].drop_order);
        match drop {
            Some(i) => shown.retain(|&j| j != i),
            None => return shown,
        }
    }
}

/// A list to draw: its title, columns and the cells of the visible rows.
pub struct ListView<'a> {
    /// "Reps"
    pub title: &'a str,
    /// Rows in the list in all (after filtering).
    pub total: usize,
    /// The rows are still being read (a search on the reader thread).
    pub busy: bool,
    /// The columns, in order.
    pub columns: &'a [Column],
    /// The cells of rows `pane.offset ..`, at most one page, one per column.
    pub rows: Vec<Vec<Line<'a>>>,
}

/// The range of row indices on screen for `pane` in an area `height` rows high.
pub fn window(pane: &ListPane, total: usize, height: u16) -> std::ops::Range<usize> {
    let page = height.saturating_sub(3).max(1) as usize;
    let start = pane.offset.min(total);
    start..(start + page).min(total)
}

/// What a list's title adds while a filter is kept: the words and how to
/// drop them, so a filter never hides rows unseen.
pub fn filter_note(pane: &ListPane) -> String {
    match (pane.filter.trim().is_empty(), pane.filtering) {
        (true, _) => String::new(),
        (false, true) => format!("/{} ", pane.filter),
        (false, false) => format!("filter /{} (Esc clears) ", pane.filter.trim()),
    }
}

/// What the title says when the width left columns out, so nothing is
/// missing unseen: "· Target, Known hidden ", or "· 4 columns hidden " when
/// the names would not fit in `room`.
fn hidden_note(columns: &[Column], shown: &[usize], room: usize) -> String {
    let hidden: Vec<&str> = (0..columns.len())
        .filter(|i| !shown.contains(i))
        .map(|i| columns[i].header)
        .collect();
    if hidden.is_empty() {
        return String::new();
    }
    let named = format!("· {} hidden ", hidden.join(", "));
    if named.chars().count() <= room {
        named
    } else {
        format!(
            "· {} hidden ",
            crate::domain::text::count(hidden.len() as i64, "column")
        )
    }
}

/// Draws the list with its filter in the title and the selection highlighted.
pub fn render(frame: &mut Frame<'_>, area: Rect, view: ListView<'_>, pane: &ListPane, theme: &Theme) {
    let mut title = match view.busy {
        true => format!(" {} (searching…) ", view.title),
        false => format!(" {} ({}) ", view.title, view.total),
    };
    title.push_str(&filter_note(pane));
    let inner_width = area.width.saturating_sub(2);
    let shown = fitting(view.columns, inner_width);
    let room = (inner_width as usize).saturating_sub(title.chars().count());
    title.push_str(&hidden_note(view.columns, &shown, room));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(panel_title(&title, area, theme.title));
    if view.total == 0 {
        let text = if view.busy {
            "Searching…"
        } else if pane.filter.is_empty() {
            "Nothing here yet: n adds one."
        } else {
            "Nothing matches the filter (Esc clears it)."
        };
        frame.render_widget(Paragraph::new(text).block(block).wrap(Wrap { trim: true }), area);
        return;
    }
    let constraints: Vec<Constraint> = shown
        .iter()
        .map(|&i| match view.columns[i].width {
            0 => Constraint::Fill(1),
            w => Constraint::Length(w),
        })
        .collect();
    let cell_widths: Vec<usize> = Layout::horizontal(constraints.iter().copied())
        .spacing(1)
        .split(Rect::new(0, 0, inner_width, 1))
        .iter()
        .map(|r| r.width as usize)
        .collect();
    let selected = pane.selected.saturating_sub(pane.offset);
    let rows = view.rows.into_iter().enumerate().map(|(i, cells)| {
        let cells = cells
            .into_iter()
            .enumerate()
            .filter(|(c, _)| shown.contains(c))
            .zip(&cell_widths)
            .map(|((_, line), width)| Cell::from(fit(line, *width)));
        let row = Row::new(cells);
        if i == selected {
            row.style(theme.selected)
        } else {
            row
        }
    });
    let header = Row::new(shown.iter().map(|&i| Cell::from(view.columns[i].header))).style(theme.header);
    let table = Table::new(rows, constraints)
        .header(header)
        .block(block)
        .column_spacing(1);
    frame.render_widget(table, area);
}

/// Cuts a line of spans to `width` columns, ending with "…" when cut.
fn fit(line: Line<'_>, width: usize) -> Line<'static> {
    let mut left = width;
    let total: usize = line.spans.iter().map(|s| s.width()).sum();
    let mut spans = Vec::new();
    for span in line.spans {
        if left == 0 {
            break;
        }
        let room = if total > width { left } else { usize::MAX };
        let text = truncate(&span.content, room);
        left = left.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
        let cut = text.ends_with('…') && text != span.content;
        spans.push(Span::styled(text, span.style));
        if cut {
            break;
        }
    }
    Line::from(spans)
}

/// Splits `text` into spans with the words that start with one of `terms`
/// marked, so search matches stand out.
pub fn highlight(text: &str, terms: &[String], base: Style, mark: Style) -> Line<'static> {
    if terms.is_empty() {
        return Line::from(Span::styled(text.to_string(), base));
    }
    let mut spans = Vec::new();
    let mut word = String::new();
    let mut other = String::new();
    let flush_word = |word: &mut String, spans: &mut Vec<Span<'static>>| {
        if !word.is_empty() {
            let lower = crate::domain::matching::fold(word);
            let hit = terms
                .iter()
                .any(|t| lower.starts_with(&crate::domain::matching::fold(t)));
            spans.push(Span::styled(std::mem::take(word), if hit { mark } else { base }));
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !other.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut other), base));
            }
            word.push(c);
        } else {
            flush_word(&mut word, &mut spans);
            other.push(c);
        }
    }
    flush_word(&mut word, &mut spans);
    if !other.is_empty() {
        spans.push(Span::styled(other, base));
    }
    Line::from(spans)
}

/// A panel's title cut to fit between its corners, ending in "…" when cut,
/// so a long name never runs over the border.
pub fn panel_title(title: &str, area: Rect, style: ratatui::style::Style) -> Span<'static> {
    let room = (area.width as usize).saturating_sub(2);
    Span::styled(crate::domain::text::truncate(title, room), style)
}

/// A detail pane: a bordered, wrapped paragraph.
pub fn detail(frame: &mut Frame<'_>, area: Rect, title: &str, lines: Vec<Line<'_>>, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(panel_title(&format!(" {title} "), area, theme.title));
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}

/// A bold section heading with a blank line before it.
pub fn section<'a>(lines: &mut Vec<Line<'a>>, title: &'a str, theme: &Theme) {
    if !lines.is_empty() {
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(title, theme.title));
}

/// "Label: value" when the value is not empty.
pub fn field<'a>(lines: &mut Vec<Line<'a>>, label: &'a str, value: String, theme: &Theme) {
    if !value.is_empty() {
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<11}"), theme.dim),
            Span::raw(value),
        ]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_lists_drop_optional_columns_first() {
        let columns = [
            keep("Name", 0),
            optional("Territory", 10, 2),
            keep("Due", 8),
            optional("Risk", 6, 1),
        ];
        assert_eq!(fitting(&columns, 80), vec![0, 1, 2, 3]);
        assert_eq!(fitting(&columns, 34), vec![0, 2, 3]);
        assert_eq!(fitting(&columns, 30), vec![0, 2]);
        assert_eq!(fitting(&columns, 5), vec![0, 2]);
    }
}
