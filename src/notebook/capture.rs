//! One line of quick capture, parsed and saved the same way from the `:`
//! prompt and from `coachbook add`.

use crate::domain::capture::{parse, Capture, CaptureError, Defaults, Directory};
use crate::domain::session::plan_note;
use crate::domain::stay::{impact_of_owner, StayData};
use crate::domain::{Session, Stay};
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

/// What saving a line made.
pub enum Saved {
    /// A session with its commitments.
    Session(Box<Session>),
    /// A stay conversation (`stay risk:... 2y:...`).
    Stay(Stay),
    /// A play (`play: @author "Title" steps`).
    Play(crate::domain::Play),
    /// A harvest answer (`know: #acme decides ...`).
    Knowledge(crate::domain::knowledge::Answer),
}

/// Saves what a line says, in one transaction: a session with its
/// commitments, or a stay conversation (its impact, unless given, proposed
/// from the accounts the rep owns).
pub fn save(store: &mut Store, reading: &Reading) -> Result<Saved, StoreError> {
    let c = &reading.capture;
    if let Some(know) = &c.know {
        let data = crate::domain::knowledge::AnswerData {
            account: know.account,
            question: know.question.clone(),
            answer: know.answer.clone(),
            date: c.date,
        };
        return store.add_answer(data).map(Saved::Knowledge);
    }
    if let Some(play) = &c.play {
        let mut data = crate::domain::PlayData::new(play.title.clone(), c.date);
        data.steps = play.steps.clone();
        data.skills = play.skills.clone();
        data.author = Some(c.rep);
        data.account = c.account;
        return store.add_play(data).map(Saved::Play);
    }
    let Some(stay) = &c.stay else {
        let (session, commitments) = c.to_session();
        return store
            .add_session(session, commitments)
            .map(|s| Saved::Session(Box::new(s)));
    };
    let mut data = StayData::new(c.rep, c.date);
    data.risk = stay.risk;
    data.reasons = stay.reasons.clone();
    data.two_years = stay.two_years;
    data.impact = match stay.impact {
        Some(impact) => impact,
        None => impact_of_owner(c.rep, &store.accounts_of_rep(c.rep)?),
    };
    data.notes = c.notes.clone();
    data.next_check_in = stay.next;
    store.add_stay(data).map(Saved::Stay)
}
