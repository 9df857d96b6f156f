//! The one table of key bindings. The key handler resolves keys through it and
//! the help overlay and status-line hints are drawn from it, so they cannot drift.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies; the app knows which context is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere, before anything else.
    Global,
    /// A tab's list.
    List,
    /// The Today tab.
    Today,
    /// The Reps tab.
    Reps,
    /// The Accounts tab.
    Accounts,
    /// The Sessions tab.
    Sessions,
    /// Typing a list filter.
    Filter,
    /// A form, whatever field has focus.
    Form,
    /// A form's one-line field.
    FormLine,
    /// A form's name picker.
    FormPicker,
    /// A form's list of ratings.
    FormRatings,
    /// A form's field of a few choices (tier, kind, yes/no).
    FormChoice,
    /// Any text being typed: form fields, the prompt, a filter.
    TextEdit,
    /// A rep's retention view.
    RetentionView,
    /// A yes/no question.
    Confirm,
    /// The help overlay.
    Help,
    /// A list of choices (contacts of an account).
    Chooser,
    /// The quick-capture prompt.
    Prompt,
}

impl Context {
    /// The heading the help overlay shows for this context.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Anywhere",
            Context::List => "Lists",
            Context::Today => "Today tab",
            Context::Reps => "Reps tab",
            Context::Accounts => "Accounts tab",
            Context::Sessions => "Sessions tab",
            Context::Filter => "Filtering a list",
            Context::Form => "Forms",
            Context::FormLine => "One-line fields",
            Context::FormPicker => "Name pickers",
            Context::FormRatings => "Ratings",
            Context::Confirm => "Questions",
            Context::Help => "Help",
            Context::Chooser => "Choosing from a list",
            Context::Prompt => "Quick capture (:)",
            Context::FormChoice => "Choice fields",
            Context::TextEdit => "Editing text",
            Context::RetentionView => "Retention view",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt (Shift only where it matters, as in BackTab).
    pub mods: KeyModifiers,
}

pub(crate) const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub(crate) const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

pub(crate) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// Whether a key event is this key (Shift is ignored for characters,
    /// which carry their case already).
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        self.code == event.code && (event.modifiers & relevant) == (self.mods & relevant)
    }

    /// How the key is written in help and hints.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", name.to_uppercase())
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else {
            name
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// What the help overlay says.
    pub label: &'static str,
    /// Whether the status line shows it as a hint.
    pub hint: bool,
}

pub(crate) const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    hint: bool,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        label,
        hint,
    }
}

mod table;

pub use table::BINDINGS;
use Context::*;

/// The action bound to `event` in the first of `contexts` that binds it;
/// Global bindings come first.
pub fn resolve(contexts: &[Context], event: &KeyEvent) -> Option<Action> {
    std::iter::once(&Global)
        .chain(contexts)
        .find_map(|context| {
            BINDINGS.iter().find(|b| {
                b.context == *context && b.action != Action::FieldKey && b.keys.iter().any(|k| k.matches(event))
            })
        })
        .map(|b| b.action)
}

/// The bindings the status line offers as hints in the given contexts, most
/// specific first (the order of `contexts`, then the table's).
pub fn hints(contexts: &[Context]) -> Vec<&'static Binding> {
    contexts
        .iter()
        .flat_map(|context| BINDINGS.iter().filter(move |b| b.context == *context && b.hint))
        .collect()
}

impl Binding {
    /// Whether the status line keeps this hint however narrow it is: the
    /// ways out (help, quit, cancel, no) and the ways to finish (save, yes,
    /// accept), without which a user is stuck.
    pub fn is_essential(&self) -> bool {
        matches!(
            self.action,
            Action::Help | Action::Quit | Action::Close | Action::Save | Action::Yes | Action::No | Action::Accept
        )
    }
}

/// Keys joined for the help overlay: "j/↓".
pub fn keys_label(binding: &Binding) -> String {
    binding.keys.iter().map(Key::label).collect::<Vec<_>>().join("/")
}

/// The order in which help and the README list the contexts.
pub const HELP_ORDER: [Context; 18] = [
    List,
    Today,
    Reps,
    Accounts,
    Sessions,
    Prompt,
    Filter,
    Form,
    FormLine,
    FormChoice,
    FormPicker,
    FormRatings,
    TextEdit,
    RetentionView,
    Chooser,
    Confirm,
    Help,
    Global,
];

/// What help says about the mouse, after the keys.
pub const MOUSE_HELP: &[&str] = &[
    "click a tab, a row or a choice; the wheel scrolls",
    "Shift+drag still selects text to copy",
    "mouse = false in the config leaves the mouse to the terminal",
];

/// How many lines help draws: a title and a blank line per context, a
/// line per binding, then the mouse. Scrolling stops at the last.
pub fn help_line_count() -> usize {
    HELP_ORDER.len() * 2 + BINDINGS.len() + 1 + MOUSE_HELP.len()
}

/// Every binding as (where, keys, what it does), in help order: the rows
/// of the README's table and the man page's KEYS section.
pub fn rows() -> impl Iterator<Item = (&'static str, String, &'static str)> {
    HELP_ORDER.into_iter().flat_map(|context| {
        BINDINGS
            .iter()
            .filter(move |b| b.context == context)
            .map(move |b| (context.title(), keys_label(b), b.label))
    })
}

/// The key table as Markdown, one section per context, for the README (a
/// test keeps the README's copy equal to this).
pub fn markdown() -> String {
    let mut out = String::from("| where | keys | action |\n|---|---|---|\n");
    for (context, keys, label) in rows() {
        let keys = keys.replace('|', "\\|");
        out.push_str(&format!("| {context} | `{keys}` | {label} |\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn resolves_by_context_with_global_first() {
        let tab = press(KeyCode::Tab, KeyModifiers::NONE);
        assert_eq!(resolve(&[List], &tab), Some(Action::NextTab));
        assert_eq!(resolve(&[FormLine, Form], &tab), Some(Action::NextField));
        assert_eq!(resolve(&[FormPicker, Form], &tab), Some(Action::Accept));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(&[Form], &ctrl_c), Some(Action::Quit));
        let c = press(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(resolve(&[List], &c), Some(Action::Capture));
        assert_eq!(resolve(&[FormLine, Form], &c), None, "goes to the text field");
        let shift_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(&[List], &shift_g), Some(Action::Last));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{:?} bound twice in {:?}", k.label(), a.context);
                    }
                }
            }
        }
    }

    #[test]
    fn help_lists_every_binding_and_the_keys_fields_take() {
        let listed: Vec<(&str, String, &str)> = rows().collect();
        assert_eq!(listed.len(), BINDINGS.len(), "a context is missing from HELP_ORDER");
        for (context, keys, label) in [
            ("Ratings", "1/2/3/4/5", "rate the skill 1-5"),
            ("Ratings", "0/Backspace/Delete", "clear the rating"),
            ("Choice fields", "←", "previous choice"),
            ("Editing text", "Ctrl-W", "delete the word before"),
            ("Editing text", "Ctrl-U", "delete to the start of the line"),
        ] {
            assert!(
                listed.iter().any(|(c, k, l)| *c == context && k == keys && *l == label),
                "{context}: {keys} {label}"
            );
        }
        let three = press(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(
            resolve(&[FormRatings, Form], &three),
            None,
            "a field key goes to the field"
        );
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(ctrl('s').label(), "Ctrl-S");
        assert_eq!(key(KeyCode::BackTab).label(), "Shift-Tab");
        assert_eq!(ch(' ').label(), "Space");
    }
}
