//! A failed save's errors go away as the user fixes the fields, and what
//! is typed after it adds to the text instead of replacing it.

mod common;

use coachbook::ui::message::Msg;
use common::fixture::{app, ctrl, key, press, screen, type_text};
use ratatui::crossterm::event::KeyCode;

/// A new account whose annual value is `value`, after Ctrl-S.
fn saved_with_value(value: &str) -> coachbook::ui::app::App {
    let mut app = app();
    type_text(&mut app, "2n");
    type_text(&mut app, "Initech\tsam\t\t");
    type_text(&mut app, value);
    app.update(Msg::Key(ctrl('s')));
    app
}

#[test]
fn a_fixed_field_loses_its_error_and_the_footer_its_not_saved() {
    let mut app = saved_with_value("lots");
    let text = screen(&app, 100, 30);
    assert!(text.contains("⚠ \"lots\" is not an amount"), "{text}");
    assert!(text.contains("Not saved"), "{text}");
    press(&mut app, KeyCode::Backspace, 4);
    type_text(&mut app, "12");
    let text = screen(&app, 100, 30);
    assert!(!text.contains("is not an amount"), "{text}");
    assert!(!text.contains("Not saved"), "{text}");
    assert!(text.contains("Ctrl-S save"), "the footer shows its keys again:\n{text}");
}

#[test]
fn a_field_still_wrong_keeps_its_error_with_what_is_wrong_now() {
    let mut app = saved_with_value("lots");
    press(&mut app, KeyCode::Backspace, 4);
    type_text(&mut app, "heaps");
    let text = screen(&app, 100, 30);
    assert!(text.contains("⚠ \"heaps\" is not an amount"), "{text}");
    assert!(text.contains("Not saved"), "{text}");
}

#[test]
fn typing_after_a_failed_save_adds_to_the_field() {
    let mut app = saved_with_value("12x");
    // Focus went back to the field with the error, the cursor at its end.
    app.update(Msg::Key(key(KeyCode::Backspace)));
    type_text(&mut app, "0");
    let text = screen(&app, 100, 30);
    assert!(text.contains("120"), "{text}");
    assert!(!text.contains("is not an amount"), "{text}");
}

#[test]
fn a_message_about_the_list_does_not_follow_into_a_form() {
    let mut app = app_without_reps();
    type_text(&mut app, "c");
    assert!(screen(&app, 100, 30).contains("Add a rep first"));
    type_text(&mut app, "1n");
    let text = screen(&app, 100, 30);
    assert!(!text.contains("Add a rep first"), "{text}");
}

fn app_without_reps() -> coachbook::ui::app::App {
    common::fixture::app_over(coachbook::store::Store::open_in_memory().unwrap())
}

#[test]
fn the_terminal_cursor_sits_after_the_text_of_the_focused_field() {
    use coachbook::ui::view;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    let mut app = app();
    type_text(&mut app, "2n");
    type_text(&mut app, "Initech");
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| view::render(frame, &app)).unwrap();
    let backend = terminal.backend();
    assert!(backend.cursor_visible(), "a form shows the terminal's cursor");
    let at = backend.cursor_position();
    let text = screen(&app, 100, 30);
    let row = text.lines().nth(at.y as usize).unwrap();
    let before: String = row.chars().take(at.x as usize).collect();
    assert!(before.trim_end().ends_with("Initech"), "cursor at {at:?} on {row:?}");
    assert!(before.contains("Name"), "on the Name row: {row:?}");
    // Back in the list, the cursor is hidden again.
    app.update(Msg::Key(key(KeyCode::Esc)));
    type_text(&mut app, "y");
    terminal.draw(|frame| view::render(frame, &app)).unwrap();
    assert!(!terminal.backend().cursor_visible(), "{}", screen(&app, 100, 30));
}
