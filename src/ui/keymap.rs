//! The one table of key bindings. The key handler resolves keys through it and
//! the help overlay and status-line hints are drawn from it, so they cannot drift.

use super::action::{Action, Tab};
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

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
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

const fn bind(context: Context, keys: &'static [Key], action: Action, label: &'static str, hint: bool) -> Binding {
    Binding {
        context,
        keys,
        action,
        label,
        hint,
    }
}

use Context::*;

/// Every key binding of the app.
pub const BINDINGS: &[Binding] = &[
    bind(Global, &[ctrl('c')], Action::Quit, "quit", false),
    // Lists
    bind(List, &[ch('1')], Action::GoTab(Tab::Reps), "Reps tab", false),
    bind(List, &[ch('2')], Action::GoTab(Tab::Accounts), "Accounts tab", false),
    bind(List, &[ch('3')], Action::GoTab(Tab::Sessions), "Sessions tab", false),
    bind(List, &[ch('4')], Action::GoTab(Tab::Today), "Today tab", false),
    bind(
        List,
        &[key(KeyCode::Tab), ch('l'), key(KeyCode::Right)],
        Action::NextTab,
        "next tab",
        false,
    ),
    bind(
        List,
        &[key(KeyCode::BackTab), ch('h'), key(KeyCode::Left)],
        Action::PrevTab,
        "previous tab",
        false,
    ),
    bind(List, &[ch('j'), key(KeyCode::Down)], Action::Down, "down", false),
    bind(List, &[ch('k'), key(KeyCode::Up)], Action::Up, "up", false),
    bind(List, &[ch('g'), key(KeyCode::Home)], Action::First, "first", false),
    bind(List, &[ch('G'), key(KeyCode::End)], Action::Last, "last", false),
    bind(List, &[key(KeyCode::PageDown)], Action::PageDown, "page down", false),
    bind(List, &[key(KeyCode::PageUp)], Action::PageUp, "page up", false),
    bind(List, &[ctrl('d')], Action::HalfPageDown, "half a page down", false),
    bind(List, &[ctrl('u')], Action::HalfPageUp, "half a page up", false),
    bind(List, &[ch('c')], Action::Capture, "capture session", true),
    bind(List, &[ch(':')], Action::QuickCapture, "quick capture", true),
    bind(List, &[ch('n')], Action::New, "new", true),
    bind(List, &[ch('e'), key(KeyCode::Enter)], Action::Edit, "edit", true),
    bind(List, &[ch('/')], Action::StartFilter, "filter", true),
    bind(List, &[ch('x')], Action::Archive, "archive", true),
    bind(List, &[ch('u')], Action::Undo, "undo archive or done", false),
    bind(
        List,
        &[key(KeyCode::Esc)],
        Action::ClearFilter,
        "clear a kept filter",
        false,
    ),
    bind(List, &[ch('?')], Action::Help, "help", true),
    bind(List, &[ch('q')], Action::Quit, "quit", true),
    // Tab-specific keys, checked before the list's
    bind(Today, &[key(KeyCode::Enter)], Action::Jump, "go to it", true),
    bind(Today, &[ch(' ')], Action::MarkDone, "mark commitment done", true),
    bind(
        Reps,
        &[key(KeyCode::Enter)],
        Action::Development,
        "development view",
        true,
    ),
    bind(Reps, &[ch('b')], Action::Brief, "pre-ride brief", true),
    bind(Reps, &[ch('p')], Action::WriteReport, "write 1:1 prep sheet", false),
    bind(Accounts, &[ch('t')], Action::ToggleSuccession, "succession view", true),
    bind(Accounts, &[ch('a')], Action::AddContact, "add contact", false),
    bind(Accounts, &[ch('E')], Action::EditContact, "edit a contact", false),
    bind(Sessions, &[ch('s')], Action::ToggleSearchOrder, "sort matches", true),
    // Filter
    bind(Filter, &[key(KeyCode::Enter)], Action::KeepFilter, "keep filter", true),
    bind(Filter, &[key(KeyCode::Esc)], Action::ClearFilter, "clear filter", true),
    bind(Filter, &[key(KeyCode::Down)], Action::Down, "down", false),
    bind(Filter, &[key(KeyCode::Up)], Action::Up, "up", false),
    // Forms
    bind(Form, &[ctrl('s')], Action::Save, "save", true),
    bind(Form, &[key(KeyCode::Tab)], Action::NextField, "next field", true),
    bind(
        Form,
        &[key(KeyCode::BackTab)],
        Action::PrevField,
        "previous field",
        false,
    ),
    bind(Form, &[key(KeyCode::Esc)], Action::Close, "cancel", true),
    bind(Form, &[ctrl('e')], Action::OpenEditor, "edit notes in $EDITOR", false),
    bind(
        FormLine,
        &[key(KeyCode::Enter), key(KeyCode::Down)],
        Action::NextField,
        "next field",
        false,
    ),
    bind(
        FormLine,
        &[key(KeyCode::Up)],
        Action::PrevField,
        "previous field",
        false,
    ),
    bind(FormPicker, &[key(KeyCode::Down)], Action::PickDown, "next match", true),
    bind(FormPicker, &[key(KeyCode::Up)], Action::PickUp, "previous match", false),
    bind(
        FormPicker,
        &[key(KeyCode::Enter), key(KeyCode::Tab)],
        Action::Accept,
        "accept",
        true,
    ),
    bind(
        FormRatings,
        &[key(KeyCode::Down), ch('j')],
        Action::PickDown,
        "next skill",
        false,
    ),
    bind(
        FormRatings,
        &[key(KeyCode::Up), ch('k')],
        Action::PickUp,
        "previous skill",
        false,
    ),
    bind(
        FormRatings,
        &[key(KeyCode::Enter)],
        Action::NextField,
        "next field",
        false,
    ),
    // Quick capture
    bind(Prompt, &[key(KeyCode::Enter)], Action::Save, "save", true),
    bind(
        Prompt,
        &[key(KeyCode::Tab)],
        Action::Complete,
        "complete @name #name",
        true,
    ),
    bind(Prompt, &[key(KeyCode::Up)], Action::HistoryPrev, "earlier line", false),
    bind(Prompt, &[key(KeyCode::Down)], Action::HistoryNext, "later line", false),
    bind(Prompt, &[key(KeyCode::Esc)], Action::Close, "cancel", true),
    // Questions, help, choosers
    bind(Confirm, &[ch('y'), ch('Y')], Action::Yes, "yes", true),
    bind(Confirm, &[ch('n'), ch('N'), key(KeyCode::Esc)], Action::No, "no", true),
    bind(
        Help,
        &[key(KeyCode::Esc), ch('?'), ch('q')],
        Action::Close,
        "close",
        true,
    ),
    bind(
        Help,
        &[ch('j'), key(KeyCode::Down)],
        Action::ScrollDown,
        "scroll down",
        false,
    ),
    bind(Help, &[ch('k'), key(KeyCode::Up)], Action::ScrollUp, "scroll up", false),
    bind(Chooser, &[key(KeyCode::Down)], Action::PickDown, "down", false),
    bind(Chooser, &[key(KeyCode::Up)], Action::PickUp, "up", false),
    bind(Chooser, &[key(KeyCode::Enter)], Action::Accept, "choose", true),
    bind(Chooser, &[key(KeyCode::Esc)], Action::Close, "cancel", true),
];

/// The action bound to `event` in the first of `contexts` that binds it;
/// Global bindings come first.
pub fn resolve(contexts: &[Context], event: &KeyEvent) -> Option<Action> {
    std::iter::once(&Global)
        .chain(contexts)
        .find_map(|context| {
            BINDINGS
                .iter()
                .find(|b| b.context == *context && b.keys.iter().any(|k| k.matches(event)))
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
pub const HELP_ORDER: [Context; 14] = [
    List,
    Today,
    Reps,
    Accounts,
    Prompt,
    Filter,
    Form,
    FormLine,
    FormPicker,
    FormRatings,
    Chooser,
    Confirm,
    Help,
    Global,
];

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
    fn labels_read_well() {
        assert_eq!(ctrl('s').label(), "Ctrl-S");
        assert_eq!(key(KeyCode::BackTab).label(), "Shift-Tab");
        assert_eq!(ch(' ').label(), "Space");
    }
}
