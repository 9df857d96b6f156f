//! The app driven by key events to saved records, with no terminal involved.

mod common;

use coachbook::domain::{CommitmentOwner, SessionKind};
use coachbook::store::{CommitmentFilter, SessionFilter, Store};
use coachbook::ui::action::Tab;
use coachbook::ui::app::Overlay;
use coachbook::ui::message::Msg;
use common::fixture::{app, app_over, ctrl, d, key, press, screen, today, type_text};
use ratatui::crossterm::event::KeyCode;

#[test]
fn new_rep_by_keys_only() {
    let mut app = app_over(Store::open_in_memory().unwrap());
    type_text(&mut app, "n");
    type_text(
        &mut app,
        "Ana Lima\tField Sales Rep\tEast\tana@example.com\t\t2025-09-01\t\t\t",
    );
    // The cadence holds its default; the cursor arrives at its end, and
    // Ctrl-U clears what is before it.
    app.update(Msg::Key(ctrl('u')));
    type_text(&mut app, "7");
    app.update(Msg::Key(ctrl('s')));
    assert!(app.overlays().is_empty(), "form closed on save");
    let rep = &app.store().reps(false).unwrap()[0];
    assert_eq!(rep.data.name, "Ana Lima");
    assert_eq!(rep.data.territory, "East");
    assert_eq!(rep.data.hired_on, Some(d("2025-09-01")));
    assert_eq!(rep.data.cadence_days, 7);
    assert!(screen(&app, 120, 32).contains("Saved rep Ana Lima"));
}

#[test]
fn capture_on_a_rep_starts_on_notes_with_everything_prefilled() {
    let mut app = app();
    type_text(&mut app, "1");
    // Dana is first; her last visit was at Acme Tools.
    type_text(&mut app, "c");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Dana Ortiz") && text.contains("Acme Tools") && text.contains("09:30"),
        "{text}"
    );
    type_text(&mut app, "Good discovery again\nStill rushed the close");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(text.contains("Saved ride-along with Dana Ortiz"), "{text}");
    let newest = &app.store().sessions(&SessionFilter::default()).unwrap()[0];
    assert_eq!(newest.data.notes, "Good discovery again\nStill rushed the close");
    assert_eq!(newest.data.kind, SessionKind::RideAlong);
    assert_eq!(newest.data.date, today());
    assert_eq!(newest.data.time.map(|t| t.to_string()), Some("09:30:00".into()));
    assert_eq!(app.data().account_name(newest.data.account.unwrap()), "Acme Tools");
    assert_eq!(app.tab(), Tab::Reps, "stays where the manager was");
}

#[test]
fn full_session_form_with_ratings_commitments_and_calls() {
    let mut app = app();
    type_text(&mut app, "3n");
    type_text(&mut app, "sam\n");
    type_text(&mut app, "glo\n");
    type_text(&mut app, "1\t"); // kind: 1:1 by its first character
    type_text(&mut app, "\t"); // date stays today
    type_text(&mut app, "Pipeline review\t");
    press(&mut app, KeyCode::Tab, 7); // to ratings
    type_text(&mut app, "j4j3"); // discovery 4, presentation 3 (digits move on)
    press(&mut app, KeyCode::Enter, 1);
    type_text(&mut app, "4\t"); // will
    type_text(&mut app, "Send forecast @ mon\nme: Book joint visit @ 2026-12-15\t");
    type_text(&mut app, "globex; demo; went well; trial booked\t");
    type_text(&mut app, "Prepare trial\t2w\tworried about quota");
    app.update(Msg::Key(ctrl('s')));
    assert!(app.overlays().is_empty(), "{}", screen(&app, 120, 40));
    let s = &app.store().sessions(&SessionFilter::default()).unwrap()[0];
    assert_eq!(app.data().rep_name(s.data.rep), "Sam Lee");
    assert_eq!(s.data.kind, SessionKind::OneOnOne);
    assert_eq!(s.data.notes, "Pipeline review");
    assert_eq!(s.data.ratings.values().copied().collect::<Vec<_>>(), vec![4, 3]);
    assert_eq!(s.data.will, Some(4));
    assert_eq!(s.data.calls.len(), 1);
    assert_eq!(s.data.calls[0].outcome, "trial booked");
    assert_eq!(s.data.next_step, "Prepare trial");
    assert_eq!(s.data.follow_up, Some(d("2026-12-10")));
    assert_eq!(s.data.private_notes, "worried about quota");
    let commitments = app
        .store()
        .commitments(&CommitmentFilter {
            session: Some(s.id),
            ..CommitmentFilter::default()
        })
        .unwrap();
    assert_eq!(commitments.len(), 2);
    assert_eq!(commitments[0].data.due, Some(d("2026-11-30")));
    assert_eq!(commitments[1].data.owner, CommitmentOwner::Manager);
}

