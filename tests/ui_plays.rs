//! `/` on the Sessions tab finds plays beside sessions: the plays first,
//! marked "play", the whole play in the detail, `e` edits it and `x`
//! archives it (u brings it back).

mod common;

use coachbook::domain::{PlayData, RepId};
use coachbook::store::Store;
use coachbook::ui::app::Target;
use common::fixture::{app_over, d, fill, press, screen, type_text};
use ratatui::crossterm::event::KeyCode;

fn app_with_a_play() -> coachbook::ui::app::App {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    let pat = store
        .reps(false)
        .unwrap()
        .into_iter()
        .find(|r| r.data.name.starts_with("Pat"))
        .unwrap();
    let acme = store.accounts(false).unwrap()[0].id;
    let mut play = PlayData::new("Ask who else decides", d("2026-11-02"));
    play.situation = "Discovery stalls with a single contact at the CFO".into();
    play.steps = "Ask who signs, who uses it, and who could stop it".into();
    play.pitfalls = "Taking the first name as the only one".into();
    play.author = Some(RepId(pat.id.0));
    play.account = Some(acme);
    store.add_play(play).unwrap();
    app_over(store)
}

#[test]
fn a_search_lists_the_matching_plays_first_marked_by_kind_and_shows_one_whole() {
    let mut app = app_with_a_play();
    type_text(&mut app, "3/discovery");
    press(&mut app, KeyCode::Enter, 1);
    let text = screen(&app, 160, 32);
    assert!(
        text.contains("Plays, then sessions newest first (2) filter /discovery"),
        "one play and one session match: {text}"
    );
    let rows: Vec<&str> = text.lines().skip(3).take(2).collect();
    assert!(
        rows[0].contains("2026-11-02") && rows[0].contains("play · Ask who else decides"),
        "the play leads: {text}"
    );
    assert!(rows[1].contains("2026-11-20"), "then the session: {text}");
    for wanted in [
        "Ask who else decides  (play 1; e edits)",
        "by Pat Kowalski · for Acme Tools · written 2026-11-02",
        "When",
        "Discovery stalls with a single contact at the CFO",
        "Avoid",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?} in the detail: {text}");
    }
    insta::assert_snapshot!("search_finds_a_play", text);

    press(&mut app, KeyCode::Down, 1);
    assert!(
        matches!(app.selected(), Some(Target::Session(_))),
        "the next row is the session"
    );
    press(&mut app, KeyCode::Up, 1);
    assert!(matches!(app.selected(), Some(Target::Play(_))));
}

#[test]
fn e_edits_the_play_found_and_x_archives_it_until_u() {
    let mut app = app_with_a_play();
    type_text(&mut app, "3/discovery");
    press(&mut app, KeyCode::Enter, 1);
    type_text(&mut app, "e");
    let text = screen(&app, 120, 32);
    assert!(text.contains("Edit play: Ask who else decides"), "{text}");
    type_text(&mut app, " first");
    app.update(coachbook::ui::message::Msg::Key(common::fixture::ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(text.contains("Saved play \"Ask who else decides first\""), "{text}");
    assert!(
        text.contains("play · Ask who else deci") && text.contains("Ask who else decides first  (play 1"),
        "the list and the detail show the change: {text}"
    );
    assert_eq!(
        app.store().plays(None, None, false).unwrap()[0].data.title,
        "Ask who else decides first"
    );

    type_text(&mut app, "x");
    assert!(screen(&app, 120, 32).contains("Archive play \"Ask who else decides first\"?"));
    type_text(&mut app, "y");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Sessions, newest first (1)"),
        "an archived play is not found: {text}"
    );
    type_text(&mut app, "u");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Restored play") && text.contains("play · Ask who"),
        "{text}"
    );
}
