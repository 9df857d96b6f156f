//! Actions of the Today tab and the rep views: jump, mark done, development,
//! brief, and writing the 1:1 prep sheet.

use super::action::Tab;
use super::app::{App, Overlay, Target, Undo};
use super::insights::TodayItem;
use super::reader_thread::{Document, Job};
use crate::domain::RepId;
use crate::store::private_files::{file_name, write_private};
use crate::store::StoreResult;

impl App {
    /// Enter on the Today tab: show the item's rep, account or session.
    pub(super) fn jump(&mut self) {
        if let Some(TodayItem::Retention(w)) = self.selected_today_item() {
            let rep = w.rep;
            return self.read(Job::Document {
                document: Document::Retention,
                rep,
                today: self.today,
                config: Box::new(self.config.clone()),
            });
        }
        let Some(target) = self.selected() else {
            return self.set_error("Nothing selected");
        };
        self.tab = match target {
            Target::Rep(_) => Tab::Reps,
            Target::Account(_) => Tab::Accounts,
            Target::Session(_) | Target::Play(_) => Tab::Sessions,
        };
        self.select(target);
    }

    /// Space on the Today tab: the selected commitment is done today.
    pub(super) fn mark_done(&mut self) {
        let index = self.rows().get(self.pane().selected).copied();
        let item = index.and_then(|i| self.data.insights.items.get(i)).cloned();
        let Some(TodayItem::Commitment(c)) = item else {
            return self.set_error("Space marks a commitment done; select one in Commitments");
        };
        let result = self.store.set_commitment_done(c.id, Some(self.today));
        if self.report(result).is_some() {
            self.undo.push(Undo::Done(c.id));
            self.refresh();
            self.set_status(format!("Done: {} (u undoes)", c.text));
        }
    }

    fn selected_rep(&mut self) -> Option<crate::domain::RepId> {
        match self.selected() {
            Some(Target::Rep(id)) => Some(id),
            _ => {
                self.set_error("Select a rep first");
                None
            }
        }
    }

    /// Enter on the Reps tab: the development view.
    pub(super) fn show_development(&mut self) {
        self.request_document(Document::Development);
    }

    /// `b` on a rep: the pre-ride brief.
    pub(super) fn show_brief(&mut self) {
        self.request_document(Document::Brief);
    }

    /// `s` in a rep's retention view, `S` on a rep: the stay conversation form for them
    /// (the quick-capture line `stay risk:... 2y:...` does the same).
    pub(super) fn record_stay(&mut self) {
        let rep = match self.overlays.last() {
            Some(Overlay::Text {
                stay_with: Some(rep), ..
            }) => *rep,
            None => match self.selected_rep() {
                Some(rep) => rep,
                None => return,
            },
            Some(_) => return,
        };
        self.overlays.pop();
        let form = crate::ui::form::build::stay_form(rep, self.today, &self.data);
        self.overlays.push(Overlay::Form(Box::new(form)));
    }

    /// `P` on a session: a play drafted from it, in the play form.
    pub(super) fn play_from_session(&mut self) {
        let Some(target) = self.selected() else {
            return self.set_error("Select the session where it worked first");
        };
        let Some(session) = self.session_for(target) else {
            return self.set_error("Select the session where it worked first");
        };
        let draft = crate::domain::play::draft_from_session(&session, self.today);
        let form = crate::ui::form::build::play_form(None, draft, &self.data);
        self.overlays.push(Overlay::Form(Box::new(form)));
    }

    /// `p` on a rep: writes the 1:1 prep sheet beside the notebook and says where.
    pub(super) fn write_report(&mut self) {
        self.request_document(Document::Sheet);
    }

    /// Asks for a document about the selected rep; it reads all their
    /// sessions, so it comes from the reader thread when there is one.
    fn request_document(&mut self, document: Document) {
        let Some(rep) = self.selected_rep() else { return };
        self.read(Job::Document {
            document,
            rep,
            today: self.today,
            config: Box::new(self.config.clone()),
        });
    }

    /// Shows a document that came, or writes the sheet; a document that
    /// comes while a form or another overlay is open is dropped, never
    /// stacked over what is being typed.
    pub(super) fn show_document(&mut self, document: Document, rep: RepId, lines: StoreResult<Vec<String>>) {
        let Some(lines) = self.report(lines) else { return };
        let title = match document {
            Document::Development => "Development (Esc closes, j/k scroll)",
            Document::Brief => "Pre-ride brief (Esc closes, j/k scroll)",
            Document::Retention => "Retention (private; s records a stay conversation, Esc closes)",
            Document::Sheet => return self.write_sheet(rep, &lines.concat()),
        };
        if self.overlays.is_empty() {
            self.overlays.push(Overlay::Text {
                title: title.into(),
                lines,
                scroll: 0,
                stay_with: (document == Document::Retention).then_some(rep),
            });
        }
    }

    fn write_sheet(&mut self, rep: RepId, text: &str) {
        let folder = self
            .store
            .path()
            .parent()
            .map(|p| p.join("reports"))
            .unwrap_or_else(|| "reports".into());
        let name = format!("{}-1on1-{}.md", file_name(self.data.rep_name(rep)), self.today);
        let path = folder.join(name);
        match write_private(&path, text.as_bytes()) {
            Ok(()) => self.set_status(format!("Wrote {}", path.display())),
            Err(e) => self.set_error(format!("Cannot write {}: {e}", path.display())),
        }
    }
}