#[test]
fn editing_a_session_changes_and_removes_commitments() {
    let mut app = app();
    type_text(&mut app, "3e");
    // Commitments field: replace both lines with one changed line.
    let form_focus = |app: &coachbook::ui::app::App| match app.overlays().last() {
        Some(Overlay::Form(f)) => f.fields[f.focus].label(),
        _ => "",
    };
    while form_focus(&app) != "Commitments" {
        app.update(Msg::Key(key(KeyCode::Tab)));
    }
    for _ in 0..120 {
        app.update(Msg::Key(key(KeyCode::Backspace)));
    }
    type_text(&mut app, "[x] Send ROI case study @ 2026-11-24");
    app.update(Msg::Key(ctrl('s')));
    assert!(app.overlays().is_empty(), "{}", screen(&app, 120, 40));
    let all = app
        .store()
        .commitments(&CommitmentFilter {
            include_archived: true,
            ..CommitmentFilter::default()
        })
        .unwrap();
    let roi = all.iter().find(|c| c.data.text == "Send ROI case study").unwrap();
    assert_eq!(roi.data.done_on, Some(today()));
    let practise = all
        .iter()
        .find(|c| c.data.text == "Practise closing questions")
        .unwrap();
    assert!(practise.data.archived, "removed lines are archived, not deleted");
}

#[test]
fn edit_rep_archive_and_undo() {
    let mut app = app();
    type_text(&mut app, "1");
    type_text(&mut app, "je"); // Pat
    press(&mut app, KeyCode::Tab, 2);
    for _ in 0..10 {
        app.update(Msg::Key(key(KeyCode::Backspace)));
    }
    type_text(&mut app, "Coast");
    app.update(Msg::Key(ctrl('s')));
    assert_eq!(
        app.store()
            .reps(false)
            .unwrap()
            .iter()
            .find(|r| r.data.name == "Pat Kowalski")
            .unwrap()
            .data
            .territory,
        "Coast"
    );

    type_text(&mut app, "x");
    assert!(screen(&app, 120, 32).contains("Archive rep Pat Kowalski?"));
    type_text(&mut app, "y");
    assert_eq!(app.store().reps(false).unwrap().len(), 2);
    assert!(screen(&app, 120, 32).contains("Archived rep Pat Kowalski; u undoes"));
    type_text(&mut app, "u");
    assert_eq!(app.store().reps(false).unwrap().len(), 3);
    type_text(&mut app, "xn");
    assert_eq!(app.store().reps(false).unwrap().len(), 3, "n keeps it");
}

#[test]
fn esc_on_a_changed_form_asks_first() {
    let mut app = app();
    type_text(&mut app, "1");
    type_text(&mut app, "n");
    press(&mut app, KeyCode::Esc, 1);
    assert!(app.overlays().is_empty(), "nothing typed: closes at once");
    type_text(&mut app, "nSomeone");
    press(&mut app, KeyCode::Esc, 1);
    assert!(screen(&app, 120, 32).contains("Discard what you typed"));
    type_text(&mut app, "n");
    assert!(matches!(app.overlays().last(), Some(Overlay::Form(_))), "still editing");
    press(&mut app, KeyCode::Esc, 1);
    type_text(&mut app, "y");
    assert!(app.overlays().is_empty());
    assert_eq!(app.store().reps(false).unwrap().len(), 3, "nothing saved");
}

#[test]
fn filter_narrows_and_esc_clears() {
    let mut app = app();
    type_text(&mut app, "1");
    type_text(&mut app, "/sam");
    assert_eq!(app.row_count(), 1);
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(!app.pane().filtering);
    assert_eq!(app.row_count(), 1, "Enter keeps the filter");
    type_text(&mut app, "/");
    press(&mut app, KeyCode::Esc, 1);
    assert_eq!(app.row_count(), 3);
}

