//! The draft bookkeeping a window keeps: its own slot in the notebook, whether
//! something typed is not yet saved there, and the drafts ended windows left.

/// What a window knows about its drafts.
pub struct DraftBook {
    /// Something typed that is not yet in the draft.
    pub dirty: bool,
    /// Ticks since the last key typed into a form or the prompt.
    pub idle: u8,
    /// A draft is in the notebook.
    pub stored: bool,
    /// This window's own draft slot: no other window writes it.
    pub slot: String,
    /// Drafts that ended windows left behind, still to be offered.
    pub left: Vec<crate::store::Draft>,
}

impl DraftBook {
    /// A new window's: nothing typed, a fresh slot.
    pub fn new() -> DraftBook {
        DraftBook {
            dirty: false,
            idle: 0,
            stored: false,
            slot: window_slot(),
            left: Vec::new(),
        }
    }
}

/// A draft slot of this window's own: its process and a fresh id, so two
/// windows never share one and a draft names the process that wrote it.
fn window_slot() -> String {
    format!("window:{}:{}", std::process::id(), uuid::Uuid::now_v7())
}

/// Whether the window that owns `slot` is still running (a slot of another
/// form, from an older Coachbook, belongs to nobody).
pub fn window_running(slot: &str) -> bool {
    let pid = slot
        .strip_prefix("window:")
        .and_then(|rest| rest.split(':').next())
        .and_then(|pid| pid.parse::<libc::pid_t>().ok());
    match pid {
        // SAFETY: signal 0 only asks whether the process exists.
        Some(pid) if pid > 0 => unsafe {
            libc::kill(pid, 0) == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
        },
        _ => false,
    }
}
