//! Example lines: what each one captures, or where and why it fails.

use super::*;
use crate::domain::CommitmentOwner::{Manager, Rep as ByRep};

pub(super) fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Thursday.
pub(super) fn today() -> NaiveDate {
    d("2026-11-26")
}

pub(super) fn directory() -> Directory {
    Directory {
        reps: vec![
            (RepId(1), "Dana Ortiz".into()),
            (RepId(2), "Danielle Park".into()),
            (RepId(3), "José Núñez".into()),
            (RepId(4), "Sam Lee".into()),
            (RepId(5), "王芳".into()),
        ],
        accounts: vec![
            (AccountId(1), "Acme Tools".into()),
            (AccountId(2), "Acme Foods".into()),
            (AccountId(3), "Globex".into()),
        ],
        skills: vec![
            (SkillId(1), "Discovery".into(), "disc".into()),
            (SkillId(2), "Closing".into(), "close".into()),
            (SkillId(3), "Objection handling".into(), "obj".into()),
        ],
        ..Directory::default()
    }
}

pub(super) fn ok(line: &str) -> Capture {
    parse(line, &directory(), today(), Defaults::default()).unwrap_or_else(|e| panic!("{line:?}: {e}"))
}

pub(super) fn err(line: &str) -> CaptureError {
    match parse(line, &directory(), today(), Defaults::default()) {
        Ok(c) => panic!("{line:?} should fail, got {c:?}"),
        Err(e) => e,
    }
}

#[test]
fn the_example_from_the_issue() {
    let c = ok("@dana #acme.tools ride strong discovery, rushed the close disc:4 close:2 todo: send ROI case study fri !follow 2w");
    assert_eq!(c.rep, RepId(1));
    assert_eq!(c.account, Some(AccountId(1)));
    assert_eq!(c.kind, SessionKind::RideAlong);
    assert_eq!(c.notes, "strong discovery, rushed the close");
    assert_eq!(c.ratings, BTreeMap::from([(SkillId(1), 4), (SkillId(2), 2)]));
    assert_eq!(
        c.todos,
        vec![Todo {
            text: "send ROI case study".into(),
            due: Some(d("2026-11-27")),
            owner: ByRep
        }]
    );
    assert_eq!(c.follow_up, Some(d("2026-12-10")));
    assert_eq!(c.date, today());
}

#[test]
fn rep_names_by_prefix_initials_quotes_dots_typos_and_unicode() {
    for (line, rep) in [
        ("@dana", 1),
        ("@ortiz", 1),
        ("@do", 1),
        ("@DO notes", 1),
        ("@\"Dana Ortiz\"", 1),
        ("@dana.ortiz", 1),
        ("@dana_ortiz", 1),
        ("@ortzi", 1),
        ("@park", 2),
        ("@jose", 3),
        ("@núñez", 3),
        ("@sam", 4),
        ("@王芳", 5),
        ("notes first @sam", 4),
    ] {
        assert_eq!(ok(line).rep, RepId(rep), "{line}");
    }
}

#[test]
fn unknown_and_ambiguous_names_list_candidates_with_the_column() {
    let e = err("@zed great call");
    assert_eq!(e.column, 1);
    assert!(
        e.message.contains("no rep matches \"zed\"; reps are: Dana Ortiz"),
        "{e}"
    );
    let e = err("good call @dan");
    assert_eq!(e.column, 11);
    assert!(e.message.contains("Dana Ortiz (id 1), Danielle Park (id 2)"), "{e}");
    let e = err("@sam #acme");
    assert_eq!(e.column, 6);
    assert!(e.message.contains("Acme Tools (id 1), Acme Foods (id 2)"), "{e}");
    assert_eq!(
        e.wants_visits,
        vec![AccountId(1), AccountId(2)],
        "who visited them may settle it"
    );
    let e = err("@sam #initech");
    assert!(e.message.contains("no account matches"), "{e}");
    let e = err("@sam @dana");
    assert_eq!(e.column, 6);
    assert!(e.message.contains("one rep"), "{e}");
}

#[test]
fn a_line_without_a_rep() {
    assert_eq!(err("").column, 1);
    assert!(err("   ").message.contains("@name"));
    assert!(err("just some notes").message.contains("@name"));
    let c = parse(
        "just some notes",
        &directory(),
        today(),
        Defaults {
            rep: Some(RepId(4)),
            account: Some(AccountId(3)),
        },
    )
    .unwrap();
    assert_eq!(
        (c.rep, c.account, c.notes.as_str()),
        (RepId(4), Some(AccountId(3)), "just some notes")
    );
}

