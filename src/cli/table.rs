//! Plain-text tables whose columns stay aligned with accents, CJK and emoji.

use crate::domain::text::truncate;
use unicode_width::UnicodeWidthStr;

/// Renders rows under a header, each column as wide as its widest cell
/// (capped at `max_width`), separated by two spaces. Each cell's width is
/// measured once, and plain ASCII (most names) is measured by its length.
pub fn render(header: &[&str], rows: &[Vec<String>], max_width: usize) -> String {
    let measure = |text: &str| if text.is_ascii() { text.len() } else { text.width() };
    let mut widths: Vec<usize> = header.iter().map(|h| measure(h)).collect();
    let cells: Vec<Vec<(std::borrow::Cow<'_, str>, usize)>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, cell)| {
                    let mut width = measure(cell);
                    let text = if width > max_width {
                        let cut = truncate(cell, max_width);
                        width = measure(&cut);
                        std::borrow::Cow::Owned(cut)
                    } else {
                        std::borrow::Cow::Borrowed(cell.as_str())
                    };
                    if let Some(w) = widths.get_mut(i) {
                        *w = (*w).max(width);
                    }
                    (text, width)
                })
                .collect()
        })
        .collect();
    let mut out = String::with_capacity((widths.iter().sum::<usize>() + 2 * widths.len() + 1) * (rows.len() + 1));
    let mut line = |row: &[(std::borrow::Cow<'_, str>, usize)]| {
        let start = out.len();
        let last = row.len().saturating_sub(1);
        for (i, (text, width)) in row.iter().enumerate() {
            out.push_str(text);
            if i < last {
                let column = widths.get(i).copied().unwrap_or(*width);
                out.extend(std::iter::repeat_n(' ', column.saturating_sub(*width) + 2));
            }
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(
        &header
            .iter()
            .map(|h| (std::borrow::Cow::Borrowed(*h), measure(h)))
            .collect::<Vec<_>>(),
    );
    for row in &cells {
        line(row);
    }
    out.pop();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_wide_characters() {
        let table = render(
            &["NAME", "X"],
            &[vec!["Zoë".into(), "1".into()], vec!["王芳".into(), "2".into()]],
            40,
        );
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[1], "Zoë   1");
        assert_eq!(lines[2], "王芳  2");
    }
}
