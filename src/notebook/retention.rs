//! The retention watch for the whole team, most urgent first: what the
//! Today tab, `coachbook retention` and the agenda JSON all show.

use crate::domain::config::Config;
use crate::domain::insights::retention::{watch, Watch};
use crate::store::{Store, StoreResult};
use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

/// Every active rep's watch on `today`: act now first, then watch, then
/// the rest; more signals first within a level, then by name.
pub fn watches(store: &Store, today: NaiveDate, config: &Config) -> StoreResult<Vec<Watch>> {
    let facts = store.retention_facts(today)?;
    let (at_risk, days) = (config.stay_check_in_days_at_risk, config.stay_check_in_days);
    let mut watches: Vec<Watch> = facts.iter().map(|f| watch(f, today, at_risk, days)).collect();
    watches.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then(b.signals.len().cmp(&a.signals.len()))
            .then(a.name.cmp(&b.name))
    });
    Ok(watches)
}

/// The rep's retention view, as lines (headings unindented): level and
/// action, each signal with its evidence, every stay conversation, and the
/// team on the risk-by-impact grid. The manager's private view.
pub fn view(store: &Store, rep: crate::domain::RepId, today: NaiveDate, config: &Config) -> StoreResult<Vec<String>> {
    let watches = watches(store, today, config)?;
    let mut lines = Vec::new();
    match watches.iter().find(|w| w.rep == rep) {
        None => lines.push("Not on the watch: archived or unknown".to_string()),
        Some(w) => {
            lines.push(format!("{}: {} (private)", w.name, w.level.label()));
            if !w.action.is_empty() {
                lines.push(format!("  This week: {}", w.action));
            }
            if let Some(next) = w.next_check_in {
                lines.push(format!("  Next stay conversation: {}", config.date(next)));
            }
            lines.push(format!("  Impact if they left: {}", w.impact));
            lines.push(String::new());
            lines.push("Signals from the record".to_string());
            if w.signals.is_empty() {
                lines.push("  none".to_string());
            }
            for s in &w.signals {
                lines.push(format!("  ! {}: {}", s.kind.label(), s.evidence));
            }
            lines.push(String::new());
            lines.push("Stay conversations".to_string());
            let history = store.stays_of(rep)?;
            if history.is_empty() {
                lines.push("  none yet".to_string());
            }
            for s in history {
                let d = s.data;
                let reasons: Vec<&str> = d.reasons.iter().map(|r| r.label()).collect();
                lines.push(format!(
                    "  {}: risk {}{}; here in two years: {}; impact {}",
                    d.date,
                    d.risk,
                    if reasons.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", reasons.join(", "))
                    },
                    d.two_years,
                    d.impact
                ));
                if !d.notes.is_empty() {
                    lines.push(format!("    {}", d.notes.replace('\n', " ")));
                }
            }
        }
    }
    lines.push(String::new());
    lines.push("The team, risk by impact".to_string());
    let rows = crate::domain::report::retention::grid_cells(&watches);
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .map(|r| UnicodeWidthStr::width(r[c].as_str()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| crate::domain::text::pad(cell, *w))
            .collect();
        lines.push(format!("  {}", cells.join("  ").trim_end()));
    }
    if let Some(note) = crate::domain::report::retention::unasked(&watches) {
        lines.push(format!("  {note}"));
    }
    lines.push(String::new());
    lines.push("  s records a stay conversation (quick capture: stay risk:... 2y:...)".to_string());
    Ok(lines)
}
