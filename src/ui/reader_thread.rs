//! Reads that can take longer than a frame run on a thread with its own
//! connection: the Today figures, a search of the whole notebook, and the
//! documents that read a rep's whole history. The UI
//! sends a job, keeps drawing and answering keys, and applies the answer when
//! it comes. Jobs queued behind a newer one of the same kind are dropped, so
//! typing a search word runs one search for the pause, not one per key.

use super::insights::Insights;
use super::search_list::{find, Found};
use crate::domain::config::Config;
use crate::domain::report::default_since;
use crate::domain::RepId;
use crate::store::search::SearchOrder;
use crate::store::{Store, StoreResult};
use chrono::NaiveDate;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread;

/// A read for the thread.
pub enum Job {
    /// The Today figures and the succession view for a day.
    Insights {
        /// The day.
        today: NaiveDate,
        /// Targets, tiers, week start.
        config: Box<Config>,
    },
    /// The Sessions tab's search for what is typed in its filter.
    Search {
        /// The filter as typed.
        filter: String,
        /// The day (recency counts in the ranking).
        today: NaiveDate,
        /// Newest or best first.
        order: SearchOrder,
    },
    /// Today's copy of the notebook, if not made yet, keeping the last `keep`.
    DailyBackup {
        /// Where the copies go.
        folder: PathBuf,
        /// Names today's copy.
        today: NaiveDate,
        /// How many copies to keep.
        keep: usize,
    },
    /// A document about a rep, to show or to write.
    Document {
        /// Which.
        document: Document,
        /// About whom.
        rep: RepId,
        /// The day it is for.
        today: NaiveDate,
        /// Date format, currency, targets.
        config: Box<Config>,
    },
}

/// The documents about one rep that read all of their sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// The full-screen development view.
    Development,
    /// The pre-ride brief.
    Brief,
    /// The 1:1 prep sheet over the last 90 days, written to a file.
    Sheet,
    /// The retention view: signals, stay conversations, the team's grid.
    Retention,
}

/// What a job found.
pub enum Answer {
    /// The Today figures.
    Insights(StoreResult<Insights>),
    /// The plays and every session matching `filter`, sessions in `order`.
    Search {
        /// The filter they match.
        filter: String,
        /// The sessions' order.
        order: SearchOrder,
        /// The plays, and the sessions' ids.
        found: StoreResult<Found>,
    },
    /// Today's copy, if one was made.
    DailyBackup(StoreResult<Option<PathBuf>>),
    /// The job panicked (its crash report is written); the thread has ended.
    Crashed,
    /// A document's lines (the sheet's as one Markdown text).
    Document {
        /// Which.
        document: Document,
        /// About whom.
        rep: RepId,
        /// Its text.
        lines: StoreResult<Vec<String>>,
    },
}

impl Job {
    /// Does the job on `store` (on whichever thread holds it).
    pub fn run(self, store: &Store) -> Answer {
        match self {
            Job::Insights { today, config } => Answer::Insights(Insights::load(store, today, &config)),
            Job::Search { filter, today, order } => Answer::Search {
                found: find(store, &filter, today, order),
                filter,
                order,
            },
            Job::DailyBackup { folder, today, keep } => Answer::DailyBackup(store.daily_backup(&folder, today, keep)),
            Job::Document {
                document,
                rep,
                today,
                config,
            } => Answer::Document {
                document,
                rep,
                lines: match document {
                    Document::Development => crate::notebook::reports::development(store, rep, today, &config),
                    Document::Brief => crate::notebook::reports::brief(store, rep, today, &config),
                    Document::Retention => crate::notebook::retention::view(store, rep, today, &config),
                    Document::Sheet => {
                        crate::notebook::reports::rep_sheet(store, rep, default_since(today), today, &config)
                            .map(|text| vec![text])
                    }
                },
            },
        }
    }

