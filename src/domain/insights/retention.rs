//! The retention watch: who needs a conversation this week, and what kind,
//! read from the coaching record. Each signal is a pure function of one
//! rep's facts and `today`, and carries its evidence (dates and counts) so
//! the manager can judge it. There is no score: the watch level follows
//! the rules in `level`, which the README states.

use crate::domain::stay::StayData;
use crate::domain::{RepId, Risk, TwoYears};
use chrono::{Datelike, Days, NaiveDate};

/// What the record says about one rep, as the store gathers it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionFacts {
    /// The rep.
    pub rep: RepId,
    /// Their name, for messages.
    pub name: String,
    /// Days between coaching sessions.
    pub cadence_days: u16,
    /// Start date.
    pub hired_on: Option<NaiveDate>,
    /// Planned retirement.
    pub retires_on: Option<NaiveDate>,
    /// Session dates in the last 180 days and the one before them, newest first.
    pub session_dates: Vec<NaiveDate>,
    /// Will scores, newest first (at most six).
    pub wills: Vec<u8>,
    /// Each focus skill's name and its ratings, newest first.
    pub focus_ratings: Vec<(String, Vec<(NaiveDate, u8)>)>,
    /// The latest session with a strength noted.
    pub last_strength: Option<NaiveDate>,
    /// The manager's own commitments to this rep that are overdue: text and due date.
    pub manager_overdue: Vec<(String, NaiveDate)>,
    /// Their best rating in the last 180 days.
    pub top_rating: Option<u8>,
    /// How many reps they mentor.
    pub mentees: usize,
    /// The latest stay conversation.
    pub latest_stay: Option<StayData>,
    /// The impact proposed from the accounts they own, when no stay
    /// conversation set one (none: they own nothing; low).
    pub proposed_impact: Option<Risk>,
}

/// One reason to worry, with what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// Which rule it is.
    pub kind: SignalKind,
    /// The dates and counts behind it, in a sentence.
    pub evidence: String,
}

/// The rules, strongest first (the first one present suggests the action).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SignalKind {
    /// The manager's own promises to them are overdue.
    PromisesSlipping,
    /// Coaching is past its cadence.
    CoachingGap,
    /// Their will has dropped.
    WillFalling,
    /// No focus skill has improved (or there is none).
    DevelopmentStalled,
    /// No strength noted for two months.
    RecognitionGap,
    /// A senior with know-how, mentoring nobody.
    SeniorNotUsed,
    /// In the first two years, when most early leavers go.
    FirstTwoYears,
}

impl SignalKind {
    /// "coaching gap", as the watch lists it.
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::PromisesSlipping => "your promises slipping",
            SignalKind::CoachingGap => "coaching gap",
            SignalKind::WillFalling => "will falling",
            SignalKind::DevelopmentStalled => "development stalled",
            SignalKind::RecognitionGap => "recognition gap",
            SignalKind::SeniorNotUsed => "senior not used",
            SignalKind::FirstTwoYears => "first two years",
        }
    }

    /// What to do about it this week.
    pub fn action(self) -> &'static str {
        match self {
            SignalKind::PromisesSlipping => "keep your own promise first",
            SignalKind::CoachingGap => "schedule a ride-along",
            SignalKind::WillFalling => "a 1:1 about what drains them",
            SignalKind::DevelopmentStalled => "a development conversation: agree a focus skill and a next step",
            SignalKind::RecognitionGap => "name a strength you saw, in your next session",
            SignalKind::SeniorNotUsed => "give them a mentee",
            SignalKind::FirstTwoYears => "stay close: ride along and recognise progress",
        }
    }
}

fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

fn back(today: NaiveDate, n: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(n)).unwrap_or(today)
}

/// Coaching past its cadence: how far past, and the longest gap between
/// sessions (or to today) within the last 180 days.
pub fn coaching_gap(f: &RetentionFacts, today: NaiveDate) -> Option<Signal> {
    let cadence = i64::from(f.cadence_days);
    let Some(&last) = f.session_dates.first() else {
        return Some(Signal {
            kind: SignalKind::CoachingGap,
            evidence: "never coached".into(),
        });
    };
    let since = days(last, today);
    if since <= cadence {
        return None;
    }
    let window = back(today, 180);
    let mut longest = since;
    for pair in f.session_dates.windows(2) {
        if pair[0] > window {
            longest = longest.max(days(pair[1].max(window), pair[0]));
        }
    }
    Some(Signal {
        kind: SignalKind::CoachingGap,
        evidence: format!(
            "{} past a {}-day cadence (last {last}); longest gap in 180 days: {}",
            crate::domain::text::count(since - cadence, "day"),
            cadence,
            crate::domain::text::count(longest, "day")
        ),
    })
}

