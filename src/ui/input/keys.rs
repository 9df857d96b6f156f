//! Terminal input bytes to keys and pastes. Coachbook reads the terminal
//! itself (see `input::reader`) instead of through crossterm's event reader,
//! whose source re-reads a hung-up terminal forever; this is the one parser
//! of what terminals send: UTF-8 text, control keys, CSI and SS3 sequences
//! with modifiers, Alt as an ESC prefix, bracketed paste, and SGR mouse
//! reports (clicks and the wheel).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent};

/// One thing the user did at the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// A key press.
    Key(KeyEvent),
    /// Text the terminal marked as pasted (bracketed paste).
    Paste(String),
    /// A click or a turn of the wheel, at a 0-based column and row.
    Mouse(MouseEvent),
}

const ESC: u8 = 0x1b;
const PASTE_END: &[u8] = b"\x1b[201~";

/// Bytes in, keys out; keeps a sequence cut off at the end of one read for the next.
#[derive(Debug, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
}

/// What reading at the start of some bytes found.
pub(super) enum Step {
    /// Something typed, and how many bytes it took.
    Typed(Typed, usize),
    /// Bytes that mean nothing to Coachbook (focus reports, unknown sequences).
    Skip(usize),
    /// The bytes stop in the middle of a sequence.
    Incomplete,
}

pub(super) fn key(code: KeyCode, mods: KeyModifiers) -> Typed {
    Typed::Key(KeyEvent::new(code, mods))
}

impl KeyParser {
    /// Reads `bytes` (what one read of the terminal gave) after anything left over.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Typed> {
        self.pending.extend_from_slice(bytes);
        let mut out = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            match step(&self.pending[at..]) {
                Step::Typed(typed, used) => {
                    out.push(typed);
                    at += used;
                }
                Step::Skip(used) => at += used,
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..at);
        out
    }

    /// Whether a sequence is waiting for its end (a lone Esc, say).
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// When nothing more came: what is left is what it looks like (a lone
    /// ESC is the Esc key; a paste that never ended is still a paste).
    pub fn flush(&mut self) -> Vec<Typed> {
        let rest = std::mem::take(&mut self.pending);
        let mut out = Vec::new();
        let mut at = 0;
        while at < rest.len() {
            if rest[at] == ESC {
                if let Some(text) = rest[at..].strip_prefix(b"\x1b[200~") {
                    out.push(Typed::Paste(String::from_utf8_lossy(text).into_owned()));
                    break;
                }
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                at += 1;
                continue;
            }
            match step(&rest[at..]) {
                Step::Typed(typed, used) => {
                    out.push(typed);
                    at += used;
                }
                Step::Skip(used) => at += used,
                // A broken UTF-8 sequence: shown as what it is.
                Step::Incomplete => {
                    out.push(key(KeyCode::Char(char::REPLACEMENT_CHARACTER), KeyModifiers::NONE));
                    at += 1;
                }
            }
        }
        out
    }
}

fn step(bytes: &[u8]) -> Step {
    match bytes[0] {
        ESC => escape(bytes),
        _ => match plain(bytes) {
            Some((typed, used)) => Step::Typed(typed, used),
            None => Step::Incomplete,
        },
    }
}

/// A byte or UTF-8 character that is not an escape sequence.
fn plain(bytes: &[u8]) -> Option<(Typed, usize)> {
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let typed = match bytes[0] {
        b'\r' | b'\n' => key(KeyCode::Enter, none),
        b'\t' => key(KeyCode::Tab, none),
        0x7f | 0x08 => key(KeyCode::Backspace, none),
        0x00 => key(KeyCode::Char(' '), ctrl),
        c @ 0x01..=0x1a => key(KeyCode::Char((b'a' + c - 1) as char), ctrl),
        c @ 0x1c..=0x1f => key(KeyCode::Char((b'4' + c - 0x1c) as char), ctrl),
        c if c < 0x80 => key(KeyCode::Char(c as char), shift_of(c as char)),
        lead => {
            let len = match lead {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            };
            if bytes.len() < len {
                return None;
            }
            let c = std::str::from_utf8(&bytes[..len])
                .ok()
                .and_then(|s| s.chars().next())
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            return Some((key(KeyCode::Char(c), shift_of(c)), len));
        }
    };
    Some((typed, 1))
}