#[test]
fn navigation_keys_and_tabs() {
    let mut app = app();
    type_text(&mut app, "1");
    type_text(&mut app, "G");
    assert_eq!(app.pane().selected, 2);
    type_text(&mut app, "gj");
    assert_eq!(app.pane().selected, 1);
    app.update(Msg::Key(key(KeyCode::Tab)));
    assert_eq!(app.tab(), Tab::Accounts);
    app.update(Msg::Key(key(KeyCode::BackTab)));
    assert_eq!(app.tab(), Tab::Reps);
    press(&mut app, KeyCode::PageDown, 1);
    assert_eq!(app.pane().selected, 2);
    app.update(Msg::Key(ctrl('c')));
    assert!(app.quitting());
}

#[test]
fn contacts_are_added_and_edited_from_the_accounts_tab() {
    let mut app = app();
    type_text(&mut app, "2a");
    type_text(&mut app, "Kim Park\tBuyer\t6\t");
    type_text(&mut app, "y"); // owner knows: yes
    app.update(Msg::Key(ctrl('s')));
    let acme = app.data().accounts[0].id;
    let contacts = app.store().contacts(acme, false).unwrap();
    assert!(contacts
        .iter()
        .any(|c| c.data.name == "Kim Park" && c.data.known_by_owner));
    type_text(&mut app, "E");
    assert!(screen(&app, 120, 32).contains("Edit a contact at Acme Tools"));
    app.update(Msg::Key(key(KeyCode::Enter))); // Lee Chen, most influential
    press(&mut app, KeyCode::Tab, 4);
    type_text(&mut app, "y"); // successor knows: yes
    app.update(Msg::Key(ctrl('s')));
    let lee = app
        .store()
        .contacts(acme, false)
        .unwrap()
        .into_iter()
        .find(|c| c.data.name == "Lee Chen")
        .unwrap();
    assert!(lee.data.known_by_successor);
}

#[test]
fn capture_from_the_accounts_tab_uses_the_owner() {
    let mut app = app();
    type_text(&mut app, "2jc"); // Globex, owned by Dana
    type_text(&mut app, "Quarterly review");
    app.update(Msg::Key(ctrl('s')));
    let s = &app.store().sessions(&SessionFilter::default()).unwrap()[0];
    assert_eq!(app.data().rep_name(s.data.rep), "Dana Ortiz");
    assert_eq!(app.data().account_name(s.data.account.unwrap()), "Globex");
}

#[test]
fn picker_narrows_as_you_type_and_an_unknown_name_is_an_error() {
    let mut app = app();
    type_text(&mut app, "3n");
    type_text(&mut app, "zzz");
    let text = screen(&app, 120, 32);
    assert!(!text.contains("Dana Ortiz\n"), "no matches listed");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(text.contains("⚠ no rep matches \"zzz\""), "{text}");
}

#[test]
fn changes_made_elsewhere_appear_on_the_next_tick() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut store = Store::open(&path).unwrap();
    common::fixture::fill(&mut store);
    let mut app = app_over(store);
    let mut other = Store::open(&path).unwrap();
    other
        .add_rep(coachbook::domain::RepData::named("Zed Added Elsewhere"))
        .unwrap();
    assert!(!screen(&app, 120, 32).contains("Zed Added Elsewhere"));
    assert!(
        app.update(Msg::Tick(today().and_hms_opt(9, 31, 0).unwrap())),
        "the tick redraws"
    );
    assert!(screen(&app, 120, 32).contains("Zed Added Elsewhere"));
    assert!(
        !app.update(Msg::Tick(today().and_hms_opt(9, 32, 0).unwrap())),
        "nothing new, nothing to draw"
    );
}

#[test]
fn quick_capture_saves_recalls_and_completes() {
    let mut app = app();
    type_text(&mut app, ":@sa");
    app.update(Msg::Key(key(KeyCode::Tab)));
    type_text(&mut app, "#glo");
    app.update(Msg::Key(key(KeyCode::Tab)));
    type_text(&mut app, "great demo close:3 todo: send trial plan mon");
    let typed = match app.overlays().last() {
        Some(Overlay::Prompt(p)) => p.text(),
        _ => panic!("prompt open"),
    };
    assert_eq!(
        typed,
        "@\"Sam Lee\" #Globex great demo close:3 todo: send trial plan mon"
    );
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(app.overlays().is_empty());
    assert!(screen(&app, 120, 32).contains("Saved ride-along with Sam Lee at Globex on 2026-11-26: 1 rating, todo"));
    let s = &app.store().sessions(&SessionFilter::default()).unwrap()[0];
    assert_eq!(s.data.notes, "great demo");
    assert_eq!(app.data().rep_name(s.data.rep), "Sam Lee");

    type_text(&mut app, ":");
    app.update(Msg::Key(key(KeyCode::Up)));
    let recalled = match app.overlays().last() {
        Some(Overlay::Prompt(p)) => p.text(),
        _ => panic!("prompt open"),
    };
    assert_eq!(recalled, typed);
    press(&mut app, KeyCode::Esc, 1);
    assert!(app.overlays().is_empty());
}