/// No rating of a focus skill has risen in 120 days, or there is no focus skill.
pub fn development_stalled(f: &RetentionFacts, today: NaiveDate) -> Option<Signal> {
    if f.focus_ratings.is_empty() {
        return Some(Signal {
            kind: SignalKind::DevelopmentStalled,
            evidence: "no focus skill".into(),
        });
    }
    let since = back(today, 120);
    let risen = f.focus_ratings.iter().any(|(_, ratings)| {
        ratings
            .windows(2)
            .any(|pair| pair[0].0 >= since && pair[0].0 <= today && pair[0].1 > pair[1].1)
    });
    if risen {
        return None;
    }
    let shown: Vec<String> = f
        .focus_ratings
        .iter()
        .map(|(skill, ratings)| match ratings.first() {
            Some((date, score)) => format!("{skill} {score} on {date}"),
            None => format!("{skill} not rated"),
        })
        .collect();
    Some(Signal {
        kind: SignalKind::DevelopmentStalled,
        evidence: format!("no focus rating has risen since {since} ({})", shown.join("; ")),
    })
}

/// The mean of the last three will scores is at least a point below the
/// three before.
pub fn will_falling(f: &RetentionFacts) -> Option<Signal> {
    if f.wills.len() < 6 {
        return None;
    }
    let mean = |w: &[u8]| w.iter().map(|v| f64::from(*v)).sum::<f64>() / w.len() as f64;
    let (recent, before) = (mean(&f.wills[..3]), mean(&f.wills[3..6]));
    (recent <= before - 1.0).then(|| Signal {
        kind: SignalKind::WillFalling,
        evidence: format!("will {recent:.1} over the last three sessions, {before:.1} over the three before"),
    })
}

/// The manager's own commitments to this rep that are overdue.
pub fn promises_slipping(f: &RetentionFacts) -> Option<Signal> {
    let oldest = f.manager_overdue.iter().min_by_key(|(_, due)| *due)?;
    Some(Signal {
        kind: SignalKind::PromisesSlipping,
        evidence: format!(
            "{} of yours overdue, the oldest due {} (\"{}\")",
            crate::domain::text::count(f.manager_overdue.len(), "promise"),
            oldest.1,
            oldest.0
        ),
    })
}

/// Whole months from `from` to `to`.
fn months_between(from: NaiveDate, to: NaiveDate) -> i32 {
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months - 1
    } else {
        months
    }
}

/// Tenure under 24 months (stronger under 12).
pub fn first_two_years(f: &RetentionFacts, today: NaiveDate) -> Option<Signal> {
    let hired = f.hired_on.filter(|h| *h <= today)?;
    let months = months_between(hired, today);
    (months < 24).then(|| Signal {
        kind: SignalKind::FirstTwoYears,
        evidence: format!(
            "hired {hired}, {} ago{}",
            crate::domain::text::count(months, "month"),
            if months < 12 { ": the first year" } else { "" }
        ),
    })
}

/// No session with a strength noted in 60 days.
pub fn recognition_gap(f: &RetentionFacts, today: NaiveDate) -> Option<Signal> {
    match f.last_strength {
        Some(last) if days(last, today) <= 60 => None,
        Some(last) => Some(Signal {
            kind: SignalKind::RecognitionGap,
            evidence: format!(
                "no strength noted in {} (last {last})",
                crate::domain::text::count(days(last, today), "day")
            ),
        }),
        None => Some(Signal {
            kind: SignalKind::RecognitionGap,
            evidence: "no strength noted yet".into(),
        }),
    }
}

/// Within five years of retirement, rated 4-5 on some skill, mentoring nobody.
pub fn senior_not_used(f: &RetentionFacts, today: NaiveDate) -> Option<Signal> {
    let retires = f.retires_on.filter(|r| *r >= today)?;
    let five_years = today.with_year(today.year() + 5).unwrap_or(today);
    let top = f.top_rating.filter(|t| *t >= 4)?;
    (retires <= five_years && f.mentees == 0).then(|| Signal {
        kind: SignalKind::SeniorNotUsed,
        evidence: format!("retires {retires}, rated {top} in the last 180 days, mentors nobody"),
    })
}

