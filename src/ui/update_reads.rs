//! Sending the slow reads to the reader thread, or doing them in place when
//! there is none, and applying what they found.

use super::action::Tab;
use super::app::App;
use super::insights::Insights;
use super::message::Msg;
use super::reader_thread::{Answer, Job};
use crate::store::StoreResult;

impl App {
    /// Runs `job` on the reader thread, or here and now without one.
    pub(super) fn read(&mut self, job: Job) {
        let job = match self.reader.as_mut() {
            Some(reader) => match reader.send(job) {
                Ok(()) => return,
                Err(job) => {
                    self.reader = None;
                    job
                }
            },
            None => job,
        };
        let answer = job.run(&self.store);
        self.update(Msg::Answer(Box::new(answer)));
    }

    /// Asks for the Today figures of `today`.
    pub(super) fn request_insights(&mut self) {
        self.read(Job::Insights {
            today: self.today,
            config: Box::new(self.config.clone()),
        });
    }

    /// Hands each answer the reader thread has sent to `update`, as a
    /// message; true when there were any, so the screen needs drawing.
    pub fn poll_reads(&mut self) -> bool {
        let answers = self.reader.as_mut().map(|r| r.answers()).unwrap_or_default();
        let any = !answers.is_empty();
        for answer in answers {
            self.update(Msg::Answer(Box::new(answer)));
        }
        any
    }

    /// Whether an answer from the reader thread is still to come.
    pub fn reads_pending(&self) -> bool {
        self.reader.as_ref().is_some_and(|r| r.busy())
    }

    /// Whether the Sessions tab's search is still running.
    pub fn search_pending(&self) -> bool {
        self.reader.as_ref().is_some_and(|r| r.search_pending())
    }

    pub(super) fn apply_answer(&mut self, answer: Answer) {
        match answer {
            Answer::Insights(found) => self.show_insights(found),
            Answer::Search { filter, order, found } => self.show_search(filter, order, found),
            Answer::Document { document, rep, lines } => self.show_document(document, rep, lines),
            Answer::DailyBackup(Err(e)) => self.set_error(format!("Daily backup failed: {e}")),
            Answer::DailyBackup(Ok(_)) => {}
            Answer::Crashed => panic!("the reader thread crashed (its report is written)"),
        }
    }

    fn show_insights(&mut self, found: StoreResult<Insights>) {
        match found {
            Ok(insights) => {
                self.data.insights = insights;
                super::lists::index_today(&mut self.data);
                if self.tab == Tab::Today || (self.tab == Tab::Accounts && self.succession_view) {
                    self.clamp_selection();
                    self.load_detail();
                }
            }
            Err(e) => self.set_error(format!("Cannot work out today's figures: {e}")),
        }
    }
}
