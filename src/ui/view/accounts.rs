//! The Accounts tab: tier, owner, health, handover; contacts and visits in the detail.

use super::style::Theme;
use super::table::{self, field, keep, optional, section, window, ListView};
use crate::domain::figures::{handover_is_late, retirement_label};
use crate::domain::money::format_amount;
use crate::domain::text::truncate;
use crate::domain::Health;
use crate::ui::app::App;
use crate::ui::data::Detail;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

fn health_cell<'a>(health: Option<Health>, theme: &Theme) -> Span<'a> {
    match health {
        Some(Health::Red) => Span::styled("● red", theme.error),
        Some(Health::Amber) => Span::styled("◐ amber", theme.warn),
        Some(Health::Green) => Span::styled("○ green", theme.ok),
        None => Span::raw(""),
    }
}

/// Draws the list of accounts and the selected account's detail.
pub fn render(frame: &mut Frame<'_>, list: Rect, detail: Rect, app: &App, theme: &Theme) {
    if app.succession_view && app.data.insights.day.is_none() {
        super::today::working(frame, list, " Succession ", theme);
    } else if app.succession_view {
        render_succession(frame, list, app, theme);
    } else {
        render_list(frame, list, app, theme);
    }
    render_detail(frame, detail, app, theme);
}

/// The succession view: accounts by owner, retiring owners first and marked.
fn render_succession(frame: &mut Frame<'_>, list: Rect, app: &App, theme: &Theme) {
    let rows = app.rows();
    let pane = app.pane();
    let view = &app.data.insights.succession;
    let cells = rows[window(pane, rows.len(), list.height)]
        .iter()
        .map(|&i| {
            let account = &app.data.accounts[i];
            let group = view
                .groups
                .iter()
                .find(|g| g.rows.iter().any(|r| r.account == account.id));
            let row = group.and_then(|g| g.rows.iter().find(|r| r.account == account.id));
            let owner = match group {
                Some(g) => {
                    let name = g.owner.map(|o| app.data.rep_name(o)).unwrap_or("no owner");
                    let horizon = retirement_label(g.retires_on, app.today);
                    let text = if horizon.is_empty() {
                        name.to_string()
                    } else {
                        format!("{name} {horizon}")
                    };
                    if g.retiring {
                        Span::styled(format!("! {text}"), theme.warn)
                    } else {
                        Span::raw(text)
                    }
                }
                None => Span::raw(""),
            };
            let harvest = match row.and_then(|r| r.knowledge.map(|k| (k, r.knowledge_thin))) {
                Some(((done, all), true)) => Span::styled(format!("{done}/{all}"), theme.warn),
                Some(((done, all), false)) => Span::raw(format!("{done}/{all}")),
                None => Span::raw(""),
            };
            let (successor, stage, target, coverage, visits) = match row {
                Some(r) => (
                    r.successor
                        .map(|s| app.data.rep_name(s).to_string())
                        .unwrap_or_default(),
                    match (r.stage, r.late) {
                        (Some(s), true) => Span::styled(format!("{}, late", s.label()), theme.error),
                        (Some(s), false) => Span::raw(s.label()),
                        (None, _) => Span::raw("none"),
                    },
                    r.target.map(|t| t.to_string()).unwrap_or_default(),
                    if r.contacts == 0 {
                        Span::styled("no contacts", theme.error)
                    } else if r.single_threaded {
                        Span::styled(
                            format!("{}/{} single-threaded", r.known_by_successor, r.contacts),
                            theme.error,
                        )
                    } else {
                        Span::raw(format!("{}/{} known", r.known_by_successor, r.contacts))
                    },
                    r.joint_visits.to_string(),
                ),
                None => (
                    String::new(),
                    Span::raw(""),
                    String::new(),
                    Span::raw(""),
                    String::new(),
                ),
            };
            vec![
                Span::raw(account.data.name.clone()),
                Span::raw(account.data.tier.map(|t| t.label()).unwrap_or("")),
                owner,
                Span::raw(successor),
                stage,
                Span::raw(target),
                Span::raw(visits),
                coverage,
                harvest,
                health_cell(account.data.health, theme),
            ]
        })
        .map(|cells: Vec<Span<'_>>| cells.into_iter().map(Line::from).collect())
        .collect();
    let title = format!(
        "Succession · key value at risk {}",
        format_amount(view.value_at_risk_cents, &app.config.currency)
    );
    let view = ListView {
        title: &title,
        total: rows.len(),
        busy: false,
        columns: &[
            keep("Account", 0),
            keep("Tier", 4),
            keep("Owner", 19),
            optional("Successor", 14, 1),
            keep("Stage", 16),
            optional("Target", 10, 5),
            optional("Joint", 5, 2),
            optional("Known", 19, 3),
            optional("Harvest", 7, 4),
            optional("Health", 8, 6),
        ],
        rows: cells,
    };
    table::render(frame, list, view, pane, theme);
}

fn render_list(frame: &mut Frame<'_>, list: Rect, app: &App, theme: &Theme) {
    let rows = app.rows();
    let pane = app.pane();
    let cells = rows[window(pane, rows.len(), list.height)]
        .iter()
        .map(|&i| {
            let a = &app.data.accounts[i].data;
            let handover = match &a.handover {
                Some(h) if handover_is_late(h, app.today) => {
                    Span::styled(format!("{}, late", h.stage.label()), theme.error)
                }
                Some(h) => Span::raw(h.stage.label()),
                None => Span::raw(""),
            };
            vec![
                Span::raw(a.name.clone()),
                Span::raw(a.tier.map(|t| t.label()).unwrap_or("")),
                Span::raw(a.owner.map(|o| app.data.rep_name(o).to_string()).unwrap_or_default()),
                health_cell(a.health, theme),
                handover,
            ]
        })
        .map(|cells: Vec<Span<'_>>| cells.into_iter().map(Line::from).collect())
        .collect();
    let view = ListView {
        title: "Accounts",
        busy: false,
        total: rows.len(),
        columns: &[
            keep("Name", 0),
            keep("Tier", 4),
            optional("Owner", 14, 1),
            optional("Health", 8, 2),
            keep("Handover", 18),
        ],
        rows: cells,
    };
    table::render(frame, list, view, pane, theme);
}

fn render_detail(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Detail::Account {
        id,
        contacts,
        sessions,
        answers,
    } = &app.detail
    else {
        return table::detail(frame, area, "Account", Vec::new(), theme);
    };
    let Some(account) = app.data.account(*id) else {
        return table::detail(frame, area, "Account", Vec::new(), theme);
    };
    let d = &account.data;
    let mut lines = Vec::new();
    field(&mut lines, "Industry", d.industry.clone(), theme);
    field(
        &mut lines,
        "Tier",
        d.tier.map(|t| t.label().to_string()).unwrap_or_default(),
        theme,
    );
    field(
        &mut lines,
        "Value",
        d.annual_value_cents
            .map(|v| format_amount(v, &app.config.currency))
            .unwrap_or_default(),
        theme,
    );
    let owner = d.owner.and_then(|o| app.data.rep(o));
    field(
        &mut lines,
        "Owner",
        owner
            .map(|r| match retirement_label(r.data.retires_on, app.today) {
                h if h.is_empty() => r.data.name.clone(),
                h => format!("{} (retires {h})", r.data.name),
            })
            .unwrap_or_default(),
        theme,
    );
    let needed = crate::domain::knowledge::needs_harvest(account, owner, app.today);
    if needed || !answers.is_empty() {
        let (done, all) = crate::domain::knowledge::coverage(&app.config.questions(), answers);
        let style = if needed && done * 2 < all {
            theme.warn
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<11}", "Knowledge"), theme.dim),
            Span::styled(format!("{done}/{all} harvested"), style),
            Span::styled(
                if needed && done < all {
                    "  (coachbook account knowledge asks the rest)"
                } else {
                    ""
                },
                theme.dim,
            ),
        ]));
    }
    if let Some(health) = d.health {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<11}", "Health"), theme.dim),
            health_cell(Some(health), theme),
        ]));
    }
    if let Some(h) = &d.handover {
        section(&mut lines, "Handover", theme);
        let from = d.owner.map(|o| app.data.rep_name(o)).unwrap_or("nobody");
        lines.push(Line::raw(format!("{from} → {}", app.data.rep_name(h.successor))));
        let mut stage = vec![Span::raw(format!("Stage: {}", h.stage.label()))];
        if let Some(target) = h.target {
            stage.push(Span::raw(format!(", target {target}")));
        }
        if handover_is_late(h, app.today) {
            stage.push(Span::styled("  ! late", theme.error));
        }
        lines.push(Line::from(stage));
        if !h.notes.is_empty() {
            lines.push(Line::styled(h.notes.clone(), theme.dim));
        }
    }
    section(&mut lines, "Contacts (a adds, E edits)", theme);
    if contacts.is_empty() {
        lines.push(Line::styled(
            "none yet: a relationship map that lives only in one head is at risk",
            theme.dim,
        ));
    }
    for c in contacts {
        let known = match (c.data.known_by_owner, c.data.known_by_successor) {
            (true, true) => "known by both",
            (true, false) => "owner only",
            (false, true) => "successor only",
            (false, false) => "nobody knows",
        };
        let influence = c.data.influence.map(|i| format!(" influence {i}")).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::raw(format!("• {}", c.data.name)),
            Span::styled(format!(" {}{influence}, {known}", c.data.role), theme.dim),
        ]));
    }
    if !sessions.is_empty() {
        section(&mut lines, "Sessions and calls here", theme);
        for s in sessions {
            lines.push(Line::from(vec![
                Span::styled(format!("{} {} ", s.data.date, app.data.rep_name(s.data.rep)), theme.dim),
                Span::raw(truncate(s.data.headline(), 50)),
            ]));
        }
    }
    if !d.notes.is_empty() {
        section(&mut lines, "Notes", theme);
        lines.extend(d.notes.lines().map(|l| Line::raw(l.to_string())));
    }
    table::detail(frame, area, &d.name, lines, theme);
}
