//! List keys people bring from other tools: half pages, h/l between tabs,
//! and a kept filter that stays in sight until Esc clears it.

mod common;

use coachbook::ui::message::Msg;
use common::fixture::{app, ctrl, key, screen, type_text};
use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

#[test]
fn a_kept_filter_shows_in_the_title_and_esc_in_the_list_clears_it() {
    let mut app = app();
    type_text(&mut app, "1/dana");
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 120, 32);
    assert!(text.contains(" Reps (1) filter /dana (Esc clears) "), "{text}");
    // Away and back: the filter is still there, and still says so.
    type_text(&mut app, "21");
    let text = screen(&app, 120, 32);
    assert!(text.contains("filter /dana (Esc clears)"), "{text}");
    app.update(Msg::Key(key(KeyCode::Esc)));
    let text = screen(&app, 120, 32);
    assert!(!text.contains("filter /"), "{text}");
    assert!(!text.contains(" Reps (1)"), "every rep is listed again:\n{text}");
}

#[test]
fn h_and_l_and_the_arrows_move_between_tabs() {
    let mut app = app();
    type_text(&mut app, "1l");
    assert!(screen(&app, 120, 32).contains(" Accounts ("), "l goes to the next tab");
    app.update(Msg::Key(key(KeyCode::Right)));
    assert!(screen(&app, 120, 32).contains(" Sessions ("));
    type_text(&mut app, "hh");
    assert!(screen(&app, 120, 32).contains(" Reps ("), "h goes back");
    app.update(Msg::Key(key(KeyCode::Left)));
    assert!(
        screen(&app, 120, 32).contains(" Today, "),
        "from the first tab to the last"
    );
}

#[test]
fn ctrl_d_and_ctrl_u_move_half_a_page() {
    let mut app = app();
    type_text(&mut app, "3");
    let first = detail_title(&screen(&app, 120, 32));
    app.update(Msg::Key(ctrl('d')));
    let down = detail_title(&screen(&app, 120, 32));
    assert_ne!(first, down, "Ctrl-D moved the selection");
    app.update(Msg::Key(ctrl('u')));
    assert_eq!(detail_title(&screen(&app, 120, 32)), first, "Ctrl-U came back");
}

/// The title of the detail pane, which names the selected session.
fn detail_title(text: &str) -> String {
    text.lines()
        .nth(1)
        .and_then(|l| l.split("┐┌").nth(1))
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_long_account_name_ends_in_an_ellipsis_inside_the_panel_border() {
    use coachbook::domain::AccountData;
    let mut store = coachbook::store::Store::open_in_memory().unwrap();
    common::fixture::fill(&mut store);
    let name = "Northwind Traders International Holding Group Europe Middle East and Africa Division";
    store.add_account(AccountData::named(name)).unwrap();
    let mut app = common::fixture::app_over(store);
    type_text(&mut app, "2/division");
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 120, 32);
    let title_row = text.lines().nth(1).unwrap();
    let detail = title_row.split("┐┌").nth(1).unwrap_or_else(|| panic!("{text}"));
    assert!(detail.ends_with('┐'), "the corner stays: {title_row:?}");
    assert!(detail.contains('…') && detail.contains("Northwind"), "{title_row:?}");
}

#[test]
fn the_today_side_pane_shows_the_selected_line_in_full() {
    let mut app = app();
    type_text(&mut app, "4j");
    let text = screen(&app, 100, 32);
    assert!(
        text.contains("Pat Kowalski: 35 days over a 21-day cadence, last …"),
        "the list cuts it:\n{text}"
    );
    let side: String = text
        .lines()
        .filter_map(|l| l.split("││").nth(1))
        .map(|l| l.trim_end_matches('│'))
        .collect::<Vec<_>>()
        .join(" ");
    let side = side.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        side.contains("Pat Kowalski: 35 days over a 21-day cadence, last 1:1 2026-10-01"),
        "{text}"
    );
}

#[test]
fn c_on_a_handover_at_risk_opens_a_handover_visit_with_the_successor_there() {
    let mut app = app();
    type_text(&mut app, "4/past its target\n");
    let text = screen(&app, 120, 32);
    assert!(text.contains("Acme Tools: handover"), "{text}");
    type_text(&mut app, "c");
    let form = screen(&app, 120, 32);
    assert!(form.contains("New session"), "{form}");
    let row = |label: &str| {
        form.lines()
            .find(|l| l.starts_with(&format!("│{label} ")))
            .unwrap_or_else(|| panic!("{label}:\n{form}"))
            .to_string()
    };
    assert!(row("Account").contains("Acme Tools"), "{form}");
    assert!(
        row("Rep").contains("Dana Ortiz"),
        "the successor, not the owner:\n{form}"
    );
    type_text(&mut app, "Met the buyer together");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 32);
    assert!(text.contains("Saved handover visit with Dana Ortiz"), "{text}");
}

