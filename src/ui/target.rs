//! What can be selected: a rep, an account, a session or a play. Lists, forms,
//! jumps and undo all name records this way.

use crate::domain::{AccountId, PlayId, RepId, SessionId};

/// A record the user can select, archive or jump to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A rep.
    Rep(RepId),
    /// An account.
    Account(AccountId),
    /// A session.
    Session(SessionId),
    /// A play (a search on the Sessions tab lists them first).
    Play(PlayId),
}