#[test]
fn quick_capture_with_an_error_keeps_the_prompt() {
    let mut app = app();
    type_text(&mut app, ":@zed hello");
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(matches!(app.overlays().last(), Some(Overlay::Prompt(_))));
    assert!(screen(&app, 120, 32).contains("Not saved: column 1: no rep matches \"zed\""));
    assert_eq!(app.store().sessions(&SessionFilter::default()).unwrap().len(), 2);
}

#[test]
fn ctrl_e_hands_the_notes_to_the_editor_and_takes_them_back() {
    let mut app = app();
    type_text(&mut app, "c");
    type_text(&mut app, "typed in the form");
    app.update(Msg::Key(ctrl('e')));
    let request = app.take_editor_request().expect("an editor request");
    assert_eq!(
        (request.field.label(), request.text.as_str()),
        ("Notes", "typed in the form")
    );
    app.update(Msg::EditorDone(
        request.field,
        Ok("written at a desk\nwith a second line\n".into()),
    ));
    app.update(Msg::Key(ctrl('s')));
    let s = &app.store().sessions(&SessionFilter::default()).unwrap()[0];
    assert_eq!(s.data.notes, "written at a desk\nwith a second line");
    type_text(&mut app, "c");
    app.update(Msg::Key(ctrl('e')));
    let request = app.take_editor_request().unwrap();
    app.update(Msg::EditorDone(request.field, Err("vi exited with 1".into())));
    assert!(screen(&app, 120, 32).contains("The editor did not run: vi exited with 1"));
}

#[test]
fn today_actions_jump_capture_mark_done_and_undo() {
    let mut app = app();
    assert_eq!(app.tab(), Tab::Today);
    // Items: Sam (never), Pat (overdue); commitments: Dana's ROI (overdue), Dana's practise (due later? not in 7 days)
    press(&mut app, KeyCode::Down, 2);
    app.update(Msg::Key(key(KeyCode::Char(' '))));
    let roi = app
        .store()
        .commitments(&CommitmentFilter::default())
        .unwrap()
        .into_iter()
        .find(|c| c.data.text == "Send ROI case study")
        .unwrap();
    assert_eq!(roi.data.done_on, Some(today()));
    assert!(screen(&app, 120, 32).contains("Done: Send ROI case study (u undoes)"));
    type_text(&mut app, "u");
    let roi = app.store().commitment(roi.id).unwrap();
    assert_eq!(roi.data.done_on, None);

    type_text(&mut app, "g");
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert_eq!(app.tab(), Tab::Reps);
    assert_eq!(
        app.selected(),
        Some(coachbook::ui::app::Target::Rep(app.data().reps[2].id)),
        "Sam"
    );

    type_text(&mut app, "4gc");
    let text = screen(&app, 120, 32);
    assert!(text.contains("New session") && text.contains("Sam Lee"), "{text}");
}

#[test]
fn p_writes_the_prep_sheet_beside_the_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nb.db");
    let mut store = Store::open(&path).unwrap();
    common::fixture::fill(&mut store);
    let mut app = common::fixture::app_over(store);
    type_text(&mut app, "1p");
    let written = dir.path().join("reports/dana-ortiz-1on1-2026-11-26.md");
    assert!(screen(&app, 160, 32).contains(&format!("Wrote {}", written.display())));
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(
        text.starts_with("# 1:1 prep: Dana Ortiz") && !text.contains("Seems tired"),
        "{text}"
    );
}

