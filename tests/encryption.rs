//! Encryption at rest. Without the `encryption` feature the commands say how
//! to get it; with it (`cargo test --features encryption`), a notebook goes to
//! encrypted and back without losing anything, and a wrong passphrase is refused.

mod common;

use common::Notebook;

#[cfg(not(feature = "encryption"))]
#[test]
fn without_the_feature_encrypt_says_how_to_get_it() {
    let nb = Notebook::with_team();
    let err = nb.fails(&["encrypt"]);
    assert!(
        err.contains("built without encryption") && err.contains("--features encryption"),
        "{err}"
    );
    // A passphrase left in the environment does not lock a plain notebook out.
    let out = nb
        .cmd()
        .env("COACHBOOK_PASSPHRASE", "secret phrase")
        .args(["rep", "list"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Dana Ortiz"));
    assert!(
        nb.ok(&["rep", "list"]).contains("Dana Ortiz"),
        "the notebook is untouched"
    );
}

#[cfg(feature = "encryption")]
#[test]
fn encrypt_then_decrypt_keeps_everything_and_refuses_a_wrong_passphrase() {
    let nb = Notebook::with_team();
    nb.ok(&["add", "@dana private matters disc:4"]);
    let before = nb.ok(&["export", "--include-private"]);
    let out = nb
        .cmd()
        .env("COACHBOOK_NEW_PASSPHRASE", "correct horse battery")
        .arg("encrypt")
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Encrypted"));
    let raw = std::fs::read(nb.path()).unwrap();
    assert!(
        !raw.starts_with(b"SQLite format 3"),
        "the file is no longer plain SQLite"
    );
    assert!(!String::from_utf8_lossy(&raw).contains("private matters"));
    let err = nb.fails(&["rep", "list"]);
    assert!(err.contains("encrypted notebook"), "{err}");
    let wrong = nb
        .cmd()
        .env("COACHBOOK_PASSPHRASE", "wrong horse")
        .args(["rep", "list"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(wrong.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("passphrase is wrong"), "{stderr}");
    let unlocked = nb
        .cmd()
        .env("COACHBOOK_PASSPHRASE", "correct horse battery")
        .args(["export", "--include-private"])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&unlocked.get_output().stdout), before);
    nb.cmd()
        .env("COACHBOOK_PASSPHRASE", "correct horse battery")
        .arg("decrypt")
        .assert()
        .success();
    assert_eq!(nb.ok(&["export", "--include-private"]), before);
}
