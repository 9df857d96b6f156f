//! The Reps tab: who is due for coaching, and each rep's development.

use super::style::Theme;
use super::table::{self, field, keep, optional, section, window, ListView};
use crate::domain::figures::{ago_label, coaching_status, retirement_label, tenure_label, CoachingStatus};
use crate::domain::insights::development::{latest_will, sparkline, strongest_and_weakest, Stance};
use crate::domain::insights::retention::Level;
use crate::domain::text::{rating_bar, truncate};
use crate::domain::{RepId, Risk};
use crate::ui::app::App;
use crate::ui::data::Detail;
use crate::ui::insights::TodayItem;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use std::collections::HashMap;

/// "overdue 5d" (red), "never" (amber), "in 3d", "today".
fn cadence_cell<'a>(status: CoachingStatus, theme: &Theme) -> Span<'a> {
    match status {
        CoachingStatus::Never => Span::styled("! never", theme.warn),
        CoachingStatus::Overdue { days_over, .. } => Span::styled(format!("! {days_over}d over"), theme.error),
        CoachingStatus::OnTrack { days_left: 0, .. } => Span::styled("due today", theme.warn),
        CoachingStatus::OnTrack { days_left, .. } => Span::raw(format!("in {days_left}d")),
    }
}

fn risk_cell<'a>(risk: Option<Risk>, theme: &Theme) -> Span<'a> {
    match risk {
        Some(Risk::High) => Span::styled("high", theme.error),
        Some(Risk::Medium) => Span::styled("medium", theme.warn),
        Some(Risk::Low) => Span::raw("low"),
        None => Span::raw(""),
    }
}

/// "! act now", "• watch": the retention watch in a word and a symbol.
fn watch_cell<'a>(level: Option<Level>, theme: &Theme) -> Span<'a> {
    match level {
        Some(Level::ActNow) => Span::styled("! act now", theme.error),
        Some(Level::Watch) => Span::styled("• watch", theme.warn),
        _ => Span::raw(""),
    }
}