#[test]
fn a_lone_name_is_a_ride_along_today_with_nothing_else() {
    let c = ok("@sam");
    assert_eq!(
        (c.kind, c.date, c.notes.as_str()),
        (SessionKind::RideAlong, today(), "")
    );
    assert!(c.ratings.is_empty() && c.todos.is_empty() && c.follow_up.is_none());
}

#[test]
fn kind_words_only_at_the_start() {
    for (line, kind) in [
        ("@sam ride", SessionKind::RideAlong),
        ("@sam ride-along", SessionKind::RideAlong),
        ("@sam 1:1 pipeline", SessionKind::OneOnOne),
        ("@sam one-on-one", SessionKind::OneOnOne),
        ("call @sam", SessionKind::CallReview),
        ("@sam call-review", SessionKind::CallReview),
        ("@sam deal big one", SessionKind::DealReview),
        ("@sam deal-review", SessionKind::DealReview),
        ("@sam training on demos", SessionKind::Training),
        ("@sam Handover #globex", SessionKind::HandoverVisit),
    ] {
        assert_eq!(ok(line).kind, kind, "{line}");
    }
    let c = ok("@sam great call with the CFO");
    assert_eq!(c.kind, SessionKind::RideAlong);
    assert_eq!(c.notes, "great call with the CFO");
    let c = ok("@sam 1:1 training plan");
    assert_eq!((c.kind, c.notes.as_str()), (SessionKind::OneOnOne, "training plan"));
}

#[test]
fn ratings_by_alias_or_name() {
    let c = ok("@sam disc:5 Closing:1 objection-handling:3 OBJ:4");
    assert_eq!(
        c.ratings,
        BTreeMap::from([(SkillId(1), 5), (SkillId(2), 1), (SkillId(3), 4)])
    );
    let e = err("@sam disc:6");
    assert_eq!(e.column, 6);
    assert!(e.message.contains("from 1 to 5, not 6"), "{e}");
    assert!(err("@sam disc:0").message.contains("not 0"));
    let e = err("@sam juggling:3");
    assert!(e.message.contains("no skill matches \"juggling\""), "{e}");
    assert_eq!(ok("@sam ratio 3:1 is fine").notes, "ratio 3:1 is fine");
}

#[test]
fn todos_with_dates_owners_and_ends() {
    let c = ok("@sam todo: call the CFO by next mon todo(me): approve pricing 2026-12-01; todo: read the brief");
    assert_eq!(
        c.todos,
        vec![
            Todo {
                text: "call the CFO".into(),
                due: Some(d("2026-11-30")),
                owner: ByRep
            },
            Todo {
                text: "approve pricing".into(),
                due: Some(d("2026-12-01")),
                owner: Manager
            },
            Todo {
                text: "read the brief".into(),
                due: None,
                owner: ByRep
            },
        ]
    );
    let c = ok("@sam todo:send deck dec 3");
    assert_eq!(c.todos[0].text, "send deck");
    assert_eq!(c.todos[0].due, Some(d("2026-12-03")));
    let c = ok("@sam todo: book room 3 dec; notes after");
    assert_eq!(
        (c.todos[0].due, c.notes.as_str()),
        (Some(d("2026-12-03")), "notes after")
    );
    let c = ok("@sam todo: chapter 3");
    assert_eq!((c.todos[0].text.as_str(), c.todos[0].due), ("chapter 3", None));
    let c = ok("@sam todo: plan \\fri");
    assert_eq!((c.todos[0].text.as_str(), c.todos[0].due), ("plan fri", None));
    let e = err("@sam todo: ; rest");
    assert_eq!(e.column, 6);
    assert!(e.message.contains("a todo needs some text"));
    let c = ok("@sam todo: fri");
    assert_eq!(
        (c.todos[0].text.as_str(), c.todos[0].due),
        ("fri", None),
        "one word is the text"
    );
}