/// Terminals send capitals as they are; crossterm marks them with Shift too.
fn shift_of(c: char) -> KeyModifiers {
    if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    }
}

fn escape(bytes: &[u8]) -> Step {
    let Some(&next) = bytes.get(1) else {
        return Step::Incomplete;
    };
    match next {
        b'[' => csi(bytes),
        b'O' => match bytes.get(2) {
            None => Step::Incomplete,
            Some(&final_byte) => match final_key(final_byte) {
                Some(code) => Step::Typed(key(code, KeyModifiers::NONE), 3),
                None => Step::Skip(3),
            },
        },
        ESC => Step::Typed(key(KeyCode::Esc, KeyModifiers::NONE), 1),
        _ => match plain(&bytes[1..]) {
            Some((Typed::Key(mut k), used)) => {
                k.modifiers |= KeyModifiers::ALT;
                Step::Typed(Typed::Key(k), used + 1)
            }
            Some((other, used)) => Step::Typed(other, used + 1),
            None => Step::Incomplete,
        },
    }
}

/// The key a CSI or SS3 sequence's final byte names on its own.
fn final_key(byte: u8) -> Option<KeyCode> {
    Some(match byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// Modifiers from a CSI parameter (1 + bits: 1 Shift, 2 Alt, 4 Ctrl).
pub(super) fn modifiers(param: Option<u16>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut mods = KeyModifiers::NONE;
    if bits & 1 != 0 {
        mods |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        mods |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        mods |= KeyModifiers::CONTROL;
    }
    mods
}

fn csi(bytes: &[u8]) -> Step {
    // ESC [ parameters (0x30-0x3f), intermediates (0x20-0x2f), one final byte (0x40-0x7e).
    let Some(end) = bytes[2..].iter().position(|b| (0x40..=0x7e).contains(b)) else {
        return if bytes[2..].iter().all(|b| (0x20..=0x3f).contains(b)) {
            Step::Incomplete
        } else {
            Step::Skip(2)
        };
    };
    let final_at = 2 + end;
    let used = final_at + 1;
    let body = &bytes[2..final_at];
    let params: Vec<Option<u16>> = body
        .split(|b| *b == b';')
        .map(|p| std::str::from_utf8(p).ok().and_then(|p| p.parse().ok()))
        .collect();
    if body.starts_with(b"<") && matches!(bytes[final_at], b'M' | b'm') {
        return super::mouse::report(&body[1..], bytes[final_at] == b'M', used);
    }
    let first = params.first().copied().flatten();
    let mods = modifiers(params.get(1).copied().flatten());
    let code = match bytes[final_at] {
        b'Z' => return Step::Typed(key(KeyCode::BackTab, KeyModifiers::SHIFT), used),
        b'~' => match first {
            Some(200) => return paste(bytes, used),
            Some(1 | 7) => KeyCode::Home,
            Some(2) => KeyCode::Insert,
            Some(3) => KeyCode::Delete,
            Some(4 | 8) => KeyCode::End,
            Some(5) => KeyCode::PageUp,
            Some(6) => KeyCode::PageDown,
            Some(n @ 11..=15) => KeyCode::F((n - 10) as u8),
            Some(n @ 17..=21) => KeyCode::F((n - 11) as u8),
            Some(n @ 23..=24) => KeyCode::F((n - 12) as u8),
            _ => return Step::Skip(used),
        },
        other => match final_key(other) {
            Some(code) if !body.starts_with(b"<") => code,
            _ => return Step::Skip(used),
        },
    };
    Step::Typed(key(code, mods), used)
}

/// Bracketed paste: the text up to ESC [ 201 ~, as it is.
fn paste(bytes: &[u8], start: usize) -> Step {
    let text = &bytes[start..];
    match text.windows(PASTE_END.len()).position(|w| w == PASTE_END) {
        Some(end) => Step::Typed(
            Typed::Paste(String::from_utf8_lossy(&text[..end]).into_owned()),
            start + end + PASTE_END.len(),
        ),
        None => Step::Incomplete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{MouseButton, MouseEventKind};

    fn keys(bytes: &[u8]) -> Vec<Typed> {
        let mut parser = KeyParser::default();
        let mut out = parser.feed(bytes);
        out.extend(parser.flush());
        out
    }

    fn k(code: KeyCode) -> Typed {
        key(code, KeyModifiers::NONE)
    }

    fn m(code: KeyCode, mods: KeyModifiers) -> Typed {
        key(code, mods)
    }

    #[test]
    fn letters_controls_and_text() {
        use KeyCode::*;
        assert_eq!(
            keys(b"aG\r\t\x7f"),
            vec![
                k(Char('a')),
                m(Char('G'), KeyModifiers::SHIFT),
                k(Enter),
                k(Tab),
                k(Backspace)
            ]
        );
        assert_eq!(
            keys(b"\x13\x03\x05"),
            vec![
                m(Char('s'), KeyModifiers::CONTROL),
                m(Char('c'), KeyModifiers::CONTROL),
                m(Char('e'), KeyModifiers::CONTROL)
            ]
        );
        assert_eq!(
            keys("é李🚗".as_bytes()),
            vec![k(Char('é')), k(Char('李')), k(Char('🚗'))]
        );
    }

    #[test]
    fn sequences_with_and_without_modifiers() {
        use KeyCode::*;
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(
            keys(b"\x1b[A\x1bOB\x1b[1;5C\x1b[H\x1b[4~"),
            vec![k(Up), k(Down), m(Right, ctrl), k(Home), k(End)]
        );
        assert_eq!(
            keys(b"\x1b[5~\x1b[6~\x1b[3~\x1b[Z"),
            vec![k(PageUp), k(PageDown), k(Delete), m(BackTab, KeyModifiers::SHIFT)]
        );
        assert_eq!(keys(b"\x1b[15~\x1bOP"), vec![k(F(5)), k(F(1))]);
        assert_eq!(keys(b"\x1bq"), vec![m(Char('q'), KeyModifiers::ALT)]);
        assert_eq!(keys(b"\x1b[Ix"), vec![k(Char('x'))], "focus reports are skipped");
    }

    #[test]
    fn mouse_presses_and_the_wheel_are_read_and_the_rest_skipped() {
        let at = |kind, column, row| {
            Typed::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            keys(b"\x1b[<0;3;4M\x1b[<0;3;4m\x1b[<64;10;2M\x1b[<65;1;1Mx"),
            vec![
                at(MouseEventKind::Down(MouseButton::Left), 2, 3),
                at(MouseEventKind::ScrollUp, 9, 1),
                at(MouseEventKind::ScrollDown, 0, 0),
                k(KeyCode::Char('x'))
            ]
        );
        assert_eq!(
            keys(b"\x1b[<2;3;4M\x1b[<32;3;4M\x1b[<0;3M"),
            vec![],
            "right button, drag, broken"
        );
        let mut parser = KeyParser::default();
        assert_eq!(
            parser.feed(b"\x1b[<0;12"),
            vec![],
            "a report cut by the read waits for its end"
        );
        assert_eq!(
            parser.feed(b";5M"),
            vec![at(MouseEventKind::Down(MouseButton::Left), 11, 4)]
        );
    }

    #[test]
    fn a_lone_escape_waits_for_what_follows_then_is_esc() {
        let mut parser = KeyParser::default();
        assert_eq!(parser.feed(b"\x1b"), vec![]);
        assert!(parser.has_pending());
        assert_eq!(parser.flush(), vec![k(KeyCode::Esc)]);
        // ... unless the rest of a sequence arrives in the next read.
        assert_eq!(parser.feed(b"\x1b["), vec![]);
        assert_eq!(parser.feed(b"B"), vec![k(KeyCode::Down)]);
        // A character cut in two by the reads.
        let li = "李".as_bytes();
        assert_eq!(parser.feed(&li[..1]), vec![]);
        assert_eq!(parser.feed(&li[1..]), vec![k(KeyCode::Char('李'))]);
    }

    #[test]
    fn bracketed_paste_is_one_text_even_across_reads() {
        let mut parser = KeyParser::default();
        assert_eq!(parser.feed(b"\x1b[200~line one\r\nli"), vec![]);
        assert_eq!(
            parser.feed(b"ne two\x1b[201~x"),
            vec![Typed::Paste("line one\r\nline two".into()), k(KeyCode::Char('x'))]
        );
    }
}
