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

/// Dimmed text and borders are the terminal's own foreground, dimmed, and
/// the selected row is reversed: palette colours 7 and 8 (grey) are the
/// background colour itself on some themes (Solarized), which would hide them.
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
            title: Style::default().add_modifier(Modifier::BOLD),
            tab: Style::default(),
            tab_active: Style::default()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: Style::default().fg(Color::Blue).add_modifier(Modifier::BOLD),
            dim: Style::default().add_modifier(Modifier::DIM),
            accent: Style::default().fg(Color::Blue),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Magenta),
            ok: Style::default().fg(Color::Green),
            border: Style::default().add_modifier(Modifier::DIM),
            selected: Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            header: Style::default().add_modifier(Modifier::BOLD),
        }
    }

    fn dark() -> Theme {
        Theme {
            title: Style::default().add_modifier(Modifier::BOLD),
            tab: Style::default(),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::default().add_modifier(Modifier::DIM),
            accent: Style::default().fg(Color::Cyan),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Yellow),
            ok: Style::default().fg(Color::Green),
            border: Style::default().add_modifier(Modifier::DIM),
            selected: Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            header: Style::default().add_modifier(Modifier::BOLD),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_or_selection_rests_on_grey_alone() {
        for theme in [Theme::dark(), Theme::light()] {
            let text = [
                theme.title,
                theme.tab,
                theme.key,
                theme.dim,
                theme.accent,
                theme.error,
                theme.warn,
                theme.ok,
                theme.border,
                theme.header,
            ];
            for style in text {
                assert!(!matches!(style.fg, Some(Color::DarkGray | Color::Gray)), "{style:?}");
            }
            assert!(theme.selected.bg.is_none() && theme.selected.add_modifier.contains(Modifier::REVERSED));
        }
    }
}
