//! `coachbook` with no subcommand: what is in the notebook and who needs coaching.

use super::context::Ctx;
use super::rep_view::status_label;
use crate::domain::figures::coaching_status;
use crate::domain::text::count;
use crate::store::CommitmentFilter;
use anyhow::Result;

/// Prints counts, reps due for coaching and overdue commitments.
pub fn run(ctx: &mut Ctx<'_>) -> Result<()> {
    let reps = ctx.store.reps(false)?;
    let accounts = ctx.store.accounts(false)?;
    let activity = ctx.store.rep_activity(ctx.today)?;
    let open = ctx.store.commitments(&CommitmentFilter {
        open_only: true,
        ..CommitmentFilter::default()
    })?;
    let overdue = open.iter().filter(|c| c.data.is_overdue(ctx.today)).count();
    let sessions: usize = ctx.store.session_count()?;
    let mut lines = vec![
        format!("Coachbook notebook {}", ctx.store.path().display()),
        format!(
            "  {}, {}, {}, {} ({overdue} overdue)",
            count(reps.len(), "rep"),
            count(accounts.len(), "account"),
            count(sessions, "session"),
            count(open.len(), "open commitment")
        ),
    ];
    if reps.is_empty() {
        lines.push(String::new());
        lines.push("Start by adding your team: coachbook rep add \"Dana Ortiz\" --territory North".into());
    }
    let mut due: Vec<(i64, String)> = reps
        .iter()
        .filter_map(|r| {
            let last = activity.get(&r.id).and_then(|a| a.last_session).map(|(d, _)| d);
            let status = coaching_status(last, r.data.cadence_days, ctx.today);
            status.is_due().then(|| {
                let order = status.days_since().map_or(i64::MAX, |d| d - r.data.cadence_days as i64);
                (order, format!("  {}: {}", r.data.name, status_label(status)))
            })
        })
        .collect();
    if !due.is_empty() {
        due.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        lines.push(String::new());
        lines.push("Coaching due".into());
        lines.extend(due.into_iter().map(|(_, line)| line));
    }
    lines.push(String::new());
    lines.push("Run coachbook --help for every command.".into());
    ctx.say(lines.join("\n"))
}
