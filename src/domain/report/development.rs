//! A rep's development on one screen: skill trends, strongest and weakest,
//! focus with the stance skill and will suggest, follow-through, mentoring.

use super::day;
use crate::domain::config::Config;
use crate::domain::document::Lookup;
use crate::domain::figures::{retirement_label, retires_within};
use crate::domain::insights::development::{
    follow_through, latest_will, skill_trends, sparkline, strongest_and_weakest, Stance,
};
use crate::domain::insights::peer::{Mean, Pairing};
use crate::domain::{Account, Commitment, Rep, Session};
use chrono::NaiveDate;

/// What the view is made from.
pub struct Development<'a> {
    /// The rep.
    pub rep: &'a Rep,
    /// All active reps (for mentors and mentees).
    pub reps: &'a [Rep],
    /// The rep's sessions.
    pub sessions: &'a [Session],
    /// The rep's commitments.
    pub commitments: &'a [Commitment],
    /// Active accounts (those the rep owns are listed when retiring).
    pub accounts: &'a [Account],
    /// The rep's peer coaching as the mentee, one pairing per mentor.
    pub coached_by: &'a [Pairing],
    /// The peer coaching the rep led, one pairing per mentee.
    pub coached: &'a [Pairing],
    /// Suggested mentors for each focus skill, best first.
    pub mentors: &'a [(crate::domain::SkillId, Vec<crate::domain::insights::mentors::Candidate>)],
    /// Names.
    pub lookup: &'a Lookup<'a>,
    /// Today.
    pub today: NaiveDate,
    /// Date format.
    pub config: &'a Config,
}

/// The view as lines of text; lines without indent are headings.
pub fn lines(v: &Development<'_>) -> Vec<String> {
    let d = &v.rep.data;
    let trends = skill_trends(v.sessions);
    let will = latest_will(v.sessions);
    let mut out = vec![format!("Development: {}", d.name), String::new(), "Skills".into()];
    if trends.is_empty() {
        out.push("  no ratings yet".into());
    }
    for t in &trends {
        let change = i16::from(t.latest()) - i16::from(t.first());
        let focus = if d.focus.contains(&t.skill) { "  (focus)" } else { "" };
        out.push(format!(
            "  {:<22} {:<24} latest {} ({change:+} since {}){focus}",
            v.lookup.skill_name(t.skill),
            sparkline(&t.points, 24),
            t.latest(),
            t.points.first().map(|p| day(v.config, p.0)).unwrap_or_default()
        ));
    }
    if let Some((strong, weak)) = strongest_and_weakest(&trends) {
        out.push(format!(
            "  strongest: {}; weakest: {}",
            v.lookup.skill_name(strong),
            v.lookup.skill_name(weak)
        ));
    }
    out.push(String::new());
    out.push(format!(
        "Skill and will (latest will: {})",
        will.map(|w| w.to_string()).unwrap_or_else(|| "not rated".into())
    ));
    if d.focus.is_empty() {
        out.push("  no focus skills set".into());
    }
    for skill in &d.focus {
        let latest = trends.iter().find(|t| t.skill == *skill).map(|t| t.latest());
        let line = match (latest, will) {
            (Some(s), Some(w)) => format!("skill {s}, will {w}: {}", Stance::from(s, w).advice()),
            (Some(s), None) => format!("skill {s}; rate will to see the stance"),
            (None, _) => "not rated yet".into(),
        };
        out.push(format!("  {:<22} {line}", v.lookup.skill_name(*skill)));
    }
    let ft = follow_through(v.commitments, v.today);
    out.push(String::new());
    out.push("Commitment follow-through (90 days)".into());
    out.push(if ft.due == 0 {
        "  nothing fell due".into()
    } else {
        format!(
            "  {} of {} done on time ({:.0}%)",
            ft.on_time,
            ft.due,
            f64::from(ft.on_time) * 100.0 / f64::from(ft.due)
        )
    });
    out.push(String::new());
    out.push("Mentoring".into());
    match d.mentor {
        Some(m) => out.push(format!("  mentored by {}", v.lookup.rep_name(m))),
        None => out.push("  no mentor".into()),
    }
    let mentees: Vec<&str> = v
        .reps
        .iter()
        .filter(|r| r.data.mentor == Some(v.rep.id))
        .map(|r| r.data.name.as_str())
        .collect();
    if !mentees.is_empty() {
        out.push(format!("  mentors {}", mentees.join(", ")));
    }
    for (skill, candidates) in v.mentors {
        let names: Vec<String> = candidates
            .iter()
            .take(3)
            .map(|c| {
                let senior = if c.senior { "senior, " } else { "" };
                format!("{} ({senior}{}× at 4-5)", c.name, c.times)
            })
            .collect();
        let names = if names.is_empty() {
            "nobody rated 4-5 on it in 180 days".to_string()
        } else {
            format!("{} (m on the rep picks one)", names.join(", "))
        };
        out.push(format!("  could mentor {}: {names}", v.lookup.skill_name(*skill)));
    }
    out.extend(peer_lines(v.coached_by, v.coached, v.lookup, v.config));
    if retires_within(d.retires_on, v.today, 5.0) {
        out.push(String::new());
        out.push(format!(
            "Succession: retires {} ({})",
            d.retires_on.map(|r| day(v.config, r)).unwrap_or_default(),
            retirement_label(d.retires_on, v.today)
        ));
        if mentees.is_empty() && v.coached.is_empty() {
            out.push("  no mentees yet to pass knowledge on to".into());
        }
        for a in v.accounts.iter().filter(|a| a.data.owner == Some(v.rep.id)) {
            let handover = match &a.data.handover {
                Some(h) => format!("{} to {}", h.stage.label(), v.lookup.rep_name(h.successor)),
                None => "no handover planned".into(),
            };
            let tier = a.data.tier.map(|t| format!("{} tier, ", t.label())).unwrap_or_default();
            out.push(format!("  {} ({tier}{handover})", a.data.name));
        }
    }
    out
}

