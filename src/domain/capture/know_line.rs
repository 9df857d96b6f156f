//! A harvest answer in one line: `know: #acme decides The COO since
//! October`. The account is the one named (or selected), the first word a
//! question's key (or the start of one), the rest what the owner said.

use super::{error, CaptureError, Directory};
use crate::domain::AccountId;

/// What a knowledge line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowCapture {
    /// The account it is about.
    pub account: AccountId,
    /// The question's key.
    pub question: String,
    /// The question as asked, for the preview.
    pub asked: String,
    /// The answer.
    pub answer: String,
}

/// Splits the line's text into the question's key and the answer.
pub(super) fn question_and_answer(
    text: &str,
    column: usize,
    account: AccountId,
    directory: &Directory,
) -> Result<KnowCapture, CaptureError> {
    let keys: Vec<&str> = directory.questions.iter().map(|q| q.key.as_str()).collect();
    let usage = || format!("the questions are {}", keys.join(", "));
    let (word, answer) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
    if word.is_empty() {
        return Err(error(
            column,
            format!("which question? know: #acme decides The COO; {}", usage()),
        ));
    }
    let typed = word.to_lowercase();
    let exact = directory.questions.iter().find(|q| q.key == typed);
    let starting: Vec<_> = directory
        .questions
        .iter()
        .filter(|q| q.key.starts_with(&typed))
        .collect();
    let question = match (exact, starting.as_slice()) {
        (Some(q), _) => q,
        (None, [q]) => *q,
        (None, []) => return Err(error(column, format!("no question {word:?}; {}", usage()))),
        (None, many) => {
            let names: Vec<&str> = many.iter().map(|q| q.key.as_str()).collect();
            return Err(error(column, format!("{word:?} could be {}", names.join(" or "))));
        }
    };
    if answer.trim().is_empty() {
        return Err(error(
            column,
            format!("what did the owner say? know: #acme {} ...", question.key),
        ));
    }
    Ok(KnowCapture {
        account,
        question: question.key.clone(),
        asked: question.question.clone(),
        answer: answer.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{directory, today};
    use super::super::{parse, render, Defaults, Directory};
    use crate::domain::knowledge::default_questions;
    use crate::domain::{AccountId, RepId};

    fn with_questions() -> Directory {
        let mut dir = directory();
        dir.questions = default_questions();
        dir.owners.insert(AccountId(3), RepId(4));
        dir
    }

    #[test]
    fn a_knowledge_line_names_the_account_a_question_and_the_answer() {
        let dir = with_questions();
        let c = parse(
            "know: #globex decides The COO since October",
            &dir,
            today(),
            Defaults::default(),
        )
        .unwrap();
        let know = c.know.clone().unwrap();
        assert_eq!((know.account, know.question.as_str()), (AccountId(3), "decides"));
        assert_eq!(know.answer, "The COO since October");
        assert_eq!(c.rep, RepId(4), "the owner told it");
        assert_eq!(
            c.describe(&dir),
            "what the owner knows about Globex on 2026-11-26: Who really decides, and who blocks? The COO since October"
        );
        let line = render(&c, &dir, today());
        assert_eq!(
            parse(&line, &dir, today(), Defaults::default()).unwrap().know,
            c.know,
            "{line}"
        );

        let c = parse(
            "know: renew the framework ends in March",
            &dir,
            today(),
            Defaults {
                rep: None,
                account: Some(AccountId(3)),
            },
        )
        .unwrap();
        assert_eq!(
            c.know.unwrap().question,
            "renewals",
            "a key's start is enough, the selection the account"
        );
    }

    #[test]
    fn a_knowledge_line_says_what_is_missing_or_wrong() {
        let dir = with_questions();
        let err = |line: &str| parse(line, &dir, today(), Defaults::default()).unwrap_err().message;
        assert!(err("know: decides The COO").contains("name the account"));
        assert!(err("know: #globex").contains("which question?"));
        assert!(err("know: #globex gossip x").contains("no question \"gossip\"; the questions are decides, history"));
        assert!(err("know: #globex decides").contains("what did the owner say?"));
        assert!(err("know: #globex decides the COO disc:4").contains("go in a session"));
    }
}