    fn kind(&self) -> usize {
        match self {
            Job::Insights { .. } => INSIGHTS,
            Job::Search { .. } => SEARCH,
            Job::Document { .. } => DOCUMENT,
            Job::DailyBackup { .. } => BACKUP,
        }
    }
}

impl Answer {
    /// The kind of job it answers (none: the thread crashed).
    fn kind(&self) -> Option<usize> {
        match self {
            Answer::Insights(_) => Some(INSIGHTS),
            Answer::Search { .. } => Some(SEARCH),
            Answer::Document { .. } => Some(DOCUMENT),
            Answer::DailyBackup(_) => Some(BACKUP),
            Answer::Crashed => None,
        }
    }
}

/// The kinds of job; a newer job replaces a queued one of its kind.
const INSIGHTS: usize = 0;
const SEARCH: usize = 1;
const DOCUMENT: usize = 2;
const BACKUP: usize = 3;
const KINDS: usize = 4;

/// The reading thread, seen from the UI.
pub struct ReaderThread {
    jobs: Sender<(u64, Job)>,
    answers: Receiver<(u64, Answer)>,
    /// Per kind of job: the number of the last one sent and of the last answered.
    sent: [u64; KINDS],
    answered: [u64; KINDS],
    thread: Option<thread::JoinHandle<()>>,
}

/// The thread ends with the UI, its connection closed before the UI's own:
/// the last connection to close then leaves the notebook in its .db file
/// alone, with no -wal or -shm beside it.
impl Drop for ReaderThread {
    fn drop(&mut self) {
        let (closed, _) = channel();
        drop(std::mem::replace(&mut self.jobs, closed));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl ReaderThread {
    /// Starts the thread over its own connection to the notebook.
    pub fn spawn(store: Store) -> std::io::Result<ReaderThread> {
        let (jobs, queue) = channel::<(u64, Job)>();
        let (reply, answers) = channel();
        let thread = thread::Builder::new().name("coachbook-reader".into()).spawn(move || {
            while let Ok(first) = queue.recv() {
                let mut batch = vec![first];
                while let Ok(next) = queue.try_recv() {
                    batch.retain(|(_, job)| job.kind() != next.1.kind());
                    batch.push(next);
                }
                for (number, job) in batch {
                    // A bug here must end the app as one on the UI thread
                    // does, not leave it waiting: the UI panics on `Crashed`.
                    let answer = panic::catch_unwind(AssertUnwindSafe(|| job.run(&store)));
                    let crashed = answer.is_err();
                    if reply.send((number, answer.unwrap_or(Answer::Crashed))).is_err() || crashed {
                        return;
                    }
                }
            }
        })?;
        Ok(ReaderThread {
            jobs,
            answers,
            sent: [0; KINDS],
            answered: [0; KINDS],
            thread: Some(thread),
        })
    }

    /// Queues `job`; gives it back if the thread has gone.
    pub fn send(&mut self, job: Job) -> Result<(), Job> {
        let kind = job.kind();
        let number = self.sent[kind] + 1;
        self.jobs.send((number, job)).map_err(|e| e.0 .1)?;
        self.sent[kind] = number;
        Ok(())
    }

    /// The answers that came since the last call, leaving out any that a
    /// newer job of the same kind makes stale.
    pub fn answers(&mut self) -> Vec<Answer> {
        let mut out = Vec::new();
        while let Ok((number, answer)) = self.answers.try_recv() {
            let Some(kind) = answer.kind() else {
                out.push(answer);
                continue;
            };
            self.answered[kind] = self.answered[kind].max(number);
            if number == self.sent[kind] {
                out.push(answer);
            }
        }
        out
    }

    /// Whether an answer is still to come.
    pub fn busy(&self) -> bool {
        self.sent != self.answered
    }

    /// Whether a search is running.
    pub fn search_pending(&self) -> bool {
        self.sent[SEARCH] != self.answered[SEARCH]
    }
}
