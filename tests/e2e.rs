//! End to end: the real binary in a pseudo-terminal, driven by keystrokes only.

mod common;

use common::pty::Pty;
use common::{json, Notebook};
use std::time::Duration;

const TAB: &str = "\t";
const ENTER: &str = "\r";
const SAVE: &str = "\x13";

#[test]
fn a_rep_an_account_and_a_ride_along_by_keystrokes_only() {
    let nb = Notebook::new();
    let mut pty = Pty::start(&nb.path(), &[], 120, 32);
    pty.wait_for("Welcome to Coachbook");

    pty.send("n");
    pty.wait_for("New rep");
    pty.send(&format!("Dana Ortiz{TAB}Account Manager{TAB}North{SAVE}"));
    pty.wait_for("Saved rep Dana Ortiz");

    pty.send("2n");
    pty.wait_for("New account");
    pty.send(&format!("Acme Tools{TAB}dan"));
    pty.wait_for("  Dana Ortiz");
    pty.send(&format!("{ENTER}k")); // accept Dana; tier: key
    pty.send(SAVE);
    pty.wait_for("Saved account Acme Tools");

    pty.send("c"); // capture at the selected account, its owner prefilled
    pty.wait_for("New session");
    pty.send("Strong discovery, rushed the close");
    pty.send(SAVE);
    pty.wait_for("Saved ride-along with Dana Ortiz");

    pty.send("q");
    assert!(pty.wait_exit(), "clean exit");
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(raw.contains("\x1b[?1049l"), "left the alternate screen");
    assert!(raw.contains("\x1b[?2004l"), "bracketed paste switched off");

    let doc = json(&nb.ok(&["export", "--format", "json"]));
    assert_eq!(doc["reps"][0]["name"], "Dana Ortiz");
    assert_eq!(doc["reps"][0]["title"], "Account Manager");
    assert_eq!(doc["accounts"][0]["name"], "Acme Tools");
    assert_eq!(doc["accounts"][0]["owner"], "Dana Ortiz");
    assert_eq!(doc["accounts"][0]["tier"], "key");
    let session = &doc["sessions"][0];
    assert_eq!(session["kind"], "ride_along");
    assert_eq!(session["rep"], "Dana Ortiz");
    assert_eq!(session["account"], "Acme Tools");
    assert_eq!(session["notes"], "Strong discovery, rushed the close");
}

#[test]
fn a_too_small_terminal_says_so_and_ctrl_c_quits() {
    let nb = Notebook::with_team();
    let mut pty = Pty::start(&nb.path(), &[], 30, 8);
    pty.wait_for("too small");
    pty.send("\x03");
    assert!(pty.wait_exit());
}

#[test]
fn ctrl_e_edits_the_notes_in_the_users_editor() {
    let nb = Notebook::with_team();
    let mut pty = Pty::start_with(&nb.path(), &[], &[("EDITOR", "sed -i s/typed/edited/")], 120, 32);
    pty.wait_for("Coaching due");
    pty.send("1");
    pty.wait_for("Reps (3)");
    pty.send("c");
    pty.wait_for("New session");
    pty.send("typed in the car");
    pty.wait_for("typed in the car");
    pty.send("\x05"); // Ctrl-E
    pty.wait_for("edited in the car");
    pty.send(SAVE);
    pty.wait_for("Saved ride-along");
    pty.send("q");
    assert!(pty.wait_exit());
    let doc = json(&nb.ok(&["export"]));
    assert_eq!(doc["sessions"][0]["notes"], "edited in the car");
}

#[test]
fn quick_capture_in_the_app() {
    let nb = Notebook::with_team();
    let mut pty = Pty::start(&nb.path(), &[], 120, 32);
    pty.wait_for("Coaching due");
    pty.send(":");
    pty.wait_for("Quick capture");
    pty.send("@sam #acme strong opener disc:4 todo: send deck fri");
    pty.wait_for("Todo send deck, due Fri 2026-11-27");
    pty.send(ENTER);
    pty.wait_for("Saved ride-along with Sam Lee at Acme Tools");
    pty.send("q");
    assert!(pty.wait_exit());
    let doc = json(&nb.ok(&["export"]));
    assert_eq!(doc["sessions"][0]["notes"], "strong opener");
    assert_eq!(doc["commitments"][0]["text"], "send deck");
}