/// Peer coaching in lines (indented two): each mentor who led sessions with
/// the rep and the rep's ratings before and since, then each mentee the rep
/// coached with their gains. Shared by the development view and `rep show`.
pub fn peer_lines(coached_by: &[Pairing], coached: &[Pairing], lookup: &Lookup<'_>, config: &Config) -> Vec<String> {
    let mut out = Vec::new();
    for p in coached_by {
        out.push(format!(
            "  peer coaching led by {}: {}, {} to {}",
            lookup.rep_name(p.mentor),
            crate::domain::text::count(p.sessions, "session"),
            day(config, p.began),
            day(config, p.last)
        ));
        if p.effects.is_empty() {
            out.push("    no focus skill set and nothing rated in the peer sessions: no effect to show yet".into());
        }
        for e in &p.effects {
            let mean = |m: Option<Mean>| match m {
                Some(m) => format!("{:.1} ({})", m.average, crate::domain::text::count(m.count, "rating")),
                None => "no ratings".into(),
            };
            let gain = e.gain().map(|g| format!(", {g:+.1}")).unwrap_or_default();
            out.push(format!(
                "    {:<22} before {} · since {}{gain}",
                lookup.skill_name(e.skill),
                mean(e.before),
                mean(e.since)
            ));
        }
    }
    for p in coached {
        let gains: Vec<String> = p
            .effects
            .iter()
            .filter_map(|e| e.gain().map(|g| format!("{} {g:+.1}", lookup.skill_name(e.skill))))
            .collect();
        let gains = if gains.is_empty() {
            String::new()
        } else {
            format!("; {}", gains.join(", "))
        };
        out.push(format!(
            "  led peer coaching for {}: {} since {}{gains}",
            lookup.rep_name(p.mentee),
            crate::domain::text::count(p.sessions, "session"),
            day(config, p.began)
        ));
    }
    out
}
