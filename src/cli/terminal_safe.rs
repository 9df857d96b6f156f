//! Standard output that no imported text can take over: every control
//! character a terminal would act on is written as a visible `\u001b`.
//! JSON is unharmed: serde already escapes C0 controls inside strings, and
//! the few it leaves (DEL, C1) become escapes JSON reads back the same.

use std::io::{self, Write};

/// Wraps a writer; text passes through with its control characters made visible.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The first byte of a UTF-8 sequence split across two writes.
    pending: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    /// Makes `inner` safe to print to.
    pub fn new(inner: W) -> Self {
        TerminalSafe {
            inner,
            pending: Vec::new(),
        }
    }
}

/// How many bytes the UTF-8 sequence that starts with `lead` has.
fn sequence_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        // Hold back a sequence cut off at the end, to finish with the next write.
        let mut end = bytes.len();
        for back in 1..=3.min(bytes.len()) {
            let lead = bytes[bytes.len() - back];
            if lead >= 0xC0 {
                if sequence_len(lead) > back {
                    end = bytes.len() - back;
                }
                break;
            }
        }
        self.pending = bytes[end..].to_vec();
        let text = String::from_utf8_lossy(&bytes[..end]);
        self.inner.write_all(crate::domain::text::printable(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner.write_all(String::from_utf8_lossy(&rest).as_bytes())?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_even_when_a_character_is_split_across_writes() {
        let mut out = TerminalSafe::new(Vec::new());
        out.write_all(b"name: \x1b]0;pwned\x07 ").unwrap();
        let c1 = "\u{9b}".as_bytes();
        out.write_all(&c1[..1]).unwrap();
        out.write_all(&c1[1..]).unwrap();
        let li = "李".as_bytes();
        out.write_all(&li[..2]).unwrap();
        out.write_all(&li[2..]).unwrap();
        out.write_all(b"\n").unwrap();
        out.flush().unwrap();
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "name: \\u001b]0;pwned\\u0007 \\u009b李\n"
        );
    }

    #[test]
    fn json_stays_json() {
        let value = serde_json::json!({"name": "a\u{1b}b\u{7f}c\u{9b}d"});
        let mut out = TerminalSafe::new(Vec::new());
        serde_json::to_writer(&mut out, &value).unwrap();
        out.flush().unwrap();
        let text = String::from_utf8(out.inner).unwrap();
        assert!(!text.chars().any(crate::domain::text::is_unprintable), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "a\u{1b}b\u{7f}c\u{9b}d", "the same text read back");
    }
}
