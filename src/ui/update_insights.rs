//! Actions of the Today tab and the rep views: jump, mark done, development,
//! brief, and writing the 1:1 prep sheet.

use super::action::Tab;
use super::app::{App, Overlay, Target, Undo};
use super::today::TodayItem;
use crate::store::files::{file_name, write_private};
use chrono::Days;

impl App {
    /// Enter on the Today tab: show the item's rep, account or session.
    pub(super) fn jump(&mut self) {
        let Some(target) = self.selected() else {
            return self.set_error("Nothing selected");
        };
        self.tab = match target {
            Target::Rep(_) => Tab::Reps,
            Target::Account(_) => Tab::Accounts,
            Target::Session(_) => Tab::Sessions,
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
        let Some(rep) = self.selected_rep() else { return };
        let result = self.store.development(rep, self.today, &self.config);
        if let Some(lines) = self.report(result) {
            self.overlays.push(Overlay::Text {
                title: "Development (Esc closes, j/k scroll)".into(),
                lines,
                scroll: 0,
            });
        }
    }

    /// `b` on a rep: the pre-ride brief.
    pub(super) fn show_brief(&mut self) {
        let Some(rep) = self.selected_rep() else { return };
        let result = self.store.brief(rep, self.today, &self.config);
        if let Some(lines) = self.report(result) {
            self.overlays.push(Overlay::Text {
                title: "Pre-ride brief (Esc closes, j/k scroll)".into(),
                lines,
                scroll: 0,
            });
        }
    }

    /// `p` on a rep: writes the 1:1 prep sheet beside the notebook and says where.
    pub(super) fn write_report(&mut self) {
        let Some(rep) = self.selected_rep() else { return };
        let since = self.today.checked_sub_days(Days::new(90)).unwrap_or(self.today);
        let result = self.store.rep_sheet(rep, since, self.today, &self.config);
        let Some(text) = self.report(result) else { return };
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
