//! The retention review: a Markdown document for the manager alone, with
//! each rep's level, signals and evidence, the stay conversations (notes
//! included: it is written 0600 and never shared), the action for the week,
//! and the team on a risk-by-impact grid.

use crate::domain::config::Config;
use crate::domain::insights::retention::{Level, Watch};
use crate::domain::stay::StayData;
use crate::domain::{RepId, Risk};
use chrono::NaiveDate;
use std::collections::HashMap;

fn stay_text(s: &StayData) -> String {
    let reasons: Vec<&str> = s.reasons.iter().map(|r| r.label()).collect();
    let why = if reasons.is_empty() {
        "no reason given".to_string()
    } else {
        reasons.join(", ")
    };
    format!(
        "{}: risk {} ({why}); here in two years: {}; impact {}",
        s.date, s.risk, s.two_years, s.impact
    )
}

/// The team on a 3×3 grid of the latest read of the risk (rows, high
/// first) against the impact if they left (columns), names and counts in
/// the cells; the header row first.
pub fn grid_cells(watches: &[Watch]) -> Vec<[String; 4]> {
    let cell = |risk: Risk, impact: Risk| {
        let names: Vec<&str> = watches
            .iter()
            .filter(|w| w.stay.as_ref().map(|s| s.risk) == Some(risk) && w.impact == impact)
            .map(|w| w.name.as_str())
            .collect();
        if names.is_empty() {
            "—".to_string()
        } else {
            format!("{} ({})", names.join(", "), names.len())
        }
    };
    let mut rows = vec![[
        "risk \\ impact".to_string(),
        "high".into(),
        "medium".into(),
        "low".into(),
    ]];
    for risk in [Risk::High, Risk::Medium, Risk::Low] {
        rows.push([
            risk.to_string(),
            cell(risk, Risk::High),
            cell(risk, Risk::Medium),
            cell(risk, Risk::Low),
        ]);
    }
    rows
}

/// Who has had no stay conversation yet, for under the grid.
pub fn unasked(watches: &[Watch]) -> Option<String> {
    let names: Vec<&str> = watches
        .iter()
        .filter(|w| w.stay.is_none())
        .map(|w| w.name.as_str())
        .collect();
    (!names.is_empty()).then(|| format!("No stay conversation yet: {}.", names.join(", ")))
}

/// The grid as a Markdown table.
pub fn grid(watches: &[Watch]) -> Vec<String> {
    let rows = grid_cells(watches);
    let mut lines = vec![format!("| {} |", rows[0].join(" | ")), "|---|---|---|---|".to_string()];
    lines.extend(rows[1..].iter().map(|r| format!("| {} |", r.join(" | "))));
    if let Some(note) = unasked(watches) {
        lines.push(String::new());
        lines.push(note);
    }
    lines
}

/// The whole review for `today`; `history` holds each rep's stay
/// conversations, newest first.
pub fn render(watches: &[Watch], history: &HashMap<RepId, Vec<StayData>>, config: &Config, today: NaiveDate) -> String {
    let mut out = vec![
        format!("# Retention review, {}", config.date(today)),
        String::new(),
        "Private: your read of each rep and what the coaching record shows. Not for sharing.".to_string(),
    ];
    for (level, title) in [(Level::ActNow, "Act now"), (Level::Watch, "Watch")] {
        let here: Vec<&Watch> = watches.iter().filter(|w| w.level == level).collect();
        if here.is_empty() {
            continue;
        }
        out.push(String::new());
        out.push(format!("## {title}"));
        for w in here {
            out.push(String::new());
            out.push(format!("### {}", w.name));
            out.push(String::new());
            if !w.action.is_empty() {
                out.push(format!("- This week: {}", w.action));
            }
            if let Some(next) = w.next_check_in {
                out.push(format!("- Next stay conversation: {}", config.date(next)));
            }
            out.push(format!("- Impact if they left: {}", w.impact));
            for s in &w.signals {
                out.push(format!("- {}: {}", s.kind.label(), s.evidence));
            }
            for s in history.get(&w.rep).into_iter().flatten() {
                out.push(format!("- Stay conversation {}", stay_text(s)));
                if !s.notes.is_empty() {
                    out.push(format!("  - {}", s.notes.replace('\n', " ")));
                }
            }
        }
    }
    let fine: Vec<&str> = watches
        .iter()
        .filter(|w| w.level == Level::Fine)
        .map(|w| w.name.as_str())
        .collect();
    if !fine.is_empty() {
        out.push(String::new());
        out.push("## Nothing to act on".to_string());
        out.push(String::new());
        out.push(fine.join(", "));
    }
    out.push(String::new());
    out.push("## Risk by impact".to_string());
    out.push(String::new());
    out.extend(grid(watches));
    out.push(String::new());
    out.join("\n")
}