/// Every signal the record shows, strongest first.
pub fn signals(f: &RetentionFacts, today: NaiveDate) -> Vec<Signal> {
    let mut found: Vec<Signal> = [
        promises_slipping(f),
        coaching_gap(f, today),
        will_falling(f),
        development_stalled(f, today),
        recognition_gap(f, today),
        senior_not_used(f, today),
        first_two_years(f, today),
    ]
    .into_iter()
    .flatten()
    .collect();
    found.sort_by_key(|s| s.kind);
    found
}

/// How much attention a rep needs this week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing to act on.
    Fine,
    /// Keep an eye on them.
    Watch,
    /// A conversation this week.
    ActNow,
}

impl Level {
    /// "act now", "watch", "ok".
    pub fn label(self) -> &'static str {
        match self {
            Level::ActNow => "act now",
            Level::Watch => "watch",
            Level::Fine => "ok",
        }
    }
}

/// One rep on the watch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watch {
    /// Who.
    pub rep: RepId,
    /// Their name.
    pub name: String,
    /// The rules' verdict.
    pub level: Level,
    /// What the record shows, strongest first.
    pub signals: Vec<Signal>,
    /// The manager's latest read, if any.
    pub stay: Option<StayData>,
    /// When the next stay conversation is due (none before the first).
    pub next_check_in: Option<NaiveDate>,
    /// The impact if they left: the stay conversation's, else proposed.
    pub impact: Risk,
    /// What to do this week.
    pub action: String,
}

/// The watch level, by the README's rules:
/// - act now: the manager's latest read is a high risk; or a medium risk with
///   two or more signals; or four or more signals; or a high impact with three;
/// - watch: a medium risk; two or more signals; a high impact with one; or a
///   stay conversation overdue;
/// - otherwise ok.
pub fn level(risk: Option<Risk>, impact: Risk, signals: usize, stay_overdue: bool) -> Level {
    let high_impact = impact == Risk::High;
    match risk {
        Some(Risk::High) => Level::ActNow,
        Some(Risk::Medium) if signals >= 2 => Level::ActNow,
        _ if signals >= 4 || (high_impact && signals >= 3) => Level::ActNow,
        Some(Risk::Medium) => Level::Watch,
        _ if signals >= 2 || (high_impact && signals >= 1) || stay_overdue => Level::Watch,
        _ => Level::Fine,
    }
}

/// The watch for one rep: signals, level, the next check-in and the action.
pub fn watch(f: &RetentionFacts, today: NaiveDate, days_at_risk: u16, days: u16) -> Watch {
    let signals = signals(f, today);
    let next_check_in = f.latest_stay.as_ref().map(|s| s.next_due(days_at_risk, days));
    let overdue = next_check_in.is_some_and(|next| next < today);
    let impact = f
        .latest_stay
        .as_ref()
        .map_or(f.proposed_impact.unwrap_or(Risk::Low), |s| s.impact);
    let risk = f.latest_stay.as_ref().map(|s| s.risk);
    let level = level(risk, impact, signals.len(), overdue);
    let unsure = f
        .latest_stay
        .as_ref()
        .is_some_and(|s| s.two_years != TwoYears::Yes || s.risk != Risk::Low);
    let action = if overdue {
        format!("a stay conversation is due (since {})", next_check_in.unwrap_or(today))
    } else if level != Level::Fine && f.latest_stay.is_none() {
        "a stay conversation: ask what would make them stay".to_string()
    } else if let Some(first) = signals.first() {
        match first.kind {
            SignalKind::PromisesSlipping => match f.manager_overdue.iter().min_by_key(|(_, due)| *due) {
                Some((text, _)) => format!("keep your own promise: {text}"),
                None => first.kind.action().to_string(),
            },
            kind => kind.action().to_string(),
        }
    } else if unsure {
        "keep the check-ins going".to_string()
    } else {
        String::new()
    };
    Watch {
        rep: f.rep,
        name: f.name.clone(),
        level,
        signals,
        stay: f.latest_stay.clone(),
        next_check_in,
        impact,
        action,
    }
}

#[cfg(test)]
mod tests;
