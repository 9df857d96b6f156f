//! `coachbook encrypt` and `coachbook decrypt`, and asking for a passphrase.

use crate::store::Store;
use anyhow::{bail, Context as _, Result};
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

/// Reads a line from the terminal without echoing it.
fn read_hidden(prompt: &str) -> Result<String> {
    if !std::io::stdin().is_terminal() {
        bail!("no passphrase: set COACHBOOK_PASSPHRASE or run in a terminal");
    }
    eprint!("{prompt}");
    let fd = libc::STDIN_FILENO;
    // SAFETY: termios is plain data; tcgetattr fills it for our own stdin.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    let have_termios = unsafe { libc::tcgetattr(fd, &mut saved) } == 0;
    if have_termios {
        let mut quiet = saved;
        quiet.c_lflag &= !libc::ECHO;
        // SAFETY: sets our own stdin's mode; restored below.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) };
    }
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if have_termios {
        // SAFETY: restores the mode read above.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    }
    eprintln!();
    read?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// The passphrase of an encrypted notebook: COACHBOOK_PASSPHRASE, or asked
/// for when the file is encrypted and a terminal is there to ask on.
pub fn passphrase_for(path: &Path) -> Result<Option<String>> {
    if let Some(key) = std::env::var("COACHBOOK_PASSPHRASE").ok().filter(|k| !k.is_empty()) {
        // A build without encryption opens a plain (or new) notebook as it
        // is; only an encrypted one needs the key it cannot use.
        let plain = !path.exists()
            || std::fs::metadata(path).is_ok_and(|m| m.len() == 0)
            || crate::store::open::is_plain_sqlite(path);
        if cfg!(feature = "encryption") || !plain {
            return Ok(Some(key));
        }
        return Ok(None);
    }
    let encrypted = path.exists()
        && std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
        && !crate::store::open::is_plain_sqlite(path);
    if encrypted && cfg!(feature = "encryption") && std::io::stdin().is_terminal() {
        return Ok(Some(read_hidden(&format!("Passphrase for {}: ", path.display()))?));
    }
    Ok(None)
}

/// Opens the notebook, with its passphrase if it is encrypted.
pub fn open(path: &Path) -> Result<Store> {
    Ok(match passphrase_for(path)? {
        Some(key) => Store::open_with_key(path, &key)?,
        None => Store::open(path)?,
    })
}

fn new_passphrase() -> Result<String> {
    if let Some(key) = std::env::var("COACHBOOK_NEW_PASSPHRASE").ok().filter(|k| !k.is_empty()) {
        return Ok(key);
    }
    let first = read_hidden("New passphrase: ")?;
    if first.chars().count() < 8 {
        bail!("a passphrase needs at least 8 characters; nothing was changed");
    }
    if read_hidden("Again: ")? != first {
        bail!("the two passphrases differ; nothing was changed");
    }
    Ok(first)
}

fn swap(path: &Path, store: Store, next: &Path) -> Result<()> {
    drop(store);
    std::fs::rename(next, path).with_context(|| format!("cannot replace {}", path.display()))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            std::fs::remove_file(&side).with_context(|| format!("cannot remove {}", side.display()))?;
        }
    }
    Ok(())
}

fn require_feature() -> Result<()> {
    if !cfg!(feature = "encryption") {
        bail!("this Coachbook was built without encryption; build it with cargo build --release --features encryption");
    }
    Ok(())
}

fn scratch(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.converting", path.display()))
}

/// `coachbook encrypt`: replaces a plain notebook with an encrypted copy.
pub fn encrypt(path: &Path) -> Result<String> {
    require_feature()?;
    if !crate::store::open::is_plain_sqlite(path) {
        bail!("{} is not an unencrypted notebook", path.display());
    }
    let store = Store::open(path)?;
    let key = new_passphrase()?;
    let next = scratch(path);
    store.export_keyed(&next, &key).inspect_err(|_| {
        let _ = std::fs::remove_file(&next);
    })?;
    Store::open_with_key(&next, &key).context("the encrypted copy does not open; the notebook was not changed")?;
    swap(path, store, &next)?;
    Ok(format!(
        "Encrypted {}. Keep the passphrase safe: without it the notebook cannot be read. \
         Backups made before now (backups/, .bak files) are not encrypted; delete them if they must not be read.",
        path.display()
    ))
}

/// `coachbook decrypt`: replaces an encrypted notebook with a plain copy.
pub fn decrypt(path: &Path) -> Result<String> {
    require_feature()?;
    let Some(key) = passphrase_for(path)? else {
        bail!(
            "{} is not encrypted (or COACHBOOK_PASSPHRASE is not set)",
            path.display()
        );
    };
    let store = Store::open_with_key(path, &key)?;
    let next = scratch(path);
    store.export_keyed(&next, "").inspect_err(|_| {
        let _ = std::fs::remove_file(&next);
    })?;
    Store::open(&next).context("the decrypted copy does not open; the notebook was not changed")?;
    swap(path, store, &next)?;
    Ok(format!(
        "Decrypted {}; it is now readable without a passphrase",
        path.display()
    ))
}
