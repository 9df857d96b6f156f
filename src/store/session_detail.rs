//! One session as its full page shows it: the session with the names it refers
//! to and its commitments, each part read by the session's id in one query.

use super::columns::SESSIONS;
use super::commitments::CommitmentFilter;
use super::error::{StoreError, StoreResult};
use super::sessions::from_row;
use super::Store;
use crate::domain::{Call, Commitment, Session, SessionId};
use rusqlite::OptionalExtension;

/// A session with the names its page prints.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionDetail {
    /// The session in full, calls and ratings included.
    pub session: Session,
    /// The rep's name.
    pub rep: String,
    /// The account's name, if it was at one.
    pub account: Option<String>,
    /// Each rating's skill name and score, in the rubric's order.
    pub ratings: Vec<(String, u8)>,
    /// Each call's account name, in the calls' order.
    pub call_accounts: Vec<Option<String>>,
    /// The commitments agreed in the session.
    pub commitments: Vec<Commitment>,
}

impl Store {
    /// Session `id` (archived or not) with what its page names.
    pub fn session_detail(&self, id: SessionId) -> StoreResult<SessionDetail> {
        let names_at = SESSIONS.width();
        let (mut session, rep, account) = self
            .conn
            .prepare_cached(&format!(
                "SELECT {}, r.name, a.name FROM sessions s JOIN reps r ON r.id = s.rep_id
                 LEFT JOIN accounts a ON a.id = s.account_id WHERE s.id = ?1",
                SESSIONS.select("s")
            ))?
            .query_row([id], |r| Ok((from_row(r)?, r.get(names_at)?, r.get(names_at + 1)?)))
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "session",
                id: id.0,
            })?;
        let mut ratings = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.skill_id, g.score, k.name FROM ratings g JOIN skills k ON k.id = g.skill_id
             WHERE g.session_id = ?1 ORDER BY g.skill_id",
        )?;
        for row in stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
            let (skill, score, name) = row?;
            session.data.ratings.insert(skill, score);
            ratings.push((name, score));
        }
        let mut call_accounts = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.account_id, c.objective, c.what_happened, c.outcome, a.name FROM session_calls c
             LEFT JOIN accounts a ON a.id = c.account_id WHERE c.session_id = ?1 ORDER BY c.position",
        )?;
        for row in stmt.query_map([id], |r| {
            let call = Call {
                account: r.get(0)?,
                objective: r.get(1)?,
                what_happened: r.get(2)?,
                outcome: r.get(3)?,
            };
            Ok((call, r.get(4)?))
        })? {
            let (call, name) = row?;
            session.data.calls.push(call);
            call_accounts.push(name);
        }
        let commitments = self.commitments(&CommitmentFilter {
            session: Some(id),
            ..CommitmentFilter::default()
        })?;
        Ok(SessionDetail {
            session,
            rep,
            account,
            ratings,
            call_accounts,
            commitments,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, CommitmentData, RepData, SessionData};
    use chrono::NaiveDate;

    #[test]
    fn a_detail_holds_the_session_as_a_full_read_gives_it_with_its_names() {
        let mut store = Store::open_in_memory().unwrap();
        let dana = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let acme = store.add_account(AccountData::named("Acme")).unwrap().id;
        let globex = store.add_account(AccountData::named("Globex")).unwrap().id;
        let skills = store.skills(false).unwrap();
        let mut data = SessionData::new(dana, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        data.account = Some(acme);
        data.notes = "Strong discovery".into();
        data.ratings.insert(skills[2].id, 4);
        data.ratings.insert(skills[0].id, 2);
        data.calls = vec![
            Call {
                account: Some(globex),
                objective: "Renewal".into(),
                ..Call::default()
            },
            Call {
                account: None,
                what_happened: "Cold call".into(),
                ..Call::default()
            },
        ];
        let promise = CommitmentData::new(dana, "send the case study", None);
        let saved = store.add_session(data, vec![promise]).unwrap();
        let page = store.session_detail(saved.id).unwrap();
        assert_eq!(page.session, store.session(saved.id).unwrap());
        assert_eq!(page.rep, "Dana Ortiz");
        assert_eq!(page.account.as_deref(), Some("Acme"));
        let names: Vec<(&str, u8)> = page.ratings.iter().map(|(n, s)| (n.as_str(), *s)).collect();
        assert_eq!(
            names,
            [(skills[0].data.name.as_str(), 2), (skills[2].data.name.as_str(), 4)]
        );
        assert_eq!(page.call_accounts, [Some("Globex".to_string()), None]);
        let texts: Vec<&str> = page.commitments.iter().map(|c| c.data.text.as_str()).collect();
        assert_eq!(texts, ["send the case study"]);
        assert!(matches!(
            store.session_detail(SessionId(99)),
            Err(StoreError::NotFound { what: "session", .. })
        ));
    }
}
