//! Field time this week and month against the target, and how coaching is
//! spread over the last 90 days across performance tiers.

use super::Facts;
use crate::domain::config::TopPerformers;
use crate::domain::RepId;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// One performance tier and the field time it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tier {
    /// "top 20%", "middle 60%", "bottom 20%".
    pub name: String,
    /// Its reps.
    pub reps: Vec<RepId>,
    /// Ride-alongs and handover visits with them in the last 90 days.
    pub field_sessions: u32,
    /// Their share of the team, 0..=1.
    pub share_of_team: f64,
    /// Their share of the field sessions, 0..=1.
    pub share_of_field_time: f64,
}

/// Field time against the target, and its spread.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FieldTime {
    /// Field sessions since the start of this week.
    pub week: u32,
    /// Field sessions since the first of this month.
    pub month: u32,
    /// The weekly target.
    pub weekly_target: u32,
    /// Top, middle and bottom tiers.
    pub tiers: Vec<Tier>,
    /// What the spread suggests fixing.
    pub warnings: Vec<String>,
}

/// The first day of the week containing `today`.
pub fn week_start(today: NaiveDate, first: chrono::Weekday) -> NaiveDate {
    let back = (today.weekday().num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
    today.checked_sub_days(Days::new(back as u64)).unwrap_or(today)
}

/// Splits the team into top, middle and bottom tiers: named top performers
/// or the best recent averages on top; unrated reps count as middle.
fn tiers(f: &Facts<'_>) -> [Vec<RepId>; 3] {
    let averages: HashMap<RepId, f64> = f
        .tally
        .reps
        .iter()
        .filter_map(|(rep, t)| Some((*rep, t.average_rating()?)))
        .collect();
    let n = f.reps.len();
    let count = |pct: u8| ((n as f64 * f64::from(pct) / 100.0).round() as usize).min(n);
    let mut ranked: Vec<(f64, &str, RepId)> = f
        .reps
        .iter()
        .filter_map(|r| averages.get(&r.id).map(|a| (*a, r.data.name.as_str(), r.id)))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let top: Vec<RepId> = match &f.config.top_performers {
        TopPerformers::Named(names) => f
            .reps
            .iter()
            .filter(|r| names.iter().any(|n| n.eq_ignore_ascii_case(&r.data.name)))
            .map(|r| r.id)
            .collect(),
        TopPerformers::Rule(_) => ranked.iter().take(count(f.config.tiers.top)).map(|r| r.2).collect(),
    };
    let bottom: Vec<RepId> = ranked
        .iter()
        .rev()
        .filter(|r| !top.contains(&r.2))
        .take(count(f.config.tiers.bottom))
        .map(|r| r.2)
        .collect();
    let middle = f
        .reps
        .iter()
        .map(|r| r.id)
        .filter(|id| !top.contains(id) && !bottom.contains(id))
        .collect();
    [top, middle, bottom]
}

/// Field time this week and month, and its spread over the last 90 days.
pub fn field_time(f: &Facts<'_>) -> FieldTime {
    let [top, middle, bottom] = tiers(f);
    let total_field = f.tally.field_total(|t| t.field_spread);
    let team = f.reps.len().max(1) as f64;
    let shares = &f.config.tiers;
    let names = [
        format!("top {}%", shares.top),
        format!("middle {}%", 100 - u16::from(shares.top) - u16::from(shares.bottom)),
        format!("bottom {}%", shares.bottom),
    ];
    let tiers: Vec<Tier> = [top, middle, bottom]
        .into_iter()
        .zip(names)
        .map(|(reps, name)| {
            let field_sessions = reps
                .iter()
                .filter_map(|r| f.tally.reps.get(r))
                .map(|t| t.field_spread)
                .sum();
            Tier {
                name,
                share_of_team: reps.len() as f64 / team,
                share_of_field_time: if total_field == 0 {
                    0.0
                } else {
                    f64::from(field_sessions) / f64::from(total_field)
                },
                field_sessions,
                reps,
            }
        })
        .collect();
    let mut warnings = Vec::new();
    if !tiers[0].reps.is_empty() && tiers[0].field_sessions == 0 {
        warnings.push(format!("Your {} got no field time in 90 days", tiers[0].name));
    }
    let middle = &tiers[1];
    if total_field > 0 && !middle.reps.is_empty() && middle.share_of_field_time < middle.share_of_team {
        warnings.push(format!(
            "The {} got {:.0}% of field time for {:.0}% of the team; coaching pays most there",
            middle.name,
            middle.share_of_field_time * 100.0,
            middle.share_of_team * 100.0
        ));
    }
    FieldTime {
        week: f.tally.field_total(|t| t.field_week),
        month: f.tally.field_total(|t| t.field_month),
        weekly_target: f.config.weekly_field_target,
        tiers,
        warnings,
    }
}
