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
        ..Directory::default()
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
                // Peer coaching names its coach: another rep of the directory.
                coach: (kind == SessionKind::PeerCoaching).then_some(RepId(rep % 3 + 1)),
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
                settled: None,
                stay: None,
                play: None,
                know: None,
            },
        )
}

/// What a user sees of any line: a capture of a rep in the directory, or a
/// one-line message at a column inside the line.
fn answer_is_usable(
    line: &str,
    answer: Result<coachbook::domain::capture::Capture, coachbook::domain::capture::CaptureError>,
) {
    match answer {
        Ok(capture) => assert!(
            directory().reps.iter().any(|(id, _)| *id == capture.rep),
            "{line:?} saved for an unknown rep"
        ),
        Err(e) => {
            assert!(
                e.column >= 1 && e.column <= line.chars().count() + 1,
                "{line:?}: column {}",
                e.column
            );
            assert!(
                !e.message.is_empty() && !e.message.contains('\n'),
                "{line:?}: {:?}",
                e.message
            );
        }
    }
}

proptest! {
    #[test]
    fn any_input_saves_a_known_rep_or_says_where_it_is_wrong(line in "\\PC{0,80}") {
        for defaults in [Defaults::default(), Defaults { rep: Some(RepId(1)), account: Some(AccountId(1)) }] {
            answer_is_usable(&line, parse(&line, &directory(), today(), defaults));
        }
    }

    #[test]
    fn marker_soup_saves_a_known_rep_or_says_where_it_is_wrong(
        line in prop::collection::vec(word(), 0..20).prop_map(|w| w.join(" "))
    ) {
        answer_is_usable(&line, parse(&line, &directory(), today(), Defaults::default()));
    }

    #[test]
    fn any_date_text_is_a_date_that_reads_back_or_one_line_saying_why(
        text in "\\PC{0,20}",
        offset in 0u64..100_000,
    ) {
        let day = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Days::new(offset);
        for direction in [Direction::Past, Direction::Future] {
            match parse_date(&text, day, direction) {
                Ok(date) => prop_assert_eq!(parse_date(&date.to_string(), day, direction).ok(), Some(date)),
                Err(e) => {
                    let message = e.to_string();
                    prop_assert!(!message.is_empty() && !message.contains('\n'), "{:?}", message);
                }
            }
        }
    }

    #[test]
    fn a_rendered_capture_parses_back_to_itself(capture in capture()) {
        let line = render(&capture, &directory(), today());
        let back = parse(&line, &directory(), today(), Defaults::default());
        prop_assert_eq!(back.as_ref().ok(), Some(&capture), "line: {}", line);
    }
}
