//! A play in one line: `play: @alice #acme disc "Trade, never give" ask what
//! they give in return`. The rep is its author, the account its account,
//! skill aliases before the title its skills, the quoted text its title and
//! the rest what to do.

use super::{error, CaptureError};
use crate::domain::SkillId;

/// What a play line says beyond its author, account and date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayCapture {
    /// The quoted title.
    pub title: String,
    /// What follows the title: what to do.
    pub steps: String,
    /// Skill aliases named before the title.
    pub skills: Vec<SkillId>,
}

/// Splits a play line's text into the quoted title and the steps after it.
pub(super) fn title_and_steps(text: &str, column: usize, skills: Vec<SkillId>) -> Result<PlayCapture, CaptureError> {
    let needs = || {
        error(
            column,
            "a play needs its title in quotes: play: @alice \"Trade, never give\" what to do",
        )
    };
    let start = text.find('"').ok_or_else(needs)?;
    let end = text[start + 1..].find('"').map(|e| start + 1 + e).ok_or_else(needs)?;
    let title = text[start + 1..end].trim().to_string();
    if title.is_empty() {
        return Err(needs());
    }
    let mut steps = format!("{} {}", text[..start].trim(), text[end + 1..].trim());
    steps = steps.trim().to_string();
    Ok(PlayCapture { title, steps, skills })
}
