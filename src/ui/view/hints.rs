//! The status line's key hints, chosen to fit its width: the essential ones
//! (help, quit, save, cancel) always, then the others in order of how
//! specific they are to where the user is, and never one cut in half.

use super::style::Theme;
use crate::ui::action::Action;
use crate::ui::keymap::{self, Binding, Context};
use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

/// The gap between two hints.
const GAP: usize = 2;

/// The hints of `contexts` that fit in `width` columns, as styled spans.
pub fn hint_spans(contexts: &[Context], width: usize, theme: &Theme) -> Vec<Span<'static>> {
    spans_of(&keymap::hints(contexts), width, theme)
}

/// The keys that do something on an empty notebook's welcome screen: the
/// others would only answer "add a rep first".
pub fn welcome_spans(width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let useful = |b: &&Binding| matches!(b.action, Action::New | Action::Help | Action::Quit);
    let hints: Vec<_> = keymap::hints(&[Context::List]).into_iter().filter(useful).collect();
    spans_of(&hints, width, theme)
}

fn spans_of(hints: &[&'static Binding], width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (i, binding) in fitting(hints, width).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" ".repeat(GAP)));
        }
        spans.push(Span::styled(binding.keys[0].label(), theme.key));
        spans.push(Span::styled(format!(" {}", binding.label), theme.dim));
    }
    spans
}

/// "Ctrl-S save" is 11 columns wide.
fn hint_width(binding: &Binding) -> usize {
    binding.keys[0].label().width() + 1 + binding.label.width()
}

/// The hints to show, in their order: every essential one, then each other
/// one, most specific first, while it still fits with a gap.
fn fitting(hints: &[&'static Binding], width: usize) -> Vec<&'static Binding> {
    let cost = |b: &Binding| hint_width(b) + GAP;
    let mut room = (width + GAP).saturating_sub(hints.iter().filter(|b| b.is_essential()).map(|b| cost(b)).sum());
    let keep: Vec<bool> = hints
        .iter()
        .map(|b| {
            if b.is_essential() {
                return true;
            }
            let fits = cost(b) <= room;
            if fits {
                room -= cost(b);
            }
            fits
        })
        .collect();
    hints.iter().zip(keep).filter(|(_, k)| *k).map(|(b, _)| *b).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(contexts: &[Context], width: usize) -> String {
        let spans = hint_spans(contexts, width, &Theme::monochrome());
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn help_and_quit_show_however_narrow_the_line() {
        let line = shown(&[Context::Today, Context::List], 40);
        assert!(line.contains("? help"), "{line}");
        assert!(line.contains("q quit"), "{line}");
        assert!(line.width() <= 40, "{line}");
    }

    #[test]
    fn the_most_specific_hints_come_before_the_general_ones() {
        let line = shown(&[Context::Today, Context::List], 60);
        assert!(line.starts_with("Enter go to it"), "{line}");
        assert!(!line.contains("x archive"), "{line}");
    }

    #[test]
    fn a_wide_line_shows_every_hint_in_table_order() {
        let all = shown(&[Context::Reps, Context::List], 400);
        let expected: Vec<String> = keymap::hints(&[Context::Reps, Context::List])
            .iter()
            .map(|b| format!("{} {}", b.keys[0].label(), b.label))
            .collect();
        assert_eq!(all, expected.join("  "));
    }

    #[test]
    fn no_hint_is_cut_in_half() {
        for width in 20..140 {
            let line = shown(&[Context::Accounts, Context::List], width);
            let whole: Vec<String> = keymap::hints(&[Context::Accounts, Context::List])
                .iter()
                .map(|b| format!("{} {}", b.keys[0].label(), b.label))
                .collect();
            for part in line.split("  ") {
                assert!(whole.iter().any(|h| h == part), "width {width}: {part:?} in {line:?}");
            }
        }
    }
}
