//! The whole notebook as one readable Markdown document: reps, accounts,
//! sessions by date. Private notes only when asked for.

use crate::domain::document::{Lookup, Notebook, PrivateNotes};
use crate::domain::money::format_amount;
use crate::domain::text::rating_bar;

fn push_text(out: &mut Vec<String>, label: &str, text: &str) {
    if !text.is_empty() {
        out.push(format!("**{label}:** {}", text.lines().collect::<Vec<_>>().join(" / ")));
        out.push(String::new());
    }
}

/// Renders the notebook.
pub fn document(notebook: &Notebook, private: PrivateNotes, currency: &str) -> String {
    let lookup = Lookup::new(&notebook.reps, &notebook.accounts, &notebook.skills);
    let mut out = vec![
        "# Coachbook notebook".to_string(),
        String::new(),
        "## Reps".into(),
        String::new(),
    ];
    let mut reps: Vec<_> = notebook.reps.iter().filter(|r| !r.data.archived).collect();
    reps.sort_by(|a, b| a.data.name.cmp(&b.data.name));
    for r in reps {
        let d = &r.data;
        out.push(format!("### {}", d.name));
        out.push(String::new());
        let mut facts = Vec::new();
        for (label, value) in [
            ("Title", d.title.clone()),
            ("Territory", d.territory.clone()),
            ("Email", d.email.clone()),
        ] {
            if !value.is_empty() {
                facts.push(format!("- {label}: {value}"));
            }
        }
        if let Some(h) = d.hired_on {
            facts.push(format!("- Hired: {h}"));
        }
        if let Some(r) = d.retires_on {
            facts.push(format!("- Planned retirement: {r}"));
        }
        if let Some(m) = d.mentor {
            facts.push(format!("- Mentor: {}", lookup.rep_name(m)));
        }
        facts.push(format!("- Coaching cadence: every {} days", d.cadence_days));
        if !d.focus.is_empty() {
            let focus: Vec<String> = d.focus.iter().map(|s| lookup.skill_name(*s)).collect();
            facts.push(format!("- Focus: {}", focus.join(", ")));
        }
        out.extend(facts);
        out.push(String::new());
    }
    out.push("## Accounts".into());
    out.push(String::new());
    let mut accounts: Vec<_> = notebook.accounts.iter().filter(|a| !a.data.archived).collect();
    accounts.sort_by(|a, b| a.data.name.cmp(&b.data.name));
    for a in accounts {
        let d = &a.data;
        out.push(format!("### {}", d.name));
        out.push(String::new());
        if let Some(t) = d.tier {
            out.push(format!("- Tier: {}", t.label()));
        }
        if let Some(o) = d.owner {
            out.push(format!("- Owner: {}", lookup.rep_name(o)));
        }
        if let Some(v) = d.annual_value_cents {
            out.push(format!("- Annual value: {}", format_amount(v, currency)));
        }
        if let Some(h) = d.health {
            out.push(format!("- Health: {h}"));
        }
        if let Some(h) = &d.handover {
            let target = h.target.map(|t| format!(", target {t}")).unwrap_or_default();
            out.push(format!(
                "- Handover to {}: {}{target}",
                lookup.rep_name(h.successor),
                h.stage.label()
            ));
        }
        for c in notebook
            .contacts
            .iter()
            .filter(|c| c.data.account == a.id && !c.data.archived)
        {
            let role = if c.data.role.is_empty() {
                String::new()
            } else {
                format!(", {}", c.data.role)
            };
            out.push(format!("- Contact: {}{role}", c.data.name));
        }
        out.push(String::new());
    }
    out.push("## Sessions".into());
    out.push(String::new());
    let mut sessions: Vec<_> = notebook.sessions.iter().filter(|s| !s.data.archived).collect();
    sessions.sort_by_key(|s| (std::cmp::Reverse(s.data.date), std::cmp::Reverse(s.id)));
    for s in sessions {
        let d = &s.data;
        let at = d
            .account
            .map(|a| format!(" at {}", lookup.account_name(a)))
            .unwrap_or_default();
        out.push(format!(
            "### {} · {} with {}{at}",
            d.date,
            d.kind.label(),
            lookup.rep_name(d.rep)
        ));
        out.push(String::new());
        push_text(&mut out, "Objective", &d.objective);
        push_text(&mut out, "Observed", &d.notes);
        push_text(&mut out, "Strengths", &d.strengths);
        push_text(&mut out, "To improve", &d.improvements);
        push_text(&mut out, "Outcome", &d.outcome);
        push_text(&mut out, "Next step", &d.next_step);
        if !d.ratings.is_empty() {
            let ratings: Vec<String> = d
                .ratings
                .iter()
                .map(|(k, v)| format!("{} {} {v}", lookup.skill_name(*k), rating_bar(*v)))
                .collect();
            out.push(format!("**Ratings:** {}", ratings.join(", ")));
            out.push(String::new());
        }
        if let Some(f) = d.follow_up {
            out.push(format!("**Follow-up:** {f}"));
            out.push(String::new());
        }
        if private == PrivateNotes::Include {
            push_text(&mut out, "Private notes", &d.private_notes);
        }
    }
    out.join("\n")
}
