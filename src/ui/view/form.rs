//! Drawing a form: labelled fields that scroll to keep the focused one in
//! view, a picker's matches under it, errors beside their fields.

use super::style::Theme;
use crate::domain::text::{rating_bar, truncate};
use crate::ui::form::{Field, Form, Input};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

const LABEL: u16 = 17;
const PICKER_ROWS: usize = 5;

fn input_height(field: &Field, focused: bool) -> u16 {
    match &field.input {
        Input::Line(_) | Input::Choice(_) => 1,
        Input::Text(_, rows) => *rows,
        Input::Picker(p) if focused => 1 + p.matches().len().min(PICKER_ROWS) as u16,
        Input::Picker(_) => 1,
        Input::Ratings(r) => r.skills.len().max(1) as u16,
    }
}

fn height(form: &Form, index: usize) -> u16 {
    let field = &form.fields[index];
    input_height(field, index == form.focus) + u16::from(form.errors.get(field.id).is_some())
}

/// Draws the form over `area` (the body of the screen).
pub fn render(frame: &mut Frame<'_>, area: Rect, form: &Form, theme: &Theme) {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(super::table::panel_title(
            &format!(" {} ", form.title),
            area,
            theme.title,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 || inner.width < LABEL + 4 {
        return;
    }
    let body = Rect {
        height: inner.height - 1,
        ..inner
    };
    let footer = Rect {
        y: inner.y + inner.height - 1,
        height: 1,
        ..inner
    };
    let tops: Vec<u16> = (0..form.fields.len())
        .scan(0u16, |y, i| {
            let top = *y;
            *y = y.saturating_add(height(form, i));
            Some(top)
        })
        .collect();
    let focus_bottom = tops.get(form.focus).copied().unwrap_or(0) + height(form, form.focus);
    let scroll = focus_bottom.saturating_sub(body.height);
    for (i, field_top) in tops.iter().enumerate() {
        let h = height(form, i);
        let Some(top) = field_top.checked_sub(scroll) else {
            continue;
        };
        if top + h > body.height {
            break;
        }
        let rect = Rect {
            y: body.y + top,
            height: h,
            ..body
        };
        render_field(frame, rect, form, i, theme);
    }
    let footer_line = match &form.message {
        Some(message) => Line::styled(truncate(message, footer.width as usize), theme.error),
        None => Line::from(super::hints::hint_spans(&form.contexts(), footer.width as usize, theme)),
    };
    frame.render_widget(Paragraph::new(footer_line), footer);
}

