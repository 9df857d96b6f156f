//! A play as the Sessions tab's search lists it: one row among the
//! sessions, marked by kind, and the whole play in the detail.

use super::style::Theme;
use super::table::{self, highlight, section};
use crate::domain::Play;
use crate::ui::app::App;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::Frame;

/// The row's cells: date, kind ("play"), author, account, title and situation.
pub fn row(play: &Play, app: &App, terms: &[String], theme: &Theme) -> Vec<Line<'static>> {
    let mark = theme.accent.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let p = &play.data;
    let author = p.author.map(|a| app.data.rep_name(a)).unwrap_or_default();
    let account = p.account.map(|a| app.data.account_name(a)).unwrap_or_default();
    let about = if p.situation.is_empty() {
        p.title.clone()
    } else {
        format!("{}: {}", p.title, p.situation.replace('\n', " "))
    };
    vec![
        Line::raw(p.date.format("%Y-%m-%d").to_string()),
        Line::styled("play", theme.accent),
        highlight(author, terms, Style::default(), mark),
        highlight(account, terms, Style::default(), mark),
        {
            // The kind leads the text too, as the Kind column is the first a narrow list hides.
            let mut text = highlight(&about, terms, Style::default(), mark);
            text.spans.insert(0, Span::styled("play · ", theme.accent));
            text
        },
    ]
}

/// The play in full, with the search's words marked; e edits it, x archives it.
pub fn render_detail(frame: &mut Frame<'_>, area: Rect, play: &Play, app: &App, terms: &[String], theme: &Theme) {
    let mark = theme.accent.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let p = &play.data;
    let mut lines = vec![Line::from(vec![
        Span::styled(p.title.clone(), theme.title),
        Span::styled(format!("  (play {}; e edits)", play.id), theme.dim),
    ])];
    let by = p.author.map(|a| format!("by {}", app.data.rep_name(a)));
    let at = p.account.map(|a| format!("for {}", app.data.account_name(a)));
    let when = format!("written {}", p.date.format("%Y-%m-%d"));
    let meta: Vec<String> = [by, at, Some(when)].into_iter().flatten().collect();
    lines.push(Line::styled(meta.join(" · "), theme.dim));
    if !p.skills.is_empty() {
        let skills: Vec<&str> = p.skills.iter().map(|s| app.data.skill_name(*s)).collect();
        lines.push(Line::styled(format!("serves {}", skills.join(", ")), theme.dim));
    }
    for (title, text) in [
        ("When", &p.situation),
        ("Do", &p.steps),
        ("Avoid", &p.pitfalls),
        ("Industry", &p.industry),
        ("Product", &p.product),
    ] {
        if !text.is_empty() {
            section(&mut lines, title, theme);
            lines.extend(text.lines().map(|l| highlight(l, terms, Style::default(), mark)));
        }
    }
    if !p.sessions.is_empty() {
        section(&mut lines, "Seen working in", theme);
        let ids: Vec<String> = p.sessions.iter().map(|s| format!("session {s}")).collect();
        lines.push(Line::raw(ids.join(", ")));
    }
    table::detail(frame, area, "Play", lines, theme);
}
