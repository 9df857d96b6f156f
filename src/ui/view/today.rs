//! The Today tab: what to do next, section by section, with field time beside it.

use super::style::Theme;
use super::table;
use crate::domain::insights::retention::Watch;
use crate::domain::text::truncate;
use crate::ui::app::App;
use crate::ui::insights::{TodayItem, SECTIONS};
use crate::ui::layout::{today_lines, TodayLine};
use crate::ui::lists::today_text;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

/// Draws the agenda list and the field-time panel.
pub fn render(frame: &mut Frame<'_>, list: Rect, side: Rect, app: &App, theme: &Theme) {
    if app.data.insights.day.is_none() {
        return working(frame, list, &format!(" Today, {} ", app.config.date(app.today)), theme);
    }
    let rows = app.rows();
    let items = &app.data.insights.items;
    let pane = app.pane();
    let width = list.width.saturating_sub(4) as usize;
    let (layout, scroll) = today_lines(items, &rows, pane.selected, list.height);
    let visible = list.height.saturating_sub(2) as usize;
    let lines: Vec<Line<'_>> = layout
        .iter()
        .skip(scroll)
        .take(visible)
        .map(|row| match *row {
            TodayLine::Blank => Line::raw(""),
            TodayLine::Header(section, count) => Line::styled(format!("{} ({count})", SECTIONS[section]), theme.title),
            TodayLine::Nothing(section) => Line::styled(NOTHING[section], theme.dim),
            TodayLine::Item(pos, i) => item_line(app, &items[i], pos == pane.selected, width, theme),
        })
        .collect();
    let title = format!(" Today, {} {}", app.config.date(app.today), table::filter_note(pane));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(table::panel_title(&title, list, theme.title));
    frame.render_widget(Paragraph::new(lines).block(block), list);
    let selected = rows.get(pane.selected).map(|&i| &items[i]);
    render_field_time(frame, side, app, selected, theme);
}

/// What each section says when it is empty.
const NOTHING: [&str; 5] = [
    "  everyone is within their cadence",
    "  nothing overdue or due this week",
    "  no follow-ups due",
    "  no key or A account at risk",
    "  nobody on the retention watch",
];

fn item_line<'a>(app: &App, item: &TodayItem, selected: bool, width: usize, theme: &Theme) -> Line<'a> {
    let urgent = match item {
        TodayItem::Due(d) => d.days_since.is_none() || d.days_since.unwrap_or(0) > 2 * i64::from(d.cadence_days),
        TodayItem::Commitment(c) => c.overdue,
        TodayItem::FollowUp(_) => false,
        TodayItem::Handover(_) => true,
        TodayItem::Retention(w) => w.level == crate::domain::insights::retention::Level::ActNow,
    };
    let mark = if urgent { "! " } else { "• " };
    let text = truncate(&today_text(&app.data, item), width);
    let style = if selected {
        theme.selected
    } else if urgent {
        theme.error
    } else {
        ratatui::style::Style::default()
    };
    Line::from(vec![Span::styled(format!("{mark}{text}"), style)])
}

/// Says the figures are on their way (the first time they are worked out).
pub fn working(frame: &mut Frame<'_>, area: Rect, title: &str, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(table::panel_title(title, area, theme.title));
    let text = Line::styled("Working out the figures…", theme.dim);
    frame.render_widget(Paragraph::new(text).block(block), area);
}

fn render_field_time(frame: &mut Frame<'_>, area: Rect, app: &App, selected: Option<&TodayItem>, theme: &Theme) {
    let ft = &app.data.insights.agenda.field_time;
    // The selected line in full first: the list cuts long lines.
    let mut lines = Vec::new();
    if let Some(item) = selected {
        lines.push(Line::styled("Selected", theme.title));
        lines.push(Line::raw(today_text(&app.data, item)));
        if let TodayItem::Retention(w) = item {
            lines.extend(watch_lines(w, theme));
            lines.push(Line::styled(
                format!(": @\"{}\" stay risk:… 2y:… records a stay conversation", w.name),
                theme.dim,
            ));
        }
        lines.push(Line::raw(""));
    }
    lines.extend([
        Line::styled("Ride-alongs and handover visits", theme.title),
        Line::from(vec![
            Span::raw(format!("This week   {} of {} ", ft.week, ft.weekly_target)),
            if ft.week >= ft.weekly_target {
                Span::styled("on target", theme.ok)
            } else {
                Span::styled(format!("{} to go", ft.weekly_target - ft.week), theme.warn)
            },
        ]),
        Line::raw(format!("This month  {}", ft.month)),
        Line::raw(""),
        Line::styled("Field time over 90 days by performance", theme.title),
    ]);
    for tier in &ft.tiers {
        let bar = "█".repeat((tier.share_of_field_time * 10.0).round() as usize);
        lines.push(Line::from(vec![
            Span::raw(format!("{:<11}", tier.name)),
            Span::styled(format!("{bar:<10}"), theme.accent),
            Span::raw(format!(
                " {:>3}: {:.0}% of time, {:.0}% of team",
                tier.field_sessions,
                tier.share_of_field_time * 100.0,
                tier.share_of_team * 100.0
            )),
        ]));
    }
    for warning in &ft.warnings {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("! {warning}"), theme.warn));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Enter goes to it, c captures a session, Space marks done",
        theme.dim,
    ));
    table::detail(frame, area, "Selected and field time", lines, theme);
}

/// A rep's retention signals with their evidence and the manager's latest
/// read: the Today pane and the rep's detail show the same lines.
pub(super) fn watch_lines<'a>(w: &Watch, theme: &Theme) -> Vec<Line<'a>> {
    let mut lines: Vec<Line<'a>> = w
        .signals
        .iter()
        .map(|s| Line::styled(format!("! {}: {}", s.kind.label(), s.evidence), theme.warn))
        .collect();
    if let Some(stay) = &w.stay {
        lines.push(Line::raw(format!(
            "Your read on {}: risk {}, here in two years: {}, impact {}",
            stay.date, stay.risk, stay.two_years, stay.impact
        )));
    }
    lines
}
