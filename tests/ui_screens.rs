//! Every screen rendered into ratatui's TestBackend and compared with snapshots
//! (tests/snapshots); the dates are fixed, so nothing in them is volatile.

mod common;

use coachbook::store::Store;
use coachbook::ui::message::Msg;
use common::fixture::{app, app_over, app_with, ctrl, fill, key, press, screen, type_text};
use ratatui::crossterm::event::KeyCode;

#[test]
fn reps_tab() {
    let mut app = app();
    type_text(&mut app, "1");
    let text = screen(&app, 120, 32);
    assert!(text.contains("! 35d over") && text.contains("2 (1!)"), "{text}");
    insta::assert_snapshot!("reps_tab", text);
}

#[test]
fn accounts_tab() {
    let mut app = app();
    type_text(&mut app, "2");
    let text = screen(&app, 120, 32);
    assert!(text.contains("introduced, late"), "{text}");
    assert!(text.contains("Lee Chen"), "{text}");
    insta::assert_snapshot!("accounts_tab", text);
}

#[test]
fn sessions_tab() {
    let mut app = app();
    type_text(&mut app, "3");
    let text = screen(&app, 120, 40);
    for wanted in [
        "Strong discovery with the CFO.",
        "■■■■□ 4",
        "! overdue",
        "Private notes (yours only",
        "CFO joined",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
    insta::assert_snapshot!("sessions_tab", text);
}

#[test]
fn narrow_terminal_puts_the_detail_below() {
    let mut app = app();
    type_text(&mut app, "1");
    app.update(Msg::Resize(80, 30));
    let text = screen(&app, 80, 30);
    let list_row = text.lines().position(|l| l.contains("Reps (3)")).unwrap();
    let detail_row = text.lines().position(|l| l.contains("┌ Dana Ortiz")).unwrap();
    assert!(detail_row > list_row + 3, "{text}");
    insta::assert_snapshot!("reps_narrow", text);
}

#[test]
fn help_overlay_lists_the_key_table() {
    let mut app = app();
    type_text(&mut app, "?");
    let text = screen(&app, 120, 40);
    for binding in coachbook::ui::keymap::BINDINGS
        .iter()
        .filter(|b| b.context == coachbook::ui::keymap::Context::List)
    {
        assert!(text.contains(binding.label), "help lacks {:?}", binding.label);
    }
    insta::assert_snapshot!("help", text);
}

#[test]
fn welcome_screen_on_an_empty_notebook() {
    let app = app_over(Store::open_in_memory().unwrap());
    let text = screen(&app, 100, 24);
    assert!(
        text.contains("Welcome to Coachbook") && text.contains("coachbook demo"),
        "{text}"
    );
    insta::assert_snapshot!("welcome", text);
}

#[test]
fn rep_form_with_a_validation_error() {
    let mut app = app();
    type_text(&mut app, "1n");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 100, 30);
    assert!(text.contains("⚠ a rep needs a name"), "{text}");
    insta::assert_snapshot!("rep_form_error", text);
}

#[test]
fn account_form_with_a_validation_error() {
    let mut app = app();
    type_text(&mut app, "2n");
    type_text(&mut app, "Initech\tsam\t\t");
    type_text(&mut app, "lots");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 100, 30);
    assert!(text.contains("⚠ \"lots\" is not an amount"), "{text}");
    insta::assert_snapshot!("account_form_error", text);
}

#[test]
fn session_form_with_a_validation_error() {
    let mut app = app();
    type_text(&mut app, "c");
    type_text(&mut app, "Good call");
    app.update(Msg::Key(key(KeyCode::BackTab)));
    for _ in 0..10 {
        app.update(Msg::Key(key(KeyCode::Backspace)));
    }
    type_text(&mut app, "2026-02-30");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 100, 30);
    assert!(
        text.contains("⚠ 2026-02-30 is not a date: February 2026 has 28 days"),
        "{text}"
    );
    assert!(text.contains("Good call"), "what was typed is kept:\n{text}");
    insta::assert_snapshot!("session_form_error", text);
}

#[test]
fn contact_form_with_a_validation_error() {
    let mut app = app();
    type_text(&mut app, "2a");
    type_text(&mut app, "Kim Park\tBuyer\t11");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 100, 24);
    assert!(text.contains("⚠ influence runs from 0 to 10"), "{text}");
    insta::assert_snapshot!("contact_form_error", text);
}

