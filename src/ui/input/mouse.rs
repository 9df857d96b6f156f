//! SGR mouse reports (`ESC [ < BUTTON ; COLUMN ; ROW M`), read by the key
//! parser: presses of the left button and the wheel.

use super::keys::{modifiers, Step, Typed};
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

/// An SGR mouse report, ESC [ < BUTTON ; COLUMN ; ROW M (press) or m
/// (release). Presses of the left button and the wheel count; releases,
/// drags and other buttons are skipped.
pub(super) fn report(params: &[u8], press: bool, used: usize) -> Step {
    let numbers: Vec<u16> = params
        .split(|b| *b == b';')
        .filter_map(|p| std::str::from_utf8(p).ok()?.parse().ok())
        .collect();
    let &[button, column, row] = numbers.as_slice() else {
        return Step::Skip(used);
    };
    let kind = match button & !0b1_1100 {
        _ if !press || button & 32 != 0 => return Step::Skip(used),
        0 => MouseEventKind::Down(MouseButton::Left),
        64 => MouseEventKind::ScrollUp,
        65 => MouseEventKind::ScrollDown,
        _ => return Step::Skip(used),
    };
    Step::Typed(
        Typed::Mouse(MouseEvent {
            kind,
            column: column.saturating_sub(1),
            row: row.saturating_sub(1),
            modifiers: modifiers(Some(1 + ((button >> 2) & 0b111))),
        }),
        used,
    )
}
