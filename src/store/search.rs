//! Full-text search over sessions (FTS5): notes, objectives, strengths,
//! improvements, next steps, commitments and rep and account names; prefix
//! and phrase queries; ranked by relevance and recency.

use super::error::StoreResult;
use super::Store;
use crate::domain::{AccountId, RepId, SessionId, SessionKind};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use std::collections::HashMap;

/// One match.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The session.
    pub session: SessionId,
    /// Its date.
    pub date: NaiveDate,
    /// What kind of session it was.
    pub kind: SessionKind,
    /// The rep's name.
    pub rep: String,
    /// The account's name, if it was at one.
    pub account: Option<String>,
    /// The matching text around the words, with them marked `[like this]`.
    pub snippet: String,
}

/// The words to look for, for highlighting: lower case, without quotes and `*`.
pub fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| c.is_whitespace() || c == '"')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Turns what was typed into an FTS5 query: "quoted phrases" stay phrases,
/// a trailing `*` asks for a prefix, every other word is matched as typed
/// (so punctuation can never be FTS syntax). All parts must match.
pub fn fts_query(query: &str) -> String {
    let mut parts = Vec::new();
    for (i, chunk) in query.split('"').enumerate() {
        if i % 2 == 1 {
            let words: Vec<String> = terms(chunk);
            if !words.is_empty() {
                parts.push(format!("\"{}\"", words.join(" ")));
            }
            continue;
        }
        for word in chunk.split_whitespace() {
            let prefix = word.ends_with('*');
            let clean: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            if !clean.is_empty() {
                parts.push(format!("\"{clean}\"{}", if prefix { "*" } else { "" }));
            }
        }
    }
    parts.join(" ")
}

/// How many of the newest matches are ranked; a common word does not make
/// the search read every match.
const CANDIDATES: i64 = 500;

/// Which sessions a search looks in. Each condition is applied while the
/// matches are walked, so an old session of the rep asked for is found
/// however many newer ones match.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchFilter {
    /// Only this rep's sessions.
    pub rep: Option<RepId>,
    /// Only sessions at this account (as the session's account or a call's).
    pub account: Option<AccountId>,
    /// Only sessions on or after this day.
    pub since: Option<NaiveDate>,
    /// Rank every match, not only the newest 500 (slower for a common word).
    pub rank_all: bool,
}

/// The order a list of matches comes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchOrder {
    /// Newest first: the index's own order, the cheapest walk.
    #[default]
    Newest,
    /// Best first: relevance weighed with age.
    BestMatch,
}

