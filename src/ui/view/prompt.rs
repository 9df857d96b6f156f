//! The quick-capture prompt with its live preview, parsed again on every frame.

use super::style::Theme;
use crate::domain::capture::{parse, Capture};
use crate::domain::text::truncate;
use crate::ui::app::App;
use crate::ui::prompt::Prompt;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

fn preview<'a>(capture: &Capture, app: &App, theme: &Theme) -> Vec<Line<'a>> {
    let data = &app.data;
    let mut head = vec![
        Span::styled("Rep ", theme.dim),
        Span::raw(data.rep_name(capture.rep).to_string()),
    ];
    if let Some(account) = capture.account {
        head.push(Span::styled("  Account ", theme.dim));
        head.push(Span::raw(data.account_name(account).to_string()));
    }
    head.push(Span::styled("  Kind ", theme.dim));
    head.push(Span::raw(if capture.stay.is_some() {
        "stay conversation (private)"
    } else if capture.play.is_some() {
        "play"
    } else if capture.know.is_some() {
        "what the owner knows"
    } else {
        capture.kind.label()
    }));
    head.push(Span::styled("  Date ", theme.dim));
    head.push(Span::raw(capture.date.format("%a %Y-%m-%d").to_string()));
    let mut lines = vec![Line::from(head)];
    if let Some(play) = &capture.play {
        lines.push(Line::from(vec![
            Span::styled("Play ", theme.dim),
            Span::raw(format!("\"{}\": {}", play.title, play.steps)),
        ]));
    }
    if let Some(know) = &capture.know {
        lines.push(Line::from(vec![
            Span::styled("Asked ", theme.dim),
            Span::raw(know.asked.clone()),
        ]));
        lines.push(Line::from(vec![
            Span::styled("Answer ", theme.dim),
            Span::raw(know.answer.clone()),
        ]));
        return lines;
    }
    if let Some(stay) = &capture.stay {
        let reasons: Vec<&str> = stay.reasons.iter().map(|r| r.label()).collect();
        let mut text = format!("risk {}, here in two years: {}", stay.risk, stay.two_years);
        if !reasons.is_empty() {
            text.push_str(&format!(", why: {}", reasons.join(", ")));
        }
        if let Some(impact) = stay.impact {
            text.push_str(&format!(", impact {impact}"));
        }
        if let Some(next) = stay.next {
            text.push_str(&format!(", next check-in {}", next.format("%a %Y-%m-%d")));
        }
        lines.push(Line::from(vec![Span::styled("Stay ", theme.dim), Span::raw(text)]));
    }
    if let Some(settled) = &capture.settled {
        lines.push(Line::from(vec![
            Span::styled("Which ", theme.dim),
            Span::styled(settled.clone(), theme.accent),
        ]));
    }
    if !capture.notes.is_empty() {
        lines.push(Line::from(vec![
            Span::styled("Notes ", theme.dim),
            Span::raw(capture.notes.clone()),
        ]));
    }
    for (label, text) in [("Strength ", &capture.strengths), ("Improve ", &capture.improvements)] {
        for line in text.lines() {
            lines.push(Line::from(vec![
                Span::styled(label, theme.dim),
                Span::raw(line.to_string()),
            ]));
        }
    }
    if !capture.ratings.is_empty() {
        let ratings: Vec<String> = capture
            .ratings
            .iter()
            .map(|(s, v)| format!("{} {v}", data.skill_name(*s)))
            .collect();
        lines.push(Line::from(vec![
            Span::styled("Ratings ", theme.dim),
            Span::raw(ratings.join(", ")),
        ]));
    }
    for todo in &capture.todos {
        let who = if todo.owner == crate::domain::CommitmentOwner::Manager {
            " (yours)"
        } else {
            ""
        };
        let due = todo
            .due
            .map(|d| format!(", due {}", d.format("%a %Y-%m-%d")))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled("Todo ", theme.dim),
            Span::raw(format!("{}{who}{due}", todo.text)),
        ]));
    }
    if let Some(follow) = capture.follow_up {
        lines.push(Line::from(vec![
            Span::styled("Follow-up ", theme.dim),
            Span::raw(follow.format("%a %Y-%m-%d").to_string()),
        ]));
    }
    lines
}

/// Draws the prompt at the bottom of `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, prompt: &Prompt, app: &App, theme: &Theme) {
    let line = prompt.text();
    let body: Vec<Line<'_>> = if line.trim().is_empty() && prompt.defaults.rep.is_none() {
        vec![Line::styled(
            "@rep #account kind notes skill:N todo: TEXT DATE +strength; -improvement; !follow DATE !date DATE",
            theme.dim,
        )]
    } else {
        match parse(&line, &app.data.directory, app.today, prompt.defaults) {
            Ok(capture) => preview(&capture, app, theme),
            Err(e) => {
                let width = line.chars().take(e.column.saturating_sub(1)).collect::<String>();
                let pad = unicode_width::UnicodeWidthStr::width(width.as_str());
                vec![
                    Line::styled(format!("{}^", " ".repeat(pad)), theme.error),
                    Line::styled(e.to_string(), theme.error),
                ]
            }
        }
    };
    let height = (body.len() as u16 + 3).min(area.height);
    let rect = Rect {
        y: area.y + area.height - height,
        height,
        ..area
    };
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(Span::styled(
            " Quick capture (Enter saves, Tab completes, Esc cancels) ",
            theme.title,
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.height == 0 {
        return;
    }
    frame.render_widget(&prompt.area, Rect { height: 1, ..inner });
    super::form::place_cursor(frame, &prompt.area);
    let preview_area = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let lines: Vec<Line<'_>> = body
        .into_iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            if unicode_width::UnicodeWidthStr::width(text.as_str()) > preview_area.width as usize {
                Line::styled(truncate(&text, preview_area.width as usize), l.style)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), preview_area);
}