#[test]
fn strengths_and_improvements_run_to_a_semicolon_or_marker() {
    let c = ok("@sam +great rapport; -talked too much, interrupted; notes here +clear plan disc:4");
    assert_eq!(c.strengths, "great rapport\nclear plan");
    assert_eq!(c.improvements, "talked too much, interrupted");
    assert_eq!(c.notes, "notes here");
    assert_eq!(c.ratings.len(), 1);
    let c = ok("@sam good - but slow; +fast");
    assert_eq!((c.notes.as_str(), c.strengths.as_str()), ("good - but slow;", "fast"));
}

#[test]
fn follow_up_and_backdating() {
    for (line, follow) in [
        ("@sam !follow 2w", "2026-12-10"),
        ("@sam !follow fri", "2026-11-27"),
        ("@sam !follow next thu", "2026-12-03"),
        ("@sam !follow dec 3", "2026-12-03"),
        ("@sam !follow 3 jan", "2027-01-03"),
        ("@sam !follow 2027-02-28", "2027-02-28"),
        ("@sam !follow tomorrow", "2026-11-27"),
        ("@sam !FOLLOW 1m", "2026-12-26"),
    ] {
        assert_eq!(ok(line).follow_up, Some(d(follow)), "{line}");
    }
    for (line, date) in [
        ("@sam !date yesterday", "2026-11-25"),
        ("@sam !date mon", "2026-11-23"),
        ("@sam !date 3d", "2026-11-23"),
        ("@sam !date dec 31", "2025-12-31"),
        ("@sam !date 2024-02-29", "2024-02-29"),
    ] {
        assert_eq!(ok(line).date, d(date), "{line}");
    }
    let c = ok("@sam !date dec 3 notes after the date");
    assert_eq!((c.date, c.notes.as_str()), (d("2025-12-03"), "notes after the date"));
    let e = err("@sam !follow");
    assert_eq!(e.column, 6);
    assert!(e.message.contains("!follow needs a date"), "{e}");
    let e = err("@sam !follow soonish");
    assert_eq!(e.column, 14);
    assert!(e.message.contains("\"soonish\" is not a date"), "{e}");
    let e = err("@sam !date 2026-02-30");
    assert!(e.message.contains("February 2026 has 28 days"), "{e}");
    assert!(err("@sam !follow disc:4").message.contains("needs a date"));
}

#[test]
fn dates_across_month_and_year_ends() {
    let at = |line: &str, today: &str| parse(line, &directory(), d(today), Defaults::default()).unwrap();
    assert_eq!(
        at("@sam !follow tomorrow", "2026-12-31").follow_up,
        Some(d("2027-01-01"))
    );
    assert_eq!(at("@sam !date yesterday", "2027-01-01").date, d("2026-12-31"));
    assert_eq!(at("@sam todo: x 1m", "2027-01-31").todos[0].due, Some(d("2027-02-28")));
    assert_eq!(at("@sam !follow jan 2", "2026-12-30").follow_up, Some(d("2027-01-02")));
    assert_eq!(at("@sam !date dec 30", "2027-01-02").date, d("2026-12-30"));
}

#[test]
fn notes_are_kept_verbatim() {
    let c = ok("@sam   Great   opener,  “quoted” words — and émojis 🎉 work? no:  \\@literal \\#1 \\+1 \\todo: x");
    assert_eq!(
        c.notes,
        "Great   opener,  “quoted” words — and émojis 🎉 work? no:  @literal #1 +1 todo: x"
    );
    let c = ok("@sam \\@literal \\#1 \\+1 \\-2 \\todo: \\disc:4 \\!follow end");
    assert_eq!(c.notes, "@literal #1 +1 -2 todo: disc:4 !follow end");
    let c = ok("markers #globex in @sam the middle disc:3 stay out");
    assert_eq!(c.notes, "markers in the middle stay out");
    assert_eq!(c.account, Some(AccountId(3)));
}

#[test]
fn unclosed_quotes_and_odd_places() {
    let e = err("@\"Dana Ortiz");
    assert_eq!(e.column, 2);
    assert!(e.message.contains("never closed"));
    let e = err("@sam #\"Acme");
    assert_eq!(e.column, 7);
    assert_eq!(ok("@sam !follow 2w +nice").strengths, "nice");
    assert_eq!(ok("+first @sam").strengths, "first");
    assert_eq!(ok("@sam todo: a;todo: b").todos.len(), 1, "a;todo: is one word");
    assert_eq!(ok("@sam + -").notes, "+ -", "lone signs are text");
}