#[test]
fn two_windows_editing_one_record_neither_change_is_lost_silently() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut store = Store::open(&path).unwrap();
    common::fixture::fill(&mut store);
    let mut first = app_over(store);
    let mut second = app_over(Store::open(&path).unwrap());
    for app in [&mut first, &mut second] {
        type_text(app, "1e"); // Dana
        press(app, KeyCode::Tab, 2);
    }
    type_text(&mut first, "East");
    first.update(Msg::Key(ctrl('s')));
    type_text(&mut second, "West");
    second.update(Msg::Key(ctrl('s')));
    let text = screen(&second, 120, 32);
    assert!(text.contains("changed in another window"), "{text}");
    // n: reload theirs; the form now shows East.
    type_text(&mut second, "n");
    assert!(screen(&second, 120, 32).contains("East"));
    press(&mut second, KeyCode::Tab, 2);
    second.update(Msg::Key(ctrl('u')));
    type_text(&mut second, "West");
    second.update(Msg::Key(ctrl('s')));
    assert!(second.overlays().is_empty(), "saved after reloading");
    // The first window is now stale; y overwrites.
    type_text(&mut first, "1e");
    press(&mut first, KeyCode::Tab, 2);
    let mut third = app_over(Store::open(&path).unwrap());
    type_text(&mut third, "1e");
    press(&mut third, KeyCode::Tab, 2);
    third.update(Msg::Key(ctrl('u')));
    type_text(&mut third, "North");
    third.update(Msg::Key(ctrl('s')));
    first.update(Msg::Key(ctrl('u')));
    type_text(&mut first, "South");
    first.update(Msg::Key(ctrl('s')));
    type_text(&mut first, "y");
    let dana = Store::open(&path)
        .unwrap()
        .reps(false)
        .unwrap()
        .into_iter()
        .find(|r| r.data.name == "Dana Ortiz")
        .unwrap();
    assert_eq!(dana.data.territory, "South", "overwritten by explicit choice");
}

#[test]
fn a_storm_of_resizes_leaves_no_trace_and_no_color() {
    let mut app = app();
    press(&mut app, KeyCode::Down, 2);
    let before = screen(&app, 120, 32);
    for i in 0..200u16 {
        let (w, h) = (1 + (i * 37) % 300, 1 + (i * 13) % 100);
        app.update(Msg::Resize(w, h));
        let text = screen(&app, w, h);
        let said = if w >= 40 && h >= 10 { "Today" } else { "too small" };
        assert!(w < 20 || text.contains(said), "{w}x{h}: {text}");
    }
    app.update(Msg::Resize(120, 32));
    assert_eq!(
        screen(&app, 120, 32),
        before,
        "back at 120x32, the same screen and selection"
    );
    std::env::set_var("NO_COLOR", "1");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 32)).unwrap();
    terminal.draw(|f| coachbook::ui::view::render(f, &app)).unwrap();
    std::env::remove_var("NO_COLOR");
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset),
        "NO_COLOR draws without colours"
    );
}

#[test]
fn slash_on_the_sessions_tab_searches_the_whole_notebook_and_highlights() {
    let mut app = app();
    type_text(&mut app, "3/disc");
    assert_eq!(app.row_count(), 1, "prefix search as you type");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 32)).unwrap();
    terminal.draw(|f| coachbook::ui::view::render(f, &app)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let text = screen(&app, 120, 32);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Strong discovery"))
        .expect("the match in the list");
    let x = line.find("discovery").unwrap();
    let x = unicode_width::UnicodeWidthStr::width(&line[..x]) as u16;
    assert!(
        buffer[(x, y as u16)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED),
        "the matched word is marked"
    );
    type_text(&mut app, "\n");
    assert_eq!(app.row_count(), 1, "Enter keeps the search");
    press(&mut app, KeyCode::Char('/'), 1);
    press(&mut app, KeyCode::Esc, 1);
    assert_eq!(app.row_count(), 2, "Esc clears it");
    type_text(&mut app, "/pat");
    assert_eq!(app.row_count(), 1, "names are searched too");
}

#[test]
fn a_blank_session_is_not_saved_and_a_planned_one_says_so() {
    let mut app = app();
    type_text(&mut app, "1");
    let before = app.store().sessions(&SessionFilter::default()).unwrap().len();
    type_text(&mut app, "c");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(text.contains("nothing to save"), "{text}");
    assert!(
        matches!(app.overlays().last(), Some(Overlay::Form(_))),
        "the form stays open"
    );
    app.update(Msg::Key(key(KeyCode::Esc)));
    type_text(&mut app, "y");
    type_text(&mut app, ":");
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(screen(&app, 120, 32).contains("nothing to save"));
    app.update(Msg::Key(key(KeyCode::Esc)));
    assert_eq!(app.store().sessions(&SessionFilter::default()).unwrap().len(), before);

    type_text(&mut app, ":");
    type_text(&mut app, "@sam territory review !date next mon");
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 160, 32);
    assert!(
        text.contains("planned for Mon 2026-11-30, it counts as coaching once"),
        "{text}"
    );
}

