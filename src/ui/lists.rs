//! Per-tab list state: selection, scroll offset and the filter typed with `/`.

use super::action::Tab;
use super::data::Data;
use super::insights::TodayItem;
use crate::domain::matching::fold;
use crate::domain::AccountId;
use std::collections::HashMap;

/// The state of one tab's list.
#[derive(Debug, Clone, Default)]
pub struct ListPane {
    /// Index into the visible (filtered) rows.
    pub selected: usize,
    /// The first visible row.
    pub offset: usize,
    /// The filter text.
    pub filter: String,
    /// Whether the filter is being typed.
    pub filtering: bool,
}

impl ListPane {
    /// Moves the selection to `index`, clamped to `count` rows, keeping it
    /// within a window of `page` rows.
    pub fn select(&mut self, index: isize, count: usize, page: usize) {
        if count == 0 {
            self.selected = 0;
            self.offset = 0;
            return;
        }
        self.selected = index.clamp(0, count as isize - 1) as usize;
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(count.saturating_sub(page));
    }
}

/// The text a row is filtered by.
fn row_text(data: &Data, tab: Tab, index: usize) -> String {
    match tab {
        Tab::Today => today_text(data, &data.insights.items[index]),
        Tab::Reps => {
            let r = &data.reps[index].data;
            format!("{} {} {}", r.name, r.territory, r.title)
        }
        Tab::Accounts => {
            let a = &data.accounts[index].data;
            let owner = a.owner.map(|o| data.rep_name(o)).unwrap_or("");
            let tier = a.tier.map(|t| t.label()).unwrap_or("");
            format!("{} {owner} {} {tier}", a.name, a.industry)
        }
        Tab::Sessions => String::new(),
    }
}

/// How many records a tab has before filtering; none for the Sessions tab,
/// which pages from the store instead (see session_window.rs).
pub fn total(data: &Data, tab: Tab) -> usize {
    match tab {
        Tab::Reps => data.reps.len(),
        Tab::Accounts => data.accounts.len(),
        Tab::Sessions => 0,
        Tab::Today => data.insights.items.len(),
    }
}

/// How a Today item reads in the list (and is filtered by).
pub fn today_text(data: &Data, item: &TodayItem) -> String {
    match item {
        TodayItem::Due(d) => match d.days_since {
            None => format!("{}: never coached", data.rep_name(d.rep)),
            Some(days) => {
                let last = d
                    .last
                    .map(|(date, kind)| format!(", last {} {date}", kind.label()))
                    .unwrap_or_default();
                format!(
                    "{}: {} over a {}-day cadence{last}",
                    data.rep_name(d.rep),
                    crate::domain::text::count(days - i64::from(d.cadence_days), "day"),
                    d.cadence_days
                )
            }
        },
        TodayItem::Commitment(c) => {
            let when = if c.overdue { "overdue since" } else { "due" };
            format!("{}: {} ({when} {})", data.rep_name(c.rep), c.text, c.due)
        }
        TodayItem::FollowUp(f) => format!(
            "{}: follow up on the session of {} (due {})",
            data.rep_name(f.rep),
            f.date,
            f.follow_up
        ),
        TodayItem::Handover(h) => format!("{}: {}", data.account_name(h.account), h.reason),
        TodayItem::Retention(w) => {
            let why = match (w.signals.first(), w.signals.len()) {
                (Some(s), 1) => s.kind.label().to_string(),
                (Some(s), n) => format!("{} and {} more", s.kind.label(), n - 1),
                (None, _) => w
                    .stay
                    .as_ref()
                    .map_or(String::new(), |s| format!("your read: risk {}", s.risk)),
            };
            format!("{} ({}): {why} → {}", w.name, w.level.label(), w.action)
        }
    }
}

/// Folds every Today item's text once, so filtering thousands of items
/// does not format them again on every key.
pub fn index_today(data: &mut Data) {
    let texts = data
        .insights
        .items
        .iter()
        .map(|item| fold(&today_text(data, item)))
        .collect();
    data.insights.filter_texts = texts;
}

/// Indices of the accounts in the order of the succession view.
pub fn succession_order(data: &Data) -> Vec<usize> {
    let index: HashMap<AccountId, usize> = data.accounts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    data.insights
        .succession
        .groups
        .iter()
        .flat_map(|g| g.rows.iter())
        .filter_map(|row| index.get(&row.account).copied())
        .collect()
}

/// The indices of the records whose text contains every word of `filter`
/// (case and accents ignored).
pub fn visible(data: &Data, tab: Tab, filter: &str) -> Vec<usize> {
    let words: Vec<String> = fold(filter).split_whitespace().map(str::to_string).collect();
    (0..total(data, tab))
        .filter(|i| {
            if words.is_empty() {
                return true;
            }
            let matches = |text: &str| words.iter().all(|w| text.contains(w.as_str()));
            match (tab, data.insights.filter_texts.get(*i)) {
                (Tab::Today, Some(folded)) => matches(folded),
                _ => matches(&fold(&row_text(data, tab, *i))),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stays_in_the_window() {
        let mut pane = ListPane::default();
        pane.select(7, 10, 5);
        assert_eq!((pane.selected, pane.offset), (7, 3));
        pane.select(2, 10, 5);
        assert_eq!((pane.selected, pane.offset), (2, 2));
        pane.select(99, 10, 5);
        assert_eq!((pane.selected, pane.offset), (9, 5));
        pane.select(-3, 10, 5);
        assert_eq!((pane.selected, pane.offset), (0, 0));
        pane.select(3, 0, 5);
        assert_eq!((pane.selected, pane.offset), (0, 0));
    }
}
