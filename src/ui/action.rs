//! Everything the user can ask for; `App::update` is the only place that acts on it.

/// The tabs of the main screen, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    /// The team.
    Reps,
    /// Customer accounts.
    Accounts,
    /// Coaching sessions, newest first.
    Sessions,
    /// What to do next.
    Today,
}

impl Tab {
    /// Tabs in the order of the tab bar.
    pub const ALL: [Tab; 4] = [Tab::Reps, Tab::Accounts, Tab::Sessions, Tab::Today];

    /// The tab bar's label.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Reps => "Reps",
            Tab::Accounts => "Accounts",
            Tab::Sessions => "Sessions",
            Tab::Today => "Today",
        }
    }

    /// The tab's position, 0-based.
    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// A user intent, resolved from a key through the keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Show a tab.
    GoTab(Tab),
    /// The next tab.
    NextTab,
    /// The previous tab.
    PrevTab,
    /// Move the selection down one row.
    Down,
    /// Move the selection up one row.
    Up,
    /// Select the first row.
    First,
    /// Select the last row.
    Last,
    /// Move a page down.
    PageDown,
    /// Move a page up.
    PageUp,
    /// Half a page down (Ctrl-D, as in less and vim).
    HalfPageDown,
    /// Half a page up (Ctrl-U).
    HalfPageUp,
    /// Start typing a filter for the current list.
    StartFilter,
    /// Keep the filter and go back to the list.
    KeepFilter,
    /// Clear the filter.
    ClearFilter,
    /// New record of the current tab's kind.
    New,
    /// Edit the selected record.
    Edit,
    /// Archive the selected record (asks first).
    Archive,
    /// Undo the last archive or "done".
    Undo,
    /// Jump to the selected item's rep, account or session.
    Jump,
    /// Mark the selected commitment done.
    MarkDone,
    /// The selected rep's development, full screen.
    Development,
    /// The selected rep's pre-ride brief.
    Brief,
    /// Write the selected rep's 1:1 prep sheet to a file.
    WriteReport,
    /// Switch the Accounts tab between the list and the succession view.
    ToggleSuccession,
    /// List the Sessions tab's search matches newest first or best first.
    ToggleSearchOrder,
    /// Capture a session for the selection.
    Capture,
    /// Add a contact to the selected account.
    AddContact,
    /// Pick one of the selected account's contacts to edit.
    EditContact,
    /// Show the key table.
    Help,
    /// Close the top overlay (asks first if a form has changes).
    Close,
    /// Answer yes in a confirmation.
    Yes,
    /// Answer no in a confirmation.
    No,
    /// Next form field.
    NextField,
    /// Previous form field.
    PrevField,
    /// Save the form.
    Save,
    /// Move the highlight down in a picker or ratings list.
    PickDown,
    /// Move the highlight up in a picker or ratings list.
    PickUp,
    /// Accept the highlighted choice and move on.
    Accept,
    /// Open the quick-capture prompt.
    QuickCapture,
    /// Complete the name before the cursor.
    Complete,
    /// Recall the previous quick-capture line.
    HistoryPrev,
    /// Recall the next quick-capture line.
    HistoryNext,
    /// Edit the focused text (or the notes) in $VISUAL or $EDITOR.
    OpenEditor,
    /// Scroll an overlay down.
    ScrollDown,
    /// Scroll an overlay up.
    ScrollUp,
    /// Typed into the focused field (a row of the key table for help only).
    FieldKey,
    /// Begin a stay conversation with the rep of the retention view.
    RecordStay,
    /// Turn the selected session into a play draft.
    PlayFromSession,
    /// Pick a mentor for the selected rep from those rated well on their focus.
    PickMentor,
    /// `K` on an account: the quick-capture prompt set for a harvest answer.
    Harvest,
}
