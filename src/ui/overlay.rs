//! The kinds of things drawn over the main screen, and the small records the
//! app keeps about selection, undo and messages.

use super::form::Form;
use super::prompt::Prompt;
pub use super::target::Target;
use crate::domain::AccountId;

/// What a yes answer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// Archive this record.
    Archive(Target),
    /// Throw away the open form's changes.
    DiscardForm,
    /// Bring back the draft a crash left (no: forget it).
    RestoreDraft,
    /// Save over a record changed elsewhere (no: reload theirs).
    Overwrite,
    /// Save a rep or account whose name another one has (no: back to the form).
    SaveDuplicate,
}

/// A list to choose one item from (an account's contacts).
pub struct Chooser {
    /// The title.
    pub title: String,
    /// Ids and labels.
    pub options: Vec<(i64, String)>,
    /// The highlighted item.
    pub highlight: usize,
    /// What the choice is for.
    pub purpose: Choosing,
}

/// What a chooser's choice does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choosing {
    /// Edit this contact of the account.
    Contact(AccountId),
    /// Make the chosen rep this rep's mentor.
    Mentor(crate::domain::RepId),
}

/// Things drawn over the main screen; the top one gets keys first.
pub enum Overlay {
    /// The key table.
    Help {
        /// Lines scrolled.
        scroll: u16,
    },
    /// A yes/no question.
    Confirm {
        /// The question.
        question: String,
        /// What yes does.
        on_yes: Pending,
    },
    /// A form.
    Form(Box<Form>),
    /// A list to choose from.
    Chooser(Chooser),
    /// The quick-capture prompt.
    Prompt(Box<Prompt>),
    /// A screen of text: the development view, the pre-ride brief.
    Text {
        /// Its title.
        title: String,
        /// Its lines; unindented lines are headings.
        lines: Vec<String>,
        /// Lines scrolled.
        scroll: u16,
        /// The rep whose retention view it is (`s` records a stay
        /// conversation with them); none for other texts.
        stay_with: Option<crate::domain::RepId>,
    },
}

/// A request to edit a form field in the user's editor, handled by the run
/// loop because it needs the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorRequest {
    /// The field.
    pub field: crate::domain::FieldId,
    /// Its text now.
    pub text: String,
}

/// Something `u` can take back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undo {
    /// A record was archived.
    Archive(Target),
    /// A commitment was marked done.
    Done(crate::domain::CommitmentId),
}

/// A short message in the status line.
#[derive(Debug, Clone)]
pub struct Status {
    /// The message.
    pub text: String,
    /// Whether it reports a problem.
    pub error: bool,
    /// Ticks until it disappears.
    pub ticks_left: u16,
}
