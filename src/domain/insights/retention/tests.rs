use super::*;
use crate::domain::StayReason;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-26";

fn today() -> NaiveDate {
    d(TODAY)
}

fn facts() -> RetentionFacts {
    RetentionFacts {
        rep: RepId(1),
        name: "Sam Lee".into(),
        cadence_days: 14,
        session_dates: vec![d("2026-11-20")],
        focus_ratings: vec![("Closing".into(), vec![(d("2026-11-20"), 3), (d("2026-10-01"), 2)])],
        last_strength: Some(d("2026-11-20")),
        ..RetentionFacts::default()
    }
}

#[test]
fn a_coaching_gap_starts_the_day_after_the_cadence() {
    let mut f = facts();
    f.session_dates = vec![d("2026-11-12")];
    assert_eq!(coaching_gap(&f, today()), None, "14 days: on cadence");
    f.session_dates = vec![d("2026-11-11"), d("2026-09-01"), d("2026-08-20")];
    let gap = coaching_gap(&f, today()).unwrap();
    assert_eq!(
        gap.evidence,
        "1 day past a 14-day cadence (last 2026-11-11); longest gap in 180 days: 71 days"
    );
    f.session_dates.clear();
    assert_eq!(coaching_gap(&f, today()).unwrap().evidence, "never coached");
}

#[test]
fn the_longest_gap_counts_only_the_last_180_days() {
    let mut f = facts();
    // 2026-05-30 is 180 days back: the gap before it is cut at the window.
    f.session_dates = vec![d("2026-11-01"), d("2026-06-09"), d("2025-01-01")];
    let gap = coaching_gap(&f, today()).unwrap();
    assert!(
        gap.evidence.ends_with("longest gap in 180 days: 145 days"),
        "{}",
        gap.evidence
    );
}

#[test]
fn development_stalls_when_no_focus_rating_rose_in_120_days() {
    let mut f = facts();
    assert_eq!(development_stalled(&f, today()), None, "2 to 3 on 2026-11-20");
    f.focus_ratings = vec![("Closing".into(), vec![(d("2026-07-29"), 3), (d("2026-07-01"), 2)])];
    assert_eq!(development_stalled(&f, today()), None, "risen 120 days ago, to the day");
    f.focus_ratings = vec![("Closing".into(), vec![(d("2026-07-28"), 3), (d("2026-07-01"), 2)])];
    let s = development_stalled(&f, today()).unwrap();
    assert_eq!(
        s.evidence,
        "no focus rating has risen since 2026-07-29 (Closing 3 on 2026-07-28)"
    );
    f.focus_ratings = vec![("Closing".into(), vec![(d("2026-11-20"), 3), (d("2026-10-01"), 3)])];
    assert!(
        development_stalled(&f, today()).is_some(),
        "the same score is not a rise"
    );
    f.focus_ratings.clear();
    assert_eq!(development_stalled(&f, today()).unwrap().evidence, "no focus skill");
}

#[test]
fn will_falls_by_a_full_point_over_three_sessions() {
    let mut f = facts();
    f.wills = vec![3, 3, 3, 4, 4, 4];
    assert_eq!(
        will_falling(&f).unwrap().evidence,
        "will 3.0 over the last three sessions, 4.0 over the three before"
    );
    f.wills = vec![3, 3, 4, 4, 4, 4];
    assert_eq!(will_falling(&f), None, "0.7 lower is not a point");
    f.wills = vec![1, 1, 1, 5, 5];
    assert_eq!(will_falling(&f), None, "six scores are needed");
}

#[test]
fn the_managers_overdue_promises_are_named() {
    let mut f = facts();
    assert_eq!(promises_slipping(&f), None);
    f.manager_overdue = vec![
        ("Approve pricing".into(), d("2026-11-20")),
        ("Book a joint visit".into(), d("2026-11-02")),
    ];
    assert_eq!(
        promises_slipping(&f).unwrap().evidence,
        "2 promises of yours overdue, the oldest due 2026-11-02 (\"Book a joint visit\")"
    );
}

