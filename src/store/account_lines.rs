//! Accounts as a list shows them: each with its owner's and successor's
//! names, read in one query instead of every rep beside every account.

use super::error::StoreResult;
use super::Store;
use crate::domain::{AccountId, HandoverStage, Health, Tier};
use chrono::NaiveDate;

/// One row of an account list: the columns it prints, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLine {
    /// Which account.
    pub id: AccountId,
    /// Its name.
    pub name: String,
    /// Whether it was archived.
    pub archived: bool,
    /// Its tier, if set.
    pub tier: Option<Tier>,
    /// The owner's name, when it has an owner.
    pub owner: Option<String>,
    /// What it is worth a year, in cents.
    pub annual_value_cents: Option<i64>,
    /// Its health, if judged.
    pub health: Option<Health>,
    /// The handover under way: its stage, target date and the successor's name.
    pub handover: Option<(HandoverStage, Option<NaiveDate>, String)>,
}

impl Store {
    /// Accounts by name (archived ones too when asked), the same accounts in
    /// the same order as `accounts` gives, with the names of their reps.
    pub fn account_lines(&self, include_archived: bool) -> StoreResult<Vec<AccountLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.name, a.archived, a.tier, o.name, a.annual_value_cents, a.health,
                    a.handover_stage, a.handover_target, n.name
             FROM accounts a LEFT JOIN reps o ON o.id = a.owner_id LEFT JOIN reps n ON n.id = a.successor_id
             WHERE a.archived = 0 OR ?1 ORDER BY a.name COLLATE NOCASE, a.id",
        )?;
        let rows = stmt.query_map([include_archived], |r| {
            let stage: Option<HandoverStage> = r.get(7)?;
            let successor: Option<String> = r.get(9)?;
            Ok(AccountLine {
                id: r.get(0)?,
                name: r.get(1)?,
                archived: r.get(2)?,
                tier: r.get(3)?,
                owner: r.get(4)?,
                annual_value_cents: r.get(5)?,
                health: r.get(6)?,
                handover: match (stage, successor) {
                    (Some(stage), Some(successor)) => Some((stage, r.get(8)?, successor)),
                    _ => None,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, Handover, HandoverStage, RepData};

    #[test]
    fn lines_hold_the_accounts_a_full_read_gives_with_their_reps_names() {
        let mut store = Store::open_in_memory().unwrap();
        let pat = store.add_rep(RepData::named("Pat Kowalski")).unwrap().id;
        let dana = store.add_rep(RepData::named("Dana Ortiz")).unwrap().id;
        let mut acme = AccountData::named("acme Tools");
        acme.owner = Some(pat);
        acme.handover = Some(Handover {
            successor: dana,
            stage: HandoverStage::Planned,
            target: None,
            notes: String::new(),
        });
        store.add_account(acme).unwrap();
        store.add_account(AccountData::named("Zenith")).unwrap();
        let mut old = AccountData::named("Beta Labs");
        old.archived = true;
        store.add_account(old).unwrap();
        for all in [false, true] {
            let lines = store.account_lines(all).unwrap();
            let got: Vec<(AccountId, &str, bool)> = lines.iter().map(|l| (l.id, l.name.as_str(), l.archived)).collect();
            let full = store.accounts(all).unwrap();
            let expected: Vec<(AccountId, &str, bool)> = full
                .iter()
                .map(|a| (a.id, a.data.name.as_str(), a.data.archived))
                .collect();
            assert_eq!(got, expected);
        }
        let lines = store.account_lines(false).unwrap();
        assert_eq!(lines[0].owner.as_deref(), Some("Pat Kowalski"));
        assert_eq!(
            lines[0].handover,
            Some((HandoverStage::Planned, None, "Dana Ortiz".to_string()))
        );
        assert_eq!((lines[1].owner.as_ref(), lines[1].handover.as_ref()), (None, None));
    }
}
