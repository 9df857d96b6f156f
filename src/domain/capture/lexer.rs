//! Splitting a quick-capture line into tokens that remember their place, so
//! every error can name its column and note text can be kept verbatim.

/// A run of non-space characters, or a quoted name after `@` or `#`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as typed (quotes included).
    pub text: &'a str,
    /// Byte offset of its first character in the line.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// 1-based column (in characters) of its first character.
    pub column: usize,
}

/// A quote after `@` or `#` that is never closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnclosedQuote {
    /// Column of the opening quote.
    pub column: usize,
}

/// Splits `line` on white space; `@"..."` and `#"..."` run to the closing quote.
pub fn tokens(line: &str) -> Result<Vec<Token<'_>>, UnclosedQuote> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut column = 0;
    while let Some(&(start, ch)) = chars.peek() {
        column += 1;
        if ch.is_whitespace() {
            chars.next();
            continue;
        }
        let token_column = column;
        let quoted = (ch == '@' || ch == '#') && line[start + 1..].starts_with('"');
        let mut end = start;
        if quoted {
            chars.next();
            chars.next();
            column += 1;
            let mut closed = false;
            for (i, c) in chars.by_ref() {
                column += 1;
                if c == '"' {
                    end = i + 1;
                    closed = true;
                    break;
                }
            }
            if !closed {
                return Err(UnclosedQuote {
                    column: token_column + 1,
                });
            }
        } else {
            while let Some(&(i, c)) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
                column += 1;
            }
            column -= 1;
        }
        out.push(Token {
            text: &line[start..end],
            start,
            end,
            column: token_column,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let t = tokens("  @\"Dana Ortiz\" héllo  wörld;").unwrap();
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, vec!["@\"Dana Ortiz\"", "héllo", "wörld;"]);
        let columns: Vec<usize> = t.iter().map(|t| t.column).collect();
        assert_eq!(columns, vec![3, 17, 24]);
    }

    #[test]
    fn unclosed_quote_reports_its_column() {
        assert_eq!(tokens("ok #\"Acme").unwrap_err(), UnclosedQuote { column: 5 });
        assert!(tokens("").unwrap().is_empty());
    }
}
