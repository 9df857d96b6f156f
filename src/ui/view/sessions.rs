//! The Sessions tab: newest first; the whole debrief in the detail.

use super::style::Theme;
use super::table::{self, highlight, keep, optional, section, window, ListView};
use crate::domain::text::rating_bar;
use crate::store::search::{terms, SearchOrder};
use crate::ui::action::Tab;
use crate::ui::app::App;
use crate::ui::data::Detail;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// Draws the list of sessions and the selected session in full.
pub fn render(frame: &mut Frame<'_>, list: Rect, detail: Rect, app: &App, theme: &Theme) {
    let terms = terms(&app.panes[Tab::Sessions.index()].filter);
    let total = app.session_rows();
    let pane = app.pane();
    let cells = window(pane, total, list.height)
        .filter_map(|row| match app.play_at(row) {
            Some(play) => Some(super::play::row(play, app, &terms, theme)),
            None => app
                .session_at(row)
                .map(|session| session_row(session, app, &terms, theme)),
        })
        .collect();
    // A search says which order its matches come in (s switches it).
    let searching = !app.panes[Tab::Sessions.index()].filter.trim().is_empty();
    let plays = app.search.as_ref().filter(|_| searching).map_or(0, |s| s.plays.len());
    let title = match (app.search_order, plays) {
        _ if !searching => "Sessions",
        (SearchOrder::Newest, 0) => "Sessions, newest first",
        (SearchOrder::BestMatch, 0) => "Sessions, best first",
        (SearchOrder::Newest, _) => "Plays, then sessions newest first",
        (SearchOrder::BestMatch, _) => "Plays, then sessions best first",
    };
    let view = ListView {
        title,
        busy: app.search_pending(),
        total,
        columns: &[
            keep("Date", 10),
            optional("Kind", 14, 2),
            keep("Rep", 12),
            optional("Account", 14, 1),
            keep("Notes", 0),
        ],
        rows: cells,
    };
    table::render(frame, list, view, pane, theme);
    render_detail(frame, detail, app, &terms, theme);
}

/// A session's cells: date, kind, rep, account and the line that matched.
fn session_row(session: &crate::domain::Session, app: &App, terms: &[String], theme: &Theme) -> Vec<Line<'static>> {
    let mark = theme.accent.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let s = &session.data;
    vec![
        Line::raw(s.date.format("%Y-%m-%d").to_string()),
        Line::raw(s.kind.label()),
        highlight(app.data.rep_name(s.rep), terms, Style::default(), mark),
        highlight(
            s.account.map(|a| app.data.account_name(a)).unwrap_or_default(),
            terms,
            Style::default(),
            mark,
        ),
        highlight(&headline(s, terms), terms, theme.dim, mark),
    ]
}

/// The first line of the notes, or the first line with a match when searching.
fn headline(s: &crate::domain::SessionData, terms: &[String]) -> String {
    if !terms.is_empty() {
        let texts = [
            &s.notes,
            &s.objective,
            &s.strengths,
            &s.improvements,
            &s.outcome,
            &s.next_step,
        ];
        let hit = texts.iter().flat_map(|t| t.lines()).find(|l| {
            let folded = crate::domain::matching::fold(l);
            terms.iter().any(|t| folded.contains(&crate::domain::matching::fold(t)))
        });
        if let Some(line) = hit {
            return line.trim().to_string();
        }
    }
    s.headline().to_string()
}

fn text_section<'a>(lines: &mut Vec<Line<'a>>, title: &'a str, text: &str, terms: &[String], theme: &Theme) {
    if !text.is_empty() {
        section(lines, title, theme);
        let mark = theme.accent.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        lines.extend(text.lines().map(|l| highlight(l, terms, Style::default(), mark)));
    }
}