#[test]
fn the_first_two_years_end_on_the_second_anniversary() {
    let mut f = facts();
    f.hired_on = Some(d("2024-11-27"));
    assert_eq!(
        first_two_years(&f, today()).unwrap().evidence,
        "hired 2024-11-27, 23 months ago"
    );
    f.hired_on = Some(d("2024-11-26"));
    assert_eq!(first_two_years(&f, today()), None, "24 months to the day");
    f.hired_on = Some(d("2026-01-10"));
    assert_eq!(
        first_two_years(&f, today()).unwrap().evidence,
        "hired 2026-01-10, 10 months ago: the first year"
    );
    f.hired_on = None;
    assert_eq!(first_two_years(&f, today()), None);
}

#[test]
fn recognition_is_due_after_sixty_days() {
    let mut f = facts();
    f.last_strength = Some(d("2026-09-27"));
    assert_eq!(recognition_gap(&f, today()), None, "60 days");
    f.last_strength = Some(d("2026-09-26"));
    assert_eq!(
        recognition_gap(&f, today()).unwrap().evidence,
        "no strength noted in 61 days (last 2026-09-26)"
    );
    f.last_strength = None;
    assert_eq!(recognition_gap(&f, today()).unwrap().evidence, "no strength noted yet");
}

#[test]
fn a_senior_is_not_used_when_rated_well_and_mentoring_nobody() {
    let mut f = facts();
    f.retires_on = Some(d("2031-11-26"));
    f.top_rating = Some(4);
    assert_eq!(
        senior_not_used(&f, today()).unwrap().evidence,
        "retires 2031-11-26, rated 4 in the last 180 days, mentors nobody"
    );
    f.retires_on = Some(d("2031-11-27"));
    assert_eq!(senior_not_used(&f, today()), None, "more than five years out");
    f.retires_on = Some(d("2028-01-01"));
    f.top_rating = Some(3);
    assert_eq!(senior_not_used(&f, today()), None, "no 4 or 5");
    f.top_rating = Some(5);
    f.mentees = 1;
    assert_eq!(senior_not_used(&f, today()), None, "mentors someone");
}

#[test]
fn the_level_follows_the_stated_rules() {
    use Risk::*;
    assert_eq!(level(Some(High), Low, 0, false), Level::ActNow);
    assert_eq!(level(Some(Medium), Low, 2, false), Level::ActNow);
    assert_eq!(level(Some(Medium), Low, 1, false), Level::Watch);
    assert_eq!(level(None, Low, 4, false), Level::ActNow);
    assert_eq!(level(None, Low, 3, false), Level::Watch);
    assert_eq!(level(None, High, 3, false), Level::ActNow);
    assert_eq!(level(None, High, 1, false), Level::Watch);
    assert_eq!(level(Some(Low), Low, 1, false), Level::Fine);
    assert_eq!(level(Some(Low), Low, 0, true), Level::Watch, "a check-in overdue");
    assert_eq!(level(None, Medium, 1, false), Level::Fine);
}

#[test]
fn a_drifting_junior_is_act_now_with_the_strongest_signal_first() {
    let mut f = facts();
    f.hired_on = Some(d("2026-02-01"));
    f.session_dates = vec![d("2026-10-20")];
    f.wills = vec![2, 2, 3, 4, 4, 4];
    f.manager_overdue = vec![("Approve the training budget".into(), d("2026-11-10"))];
    let w = watch(&f, today(), 30, 90);
    let kinds: Vec<SignalKind> = w.signals.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            SignalKind::PromisesSlipping,
            SignalKind::CoachingGap,
            SignalKind::WillFalling,
            SignalKind::FirstTwoYears
        ]
    );
    assert_eq!(w.level, Level::ActNow);
    assert_eq!(w.action, "a stay conversation: ask what would make them stay");

    let mut stay = crate::domain::stay::StayData::new(RepId(1), d("2026-11-01"));
    stay.risk = Risk::Medium;
    stay.reasons = vec![StayReason::Growth];
    f.latest_stay = Some(stay);
    let w = watch(&f, today(), 30, 90);
    assert_eq!(w.next_check_in, Some(d("2026-12-01")));
    assert_eq!(w.action, "keep your own promise: Approve the training budget");
    f.latest_stay.as_mut().unwrap().date = d("2026-10-01");
    let w = watch(&f, today(), 30, 90);
    assert_eq!(w.action, "a stay conversation is due (since 2026-10-31)");
}
