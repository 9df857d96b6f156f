//! Small overlays: the help screen drawn from the key table, yes/no questions,
//! and choosing one item from a list.

use super::style::Theme;
use crate::domain::text::truncate;
use crate::ui::app::Chooser;
use crate::ui::keymap::{keys_label, BINDINGS, HELP_ORDER, MOUSE_HELP};
use crate::ui::layout::{centered, chooser_box};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

fn boxed<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(Span::styled(format!(" {title} "), theme.title))
}

/// The lines of the help overlay: every binding, grouped by context.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for context in HELP_ORDER {
        lines.push(Line::styled(context.title(), theme.title));
        for binding in BINDINGS.iter().filter(|b| b.context == context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keys_label(binding)), theme.key),
                Span::raw(binding.label),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled("Mouse", theme.title));
    lines.extend(MOUSE_HELP.iter().map(|text| Line::raw(format!("  {text}"))));
    lines
}

/// The help overlay.
pub fn help(frame: &mut Frame<'_>, area: Rect, scroll: u16, theme: &Theme) {
    let rect = centered(area, 64, area.height.saturating_sub(2));
    frame.render_widget(Clear, rect);
    let paragraph = Paragraph::new(help_lines(theme))
        .block(boxed("Keys (Esc closes, j/k scroll)", theme))
        .scroll((scroll, 0));
    frame.render_widget(paragraph, rect);
}

/// A screen of text over the body; unindented lines are headings.
pub fn text(frame: &mut Frame<'_>, area: Rect, title: &str, lines: &[String], scroll: u16, theme: &Theme) {
    frame.render_widget(Clear, area);
    let styled: Vec<Line<'_>> = lines
        .iter()
        .map(|l| {
            if !l.is_empty() && !l.starts_with(' ') {
                Line::styled(l.clone(), theme.title)
            } else if l.trim_start().starts_with('!') {
                Line::styled(l.clone(), theme.error)
            } else {
                Line::raw(l.clone())
            }
        })
        .collect();
    frame.render_widget(
        Paragraph::new(styled)
            .block(boxed(title, theme))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// A yes/no question.
pub fn confirm(frame: &mut Frame<'_>, area: Rect, question: &str, theme: &Theme) {
    let rect = centered(area, 56, 5);
    frame.render_widget(Clear, rect);
    let lines = vec![
        Line::raw(question.to_string()),
        Line::from(vec![
            Span::styled("y", theme.key),
            Span::raw(" yes   "),
            Span::styled("n", theme.key),
            Span::raw(" no"),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .block(boxed("Confirm", theme))
            .wrap(Wrap { trim: true }),
        rect,
    );
}

/// A list to choose one item from.
pub fn chooser(frame: &mut Frame<'_>, area: Rect, chooser: &Chooser, theme: &Theme) {
    let (rect, start) = chooser_box(area, chooser.options.len(), chooser.highlight);
    frame.render_widget(Clear, rect);
    let lines: Vec<Line<'_>> = chooser
        .options
        .iter()
        .enumerate()
        .skip(start)
        .map(|(i, (_, label))| {
            let style = if i == chooser.highlight {
                theme.selected
            } else {
                ratatui::style::Style::default()
            };
            Line::styled(truncate(label, rect.width.saturating_sub(2) as usize), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(boxed(&chooser.title, theme)), rect);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_help_scroll_limit_counts_the_lines_help_draws() {
        let lines = super::help_lines(&super::Theme::monochrome());
        assert_eq!(lines.len(), crate::ui::keymap::help_line_count());
    }
}
