//! Text measured in terminal columns, so names with accents, CJK and emoji
//! line up in tables and lists.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// "1 day", "3 days", "1 match", "2 matches": a count with its noun in the
/// number it needs, so no line says "1 days".
pub fn count(n: impl TryInto<i64>, noun: &str) -> String {
    let n = n.try_into().unwrap_or(i64::MAX);
    if n == 1 || n == -1 {
        return format!("{n} {noun}");
    }
    let ending = if noun.ends_with("ch") || noun.ends_with('s') || noun.ends_with('x') {
        "es"
    } else {
        "s"
    };
    format!("{n} {noun}{ending}")
}

/// Cuts `text` to `width` columns, ending with "…" when cut. Reads only as
/// far as the cut: a list truncates long notes in every row.
pub fn truncate(text: &str, width: usize) -> String {
    if text.is_ascii() {
        if text.len() <= width {
            return text.to_string();
        }
        let mut out = String::with_capacity(width + 2);
        out.push_str(&text[..width.saturating_sub(1)]);
        if width > 0 {
            out.push('…');
        }
        return out;
    }
    // Where the text must be cut if it turns out too wide: the last place
    // that leaves a column for the ellipsis.
    let (mut used, mut cut) = (0, None);
    for (at, ch) in text.char_indices() {
        let w = ch.width().unwrap_or(0);
        if cut.is_none() && used + w + 1 > width {
            cut = Some(at);
        }
        used += w;
        if used > width {
            let mut out = text[..cut.unwrap_or(at)].to_string();
            if width > 0 {
                out.push('…');
            }
            return out;
        }
    }
    text.to_string()
}

/// Pads `text` with spaces to `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(text.width())));
    out
}

/// A 1-5 score as five cells: "■■■□□".
pub fn rating_bar(score: u8) -> String {
    let filled = score.min(5) as usize;
    format!("{}{}", "■".repeat(filled), "□".repeat(5 - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_one_thing_and_many_things() {
        assert_eq!(count(1, "day"), "1 day");
        assert_eq!(count(0, "day"), "0 days");
        assert_eq!(count(2_usize, "rep"), "2 reps");
        assert_eq!(count(1, "match"), "1 match");
        assert_eq!(count(3, "match"), "3 matches");
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("Acme Industrial Tools", 10), "Acme Indu…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("王芳王芳王芳", 5), "王芳…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 3), "ab…");
        // A combining accent takes no column: it stays with its letter.
        assert_eq!(truncate("Cafe\u{301} noir", 5), "Cafe\u{301}…");
        assert_eq!(truncate("Café", 4), "Café");
        assert_eq!(truncate("王芳王", 6), "王芳王");
        assert_eq!(truncate("王芳王", 5), "王芳…");
        for width in 0..12 {
            for text in ["Zoë Żak, Café", "王芳 and Dana", "plain ascii text"] {
                let cut = truncate(text, width);
                assert!(cut.width() <= width.max(1), "{text:?} at {width}: {cut:?}");
                assert_eq!(cut == text, text.width() <= width, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn pads_to_columns_and_draws_bars() {
        assert_eq!(pad("王芳", 6), "王芳  ");
        assert_eq!(rating_bar(3), "■■■□□");
        assert_eq!(rating_bar(9), "■■■■■");
    }
}

/// Whether `c` must not reach a terminal as it is: C0 controls (ESC, BEL,
/// NUL, backspace...) except line feed, carriage return (iCalendar and CSV
/// end lines with CRLF) and tab; DEL; and the C1 controls.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// `text` with every control character a terminal would act on written as
/// a visible `\u001b` (the form JSON reads back): an imported name or note can then never retitle the
/// terminal, move the cursor or hide what follows.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unprintable(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod printable_tests {
    use super::printable;

    #[test]
    fn escape_codes_become_visible_and_the_rest_stays() {
        assert_eq!(printable("Dana\tOrtiz\nnext"), "Dana\tOrtiz\nnext");
        assert_eq!(printable("\x1b]0;pwned\x07Dana"), "\\u001b]0;pwned\\u0007Dana");
        assert_eq!(printable("a\u{9b}2Jb\r\n\x08"), "a\\u009b2Jb\r\n\\u0008");
        assert_eq!(printable("José 李 🚗"), "José 李 🚗");
    }
}
