//! Names settled by what else the line names, and stay conversation lines.

use super::tests::{d, directory, err, ok, today};
use super::*;

#[test]
fn the_account_named_beside_an_ambiguous_rep_settles_it_and_the_line_says_how() {
    let mut dir = directory();
    dir.owners.insert(AccountId(1), RepId(1));
    let c = parse("@dan #acme strong call", &dir, today(), Defaults::default()).unwrap();
    assert_eq!((c.rep, c.account), (RepId(1), Some(AccountId(1))));
    assert_eq!(
        c.settled.as_deref(),
        Some("read @dan as Dana Ortiz and #acme as Acme Tools: Dana Ortiz owns Acme Tools")
    );
    assert!(c
        .describe(&dir)
        .ends_with("(read @dan as Dana Ortiz and #acme as Acme Tools: Dana Ortiz owns Acme Tools)"));
    let c = parse("@dan #acme.tools", &dir, today(), Defaults::default()).unwrap();
    assert_eq!(
        c.settled.as_deref(),
        Some("read @dan as Dana Ortiz: Dana Ortiz owns Acme Tools")
    );
    // The selected account stands in for one not named.
    let selected = Defaults {
        rep: None,
        account: Some(AccountId(1)),
    };
    assert_eq!(parse("@dan notes", &dir, today(), selected).unwrap().rep, RepId(1));
    // Taking an account over links a rep to it too.
    dir.successors.insert(AccountId(2), RepId(2));
    let c = parse("@dan #acme.foods", &dir, today(), Defaults::default()).unwrap();
    assert_eq!(
        c.settled.as_deref(),
        Some("read @dan as Danielle Park: Danielle Park takes over Acme Foods")
    );
    // Nothing to tell them apart: still an error, never a guess.
    let e = parse("@dan #globex", &dir, today(), Defaults::default()).unwrap_err();
    assert!(e.message.contains("could be any rep"), "{e}");
}

#[test]
fn the_last_visit_settles_a_name_when_no_one_owns_the_account() {
    let mut dir = directory();
    dir.visits.insert((RepId(4), AccountId(2)), d("2026-11-20"));
    dir.visits.insert((RepId(4), AccountId(1)), d("2026-10-02"));
    dir.visits_loaded.extend([AccountId(1), AccountId(2)]);
    let c = parse("@sam #acme", &dir, today(), Defaults::default()).unwrap();
    assert_eq!(c.account, Some(AccountId(2)));
    assert_eq!(
        c.settled.as_deref(),
        Some("read #acme as Acme Foods: Sam Lee visited Acme Foods last, on 2026-11-20")
    );
    let e = parse("@dan #acme", &dir, today(), Defaults::default()).unwrap_err();
    assert!(
        e.wants_visits.is_empty() && e.message.contains("could be any rep"),
        "{e:?}"
    );
}

#[test]
fn an_ambiguous_name_on_a_line_lists_ids_but_asks_for_more_of_the_name() {
    let e = err("@dan good call");
    assert!(e.message.ends_with("type more of the name"), "{e}");
}

#[test]
fn a_stay_line_is_a_stay_conversation_with_its_notes() {
    use crate::domain::{Risk, StayReason, TwoYears};
    let c = ok("@sam stay risk:high why:recruiter,growth 2y:unsure offer from a competitor next:2w");
    let stay = c.stay.clone().unwrap();
    assert_eq!(stay.risk, Risk::High);
    assert_eq!(stay.reasons, vec![StayReason::Recruiter, StayReason::Growth]);
    assert_eq!(stay.two_years, TwoYears::Unsure);
    assert_eq!(stay.next, Some(d("2026-12-10")));
    assert_eq!(c.notes, "offer from a competitor");
    assert_eq!(
        c.describe(&directory()),
        "stay conversation with Sam Lee on 2026-11-26: risk high (approached by a recruiter or competitor, \
         growth or career path), here in two years: unsure"
    );
    let again = parse(
        &render(&c, &directory(), today()),
        &directory(),
        today(),
        Defaults::default(),
    )
    .unwrap();
    assert_eq!(again, c, "a stay line renders back to itself");

    let e = err("@sam stay risk:high offer");
    assert_eq!(e.column, 6);
    assert!(
        e.message.contains("needs risk:low|medium|high and 2y:yes|unsure|no"),
        "{e}"
    );
    let e = err("@sam stay risk:sky 2y:no");
    assert!(e.message.contains("risk: \"sky\" is not a valid retention risk"), "{e}");
    let e = err("@sam stay risk:low 2y:yes disc:4");
    assert!(
        e.message
            .contains("ratings, todos, strengths, accounts and follow-ups go in a session"),
        "{e}"
    );
    assert_eq!(
        ok("@sam risk:high notes").stay,
        None,
        "only a line starting with stay is one"
    );
    assert_eq!(ok("@sam risk:high notes").notes, "risk:high notes");
}

#[test]
fn a_play_line_is_a_play_by_the_rep_named() {
    let c = ok("play: @dana #globex disc \"Meet the engineer first\" book a plant visit, bring the spec");
    let play = c.play.clone().unwrap();
    assert_eq!(play.title, "Meet the engineer first");
    assert_eq!(play.steps, "book a plant visit, bring the spec");
    assert_eq!(play.skills, vec![SkillId(1)]);
    assert_eq!((c.rep, c.account), (RepId(1), Some(AccountId(3))));
    assert_eq!(
        c.describe(&directory()),
        "play \"Meet the engineer first\" by Dana Ortiz for Discovery"
    );
    let again = parse(
        &render(&c, &directory(), today()),
        &directory(),
        today(),
        Defaults::default(),
    )
    .unwrap();
    assert_eq!(again, c, "a play line renders back to itself");
    let e = err("play: @dana no quotes here");
    assert!(e.message.contains("a play needs its title in quotes"), "{e}");
    let e = err("play: @dana \"Title\" steps todo: follow up");
    assert!(
        e.message
            .contains("ratings, todos, strengths and follow-ups go in a session"),
        "{e}"
    );
    assert_eq!(ok("@dana disc was good").play, None);
}
