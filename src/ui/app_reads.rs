//! Read-only views of the app's state for code outside the UI (tests, benches):
//! the fields themselves stay private to the UI, so nothing else changes them.

use super::action::Tab;
use super::app::{App, EditorRequest, Overlay};
use super::data::Data;
use crate::store::Store;

impl App {
    /// The notebook, to read (tests check what was saved).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The records on screen.
    pub fn data(&self) -> &Data {
        &self.data
    }

    /// The shown tab.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The open overlays, bottom first; the last one gets the keys.
    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    /// Whether the user has quit.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// The field waiting to be edited in $EDITOR, taken by whoever runs it.
    pub fn take_editor_request(&mut self) -> Option<EditorRequest> {
        self.editor_request.take()
    }
}