fn render_detail(frame: &mut Frame<'_>, area: Rect, app: &App, terms: &[String], theme: &Theme) {
    let (session, commitments) = match &app.detail {
        Detail::Session { session, commitments } => (session, commitments),
        Detail::Play(play) => return super::play::render_detail(frame, area, play, app, terms, theme),
        _ => return table::detail(frame, area, "Session", Vec::new(), theme),
    };
    let d = &session.data;
    let mut lines = Vec::new();
    let mut when = d.date.format("%a %Y-%m-%d").to_string();
    if let Some(t) = d.time {
        when.push_str(&t.format(" %H:%M").to_string());
    }
    if let Some(m) = d.minutes {
        when.push_str(&format!(", {m} min"));
    }
    lines.push(Line::raw(when));
    if let Some(account) = d.account {
        lines.push(Line::raw(format!("at {}", app.data.account_name(account))));
    }
    text_section(&mut lines, "Objective", &d.objective, terms, theme);
    text_section(&mut lines, "Self-assessment", &d.self_assessment, terms, theme);
    text_section(&mut lines, "Observed", &d.notes, terms, theme);
    text_section(&mut lines, "Strengths", &d.strengths, terms, theme);
    text_section(&mut lines, "Improvements", &d.improvements, terms, theme);
    text_section(&mut lines, "Outcome", &d.outcome, terms, theme);
    if !d.calls.is_empty() {
        section(&mut lines, "Calls", theme);
        for (n, call) in d.calls.iter().enumerate() {
            let at = call.account.map(|a| app.data.account_name(a)).unwrap_or("-");
            lines.push(Line::raw(format!("{}. {at}", n + 1)));
            for (label, text) in [
                ("plan", &call.objective),
                ("what happened", &call.what_happened),
                ("outcome", &call.outcome),
            ] {
                if !text.is_empty() {
                    lines.push(Line::from(vec![
                        Span::styled(format!("   {label}: "), theme.dim),
                        Span::raw(text.clone()),
                    ]));
                }
            }
        }
    }
    if !d.ratings.is_empty() || d.will.is_some() {
        section(&mut lines, "Ratings", theme);
        let rows = d.ratings.iter().map(|(s, v)| (app.data.skill_name(*s).to_string(), *v));
        for (name, score) in rows.chain(d.will.map(|w| ("Will".to_string(), w))) {
            lines.push(Line::from(vec![
                Span::raw(format!("{name:<22}")),
                Span::styled(rating_bar(score), theme.accent),
                Span::raw(format!(" {score}")),
            ]));
        }
    }
    if !commitments.is_empty() {
        section(&mut lines, "Commitments", theme);
        for c in commitments {
            let (mark, style) = match c.data.done_on {
                Some(_) => ("✓ done", theme.ok),
                None if c.data.is_overdue(app.today) => ("! overdue", theme.error),
                None => ("• open", ratatui::style::Style::default()),
            };
            let due = c.data.due.map(|d| format!(", due {d}")).unwrap_or_default();
            let who = if c.data.owner == crate::domain::CommitmentOwner::Manager {
                " (you)"
            } else {
                ""
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark:<10}"), style),
                Span::raw(format!("{}{who}{due}", c.data.text)),
            ]));
        }
    }
    text_section(&mut lines, "Next step", &d.next_step, terms, theme);
    if let Some(f) = d.follow_up {
        section(&mut lines, "Follow-up", theme);
        lines.push(Line::raw(f.format("%a %Y-%m-%d").to_string()));
    }
    if let Some(ack) = d.acknowledged_on {
        lines.push(Line::styled(format!("Acknowledged by the rep on {ack}"), theme.dim));
    }
    if !d.private_notes.is_empty() {
        section(&mut lines, "Private notes (yours only, never in reports)", theme);
        lines.extend(d.private_notes.lines().map(|l| Line::styled(l.to_string(), theme.warn)));
    }
    let title = format!("{} with {}", d.kind.label(), app.data.rep_name(d.rep));
    table::detail(frame, area, &title, lines, theme);
}
