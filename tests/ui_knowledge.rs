//! `K` on an account records what its owner knows: the quick-capture
//! prompt begun as `know: `, its preview naming the question, the answer
//! saved with today's date and counted in the account's detail.

mod common;

use common::fixture::{app, press, screen, type_text};
use ratatui::crossterm::event::KeyCode;

#[test]
fn k_on_an_account_records_a_harvest_answer_and_the_detail_counts_it() {
    let mut app = app();
    type_text(&mut app, "2");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Knowledge  0/7 harvested"),
        "Acme's owner retires: {text}"
    );
    type_text(&mut app, "K");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("know:")
            && text.contains("which question?")
            && text.contains("the questions are decides, history"),
        "{text}"
    );
    type_text(&mut app, "decides The CFO signs; procurement only stamps");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Kind what the owner knows")
            && text.contains("Asked Who really decides, and who blocks?")
            && text.contains("Answer The CFO signs; procurement only stamps"),
        "the preview says what will be saved: {text}"
    );
    press(&mut app, KeyCode::Enter, 1);
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Saved what the owner knows about Acme Tools on 2026-11-26"),
        "{text}"
    );
    assert!(text.contains("Knowledge  1/7 harvested"), "{text}");
    let acme = app.store().accounts(false).unwrap()[0].id;
    let answers = app.store().answers_of(acme).unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].data.answer, "The CFO signs; procurement only stamps");

    // K belongs to the Accounts tab: on Reps it opens nothing.
    type_text(&mut app, "1K");
    assert!(!screen(&app, 120, 32).contains("Quick capture"), "K works on accounts");
}
