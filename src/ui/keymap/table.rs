//! The key table: every binding of the app, in the order help lists them
//! within a context. Rows whose action is `FieldKey` are typed into the
//! focused field; they are here so help lists every key that works.

use super::{bind, ch, ctrl, key, Binding, Context::*, Key};
use crate::ui::action::{Action, Tab};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}

const fn ctrl_key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::CONTROL,
    }
}

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
    bind(
        Reps,
        &[ch('S')],
        Action::RecordStay,
        "stay conversation (private)",
        false,
    ),
    bind(Reps, &[ch('m')], Action::PickMentor, "pick a mentor", false),
    bind(Accounts, &[ch('t')], Action::ToggleSuccession, "succession view", true),
    bind(Accounts, &[ch('a')], Action::AddContact, "add contact", false),
    bind(Accounts, &[ch('E')], Action::EditContact, "edit a contact", false),
    bind(
        Accounts,
        &[ch('K')],
        Action::Harvest,
        "record what the owner knows",
        false,
    ),
    bind(Sessions, &[ch('s')], Action::ToggleSearchOrder, "sort matches", true),
    bind(
        Sessions,
        &[ch('P')],
        Action::PlayFromSession,
        "make a play of it",
        false,
    ),
    bind(
        RetentionView,
        &[ch('s')],
        Action::RecordStay,
        "record a stay conversation",
        true,
    ),
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
    // Typed into the focused field (listed for help; the field handles them)
    bind(
        FormChoice,
        &[key(KeyCode::Right), ch(' ')],
        Action::FieldKey,
        "next choice",
        false,
    ),
    bind(
        FormChoice,
        &[key(KeyCode::Left)],
        Action::FieldKey,
        "previous choice",
        false,
    ),
    bind(
        FormRatings,
        &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5')],
        Action::FieldKey,
        "rate the skill 1-5",
        false,
    ),
    bind(
        FormRatings,
        &[ch('0'), key(KeyCode::Backspace), key(KeyCode::Delete)],
        Action::FieldKey,
        "clear the rating",
        false,
    ),
    bind(
        TextEdit,
        &[key(KeyCode::Left), key(KeyCode::Right)],
        Action::FieldKey,
        "move the cursor",
        false,
    ),
    bind(
        TextEdit,
        &[ctrl_key(KeyCode::Left), ctrl_key(KeyCode::Right), alt('b'), alt('f')],
        Action::FieldKey,
        "a word left or right",
        false,
    ),
    bind(
        TextEdit,
        &[ctrl('a')],
        Action::FieldKey,
        "to the start of the line",
        false,
    ),
    bind(
        TextEdit,
        &[key(KeyCode::Backspace), key(KeyCode::Delete)],
        Action::FieldKey,
        "delete a character",
        false,
    ),
    bind(
        TextEdit,
        &[ctrl('w')],
        Action::FieldKey,
        "delete the word before",
        false,
    ),
    bind(
        TextEdit,
        &[ctrl('u')],
        Action::FieldKey,
        "delete to the start of the line",
        false,
    ),
    bind(
        TextEdit,
        &[ctrl('k')],
        Action::FieldKey,
        "delete to the end of the line",
        false,
    ),
];
