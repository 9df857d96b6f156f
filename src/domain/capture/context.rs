//! A rep or account name that fits several records is settled by the other
//! one named on the line: `@dana #acme` is the Dana who owns that Acme, or
//! who visited it last. When nothing tells them apart, the line is an error
//! that lists the candidates, as before: never a guess.

use super::parser::{Parser, Pending};
use super::{error, CaptureError, Defaults};
use crate::domain::{AccountId, RepId};
use chrono::NaiveDate;

/// How strongly a rep goes with an account: owning it beats taking it over,
/// which beats having visited it, and a later visit beats an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Link {
    Visited(NaiveDate),
    TakesOver,
    Owns,
}

fn candidates<Id: Copy>(pending: &Option<Pending<Id>>, named: Option<Id>, default: Option<Id>) -> Vec<Id> {
    match (pending, named.or(default)) {
        (Some(p), _) => p.ids.clone(),
        (None, Some(id)) => vec![id],
        (None, None) => Vec::new(),
    }
}

impl Parser<'_> {
    fn name_of_rep(&self, id: RepId) -> &str {
        self.directory
            .reps
            .iter()
            .find(|(r, _)| *r == id)
            .map_or("?", |(_, n)| n.as_str())
    }

    fn name_of_account(&self, id: AccountId) -> &str {
        self.directory
            .accounts
            .iter()
            .find(|(a, _)| *a == id)
            .map_or("?", |(_, n)| n.as_str())
    }

    fn link(&self, rep: RepId, account: AccountId) -> Option<Link> {
        if self.directory.owners.get(&account) == Some(&rep) {
            return Some(Link::Owns);
        }
        if self.directory.successors.get(&account) == Some(&rep) {
            return Some(Link::TakesOver);
        }
        self.directory.visits.get(&(rep, account)).map(|d| Link::Visited(*d))
    }

    /// The error of the first ambiguous name on the line.
    fn first_pending_error(&self) -> CaptureError {
        let rep = self.pending_rep.as_ref().map(|p| (p.column, p.message.clone()));
        let account = self.pending_account.as_ref().map(|p| (p.column, p.message.clone()));
        let (column, message) = match (rep, account) {
            (Some(r), Some(a)) => std::cmp::min_by_key(r, a, |p| p.0),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => (1, String::new()),
        };
        error(column, message)
    }

    /// Settles an ambiguous `@rep` or `#account` by the other one (or the
    /// selected record standing in for it), and says how.
    pub(super) fn settle(&mut self, defaults: Defaults) -> Result<(), CaptureError> {
        if self.pending_rep.is_none() && self.pending_account.is_none() {
            return Ok(());
        }
        let reps = candidates(&self.pending_rep, self.rep.map(|r| r.0), defaults.rep);
        let accounts = candidates(&self.pending_account, self.account, defaults.account);
        let mut links: Vec<(Link, RepId, AccountId)> = reps
            .iter()
            .flat_map(|&r| accounts.iter().map(move |&a| (r, a)))
            .filter_map(|(r, a)| self.link(r, a).map(|l| (l, r, a)))
            .collect();
        links.sort_by_key(|link| std::cmp::Reverse(link.0));
        let settled = match links.as_slice() {
            [top, rest @ ..] if rest.first().is_none_or(|next| next.0 != top.0) => *top,
            _ => {
                let mut missing: Vec<AccountId> = accounts
                    .iter()
                    .copied()
                    .filter(|a| !self.directory.visits_loaded.contains(a))
                    .collect();
                missing.dedup();
                let mut err = self.first_pending_error();
                // Who visited these accounts may tell the names apart.
                if !reps.is_empty() && !missing.is_empty() {
                    err.wants_visits = missing;
                }
                return Err(err);
            }
        };
        let (link, rep, account) = settled;
        let why = match link {
            Link::Owns => format!("{} owns {}", self.name_of_rep(rep), self.name_of_account(account)),
            Link::TakesOver => format!("{} takes over {}", self.name_of_rep(rep), self.name_of_account(account)),
            Link::Visited(date) => format!(
                "{} visited {} last, on {date}",
                self.name_of_rep(rep),
                self.name_of_account(account)
            ),
        };
        let mut read = Vec::new();
        if let Some(p) = self.pending_rep.take() {
            read.push(format!("@{} as {}", p.query, self.name_of_rep(rep)));
            self.rep = Some((rep, p.column));
        }
        if let Some(p) = self.pending_account.take() {
            read.push(format!("#{} as {}", p.query, self.name_of_account(account)));
            self.account = Some(account);
        }
        self.settled = Some(format!("read {}: {why}", read.join(" and ")));
        Ok(())
    }
}