#[test]
fn c_on_a_commitment_opens_a_session_with_that_rep() {
    let mut app = app();
    type_text(&mut app, "4");
    // Down to the commitment (after the two reps due).
    type_text(&mut app, "jj");
    assert!(screen(&app, 120, 32).contains("Dana Ortiz: Send ROI case study"));
    type_text(&mut app, "c");
    let form = screen(&app, 120, 32);
    let rep = form
        .lines()
        .find(|l| l.starts_with("│Rep "))
        .unwrap_or_else(|| panic!("{form}"));
    assert!(rep.contains("Dana Ortiz"), "{form}");
}

fn mouse(app: &mut coachbook::ui::app::App, kind: MouseEventKind, column: u16, row: u16) {
    app.update(Msg::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

fn click(app: &mut coachbook::ui::app::App, column: u16, row: u16) {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row);
}

#[test]
fn a_click_shows_a_tab_and_selects_a_row() {
    let mut app = app();
    let text = screen(&app, 120, 32);
    let bar = text.lines().next().unwrap();
    let column = bar.find("2 Accounts").unwrap() as u16;
    click(&mut app, column, 0);
    assert!(screen(&app, 120, 32).contains(" Accounts ("), "the tab was clicked");

    type_text(&mut app, "1");
    let text = screen(&app, 120, 32);
    let row = text.lines().position(|l| l.contains("│Sam Lee")).unwrap() as u16;
    click(&mut app, 5, row);
    let text = screen(&app, 120, 32);
    assert!(
        text.lines().nth(1).unwrap().contains(" Sam Lee "),
        "the detail is Sam's:\n{text}"
    );
    click(&mut app, 5, 30);
    assert!(
        screen(&app, 120, 32).lines().nth(1).unwrap().contains(" Sam Lee "),
        "below the rows: nothing"
    );
}

#[test]
fn a_click_on_a_today_line_selects_that_item() {
    let mut app = app();
    let text = screen(&app, 120, 32);
    let (row, line) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("│! ") || l.contains("│• "))
        .nth(1)
        .unwrap();
    let item = line.split('│').nth(1).unwrap()[2..20].to_string();
    click(&mut app, 3, row as u16);
    let text = screen(&app, 120, 32);
    let selected = text.lines().position(|l| l.contains("│Selected")).unwrap();
    assert!(
        text.lines().nth(selected + 1).unwrap().contains(&item),
        "{item}\n{text}"
    );
}

#[test]
fn the_wheel_scrolls_lists_and_help() {
    let mut app = app();
    type_text(&mut app, "1");
    mouse(&mut app, MouseEventKind::ScrollDown, 5, 5);
    assert_eq!(app.pane().selected, 2, "three rows down, held at the last");
    mouse(&mut app, MouseEventKind::ScrollUp, 5, 5);
    assert_eq!(app.pane().selected, 0);

    type_text(&mut app, "?");
    let top = screen(&app, 120, 32);
    mouse(&mut app, MouseEventKind::ScrollDown, 60, 10);
    let scrolled = screen(&app, 120, 32);
    assert_ne!(top, scrolled, "help scrolled");
    let help: String = (0..40)
        .map(|_| {
            mouse(&mut app, MouseEventKind::ScrollDown, 60, 10);
            screen(&app, 120, 32)
        })
        .last()
        .unwrap();
    assert!(help.contains("Shift+drag still selects text to copy"), "{help}");
}

#[test]
fn a_click_on_a_choice_takes_it() {
    let mut app = app();
    type_text(&mut app, "2a");
    type_text(&mut app, "Kim Park\tBuyer\t2\t");
    app.update(Msg::Key(ctrl('s')));
    type_text(&mut app, "E");
    let text = screen(&app, 120, 32);
    assert!(text.contains("Edit a contact at Acme Tools"), "{text}");
    let row = text.lines().position(|l| l.contains("Kim Park")).unwrap() as u16;
    let column = text.lines().nth(row as usize).unwrap().find("Kim Park").unwrap() as u16;
    click(&mut app, column, row);
    let form = screen(&app, 120, 32);
    assert!(form.contains("Name             Kim Park"), "{form}");
}