/// Draws the list of reps and the selected rep's detail.
pub fn render(frame: &mut Frame<'_>, list: Rect, detail: Rect, app: &App, theme: &Theme) {
    let levels: HashMap<RepId, Level> = app
        .data
        .insights
        .items
        .iter()
        .filter_map(|item| match item {
            TodayItem::Retention(w) => Some((w.rep, w.level)),
            _ => None,
        })
        .collect();
    let rows = app.rows();
    let pane = app.pane();
    let today = app.today;
    let cells = rows[window(pane, rows.len(), list.height)]
        .iter()
        .map(|&i| {
            let rep = &app.data.reps[i];
            let activity = app.data.activity.get(&rep.id).cloned().unwrap_or_default();
            let last = activity.last_session.map(|(d, _)| d);
            let open = match activity.overdue_commitments {
                0 => Span::raw(activity.open_commitments.to_string()),
                late => Span::styled(format!("{} ({late}!)", activity.open_commitments), theme.error),
            };
            vec![
                Span::raw(rep.data.name.clone()),
                Span::raw(rep.data.territory.clone()),
                Span::raw(ago_label(last, today)),
                cadence_cell(coaching_status(last, rep.data.cadence_days, today), theme),
                open,
                Span::raw(retirement_label(rep.data.retires_on, today)),
                watch_cell(levels.get(&rep.id).copied(), theme),
                risk_cell(rep.data.retention_risk, theme),
            ]
        })
        .map(|cells: Vec<Span<'_>>| cells.into_iter().map(Line::from).collect())
        .collect();
    let view = ListView {
        title: "Reps",
        busy: false,
        total: rows.len(),
        columns: &[
            keep("Name", 0),
            optional("Territory", 10, 4),
            keep("Coached", 8),
            keep("Cadence", 10),
            optional("Open", 6, 1),
            optional("Retires", 7, 3),
            optional("Watch", 9, 2),
            optional("Risk", 6, 5),
        ],
        rows: cells,
    };
    table::render(frame, list, view, pane, theme);
    render_detail(frame, detail, app, theme);
}

fn render_detail(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Detail::Rep {
        id,
        sessions,
        commitments,
        trends,
        follow_through,
    } = &app.detail
    else {
        return table::detail(frame, area, "Rep", Vec::new(), theme);
    };
    let Some(rep) = app.data.rep(*id) else {
        return table::detail(frame, area, "Rep", Vec::new(), theme);
    };
    let d = &rep.data;
    let today = app.today;
    let mut lines = Vec::new();
    field(&mut lines, "Title", d.title.clone(), theme);
    field(&mut lines, "Territory", d.territory.clone(), theme);
    field(
        &mut lines,
        "Contact",
        [d.email.as_str(), d.phone.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("  "),
        theme,
    );
    field(&mut lines, "Tenure", tenure_label(d.hired_on, today), theme);
    field(
        &mut lines,
        "Retires",
        d.retires_on
            .map(|r| format!("{r} ({})", retirement_label(Some(r), today)))
            .unwrap_or_default(),
        theme,
    );
    field(
        &mut lines,
        "Risk",
        d.retention_risk.map(|r| r.to_string()).unwrap_or_default(),
        theme,
    );
    let last = app.data.activity.get(id).and_then(|a| a.last_session).map(|(d, _)| d);
    let status = coaching_status(last, d.cadence_days, today);
    let cadence_line = Line::from(vec![
        Span::styled(format!("{:<11}", "Coaching"), theme.dim),
        Span::raw(format!("every {}d, last {}  ", d.cadence_days, ago_label(last, today))),
        cadence_cell(status, theme),
    ]);
    lines.push(cadence_line);
    field(
        &mut lines,
        "Mentor",
        d.mentor.map(|m| app.data.rep_name(m).to_string()).unwrap_or_default(),
        theme,
    );
    let mentees: Vec<&str> = app
        .data
        .reps
        .iter()
        .filter(|r| r.data.mentor == Some(*id))
        .map(|r| r.data.name.as_str())
        .collect();
    field(&mut lines, "Mentees", mentees.join(", "), theme);
    let focus: Vec<&str> = d.focus.iter().map(|s| app.data.skill_name(*s)).collect();
    field(&mut lines, "Focus", focus.join(", "), theme);
    if !commitments.is_empty() {
        section(&mut lines, "Open commitments", theme);
        for c in commitments {
            let due = c.data.due.map(|d| format!(" (due {d})")).unwrap_or_default();
            let style = if c.data.is_overdue(today) {
                theme.error
            } else {
                ratatui::style::Style::default()
            };
            let mark = if c.data.is_overdue(today) { "! " } else { "• " };
            lines.push(Line::styled(format!("{mark}{}{due}", c.data.text), style));
        }
        let open = app.data.activity.get(id).map_or(0, |a| a.open_commitments as usize);
        if open > commitments.len() {
            let more = open - commitments.len();
            lines.push(Line::styled(
                format!("… and {more} more (Today lists them all)"),
                theme.dim,
            ));
        }
    }
    if !sessions.is_empty() {
        section(&mut lines, "Recent sessions", theme);
        for s in sessions {
            lines.push(Line::from(vec![
                Span::styled(format!("{} {:<11} ", s.data.date, s.data.kind.label()), theme.dim),
                Span::raw(truncate(s.data.headline(), 60)),
            ]));
        }
    }
    if !trends.is_empty() {
        section(&mut lines, "Skills (Enter: development view)", theme);
        for t in trends {
            let focus = if d.focus.contains(&t.skill) { " focus" } else { "" };
            lines.push(Line::from(vec![
                Span::raw(format!("{:<20}", truncate(app.data.skill_name(t.skill), 19))),
                Span::styled(format!("{:<10}", sparkline(&t.points, 10)), theme.accent),
                Span::raw(format!(" {} ", t.latest())),
                Span::styled(rating_bar(t.latest()), theme.accent),
                Span::styled(focus, theme.warn),
            ]));
        }
        if let Some((strong, weak)) = strongest_and_weakest(trends) {
            lines.push(Line::styled(
                format!(
                    "strongest {}, weakest {}",
                    app.data.skill_name(strong),
                    app.data.skill_name(weak)
                ),
                theme.dim,
            ));
        }
        if let Some(will) = latest_will(sessions) {
            for skill in &d.focus {
                if let Some(t) = trends.iter().find(|t| t.skill == *skill) {
                    lines.push(Line::raw(format!(
                        "{}: {}",
                        app.data.skill_name(*skill),
                        Stance::from(t.latest(), will).advice()
                    )));
                }
            }
        }
    }
    if follow_through.due > 0 {
        lines.push(Line::raw(format!(
            "Follow-through: {} of {} commitments on time (90 days)",
            follow_through.on_time, follow_through.due
        )));
    }
    if !d.notes.is_empty() {
        section(&mut lines, "Notes", theme);
        lines.extend(d.notes.lines().map(|l| Line::raw(l.to_string())));
    }
    let watch = app.data.insights.items.iter().find_map(|item| match item {
        TodayItem::Retention(w) if w.rep == *id => Some(w),
        _ => None,
    });
    if let Some(w) = watch {
        let title = match w.level {
            Level::ActNow => "Retention watch: act now (private)",
            _ => "Retention watch: watch (private)",
        };
        section(&mut lines, title, theme);
        lines.extend(super::today::watch_lines(w, theme));
        lines.push(Line::raw(format!("This week: {}", w.action)));
    }
    table::detail(frame, area, &d.name, lines, theme);
}
