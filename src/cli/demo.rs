//! `coachbook demo`: a separate sample notebook to look around in.

use crate::domain::demo::{generate, DemoSize};
use crate::domain::text::count;
use crate::store::Store;
use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use clap::Args;
use std::path::Path;

/// `coachbook demo` arguments.
#[derive(Debug, Args)]
#[command(
    after_help = "The sample notebook is demo.db in the data folder unless --db names another \
new file; COACHBOOK_DB is ignored here, so your real notebook is never touched.\n\nExample:\n  coachbook demo\n  coachbook demo --sessions 200000 --db /tmp/big.db --no-open"
)]
pub struct DemoArgs {
    /// Reps in the sample team.
    #[arg(long, default_value_t = DemoSize::default().reps)]
    reps: usize,
    /// Accounts.
    #[arg(long, default_value_t = DemoSize::default().accounts)]
    accounts: usize,
    /// Coaching sessions over the last year.
    #[arg(long, default_value_t = DemoSize::default().sessions)]
    sessions: usize,
    /// The random seed (the same seed gives the same notebook).
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Only create it; do not open it.
    #[arg(long)]
    pub no_open: bool,
    /// Replace an existing demo notebook, with whatever was added to it.
    #[arg(long)]
    pub fresh: bool,
}

/// Asks on a terminal whether to replace the demo notebook; no elsewhere.
fn confirm_replace(path: &Path) -> Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    eprint!(
        "{} exists and may hold your own additions. Replace it with a fresh demo? [y/N] ",
        path.display()
    );
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// Creates the sample notebook at `path`. A notebook with data is replaced
/// only when it is the default demo file (`replaceable`); any other is refused.
pub fn create(args: &DemoArgs, path: &Path, replaceable: bool, today: NaiveDate) -> Result<String> {
    if path.exists() {
        let store = Store::open(path)?;
        if !store.is_empty()? {
            if !replaceable {
                bail!(
                    "{} already holds a notebook; demo only writes to a new file or its own demo.db",
                    path.display()
                );
            }
            if !args.fresh && !confirm_replace(path)? {
                bail!(
                    "{} already holds a demo notebook, perhaps with your own additions; it was left as it is. \
                     `coachbook demo --fresh` replaces it; `coachbook --db {}` opens it",
                    path.display(),
                    path.display()
                );
            }
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let file = format!("{}{suffix}", path.display());
                match std::fs::remove_file(&file) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e).with_context(|| format!("cannot replace {file}")),
                }
            }
        }
    }
    let size = DemoSize {
        reps: args.reps.max(1),
        accounts: args.accounts,
        sessions: args.sessions,
    };
    let notebook = generate(size, args.seed, today);
    let mut store = Store::open(path)?;
    store.import_notebook(&notebook)?;
    Ok(format!(
        "Created a sample notebook at {}: {}, {}, {}, {}",
        path.display(),
        count(notebook.reps.len(), "rep"),
        count(notebook.accounts.len(), "account"),
        count(notebook.sessions.len(), "session"),
        count(notebook.commitments.len(), "commitment")
    ))
}
