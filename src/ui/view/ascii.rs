//! A terminal without UTF-8 (`LANG=C`, a serial console) shows box drawing
//! and symbols as garbage. There every frame is drawn, then its UI symbols
//! are swapped for ASCII ones of the same width: borders become `+-|`,
//! `…` becomes `~`, `⚠` `!`. Names and notes stay as typed.

use ratatui::buffer::Buffer;
use std::sync::OnceLock;

/// Whether the locale says the terminal takes no UTF-8: the first of
/// LC_ALL, LC_CTYPE and LANG that is set names no UTF-8 charset. With none
/// set, UTF-8 is assumed (most terminals, and tmux, are).
pub fn ascii_locale(lc_all: Option<&str>, lc_ctype: Option<&str>, lang: Option<&str>) -> bool {
    let Some(locale) = [lc_all, lc_ctype, lang].into_iter().flatten().find(|v| !v.is_empty()) else {
        return false;
    };
    let lower = locale.to_lowercase();
    !(lower.contains("utf-8") || lower.contains("utf8"))
}

/// `ascii_locale` for this process, read once.
pub fn ascii_terminal() -> bool {
    static ASCII: OnceLock<bool> = OnceLock::new();
    *ASCII.get_or_init(|| {
        let var = |name| std::env::var(name).ok();
        ascii_locale(
            var("LC_ALL").as_deref(),
            var("LC_CTYPE").as_deref(),
            var("LANG").as_deref(),
        )
    })
}

/// The ASCII stand-in for a symbol the views draw, if it has one.
fn stand_in(symbol: char) -> Option<char> {
    Some(match symbol {
        '─' | '━' | '═' | '┄' | '┈' | '—' | '–' => '-',
        '│' | '┃' | '║' | '▏' | '┆' | '┊' => '|',
        '\u{2500}'..='\u{257f}' => '+',
        '…' => '~',
        '⚠' => '!',
        '●' | '•' | '■' => '*',
        '○' | '◐' | '□' => 'o',
        '·' => '.',
        '✓' => 'v',
        '→' | '▶' | '►' => '>',
        '←' | '◀' => '<',
        '↑' => '^',
        '↓' => 'v',
        '▁' | '▂' => '_',
        '▃' | '▄' => '-',
        '▅' | '▆' => '=',
        '▇' | '█' => '#',
        _ => return None,
    })
}

/// Swaps every UI symbol in the frame for its ASCII stand-in.
pub fn to_ascii(buffer: &mut Buffer) {
    for cell in buffer.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if let Some(ascii) = stand_in(c) {
                cell.set_char(ascii);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::widgets::{Block, Borders, Paragraph, Widget};

    #[test]
    fn the_locale_decides_first_lc_all_then_lc_ctype_then_lang() {
        assert!(ascii_locale(None, None, Some("C")));
        assert!(ascii_locale(None, None, Some("POSIX")));
        assert!(ascii_locale(None, None, Some("de_DE.ISO-8859-1")));
        assert!(!ascii_locale(None, None, Some("en_US.UTF-8")));
        assert!(!ascii_locale(None, None, Some("C.utf8")));
        assert!(ascii_locale(Some("C"), None, Some("en_US.UTF-8")), "LC_ALL wins");
        assert!(
            !ascii_locale(Some(""), Some("en_US.UTF-8"), Some("C")),
            "an empty one is unset"
        );
        assert!(!ascii_locale(None, None, None), "nothing set: assume UTF-8");
    }

    #[test]
    fn borders_and_symbols_become_ascii_and_names_stay() {
        let area = Rect::new(0, 0, 16, 3);
        let mut buffer = Buffer::empty(area);
        Paragraph::new("Zoë ⚠ 5d…")
            .block(Block::default().borders(Borders::ALL))
            .render(area, &mut buffer);
        to_ascii(&mut buffer);
        let rows: Vec<String> = (0..3)
            .map(|y| (0..16).map(|x| buffer[(x, y)].symbol().to_string()).collect())
            .collect();
        assert_eq!(rows, vec!["+--------------+", "|Zoë ! 5d~     |", "+--------------+"]);
    }
}
