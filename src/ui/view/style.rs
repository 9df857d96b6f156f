//! Colours and text styles in one place.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use.
pub struct Theme {
    /// Section titles.
    pub title: Style,
    /// Inactive tabs.
    pub tab: Style,
    /// The shown tab.
    pub tab_active: Style,
    /// Key names in hints.
    pub key: Style,
    /// Secondary text.
    pub dim: Style,
    /// Highlighted values.
    pub accent: Style,
    /// Problems: overdue, errors.
    pub error: Style,
    /// Warnings: due soon, amber.
    pub warn: Style,
    /// Good news: saved, green.
    pub ok: Style,
    /// Borders.
    pub border: Style,
    /// The selected row.
    pub selected: Style,
    /// Column headers.
    pub header: Style,
}

impl Theme {
    /// The theme named in the config ("dark", "light", "mono"); NO_COLOR
    /// always gives the one without colours.
    pub fn pick(name: &str) -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Theme::monochrome();
        }
        match name {
            "light" => Theme::light(),
            "mono" => Theme::monochrome(),
            _ => Theme::dark(),
        }
    }

    fn light() -> Theme {
        Theme {
            title: Style::default().fg(Color::Black).add_modifier(Modifier::BOLD),
            tab: Style::default().fg(Color::DarkGray),
            tab_active: Style::default()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: Style::default().fg(Color::Blue).add_modifier(Modifier::BOLD),
            dim: Style::default().fg(Color::DarkGray),
            accent: Style::default().fg(Color::Blue),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Magenta),
            ok: Style::default().fg(Color::Green),
            border: Style::default().fg(Color::Gray),
            selected: Style::default().bg(Color::Gray).add_modifier(Modifier::BOLD),
            header: Style::default().fg(Color::Black).add_modifier(Modifier::BOLD),
        }
    }

    fn dark() -> Theme {
        Theme {
            title: Style::default().add_modifier(Modifier::BOLD),
            tab: Style::default().fg(Color::Gray),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::default().fg(Color::DarkGray),
            accent: Style::default().fg(Color::Cyan),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Yellow),
            ok: Style::default().fg(Color::Green),
            border: Style::default().fg(Color::DarkGray),
            selected: Style::default().bg(Color::DarkGray).add_modifier(Modifier::BOLD),
            header: Style::default().fg(Color::Gray).add_modifier(Modifier::BOLD),
        }
    }

    pub(super) fn monochrome() -> Theme {
        let plain = Style::default();
        Theme {
            title: plain.add_modifier(Modifier::BOLD),
            tab: plain,
            tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: plain.add_modifier(Modifier::BOLD),
            dim: plain,
            accent: plain.add_modifier(Modifier::UNDERLINED),
            error: plain.add_modifier(Modifier::BOLD),
            warn: plain,
            ok: plain,
            border: plain,
            selected: plain.add_modifier(Modifier::REVERSED),
            header: plain.add_modifier(Modifier::BOLD),
        }
    }
}
