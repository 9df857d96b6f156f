//! Plain-text tables whose columns stay aligned with accents, CJK and emoji.

use crate::domain::text::truncate;
use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

/// Renders rows under a header, each column as wide as its widest cell
/// (capped at `max_width`), separated by two spaces. Each cell's width is
/// measured once.
pub fn render<R: AsRef<[S]>, S: AsRef<str>>(header: &[&str], rows: &[R], max_width: usize) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| measure(h)).collect();
    // Every cell in one flat list, each row ending where `ends` says.
    let mut cells: Vec<(Cow<'_, str>, usize)> = Vec::with_capacity(rows.len() * header.len());
    let mut ends = Vec::with_capacity(rows.len());
    for row in rows {
        for (i, cell) in row.as_ref().iter().enumerate() {
            let cell = cell.as_ref();
            let mut width = measure(cell);
            let text = if width > max_width {
                let cut = truncate(cell, max_width);
                width = measure(&cut);
                Cow::Owned(cut)
            } else {
                Cow::Borrowed(cell)
            };
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width);
            }
            cells.push((text, width));
        }
        ends.push(cells.len());
    }
    let mut out = String::with_capacity((widths.iter().sum::<usize>() + 2 * widths.len() + 1) * (rows.len() + 1));
    let mut line = |row: &[(Cow<'_, str>, usize)]| {
        let start = out.len();
        let last = row.len().saturating_sub(1);
        for (i, (text, width)) in row.iter().enumerate() {
            out.push_str(text);
            if i < last {
                let column = widths.get(i).copied().unwrap_or(*width);
                pad(&mut out, column.saturating_sub(*width) + 2);
            }
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(
        &header
            .iter()
            .map(|h| (Cow::Borrowed(*h), measure(h)))
            .collect::<Vec<_>>(),
    );
    let mut start = 0;
    for end in ends {
        line(&cells[start..end]);
        start = end;
    }
    out.pop();
    out
}

/// A cell's width in columns; plain ASCII (most names) by its length.
fn measure(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// Appends `count` spaces, a chunk at a time.
fn pad(out: &mut String, mut count: usize) {
    const SPACES: &str = "                                ";
    while count > 0 {
        let chunk = count.min(SPACES.len());
        out.push_str(&SPACES[..chunk]);
        count -= chunk;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_wide_characters() {
        let table = render(&["NAME", "X"], &[["Zoë", "1"], ["王芳", "2"]], 40);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[1], "Zoë   1");
        assert_eq!(lines[2], "王芳  2");
    }

    #[test]
    fn pads_columns_wider_than_one_chunk_of_spaces_and_cuts_long_cells() {
        let long = "x".repeat(50);
        let table = render(&["A", "B"], &[[long.as_str(), "end"], ["y", "z"]], 45);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], format!("A{}B", " ".repeat(46)));
        assert_eq!(lines[1], format!("{}…  end", "x".repeat(44)));
        assert_eq!(lines[2], format!("y{}z", " ".repeat(46)));
    }
}
