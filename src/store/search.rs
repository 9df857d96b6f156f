//! Full-text search over sessions (FTS5): notes, objectives, strengths,
//! improvements, next steps, commitments and rep and account names; prefix
//! and phrase queries; ranked by relevance and recency.

use super::error::StoreResult;
use super::Store;
use crate::domain::{RepId, SessionId};
use chrono::NaiveDate;
use rusqlite::params;

/// One match.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The session.
    pub session: SessionId,
    /// Its date.
    pub date: NaiveDate,
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

impl Store {
    /// Sessions matching `query`, best first: relevance weighed with age,
    /// among the newest matches.
    pub fn search(
        &self,
        query: &str,
        rep: Option<RepId>,
        since: Option<NaiveDate>,
        today: NaiveDate,
        limit: usize,
    ) -> StoreResult<Vec<Hit>> {
        let fts = fts_query(query);
        if fts.is_empty() {
            return Ok(Vec::new());
        }
        let since_key: i64 = match since {
            Some(d) => self
                .conn
                .query_row("SELECT CAST(julianday(?1) AS INTEGER) * 10000000", [d], |r| r.get(0))?,
            None => 0,
        };
        let candidates = if rep.is_some() { CANDIDATES * 8 } else { CANDIDATES };
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.date, c.snip FROM (
                SELECT rowid AS key, bm25(session_search) AS rank,
                       snippet(session_search, -1, '[', ']', '…', 12) AS snip
                FROM session_search WHERE session_search MATCH ?1 AND rowid >= ?2
                ORDER BY rowid DESC LIMIT ?3) c
             JOIN sessions s ON s.id = c.key % 10000000
             WHERE (?4 IS NULL OR s.rep_id = ?4)
             ORDER BY c.rank / (1.0 + max(0, julianday(?5) - julianday(s.date)) / 365.0), s.date DESC
             LIMIT ?6",
        )?;
        let rows = stmt.query_map(params![fts, since_key, candidates, rep, today, limit as i64], |r| {
            Ok(Hit {
                session: r.get(0)?,
                date: r.get(1)?,
                snippet: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
