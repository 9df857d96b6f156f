//! Rendering: reads `&App` and draws; each tab, overlay and widget draws its own area.

mod accounts;
pub mod ascii;
mod form;
mod hints;
mod overlays;
mod play;
mod prompt;
mod reps;
mod sessions;
mod style;
mod table;
mod today;

use super::action::Tab;
use super::app::{App, Overlay};
use super::layout::{body_split, screen_split, tab_label, MIN_SIZE};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;
use style::Theme;

/// Draws the whole screen; in ASCII where the terminal takes no UTF-8.
pub fn render(frame: &mut Frame<'_>, app: &App) {
    draw(frame, app);
    if ascii::ascii_terminal() {
        ascii::to_ascii(frame.buffer_mut());
    }
}

fn draw(frame: &mut Frame<'_>, app: &App) {
    let area = frame.area();
    let theme = Theme::pick(&app.config.theme);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = format!(
            "Terminal too small: {}x{}. Coachbook needs at least {}x{}.",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let (bar, body, status) = screen_split(area);
    render_tab_bar(frame, bar, app, &theme);
    if app.data.is_empty() {
        render_welcome(frame, body, &theme);
    } else {
        let (list, detail) = body_split(body, app.wide_list());
        match app.tab {
            Tab::Reps => reps::render(frame, list, detail, app, &theme),
            Tab::Accounts => accounts::render(frame, list, detail, app, &theme),
            Tab::Sessions => sessions::render(frame, list, detail, app, &theme),
            Tab::Today => today::render(frame, list, detail, app, &theme),
        }
    }
    render_status(frame, status, app, &theme);
    for overlay in &app.overlays {
        match overlay {
            Overlay::Help { scroll } => overlays::help(frame, area, *scroll, &theme),
            Overlay::Confirm { question, .. } => overlays::confirm(frame, area, question, &theme),
            Overlay::Form(f) => form::render(frame, body, f, &theme),
            Overlay::Chooser(c) => overlays::chooser(frame, area, c, &theme),
            Overlay::Prompt(p) => prompt::render(frame, body, p, app, &theme),
            Overlay::Text {
                title, lines, scroll, ..
            } => overlays::text(frame, body, title, lines, *scroll, &theme),
        }
    }
}

fn render_tab_bar(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        let style = if *tab == app.tab { theme.tab_active } else { theme.tab };
        spans.push(Span::styled(tab_label(i, *tab), style));
        spans.push(Span::raw(" "));
    }
    let file = app
        .store
        .path()
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used + 1);
    let mut name = crate::domain::text::truncate(&file, room);
    if app.store.read_only_reason().is_some() {
        name = crate::domain::text::truncate(&format!("{file} (read-only)"), room);
    }
    let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(name, theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_status(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    if let Some(status) = &app.status {
        let style = if status.error { theme.error } else { theme.ok };
        spans.push(Span::styled(format!("{} ", status.text), style));
        spans.push(Span::raw(" "));
    } else if app.pane().filtering && app.overlays.is_empty() {
        spans.push(Span::styled(format!("/{}▏ ", app.pane().filter), theme.accent));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(used);
    if app.data.is_empty() && app.overlays.is_empty() {
        spans.extend(hints::welcome_spans(room, theme));
    } else {
        spans.extend(hints::hint_spans(&app.contexts(), room, theme));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_welcome(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let lines = vec![
        Line::styled("Welcome to Coachbook", theme.title),
        Line::raw(""),
        Line::raw("Your notebook is empty. Start with your team:"),
        Line::raw(""),
        Line::from(vec![
            Span::raw("  press "),
            Span::styled("n", theme.key),
            Span::raw(" to add your first rep (name, territory, cadence),"),
        ]),
        Line::from(vec![
            Span::raw("  then "),
            Span::styled("c", theme.key),
            Span::raw(" on a rep to capture a ride-along in under a minute."),
        ]),
        Line::raw(""),
        Line::raw("To look around with sample data first, quit and run:"),
        Line::styled("  coachbook demo", theme.accent),
        Line::raw("(it creates a separate demo notebook; this one is not touched)"),
        Line::raw(""),
        Line::from(vec![Span::styled("?", theme.key), Span::raw(" shows every key.")]),
    ];
    let block = Block::default().borders(Borders::ALL).border_style(theme.border);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}