#[test]
fn the_app_keeps_a_finished_copy_of_the_notebook_for_today() {
    let nb = Notebook::with_team();
    let mut pty = Pty::start(&nb.path(), &[], 120, 32);
    pty.wait_for("Coaching due");
    let folder = nb.dir.path().join("backups");
    let today = common::TODAY;
    let copy = folder.join(format!("coachbook-{today}.db"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !copy.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "no backup in {}",
            folder.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    pty.send("q");
    assert!(pty.wait_exit());
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names, vec![format!("coachbook-{today}.db")], "no partial copy left");
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let reps: i64 = conn.query_row("SELECT count(*) FROM reps", [], |r| r.get(0)).unwrap();
    assert_eq!(reps, 3);
}

/// Runs `coachbook ARGS` in a terminal whose pager marks every line, and
/// returns the screen once it shows `expected` and the program has exited.
fn through_pager(nb: &Notebook, args: &[&str], env: &[(&str, &str)], expected: &str) -> String {
    let mut all_env = vec![("COACHBOOK_PAGER", "sed s/^/PAGED:/")];
    all_env.extend_from_slice(env);
    let mut pty = Pty::start_with(&nb.path(), args, &all_env, 100, 20);
    pty.wait_for(expected);
    assert_eq!(
        pty.exit_within(Duration::from_secs(10)),
        Some(Some(0)),
        "{}",
        pty.screen()
    );
    pty.screen()
}

#[test]
fn long_output_goes_through_the_pager_on_a_terminal_unless_turned_off() {
    let nb = Notebook::with_team();
    let paged = through_pager(&nb, &["rep", "list"], &[], "Sam Lee");
    assert!(
        paged.contains("PAGED:ID  NAME") && paged.contains("PAGED:") && paged.contains("Dana Ortiz"),
        "{paged}"
    );

    let direct = through_pager(&nb, &["rep", "list", "--no-pager"], &[], "Sam Lee");
    assert!(direct.contains("Dana Ortiz") && !direct.contains("PAGED:"), "{direct}");

    let config = nb.dir.path().join("config.toml");
    std::fs::write(&config, "pager = false\n").unwrap();
    let config = config.to_str().unwrap();
    let off = through_pager(&nb, &["rep", "list"], &[("COACHBOOK_CONFIG", config)], "Sam Lee");
    assert!(off.contains("Dana Ortiz") && !off.contains("PAGED:"), "{off}");

    let one_line = through_pager(&nb, &["rep", "add", "Lou Reyes"], &[], "Added rep");
    assert!(
        one_line.contains("Added rep Lou Reyes") && !one_line.contains("PAGED:"),
        "{one_line}"
    );
}

#[test]
fn a_terminal_without_utf8_gets_ascii_borders_and_symbols() {
    let nb = Notebook::with_team();
    let env = [("LANG", "C"), ("LC_ALL", ""), ("LC_CTYPE", "")];
    let mut pty = Pty::start_with(&nb.path(), &[], &env, 100, 30);
    pty.wait_for("4 Today");
    pty.send("1");
    pty.wait_for("Dana Ortiz");
    let screen = pty.screen();
    assert!(screen.contains("+-") && screen.contains("|"), "{screen}");
    assert!(
        !screen.contains('│') && !screen.contains('─') && !screen.contains('…'),
        "{screen}"
    );
    pty.send("q");
    assert!(pty.wait_exit(), "clean exit");
}

#[test]
fn the_mouse_is_taken_while_the_app_runs_and_handed_back_at_the_end() {
    let nb = Notebook::with_team();
    let mut pty = Pty::start(&nb.path(), &[], 100, 30);
    pty.wait_for("4 Today");
    pty.send("\x1b[<0;12;1M"); // a click on " 2 Accounts "
    pty.wait_for(" Accounts (");
    pty.send("q");
    assert!(pty.wait_exit(), "clean exit");
    let raw = String::from_utf8_lossy(&pty.raw);
    let on = raw.find("\x1b[?1000h").expect("mouse reports asked for");
    let off = raw.rfind("\x1b[?1000l").expect("mouse reports switched off");
    assert!(off > on, "switched off after being switched on");

    let config = nb.dir.path().join("config.toml");
    std::fs::write(&config, "mouse = false\n").unwrap();
    let mut pty = Pty::start_with(
        &nb.path(),
        &[],
        &[("COACHBOOK_CONFIG", config.to_str().unwrap())],
        100,
        30,
    );
    pty.wait_for("4 Today");
    pty.send("q");
    assert!(pty.wait_exit(), "clean exit");
    assert!(
        !String::from_utf8_lossy(&pty.raw).contains("\x1b[?1000h"),
        "the terminal keeps the mouse"
    );
}