#[test]
fn tiny_and_huge_terminals_say_what_they_can_and_keep_working() {
    let mut app = app();
    for (w, h) in [(1, 1), (10, 5), (20, 6), (39, 9), (40, 10), (300, 100)] {
        app.update(Msg::Resize(w, h));
        let fits = w >= 40 && h >= 10;
        let text = screen(&app, w, h);
        if !fits && w >= 20 {
            assert!(text.contains("too small"), "{w}x{h}: {text}");
        }
        if fits {
            assert!(text.contains("Today"), "{w}x{h}: the tabs show: {text}");
        }
        type_text(&mut app, "c");
        let form = screen(&app, w, h);
        if fits {
            assert!(form.contains("New session"), "{w}x{h}: the capture form opens: {form}");
        }
        press(&mut app, KeyCode::Esc, 1);
        type_text(&mut app, "y");
        assert!(app.overlays().is_empty(), "{w}x{h}: Esc closed the form");
        assert!(!screen(&app, w, h).contains("New session"), "{w}x{h}");
    }
}

#[test]
fn wide_characters_keep_columns_aligned() {
    let mut store = Store::open_in_memory().unwrap();
    for name in ["王芳 Wang", "Zoë Brontë", "Ana 😀 Lima"] {
        let mut rep = coachbook::domain::RepData::named(name);
        rep.territory = "East".into();
        store.add_rep(rep).unwrap();
    }
    let mut app = app_over(store);
    type_text(&mut app, "1");
    let text = screen(&app, 120, 20);
    let columns: Vec<usize> = text
        .lines()
        .filter(|l| {
            ["│王芳 Wang", "│Zoë Brontë", "│Ana 😀 Lima"]
                .iter()
                .any(|n| l.starts_with(n))
        })
        .map(|l| unicode_width::UnicodeWidthStr::width(&l[..l.find("never").unwrap()]))
        .collect();
    assert_eq!(columns.len(), 3, "{text}");
    assert!(columns.iter().all(|c| *c == columns[0]), "{columns:?}\n{text}");
}

#[test]
fn the_readme_shows_the_key_table_from_the_code() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = coachbook::ui::keymap::markdown();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the keymap; it should read:\n{table}"
    );
}

#[test]
fn quick_capture_preview_updates_on_every_key() {
    let mut app = app();
    type_text(&mut app, "3:"); // on the Sessions tab: the selected session's rep and account stand in
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Rep Dana Ortiz  Account Acme Tools  Kind ride-along  Date Thu 2026-11-26"),
        "{text}"
    );
    type_text(
        &mut app,
        "@sam 1:1 pipeline review disc:4 todo: send forecast fri !follow 2w",
    );
    let text = screen(&app, 120, 32);
    for wanted in [
        "Rep Sam Lee  Account Acme Tools  Kind 1:1  Date Thu 2026-11-26",
        "Notes pipeline review",
        "Ratings Discovery 4",
        "Todo send forecast, due Fri 2026-11-27",
        "Follow-up Thu 2026-12-10",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
    insta::assert_snapshot!("quick_capture_preview", text);
    type_text(&mut app, " disc:9");
    let text = screen(&app, 120, 32);
    assert!(text.contains("column 68: a rating runs from 1 to 5, not 9"), "{text}");
    let caret_row = text.lines().find(|l| l.contains('^')).unwrap();
    let input_row = text.lines().find(|l| l.contains("@sam 1:1")).unwrap();
    assert_eq!(
        caret_row.find('^'),
        input_row.find("disc:9"),
        "caret under the bad token"
    );
}

