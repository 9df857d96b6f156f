//! Property tests of the quick-capture parser: it never panics, and a capture
//! written back as a line parses to the same capture. `PROPTEST_CASES` raises
//! the number of cases for a long run (CI runs the default).

use chrono::{Days, NaiveDate};
use coachbook::domain::capture::{parse, render, Capture, Defaults, Directory, Todo};
use coachbook::domain::dates::{parse_date, Direction};
use coachbook::domain::{AccountId, CommitmentOwner, RepId, SessionKind, SkillId};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn directory() -> Directory {
    Directory {
        reps: vec![
            (RepId(1), "Dana Ortiz".into()),
            (RepId(2), "Danielle Park".into()),
            (RepId(3), "王芳".into()),
        ],
        accounts: vec![(AccountId(1), "Acme Tools".into()), (AccountId(2), "Globex".into())],
        skills: vec![
            (SkillId(1), "Discovery".into(), "disc".into()),
            (SkillId(2), "Closing".into(), "close".into()),
            (SkillId(3), "Objection handling".into(), "obj".into()),
        ],
    }
}

/// Words, including ones that look like markers, dates or kind words.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9,.'!?éü]{1,8}",
        prop::sample::select(vec![
            "@dana",
            "#acme",
            "+good",
            "-bad",
            "todo:",
            "todo(me):",
            "disc:4",
            "!follow",
            "!date",
            "ride",
            "call",
            "fri",
            "next",
            "mon",
            "dec",
            "3",
            "2w",
            "by",
            "\\x",
            "\\\\y",
            "@\"q",
            "#",
            "+",
            "-",
            "1:1",
            "x:9",
        ])
        .prop_map(str::to_string),
    ]
}

fn words(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), min..max).prop_map(|w| w.join(" "))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..800).prop_map(|n| today().checked_sub_days(Days::new(400)).unwrap() + Days::new(n))
}

fn kind() -> impl Strategy<Value = SessionKind> {
    prop::sample::select(SessionKind::ALL.to_vec())
}

fn todo() -> impl Strategy<Value = Todo> {
    (words(1, 5), prop::option::of(date()), any::<bool>()).prop_map(|(text, due, mine)| Todo {
        text,
        due,
        owner: if mine {
            CommitmentOwner::Manager
        } else {
            CommitmentOwner::Rep
        },
    })
}

fn capture() -> impl Strategy<Value = Capture> {
    (
        (1i64..=3, prop::option::of(1i64..=2), kind(), date()),
        (
            words(0, 8),
            prop::collection::vec(words(1, 4), 0..3),
            prop::collection::vec(words(1, 4), 0..3),
        ),
        (
            prop::collection::btree_map(1i64..=3, 1u8..=5, 0..3),
            prop::collection::vec(todo(), 0..3),
            prop::option::of(date()),
        ),
    )
        .prop_map(
            |((rep, account, kind, date), (notes, strengths, improvements), (ratings, todos, follow_up))| Capture {
                rep: RepId(rep),
                account: account.map(AccountId),
                kind,
                date,
                notes,
                strengths: strengths.join("\n"),
                improvements: improvements.join("\n"),
                ratings: ratings
                    .into_iter()
                    .map(|(s, v)| (SkillId(s), v))
                    .collect::<BTreeMap<_, _>>(),
                todos,
                follow_up,
            },
        )
}

proptest! {
    #[test]
    fn never_panics_on_any_input(line in "\\PC{0,80}") {
        let _ = parse(&line, &directory(), today(), Defaults::default());
        let _ = parse(&line, &directory(), today(), Defaults { rep: Some(RepId(1)), account: Some(AccountId(1)) });
    }

    #[test]
    fn never_panics_on_marker_soup(line in prop::collection::vec(word(), 0..20).prop_map(|w| w.join(" "))) {
        let _ = parse(&line, &directory(), today(), Defaults::default());
    }

    #[test]
    fn date_parser_never_panics(text in "\\PC{0,20}", offset in 0u64..100_000) {
        let day = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Days::new(offset);
        let _ = parse_date(&text, day, Direction::Past);
        let _ = parse_date(&text, day, Direction::Future);
    }

    #[test]
    fn a_rendered_capture_parses_back_to_itself(capture in capture()) {
        let line = render(&capture, &directory(), today());
        let back = parse(&line, &directory(), today(), Defaults::default());
        prop_assert_eq!(back.as_ref().ok(), Some(&capture), "line: {}", line);
    }
}