fn render_field(frame: &mut Frame<'_>, rect: Rect, form: &Form, index: usize, theme: &Theme) {
    let field = &form.fields[index];
    let focused = index == form.focus;
    let label_style = if focused { theme.key } else { theme.dim };
    let label = Rect {
        width: LABEL,
        height: 1,
        ..rect
    };
    frame.render_widget(Paragraph::new(Span::styled(field.label(), label_style)), label);
    let input = Rect {
        x: rect.x + LABEL,
        width: rect.width - LABEL,
        height: input_height(field, focused),
        ..rect
    };
    match &field.input {
        Input::Line(area) | Input::Text(area, _) => {
            frame.render_widget(area, input);
            place_cursor(frame, area);
        }
        Input::Picker(p) => {
            frame.render_widget(&p.area, Rect { height: 1, ..input });
            place_cursor(frame, &p.area);
            if focused {
                for (row, &option) in p.matches().iter().take(PICKER_ROWS).enumerate() {
                    let style = if row == p.highlight { theme.selected } else { theme.dim };
                    let line = Rect {
                        y: input.y + 1 + row as u16,
                        height: 1,
                        ..input
                    };
                    let text = truncate(&p.options[option].1, input.width.saturating_sub(2) as usize);
                    frame.render_widget(Paragraph::new(Span::styled(format!("  {text}"), style)), line);
                }
            }
        }
        Input::Choice(c) => {
            let widths: Vec<usize> = c.options.iter().map(|(_, label)| label.width() + 3).collect();
            let (start, end) = choice_window(&widths, c.index, usize::from(input.width));
            let mut spans: Vec<Span<'_>> = Vec::new();
            if start > 0 {
                spans.push(Span::styled("‹ ", theme.accent));
            }
            spans.extend(
                c.options
                    .iter()
                    .enumerate()
                    .take(end)
                    .skip(start)
                    .flat_map(|(i, (_, label))| {
                        let style = if i == c.index {
                            if focused {
                                theme.selected
                            } else {
                                theme.accent
                            }
                        } else {
                            theme.dim
                        };
                        [Span::styled(format!(" {label} "), style), Span::raw(" ")]
                    }),
            );
            if end < c.options.len() {
                spans.push(Span::styled("›", theme.accent));
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), input);
        }
        Input::Ratings(r) => {
            for (row, (skill, name, alias)) in r.skills.iter().enumerate() {
                let value = r.values.get(skill).copied();
                let style = if focused && row == r.cursor {
                    theme.selected
                } else {
                    ratatui::style::Style::default()
                };
                let mut spans = vec![Span::styled(
                    format!("{:<22}", truncate(&format!("{name} ({alias})"), 21)),
                    style,
                )];
                match value {
                    Some(v) => spans.push(Span::styled(format!("{} {v}", rating_bar(v)), theme.accent)),
                    None => spans.push(Span::styled("·····", theme.dim)),
                }
                let line = Rect {
                    y: input.y + row as u16,
                    height: 1,
                    ..input
                };
                frame.render_widget(Paragraph::new(Line::from(spans)), line);
            }
        }
    }
    if let Some(error) = form.errors.get(field.id) {
        let line = Rect {
            y: input.y + input.height,
            height: 1,
            ..input
        };
        let text = truncate(&format!("⚠ {error}"), line.width as usize);
        frame.render_widget(Paragraph::new(Span::styled(text, theme.error)), line);
    }
}

/// Puts the terminal's cursor where the focused field drew its own.
pub fn place_cursor(frame: &mut Frame<'_>, field: &crate::ui::text_field::TextField) {
    if let Some(at) = field.screen_cursor() {
        frame.set_cursor_position(at);
    }
}

/// Which choices fit in `room` columns (each `widths[i]` wide, its gap
/// included) around the `selected` one: all when they fit, else a window
/// that leaves two columns for "‹ " before and one for "›" after, so a
/// narrow form shows where the rest are and ←/→ walks to them.
fn choice_window(widths: &[usize], selected: usize, room: usize) -> (usize, usize) {
    if widths.iter().sum::<usize>() <= room || widths.is_empty() {
        return (0, widths.len());
    }
    let selected = selected.min(widths.len() - 1);
    let room = room.saturating_sub(3);
    let (mut start, mut end) = (selected, selected + 1);
    let mut used = widths[selected];
    loop {
        let grew_right = end < widths.len() && used + widths[end] <= room;
        if grew_right {
            used += widths[end];
            end += 1;
        }
        let grew_left = start > 0 && used + widths[start - 1] <= room;
        if grew_left {
            start -= 1;
            used += widths[start];
        }
        if !grew_right && !grew_left {
            return (start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::choice_window;

    #[test]
    fn choices_that_do_not_fit_show_a_window_around_the_selected_one() {
        let widths = [13, 6, 14, 14, 11, 17, 8];
        assert_eq!(choice_window(&widths, 0, 200), (0, 7), "all fit");
        let (start, end) = choice_window(&widths, 0, 62);
        assert_eq!(start, 0);
        assert!(widths[start..end].iter().sum::<usize>() <= 59 && end < 7, "{end}");
        let (start, end) = choice_window(&widths, 6, 62);
        assert_eq!(end, 7, "the last one shows when selected");
        assert!(start > 0 && widths[start..end].iter().sum::<usize>() <= 59);
        assert_eq!(choice_window(&widths, 3, 5), (3, 4), "the selected one always shows");
    }
}
