//! The account knowledge harvest's answers: added, never overwritten, and
//! read per account (one indexed read).

use super::columns::KNOWLEDGE;
use super::convert::fresh_meta;
use super::error::StoreResult;
use super::Store;
use crate::domain::knowledge::{Answer, AnswerData};
use crate::domain::AccountId;
use rusqlite::Row;

fn from_row(row: &Row<'_>) -> rusqlite::Result<Answer> {
    let read = KNOWLEDGE.read(row)?;
    Ok(Answer {
        id: read.id,
        meta: read.meta,
        data: read.data,
    })
}

impl Store {
    /// Records an answer; the account must exist and the answer say something.
    pub fn add_answer(&mut self, data: AnswerData) -> StoreResult<Answer> {
        let mut data = data;
        data.answer = data.answer.trim().to_string();
        self.write(|tx| {
            super::accounts::fetch_account(tx, data.account)?;
            let id = KNOWLEDGE.insert(tx, None, &fresh_meta(), &data)?;
            Ok(tx
                .prepare_cached(&format!(
                    "SELECT {} FROM account_knowledge WHERE id = ?1",
                    KNOWLEDGE.select("")
                ))?
                .query_row([id], from_row)?)
        })
    }

    /// Every answer about every account, in id order (for export).
    pub fn all_answers(&self) -> StoreResult<Vec<Answer>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM account_knowledge ORDER BY id",
            KNOWLEDGE.select("")
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The question keys with an answer, per account: coverage without the texts.
    pub fn answered_keys(&self) -> StoreResult<std::collections::HashMap<AccountId, Vec<String>>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT account_id, question FROM account_knowledge WHERE trim(answer) <> ''")?;
        let mut map = std::collections::HashMap::<AccountId, Vec<String>>::new();
        let rows = stmt.query_map([], |row| Ok((row.get::<_, AccountId>(0)?, row.get::<_, String>(1)?)))?;
        for row in rows {
            let (account, key) = row?;
            map.entry(account).or_default().push(key);
        }
        Ok(map)
    }

    /// Every answer about an account, oldest first.
    pub fn answers_of(&self, account: AccountId) -> StoreResult<Vec<Answer>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM account_knowledge WHERE account_id = ?1 ORDER BY date, id",
            KNOWLEDGE.select("")
        ))?;
        let rows = stmt.query_map([account], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::knowledge::{coverage, default_questions};
    use crate::domain::AccountData;
    use chrono::NaiveDate;

    #[test]
    fn answers_are_kept_with_their_dates_and_the_newest_counts() {
        let mut store = Store::open_in_memory().unwrap();
        let acme = store.add_account(AccountData::named("Acme")).unwrap().id;
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        for (q, a, d) in [
            ("decides", "The CFO", "2026-09-01"),
            ("decides", "The COO now", "2026-11-02"),
            ("pricing", "Frame deal", "2026-10-01"),
        ] {
            store
                .add_answer(AnswerData {
                    account: acme,
                    question: q.into(),
                    answer: a.into(),
                    date: day(d),
                })
                .unwrap();
        }
        let answers = store.answers_of(acme).unwrap();
        assert_eq!(answers.len(), 3, "the older answer is kept");
        assert_eq!(coverage(&default_questions(), &answers), (2, 7));
        assert!(store
            .add_answer(AnswerData {
                account: AccountId(99),
                question: "decides".into(),
                answer: "x".into(),
                date: day("2026-11-02"),
            })
            .is_err());
    }
}