#[test]
fn the_session_kinds_fit_an_80_column_form_and_scroll_with_the_arrows() {
    let mut app = app();
    app.update(Msg::Resize(80, 30));
    type_text(&mut app, "3n");
    type_text(&mut app, "sam\n");
    type_text(&mut app, "glo\n");
    let kind_line = |app: &coachbook::ui::app::App| {
        screen(app, 80, 30)
            .lines()
            .find(|l| l.contains("│Kind"))
            .unwrap()
            .to_string()
    };
    let first = kind_line(&app);
    assert!(first.contains(" ride-along ") && first.ends_with("›  │"), "{first}");
    app.update(Msg::Key(key(KeyCode::Left))); // from the first to the last
    let last = kind_line(&app);
    assert!(last.contains("‹ ") && last.contains(" handover visit "), "{last}");
    assert!(!last.contains('…'), "no choice is cut: {last}");
}

#[test]
fn the_succession_view_shows_successor_target_and_known_at_120_columns_and_says_what_it_hides() {
    let mut app = app();
    type_text(&mut app, "2t");
    let wide = screen(&app, 120, 32);
    let header = wide.lines().nth(2).unwrap();
    for column in ["Successor", "Target", "Known", "Harvest"] {
        assert!(header.contains(column), "{column} missing:\n{wide}");
    }
    assert!(
        wide.contains("! Pat Kowalski 10m") && wide.contains("0/1 single-threaded 0/7"),
        "{wide}"
    );
    assert!(
        wide.contains("· Health hidden ") && wide.contains("Health     ◐ amber"),
        "the health goes first, and the detail shows it: {wide}"
    );

    app.update(Msg::Resize(80, 30));
    let narrow = screen(&app, 80, 30);
    assert!(
        narrow.contains("· 4 columns hidden "),
        "the four names would not fit beside the value at risk: {narrow}"
    );
}

#[test]
fn today_lists_the_retention_watch_with_the_evidence_of_the_selected_rep() {
    let mut app = app();
    type_text(&mut app, "4");
    let text = screen(&app, 120, 32);
    assert!(
        text.contains("Retention (2)")
            && text.contains("! Pat Kowalski (act now): coaching gap and 2 more → a stay conv"),
        "{text}"
    );
    type_text(&mut app, "G");
    let text = screen(&app, 120, 32);
    let side: String = text
        .lines()
        .map(|l| l.split("││").nth(1).unwrap_or("").trim_end_matches('│'))
        .collect::<Vec<_>>()
        .join(" ");
    let side = side.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        side.contains("Sam Lee (watch): coaching gap and 2 more")
            && side.contains("! coaching gap: never coached")
            && side.contains("! recognition gap: no strength noted yet")
            && side.contains(": @\"Sam Lee\" stay risk:… 2y:… records a stay conversation"),
        "{text}"
    );
    app.update(Msg::Key(key(KeyCode::Enter)));
    assert!(
        screen(&app, 120, 32).contains("Retention (private;"),
        "Enter opens the rep's retention view"
    );
}

#[test]
fn enter_on_a_retention_line_opens_the_retention_view_and_s_records_a_stay_conversation() {
    let mut app = app();
    type_text(&mut app, "4G");
    app.update(Msg::Key(key(KeyCode::Enter)));
    let text = screen(&app, 120, 40);
    for wanted in [
        "Retention (private; s records a stay conversation, Esc closes)",
        "Sam Lee: watch (private)",
        "Signals from the record",
        "! coaching gap: never coached",
        "Stay conversations",
        "none yet",
        "The team, risk by impact",
        "No stay conversation yet: ",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?}:\n{text}");
    }
    type_text(&mut app, "s");
    let text = screen(&app, 120, 40);
    assert!(text.contains("Stay conversation with Sam Lee (private)"), "{text}");
    type_text(&mut app, "m\tgrowth\tu\t"); // risk medium, a reason, unsure; impact as proposed
    app.update(Msg::Key(key(KeyCode::Tab)));
    type_text(&mut app, "wants a path to key accounts");
    app.update(Msg::Key(ctrl('s')));
    let text = screen(&app, 120, 40);
    assert!(
        text.contains("Saved stay conversation with Sam Lee (private)"),
        "{text}"
    );
    let sam = app.data().reps.iter().find(|r| r.data.name == "Sam Lee").unwrap().id;
    let stays = app.store().stays_of(sam).unwrap();
    assert_eq!(stays.len(), 1);
    assert_eq!(stays[0].data.risk, coachbook::domain::Risk::Medium);
    assert_eq!(stays[0].data.two_years, coachbook::domain::TwoYears::Unsure);
    assert_eq!(stays[0].data.notes, "wants a path to key accounts");
}
