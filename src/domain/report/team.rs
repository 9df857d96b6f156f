//! The team report: cadence compliance, field time, handovers, commitments.

use super::{cell, day};
use crate::domain::document::Lookup;
use crate::domain::figures::{coaching_status, retirement_label, CoachingStatus};
use crate::domain::insights::development::follow_through;
use crate::domain::insights::spread::field_time;
use crate::domain::insights::succession::succession;
use crate::domain::insights::Records;
use crate::domain::money::format_amount;
use crate::domain::{config::Config, Commitment, CommitmentOwner};
use chrono::NaiveDate;

/// Renders the report for sessions since `since`.
/// `commitments` are the open ones and those due in the last 90 days.
pub fn render(
    records: &Records,
    commitments: &[Commitment],
    lookup: &Lookup<'_>,
    config: &Config,
    today: NaiveDate,
    since: NaiveDate,
) -> String {
    let f = records.facts(config, today);
    let mut out = vec![
        "# Team coaching report".to_string(),
        String::new(),
        format!("_{} · since {}_", day(config, today), day(config, since)),
        String::new(),
        "## Cadence".into(),
        String::new(),
        "| Rep | Cadence | Last coached | Status | Sessions since |".into(),
        "|---|---|---|---|---|".into(),
    ];
    let mut on_track = 0;
    for rep in &records.reps {
        let last = records
            .activity
            .get(&rep.id)
            .and_then(|a| a.last_session)
            .map(|(d, _)| d);
        let status = match coaching_status(last, rep.data.cadence_days, today) {
            CoachingStatus::Never => "never coached".to_string(),
            CoachingStatus::Overdue { days_over, .. } => format!("overdue {days_over}d"),
            CoachingStatus::OnTrack { .. } => {
                on_track += 1;
                "on track".to_string()
            }
        };
        let count = records.tally.reps.get(&rep.id).map_or(0, |t| t.since_report);
        out.push(format!(
            "| {} | {}d | {} | {status} | {count} |",
            cell(&rep.data.name),
            rep.data.cadence_days,
            last.map(|d| day(config, d)).unwrap_or_else(|| "never".into()),
        ));
    }
    out.push(String::new());
    out.push(format!(
        "{on_track} of {} coached within their cadence.",
        crate::domain::text::count(records.reps.len(), "rep")
    ));

    let ft = field_time(&f);
    out.extend([
        String::new(),
        "## Field time".into(),
        String::new(),
        format!(
            "- Ride-alongs and handover visits: {} this week (target {}), {} this month",
            ft.week, ft.weekly_target, ft.month
        ),
    ]);
    for tier in &ft.tiers {
        out.push(format!(
            "- {}: {} field sessions in 90 days, {:.0}% of field time for {:.0}% of the team",
            tier.name,
            tier.field_sessions,
            tier.share_of_field_time * 100.0,
            tier.share_of_team * 100.0
        ));
    }
    for warning in &ft.warnings {
        out.push(format!("- **{warning}**"));
    }

    let view = succession(&f, &records.joint_visits);
    let rows: Vec<_> = view
        .groups
        .iter()
        .flat_map(|g| g.rows.iter().map(move |r| (g, r)))
        .filter(|(_, r)| r.successor.is_some())
        .collect();
    out.extend([String::new(), "## Handovers".into(), String::new()]);
    if rows.is_empty() {
        out.push("No handovers planned.".into());
    } else {
        out.push(
            "| Account | Owner | Retires | Successor | Stage | Target | Joint visits | Successor knows | Knowledge |"
                .into(),
        );
        out.push("|---|---|---|---|---|---|---|---|---|".into());
        for (g, r) in rows {
            out.push(format!(
                "| {} | {} | {} | {} | {}{} | {} | {} | {} of {} | {} |",
                cell(&lookup.account_name(r.account)),
                cell(&g.owner.map(|o| lookup.rep_name(o)).unwrap_or_default()),
                retirement_label(g.retires_on, today),
                cell(&r.successor.map(|s| lookup.rep_name(s)).unwrap_or_default()),
                r.stage.map(|s| s.label()).unwrap_or(""),
                if r.late { " (late)" } else { "" },
                r.target.map(|t| day(config, t)).unwrap_or_default(),
                r.joint_visits,
                r.known_by_successor,
                r.contacts,
                match r.knowledge {
                    Some((done, all)) if r.knowledge_thin => format!("{done}/{all} (thin)"),
                    Some((done, all)) => format!("{done}/{all}"),
                    None => String::new(),
                }
            ));
        }
    }
    out.push(String::new());
    out.push(format!(
        "Key-account value at risk (owners retiring within two years; no handover started, or less than half their knowledge harvested): {}",
        format_amount(view.value_at_risk_cents, &config.currency)
    ));

    let open: Vec<_> = commitments.iter().filter(|c| c.data.is_open()).collect();
    let overdue: Vec<_> = open.iter().filter(|c| c.data.is_overdue(today)).collect();
    let ft = follow_through(commitments, today);
    out.extend([
        String::new(),
        "## Commitments".into(),
        String::new(),
        format!(
            "- Open: {}, overdue: {}; done on time in the last 90 days: {} of {}",
            open.len(),
            overdue.len(),
            ft.on_time,
            ft.due
        ),
    ]);
    for c in overdue {
        let who = match c.data.owner {
            CommitmentOwner::Rep => lookup.rep_name(c.data.rep),
            CommitmentOwner::Manager => "me".into(),
        };
        let due = c.data.due.map(|d| day(config, d)).unwrap_or_default();
        out.push(format!("- Overdue since {due}: {} ({who})", c.data.text));
    }
    out.push(String::new());
    out.join("\n")
}
