//! One line of quick capture, parsed and saved the same way from the `:`
//! prompt and from `coachbook add`.

use crate::domain::capture::{parse, Capture, CaptureError, Defaults, Directory};
use crate::domain::session::plan_note;
use crate::domain::Session;
use crate::store::{Store, StoreError};
use chrono::NaiveDate;

/// A line read and ready to save, with what saving it will say.
pub struct Reading {
    /// What the line says.
    pub capture: Capture,
    /// "ride-along with Dana Ortiz at Acme Tools: ..." for messages.
    pub summary: String,
    /// "; planned for ..." when the line dates the session after today.
    pub plan: String,
}

/// Loads into `directory` who last visited the accounts a line needs to
/// settle an ambiguous name (`@dana #acme` with two Danas), so that reading
/// it again can tell them apart. Cheap: only those accounts' sessions.
pub fn load_visits(
    store: &Store,
    directory: &mut Directory,
    line: &str,
    today: NaiveDate,
    defaults: Defaults,
) -> Result<(), StoreError> {
    let Err(e) = parse(line, directory, today, defaults) else {
        return Ok(());
    };
    for account in e.wants_visits {
        for (rep, date) in store.visits_by_rep(account)? {
            directory.visits.insert((rep, account), date);
        }
        directory.visits_loaded.insert(account);
    }
    Ok(())
}

/// Reads a line against the names in `directory`; `defaults` stand in for
/// a rep or account it does not name.
pub fn read(line: &str, directory: &Directory, today: NaiveDate, defaults: Defaults) -> Result<Reading, CaptureError> {
    let capture = parse(line, directory, today, defaults)?;
    Ok(Reading {
        summary: capture.describe(directory),
        plan: plan_note(capture.date, today).unwrap_or_default(),
        capture,
    })
}

/// Saves what a line says as one session with its commitments, in one transaction.
pub fn save(store: &mut Store, reading: &Reading) -> Result<Session, StoreError> {
    let (session, commitments) = reading.capture.to_session();
    store.add_session(session, commitments)
}
