//! The account knowledge harvest: the questions the CRM does not answer,
//! asked of an owner before they retire or hand over, and the answers kept
//! per account with their dates (a new answer supersedes, the old stays).

use super::enums::{HandoverStage, Tier};
use super::ids::{AccountId, Meta};
use super::{Account, Rep};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The default questions (`assets/harvest.toml`).
pub const DEFAULT_QUESTIONS: &str = include_str!("../../assets/harvest.toml");

/// One question of the harvest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// A short key the command line names it by ("decides").
    pub key: String,
    /// What is asked.
    pub question: String,
}

#[derive(Deserialize)]
struct QuestionFile {
    question: Vec<Question>,
}

/// Reads a question list (the assets file, or the config's); keys are unique.
pub fn parse_questions(text: &str) -> Result<Vec<Question>, String> {
    let file: QuestionFile = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let mut seen = Vec::new();
    for q in &file.question {
        if q.key.trim().is_empty() || q.question.trim().is_empty() {
            return Err("every question needs a key and a question".into());
        }
        if seen.contains(&q.key) {
            return Err(format!("the key {:?} is used twice", q.key));
        }
        seen.push(q.key.clone());
    }
    Ok(file.question)
}

/// The default questions, parsed.
pub fn default_questions() -> Vec<Question> {
    parse_questions(DEFAULT_QUESTIONS).unwrap_or_default()
}

/// One answer, as given on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerData {
    /// The account it is about.
    pub account: AccountId,
    /// The question's key.
    pub question: String,
    /// What the owner said.
    pub answer: String,
    /// When.
    pub date: NaiveDate,
}

/// A saved answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Row id.
    pub id: i64,
    /// Identity and timestamps.
    pub meta: Meta,
    /// What was said.
    pub data: AnswerData,
}

/// The latest answer to each question among `answers` (newest wins).
pub fn latest<'a>(questions: &[Question], answers: &'a [Answer]) -> Vec<(Question, Option<&'a Answer>)> {
    questions
        .iter()
        .map(|q| {
            let newest = answers
                .iter()
                .filter(|a| a.data.question == q.key && !a.data.answer.trim().is_empty())
                .max_by(|a, b| a.data.date.cmp(&b.data.date).then(a.id.cmp(&b.id)));
            (q.clone(), newest)
        })
        .collect()
}

/// How many of the questions have an answer: (answered, asked).
pub fn coverage(questions: &[Question], answers: &[Answer]) -> (usize, usize) {
    let answered = latest(questions, answers).iter().filter(|(_, a)| a.is_some()).count();
    (answered, questions.len())
}

/// Whether what is known is too little to hand over on: less than half the questions answered.
pub fn is_thin(answered: usize, asked: usize) -> bool {
    answered * 2 < asked
}

/// How many of the questions have an answer, from the keys answered so far
/// (the store's per-account summary): (answered, asked).
pub fn coverage_of_keys(questions: &[Question], answered: &[String]) -> (usize, usize) {
    let done = questions.iter().filter(|q| answered.contains(&q.key)).count();
    (done, questions.len())
}

/// Whether an account's knowledge should be harvested: a key or A account
/// whose owner retires within five years, or whose handover has started and
/// is not complete.
pub fn needs_harvest(account: &Account, owner: Option<&Rep>, today: NaiveDate) -> bool {
    let important = matches!(account.data.tier, Some(Tier::Key | Tier::A));
    let five_years = today.with_year(today.year() + 5).unwrap_or(today);
    let retiring = owner
        .and_then(|o| o.data.retires_on)
        .is_some_and(|r| r >= today && r <= five_years);
    let handover = account.data.handover.as_ref();
    let done = handover.is_some_and(|h| h.stage == HandoverStage::Complete);
    important && !done && (retiring || handover.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountData, Handover, HandoverStage, RepData, RepId};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn meta() -> Meta {
        Meta {
            uuid: uuid::Uuid::nil(),
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    fn answer(id: i64, question: &str, text: &str, date: &str) -> Answer {
        Answer {
            id,
            meta: meta(),
            data: AnswerData {
                account: AccountId(1),
                question: question.into(),
                answer: text.into(),
                date: d(date),
            },
        }
    }

    #[test]
    fn the_default_questions_are_the_seven_the_crm_does_not_answer() {
        let questions = default_questions();
        assert_eq!(questions.len(), 7);
        assert_eq!(questions[0].key, "decides");
        assert!(parse_questions(
            "[[question]]\nkey = \"a\"\nquestion = \"x\"\n[[question]]\nkey = \"a\"\nquestion = \"y\""
        )
        .unwrap_err()
        .contains("used twice"));
    }

    #[test]
    fn the_newest_answer_counts_and_coverage_counts_each_question_once() {
        let questions = default_questions();
        let answers = vec![
            answer(1, "decides", "The CFO, Lee Chen", "2026-09-01"),
            answer(2, "decides", "The new COO since October", "2026-11-02"),
            answer(3, "pricing", "Frame deal from 2019", "2026-10-01"),
            answer(4, "values", "  ", "2026-10-01"),
        ];
        let latest = latest(&questions, &answers);
        assert_eq!(latest[0].1.unwrap().data.answer, "The new COO since October");
        assert_eq!(coverage(&questions, &answers), (2, 7), "a blank answer is no answer");
    }

    #[test]
    fn key_and_a_accounts_of_retiring_owners_or_in_handover_need_a_harvest() {
        let today = d("2026-11-26");
        let mut data = AccountData::named("Acme");
        data.tier = Some(Tier::Key);
        let account = Account {
            id: AccountId(1),
            meta: meta(),
            data,
        };
        let mut owner = RepData::named("Pat");
        owner.retires_on = Some(d("2031-11-26"));
        let pat = Rep {
            id: RepId(1),
            meta: meta(),
            data: owner,
        };
        assert!(needs_harvest(&account, Some(&pat), today), "five years to the day");
        let mut later = pat.clone();
        later.data.retires_on = Some(d("2031-11-27"));
        assert!(!needs_harvest(&account, Some(&later), today));
        let mut handed = account.clone();
        handed.data.handover = Some(Handover {
            successor: RepId(2),
            stage: HandoverStage::Planned,
            target: None,
            notes: String::new(),
        });
        assert!(needs_harvest(&handed, Some(&later), today), "a handover has started");
        let mut small = handed.clone();
        small.data.tier = Some(Tier::B);
        assert!(!needs_harvest(&small, Some(&pat), today), "only key and A accounts");
    }
}
