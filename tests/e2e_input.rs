//! The real binary in a pseudo-terminal: every key is handled at once, a
//! paste is text, an idle app writes nothing, and closing the terminal or a
//! signal ends it within a second in any state, with the draft kept.

mod common;

use common::pty::Pty;
use common::{json, Notebook};
use std::time::{Duration, Instant};

const SAVE: &str = "\x13";

fn start(nb: &Notebook, env: &[(&str, &str)]) -> Pty {
    let mut pty = Pty::start_with(&nb.path(), &[], env, 120, 32);
    pty.wait_for("Coaching due");
    pty
}

#[test]
fn a_key_after_a_storm_of_resizes_takes_effect_without_another_key() {
    let nb = Notebook::with_team();
    let mut pty = start(&nb, &[]);
    for round in 0..3 {
        for (cols, rows) in [(100, 30), (80, 24), (140, 44), (120, 32)] {
            pty.resize(cols, rows);
        }
        pty.send(if round % 2 == 0 { "1" } else { "4" });
        let expected = if round % 2 == 0 { "Reps (3)" } else { "Coaching due" };
        pty.wait_for_within(expected, Duration::from_secs(1));
    }
    pty.resize(90, 28);
    pty.wait_for_within("1 Reps", Duration::from_secs(1));
    pty.send("q");
    assert_eq!(pty.exit_within(Duration::from_secs(1)), Some(Some(0)), "q alone quits");
}

#[test]
fn large_pastes_typed_as_keystrokes_all_reach_the_field() {
    for size in [10_000usize, 100_000, 1_000_000] {
        let nb = Notebook::with_team();
        let mut pty = start(&nb, &[]);
        pty.send("1");
        pty.wait_for("Reps (3)");
        pty.send("c");
        pty.wait_for("New session");
        // Lines of words ending in Enter, as a terminal without bracketed
        // paste types them; the last line has no Enter.
        let line = "observed discovery questions, then a rushed close; agreed to practise ";
        let mut text = String::new();
        while text.len() < size {
            text.push_str(line);
            text.push('\r');
        }
        text.truncate(size);
        let text = text.trim_end_matches('\r').to_string();
        let started = Instant::now();
        pty.send(&text);
        pty.send(SAVE);
        pty.wait_for_within("Saved ride-along with Dana Ortiz", Duration::from_secs(30));
        eprintln!("{size} bytes as keystrokes saved in {:?}", started.elapsed());
        pty.send("q");
        assert!(pty.wait_exit());
        let doc = json(&nb.ok(&["export"]));
        let notes = doc["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .find_map(|s| s["notes"].as_str().filter(|n| n.len() > 1000));
        assert_eq!(notes, Some(text.replace('\r', "\n").trim()), "all {size} bytes arrived");
    }
}

#[test]
fn a_paste_into_the_prompt_is_text_never_commands() {
    let nb = Notebook::with_team();
    let mut pty = start(&nb, &[]);
    pty.send("3");
    pty.wait_for("Sessions");
    pty.send(":");
    pty.wait_for("Quick capture");
    pty.send("@dana first line disc:3\rxy\r");
    pty.wait_for("Pasted text stops at a line break");
    pty.wait_for("@dana first line disc:3");
    let sessions = json(&nb.ok(&["session", "list", "--json"]));
    assert_eq!(sessions.as_array().unwrap().len(), 0, "nothing saved by the paste");
    // The user reads the line and saves it with a key of their own.
    pty.send("\r");
    pty.wait_for("Saved ride-along with Dana Ortiz");
    pty.send("q");
    assert!(pty.wait_exit());
    let sessions = json(&nb.ok(&["session", "list", "--json"]));
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(
        json(&nb.ok(&["rep", "list", "--json"])).as_array().unwrap().len(),
        3,
        "nothing archived"
    );
}

#[test]
fn an_idle_app_writes_nothing() {
    let nb = Notebook::with_team();
    let mut pty = start(&nb, &[]);
    pty.wait_for("Field time over 90 days");
    // The figures and the day's backup come from the reader thread; then quiet.
    pty.watch(Duration::from_millis(500));
    let before = pty.bytes_written();
    pty.watch(Duration::from_secs(3));
    assert_eq!(pty.bytes_written() - before, 0, "bytes written over three idle seconds");
    pty.send("q");
    assert!(pty.wait_exit());
}

/// The states a closing window or a signal may find the app in.
fn get_into(pty: &mut Pty, state: &str) {
    match state {
        "list" => {}
        "resized" => {
            for (cols, rows) in [(100, 30), (80, 24), (140, 44), (120, 32), (60, 20), (120, 32)] {
                pty.resize(cols, rows);
            }
        }
        "form" => {
            pty.send("1");
            pty.wait_for("Reps (3)");
            pty.send("c");
            pty.wait_for("New session");
            pty.send("typed before the end");
            pty.wait_for("typed before the end");
        }
        "help" => {
            pty.send("?");
            pty.wait_for("Keys");
        }
        "editor" => {
            get_into(pty, "form");
            pty.send("\x05"); // Ctrl-E: the editor (sleep) has the terminal
        }
        _ => unreachable!(),
    }
}

#[test]
fn signals_end_the_app_within_a_second_in_every_state() {
    for sig in [libc::SIGTERM, libc::SIGHUP, libc::SIGINT] {
        for state in ["list", "resized", "form", "help", "editor"] {
            let nb = Notebook::with_team();
            let mut pty = start(&nb, &[("EDITOR", "sleep 30")]);
            get_into(&mut pty, state);
            if state == "editor" {
                let deadline = Instant::now() + Duration::from_secs(5);
                while !nb.drafts().iter().any(|d| d.contains("typed before the end")) {
                    assert!(Instant::now() < deadline, "the draft is saved before the editor runs");
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
            pty.signal(sig);
            let code = pty.exit_within(Duration::from_secs(1));
            assert_eq!(code, Some(Some(0)), "signal {sig} in state {state}");
            if matches!(state, "form" | "editor") {
                assert!(
                    nb.drafts().iter().any(|d| d.contains("typed before the end")),
                    "draft kept after signal {sig} in state {state}"
                );
            }
        }
    }
}

#[test]
fn closing_the_window_ends_the_app_within_a_second_in_every_state() {
    for state in ["list", "resized", "form", "help", "paste"] {
        let nb = Notebook::with_team();
        let crash_dir = tempfile::tempdir().unwrap();
        let state_home = crash_dir.path().to_str().unwrap().to_string();
        let mut pty = start(&nb, &[("XDG_STATE_HOME", &state_home)]);
        if state == "paste" {
            get_into(&mut pty, "form");
            // Half a megabyte on its way in when the window closes.
            pty.send(&"x".repeat(4096));
        } else {
            get_into(&mut pty, state);
        }
        pty.hang_up("j");
        let code = pty.exit_within(Duration::from_secs(1));
        assert!(
            matches!(code, Some(Some(0 | 129))),
            "state {state}: the app ended cleanly within a second, got {code:?}"
        );
        let reports: Vec<_> = walk(crash_dir.path());
        assert!(reports.is_empty(), "state {state}: no crash report: {reports:?}");
        if matches!(state, "form" | "paste") {
            assert!(
                nb.drafts().iter().any(|d| d.contains("typed before the end")),
                "state {state}: the draft is kept"
            );
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