#[test]
fn today_tab_opens_first_and_lists_what_to_do() {
    let app = app();
    assert_eq!(
        app.tab(),
        coachbook::ui::action::Tab::Today,
        "opens on Today once there is data"
    );
    let text = screen(&app, 160, 34);
    for wanted in [
        "Coaching due (2)",
        "! Sam Lee: never coached",
        "Pat Kowalski: 35 days over a 21-day cadence, last 1:1 2026-10-01",
        "! Dana Ortiz: Send ROI case study (overdue since 2026-11-24)",
        "Handovers at risk (1)",
        "Acme Tools: handover 25 days past its target (2026-11-01), still introduced",
        "This week   0 of 2 2 to go",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
    insta::assert_snapshot!("today_tab", text);
}

#[test]
fn development_view_and_brief() {
    let mut app = app();
    type_text(&mut app, "1");
    app.update(Msg::Key(key(KeyCode::Enter))); // Dana
    let text = screen(&app, 120, 34);
    for wanted in [
        "Development: Dana Ortiz",
        "Discovery",
        "latest 4",
        "(focus)",
        "Skill and will (latest will: 5)",
        "teach: show, practise",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
    insta::assert_snapshot!("development_view", text);
    press(&mut app, KeyCode::Esc, 1);
    type_text(&mut app, "b");
    let text = screen(&app, 120, 34);
    assert!(
        text.contains("Pre-ride brief: Dana Ortiz") && text.contains("taking over"),
        "{text}"
    );
}

#[test]
fn succession_view_groups_accounts_by_retiring_owner() {
    let mut app = app();
    type_text(&mut app, "2t");
    let text = screen(&app, 160, 30);
    assert!(
        text.contains("Succession · key value at risk $1,250,000"),
        "Acme's handover has begun but none of Pat's knowledge is written down: {text}"
    );
    assert!(
        text.contains("! Pat Kowalski 10m") && text.contains("introduced, late"),
        "{text}"
    );
    assert!(
        text.contains("Harvest") && text.contains("single-threaded 0/7"),
        "{text}"
    );
    insta::assert_snapshot!("succession_view", text);
    type_text(&mut app, "t");
    assert!(screen(&app, 160, 30).contains("Accounts (2)"));
}

#[test]
fn themes_from_the_config_and_states_in_words_too() {
    let themed = |theme: &str| {
        let mut store = Store::open_in_memory().unwrap();
        fill(&mut store);
        let config = coachbook::domain::config::Config {
            theme: theme.into(),
            ..Default::default()
        };
        app_with(store, config)
    };
    let app = themed("mono");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 32)).unwrap();
    terminal.draw(|f| coachbook::ui::view::render(f, &app)).unwrap();
    assert!(terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .all(|c| c.fg == ratatui::style::Color::Reset));
    let mut app = themed("light");
    terminal.draw(|f| coachbook::ui::view::render(f, &app)).unwrap();
    assert!(
        terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .any(|c| c.bg == ratatui::style::Color::Blue),
        "light tab bar"
    );
    // Without colour, states still read: overdue, late, health and risk as words or symbols.
    type_text(&mut app, "1");
    let reps = screen(&app, 120, 32);
    assert!(reps.contains("! 35d over") && reps.contains("high"), "{reps}");
    type_text(&mut app, "2");
    let accounts = screen(&app, 120, 32);
    assert!(
        accounts.contains("◐ amber") && accounts.contains("introduced, late"),
        "{accounts}"
    );
}

#[test]
fn a_config_naming_an_unknown_top_performer_says_so_at_start() {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    let config = coachbook::domain::config::Config {
        top_performers: coachbook::domain::config::TopPerformers::Named(vec!["Nobody Here".into()]),
        ..Default::default()
    };
    let shown = screen(&app_with(store, config), 120, 32);
    let status = shown.lines().last().unwrap();
    assert!(
        status.contains("config top_performers: \"Nobody Here\" is not a rep in this notebook"),
        "{status}"
    );
}

#[test]
fn the_quick_capture_preview_says_which_of_two_reps_the_account_picked() {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    store.add_rep(coachbook::domain::RepData::named("Dana Smith")).unwrap();
    let mut app = app_over(store);
    type_text(&mut app, "2:@dana #globex joint call");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Rep Dana Ortiz  Account Globex")
            && text.contains("Which read @dana as Dana Ortiz: Dana Ortiz owns Globex"),
        "{text}"
    );
}

#[test]
fn the_quick_capture_preview_shows_a_stay_conversation() {
    let mut app = app();
    type_text(
        &mut app,
        "1:@sam stay risk:medium why:growth 2y:unsure wants a path to key accounts",
    );
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Kind stay conversation (private)")
            && text.contains("Stay risk medium, here in two years: unsure, why: growth or career path"),
        "{text}"
    );
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 120, 32);
    assert!(text.contains("Saved stay conversation with Sam Lee"), "{text}");
    assert_eq!(app.store().stays_of(coachbook::domain::RepId(3)).unwrap().len(), 1);
}

#[test]
fn the_retention_view_shows_the_signals_the_history_and_the_teams_grid() {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store);
    let sam = store
        .reps(false)
        .unwrap()
        .into_iter()
        .find(|r| r.data.name == "Sam Lee")
        .unwrap()
        .id;
    let mut stay = coachbook::domain::StayData::new(sam, common::fixture::d("2026-11-10"));
    stay.risk = coachbook::domain::Risk::Medium;
    stay.reasons = vec![coachbook::domain::StayReason::Growth];
    stay.notes = "Wants a bigger territory".into();
    store.add_stay(stay).unwrap();
    let mut app = app_over(store);
    type_text(&mut app, "4G");
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 120, 36);
    assert!(
        text.contains("Sam Lee: act now (private)")
            && text.contains("Wants a bigger territory")
            && text.contains("medium         —     —       Sam Lee (1)"),
        "{text}"
    );
    insta::assert_snapshot!("retention_view", text);
}