#[test]
fn a_second_rep_of_the_same_name_is_saved_only_when_asked_for() {
    let mut app = app();
    type_text(&mut app, "1n");
    type_text(&mut app, "dana ortiz");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("A rep named \"dana ortiz\" already exists (id 2). Save a") && text.contains("second one?"),
        "{text}"
    );
    type_text(&mut app, "n");
    assert!(
        screen(&app, 120, 32).contains("New rep"),
        "back in the form, nothing lost"
    );
    assert_eq!(app.store().reps(true).unwrap().len(), 3);
    app.update(Msg::Key(ctrl('s')));
    type_text(&mut app, "y");
    assert_eq!(app.store().reps(true).unwrap().len(), 4, "saved when asked for");
    // Editing a rep without renaming asks nothing.
    type_text(&mut app, "e");
    app.update(Msg::Key(ctrl('s')));
    assert!(!screen(&app, 120, 32).contains("already exists"));
}

#[test]
fn shift_s_on_a_rep_records_a_stay_conversation_in_its_form() {
    let mut app = app();
    type_text(&mut app, "1");
    type_text(&mut app, "S");
    let text = screen(&app, 120, 32);
    assert!(text.contains("Stay conversation with Dana Ortiz (private)"), "{text}");
    assert!(
        text.contains("Impact if lost") && text.contains("Here in 2 years?"),
        "{text}"
    );
    type_text(&mut app, "h\tgrowth, pay\tn");
    app.update(Msg::Key(ctrl('s')));
    assert!(screen(&app, 120, 32).contains("Saved stay conversation with Dana Ortiz (private)"));
    let dana = app.data().reps[0].id;
    let stay = &app.store().stays_of(dana).unwrap()[0].data;
    assert_eq!(stay.risk, coachbook::domain::Risk::High);
    assert_eq!(stay.two_years, coachbook::domain::TwoYears::No);
    // Back on the Reps tab, the watch has her at act now.
    let text = screen(&app, 120, 32);
    assert!(text.contains("! act now"), "{text}");
}

#[test]
fn shift_p_on_a_session_drafts_a_play_from_it() {
    let mut app = app();
    type_text(&mut app, "3");
    let session = app.store().sessions(&SessionFilter::default()).unwrap()[0].clone();
    type_text(&mut app, "P");
    let text = screen(&app, 120, 40);
    assert!(text.contains("New play"), "{text}");
    let author = app.data().rep_name(session.data.rep).to_string();
    assert!(text.contains(&author), "the session's rep is the author:\n{text}");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 40);
    assert!(text.contains("Saved play"), "{text}");
    let plays = app.store().plays(None, None, false).unwrap();
    assert_eq!(plays.len(), 1);
    assert_eq!(plays[0].data.sessions, vec![session.id], "seen working in that session");
    assert_eq!(plays[0].data.author, Some(session.data.rep));
    assert_eq!(plays[0].data.steps, session.data.notes);
}

#[test]
fn m_on_a_rep_picks_a_mentor_from_those_rated_well_on_the_focus() {
    let mut store = coachbook::store::Store::open_in_memory().unwrap();
    common::fixture::fill(&mut store);
    let skills = store.skills(false).unwrap();
    let sam = store
        .reps(false)
        .unwrap()
        .into_iter()
        .find(|r| r.data.name == "Sam Lee")
        .unwrap()
        .id;
    let mut session = coachbook::domain::SessionData::new(sam, common::fixture::d("2026-11-18"));
    session.notes = "Textbook discovery".into();
    session.ratings.insert(skills[1].id, 5);
    store.add_session(session, Vec::new()).unwrap();
    let mut app = common::fixture::app_over(store);
    type_text(&mut app, "1");
    type_text(&mut app, "m");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Pick a mentor for Dana Ortiz") && text.contains("Sam Lee (rated 4-5 1 time)"),
        "{text}"
    );
    let row = text.lines().position(|l| l.contains("Sam Lee (rated 4-5")).unwrap();
    let first = text
        .lines()
        .position(|l| l.contains("(senior, rated") || l.contains("(rated 4-5"))
        .unwrap();
    for _ in first..row {
        app.update(Msg::Key(key(KeyCode::Down)));
    }
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(screen(&app, 120, 32).contains("Sam Lee now mentors Dana Ortiz"));
    let dana = app.data().reps.iter().find(|r| r.data.name == "Dana Ortiz").unwrap();
    assert_eq!(dana.data.mentor, Some(sam));
}