impl Store {
    /// Sessions matching `query` and `filter`, best first: relevance weighed
    /// with age, among the newest 500 matches (or all, with `rank_all`).
    /// Snippets are made for the sessions returned only.
    pub fn search(&self, query: &str, filter: &SearchFilter, today: NaiveDate, limit: usize) -> StoreResult<Vec<Hit>> {
        let keys = self.matching_keys(query, filter, today, SearchOrder::BestMatch, limit as i64)?;
        let (Some(&low), Some(&high)) = (keys.iter().min(), keys.iter().max()) else {
            return Ok(Vec::new());
        };
        // One full-text query for every snippet: the index is walked once,
        // between the oldest and the newest key printed, and snippets are
        // made only for the keys asked for (a query per hit would load the
        // word's whole list of matches each time).
        let mut details = self.conn.prepare_cached(
            "SELECT session_search.rowid, s.date, s.kind, r.name, a.name,
                    snippet(session_search, -1, '[', ']', '…', 12)
             FROM session_search JOIN sessions s ON s.id = session_search.rowid % 10000000
             JOIN reps r ON r.id = s.rep_id LEFT JOIN accounts a ON a.id = s.account_id
             WHERE session_search MATCH ?1 AND session_search.rowid BETWEEN ?2 AND ?3
               AND session_search.rowid IN (SELECT value FROM json_each(?4))",
        )?;
        let wanted = format!("[{}]", keys.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
        let mut found: HashMap<i64, Hit> = details
            .query_map(params![fts_query(query), low, high, wanted], |r| {
                let key: i64 = r.get(0)?;
                Ok((
                    key,
                    Hit {
                        session: SessionId(key % 10_000_000),
                        date: r.get(1)?,
                        kind: r.get(2)?,
                        rep: r.get(3)?,
                        account: r.get(4)?,
                        snippet: r.get(5)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(keys.iter().filter_map(|key| found.remove(key)).collect())
    }

    /// Every session matching `query` and `filter`, in `order` (best first
    /// ranks them all): the ids of a list that pages on to the last match.
    pub fn search_ids(
        &self,
        query: &str,
        filter: &SearchFilter,
        today: NaiveDate,
        order: SearchOrder,
    ) -> StoreResult<Vec<SessionId>> {
        let all = SearchFilter {
            rank_all: true,
            ..*filter
        };
        let keys = self.matching_keys(query, &all, today, order, -1)?;
        Ok(keys.into_iter().map(|key| SessionId(key % 10_000_000)).collect())
    }

    /// The index keys (day and id) of the matches, in `order`, at most
    /// `limit` (-1 for all). Best first ranks the newest 500 candidates
    /// unless the filter asks for all.
    fn matching_keys(
        &self,
        query: &str,
        filter: &SearchFilter,
        today: NaiveDate,
        order: SearchOrder,
        limit: i64,
    ) -> StoreResult<Vec<i64>> {
        let fts = fts_query(query);
        if fts.is_empty() {
            return Ok(Vec::new());
        }
        let since_key: i64 = match filter.since {
            Some(d) => self
                .conn
                .query_row("SELECT CAST(julianday(?1) AS INTEGER) * 10000000", [d], |r| r.get(0))?,
            None => 0,
        };
        // The rep's name narrows the walk inside the index (a rep has a small
        // share of a common word's matches); the id check below stays exact.
        let walk = match filter.rep {
            Some(rep) => {
                let name: Option<String> = self
                    .conn
                    .query_row("SELECT name FROM reps WHERE id = ?1", [rep], |r| r.get(0))
                    .optional()?;
                match name.map(|n| terms(&n)).filter(|t| !t.is_empty()) {
                    Some(words) => format!("({fts}) AND rep : \"{}\"", words.join(" ")),
                    None => return Ok(Vec::new()),
                }
            }
            None => fts,
        };
        let (rank, order_by) = match order {
            SearchOrder::Newest => ("0", "c.key DESC"),
            SearchOrder::BestMatch => (
                "bm25(session_search)",
                "c.rank / (1.0 + max(0, julianday(?6) - julianday(c.date)) / 365.0), c.date DESC, c.key DESC",
            ),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "WITH candidates AS (
                SELECT session_search.rowid AS key, {rank} AS rank, s.date AS date
                FROM session_search JOIN sessions s ON s.id = session_search.rowid % 10000000
                WHERE session_search MATCH ?1 AND session_search.rowid >= ?2
                  AND (?4 IS NULL OR s.rep_id = ?4)
                  AND (?5 IS NULL OR s.account_id = ?5
                       OR s.id IN (SELECT session_id FROM session_calls WHERE account_id = ?5))
                ORDER BY session_search.rowid DESC LIMIT ?3)
             SELECT c.key FROM candidates c ORDER BY {order_by} LIMIT ?7"
        ))?;
        let candidates = if filter.rank_all || order == SearchOrder::Newest {
            -1
        } else {
            CANDIDATES
        };
        let keys = stmt
            .query_map(
                params![walk, since_key, candidates, filter.rep, filter.account, today, limit],
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_made_safe() {
        assert_eq!(fts_query("discovery"), "\"discovery\"");
        assert_eq!(fts_query("disc* close"), "\"disc\"* \"close\"");
        assert_eq!(fts_query("\"next step\" roi"), "\"next step\" \"roi\"");
        assert_eq!(fts_query("a-b: (c) NOT"), "\"ab\" \"c\" \"NOT\"");
        assert_eq!(fts_query("  "), "");
        assert_eq!(terms("\"Next step\" ROI*"), vec!["next", "step", "roi"]);
    }
}
