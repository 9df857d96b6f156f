//! Plain-text tables whose columns stay aligned with accents, CJK and emoji.

use crate::domain::text::{pad, truncate};
use unicode_width::UnicodeWidthStr;

/// Renders rows under a header, each column as wide as its widest cell
/// (capped at `max_width`), separated by two spaces.
pub fn render(header: &[&str], rows: &[Vec<String>], max_width: usize) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| truncate(c, max_width)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &cells {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.width());
            }
        }
    }
    let line = |row: Vec<String>| {
        let last = row.len().saturating_sub(1);
        row.iter()
            .enumerate()
            .map(|(i, c)| if i == last { c.clone() } else { pad(c, widths[i]) })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(header.iter().map(|h| h.to_string()).collect())];
    out.extend(cells.into_iter().map(line));
    out.join("\n")
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
