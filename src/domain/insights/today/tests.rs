//! The Today figures on a small fixed team, with dates at week, month and year ends.

use super::*;
use crate::domain::config::{Config, TopPerformers};
use crate::domain::figures::RepActivity;
use crate::domain::insights::spread::{field_time, week_start};
use crate::domain::insights::succession::succession;
use crate::domain::insights::tally::{Tally, Windows};
use crate::domain::insights::Facts;
use crate::domain::knowledge::{default_questions, Question};
use crate::domain::{
    Account, AccountData, Commitment, CommitmentData, Contact, ContactData, Handover, Meta, Rep, RepData, Session,
    SessionData, SkillId,
};
use chrono::Weekday;
use std::collections::HashMap;

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

fn rep(id: i64, name: &str, cadence: u16, retires: Option<&str>) -> Rep {
    let mut data = RepData::named(name);
    data.cadence_days = cadence;
    data.retires_on = retires.map(d);
    Rep {
        id: RepId(id),
        meta: meta(),
        data,
    }
}

fn session(id: i64, rep: i64, date: &str, kind: SessionKind, rating: Option<u8>) -> Session {
    let mut data = SessionData::new(RepId(rep), d(date));
    data.kind = kind;
    if let Some(r) = rating {
        data.ratings.insert(SkillId(1), r);
    }
    Session {
        id: SessionId(id),
        meta: meta(),
        data,
    }
}

struct World {
    reps: Vec<Rep>,
    accounts: Vec<Account>,
    sessions: Vec<Session>,
    commitments: Vec<Commitment>,
    contacts: Vec<Contact>,
    config: Config,
    questions: Vec<Question>,
    answered: HashMap<AccountId, Vec<String>>,
}

impl World {
    fn new() -> World {
        let reps = vec![
            rep(1, "Ann", 14, None),
            rep(2, "Bo", 14, None),
            rep(3, "Cy", 7, Some("2027-06-30")),
            rep(4, "Di", 14, Some("2029-03-01")),
            rep(5, "Ed", 14, None),
        ];
        World {
            reps,
            accounts: Vec::new(),
            sessions: Vec::new(),
            commitments: Vec::new(),
            contacts: Vec::new(),
            config: Config::default(),
            questions: default_questions(),
            answered: HashMap::new(),
        }
    }

    /// Writes down every harvest answer for `account`.
    fn harvested(&mut self, account: i64, answers: usize) {
        let keys = self.questions.iter().take(answers).map(|q| q.key.clone()).collect();
        self.answered.insert(AccountId(account), keys);
    }

    fn activity(&self) -> HashMap<RepId, RepActivity> {
        let mut map: HashMap<RepId, RepActivity> = HashMap::new();
        for s in &self.sessions {
            let entry = map.entry(s.data.rep).or_default();
            if entry.last_session.is_none_or(|(date, _)| s.data.date > date) {
                entry.last_session = Some((s.data.date, s.data.kind));
            }
        }
        map
    }

    fn check<T>(&self, today: &str, f: impl FnOnce(&Facts<'_>) -> T) -> T {
        let activity = self.activity();
        let tally = Tally::of(&self.sessions, Windows::new(d(today), &self.config, None));
        let facts = Facts {
            today: d(today),
            config: &self.config,
            reps: &self.reps,
            activity: &activity,
            accounts: &self.accounts,
            tally: &tally,
            commitments: &self.commitments,
            contacts: &self.contacts,
            questions: &self.questions,
            answered: &self.answered,
        };
        f(&facts)
    }
}

#[test]
fn coaching_due_puts_never_coached_first_then_most_overdue() {
    let mut w = World::new();
    w.sessions = vec![
        session(1, 1, "2026-11-01", SessionKind::RideAlong, None),
        session(2, 2, "2026-11-20", SessionKind::OneOnOne, None),
        session(3, 3, "2026-11-18", SessionKind::CallReview, None),
        session(4, 4, "2026-11-12", SessionKind::RideAlong, None),
    ];
    let due = w.check("2026-11-26", coaching_due);
    let order: Vec<i64> = due.iter().map(|d| d.rep.0).collect();
    assert_eq!(
        order,
        vec![5, 1, 3],
        "Ed never; Ann 11 over; Cy 1 over; Di due today is not listed"
    );
    assert_eq!(due[0].days_since, None);
    assert_eq!(due[1].days_since, Some(25));
    assert_eq!(due[1].last, Some((d("2026-11-01"), SessionKind::RideAlong)));
}

#[test]
fn commitments_overdue_and_due_within_a_week_grouped_by_rep() {
    let mut w = World::new();
    let c = |id: i64, rep: i64, due: &str, done: bool| Commitment {
        id: CommitmentId(id),
        meta: meta(),
        data: CommitmentData {
            done_on: done.then(|| d(due)),
            ..CommitmentData::new(RepId(rep), format!("c{id}"), Some(d(due)))
        },
    };
    w.commitments = vec![
        c(1, 2, "2026-12-30", false),
        c(2, 2, "2027-01-07", false),
        c(3, 1, "2027-01-08", false),
        c(4, 1, "2026-12-20", true),
        c(5, 2, "2026-12-31", false),
    ];
    let due = w.check("2026-12-31", commitments_due);
    let ids: Vec<(i64, bool)> = due.iter().map(|c| (c.id.0, c.overdue)).collect();
    assert_eq!(
        ids,
        vec![(1, true), (5, false), (2, false)],
        "Bo's only, across the year end"
    );
}

#[test]
fn follow_ups_due_until_a_later_session_follows_up() {
    let mut w = World::new();
    let mut first = session(1, 1, "2026-11-01", SessionKind::RideAlong, None);
    first.data.follow_up = Some(d("2026-11-15"));
    let mut second = session(2, 2, "2026-11-10", SessionKind::RideAlong, None);
    second.data.follow_up = Some(d("2026-11-26"));
    let mut future = session(3, 3, "2026-11-20", SessionKind::RideAlong, None);
    future.data.follow_up = Some(d("2026-11-27"));
    w.sessions = vec![first, second, future];
    let due = w.check("2026-11-26", follow_ups);
    assert_eq!(
        due.iter().map(|f| f.session.0).collect::<Vec<_>>(),
        vec![1, 2],
        "today counts"
    );
    w.sessions
        .push(session(4, 1, "2026-11-16", SessionKind::OneOnOne, None));
    let due = w.check("2026-11-26", follow_ups);
    assert_eq!(
        due.iter().map(|f| f.session.0).collect::<Vec<_>>(),
        vec![2],
        "Ann was followed up"
    );
}

#[test]
fn handovers_late_or_not_started_before_retirement() {
    let mut w = World::new();
    let account = |id: i64, tier: Tier, owner: i64, handover: Option<(HandoverStage, &str)>| {
        let mut data = AccountData::named(format!("A{id}"));
        data.tier = Some(tier);
        data.owner = Some(RepId(owner));
        data.handover = handover.map(|(stage, target)| Handover {
            successor: RepId(1),
            stage,
            target: Some(d(target)),
            notes: String::new(),
        });
        Account {
            id: AccountId(id),
            meta: meta(),
            data,
        }
    };
    w.accounts = vec![
        account(1, Tier::Key, 2, Some((HandoverStage::Introduced, "2026-11-30"))),
        account(2, Tier::A, 2, Some((HandoverStage::JointVisits, "2026-12-01"))),
        account(3, Tier::Key, 3, None),
        account(4, Tier::Key, 3, Some((HandoverStage::Planned, "2027-05-01"))),
        account(5, Tier::B, 3, None),
        account(6, Tier::Key, 4, None),
        account(7, Tier::Key, 3, Some((HandoverStage::Introduced, "2027-05-01"))),
        account(8, Tier::Key, 2, Some((HandoverStage::Complete, "2026-01-01"))),
    ];
    for id in 1..=8 {
        w.harvested(id, 7);
    }
    let risks = w.check("2026-12-01", handovers_at_risk);
    let ids: Vec<i64> = risks.iter().map(|r| r.account.0).collect();
    assert_eq!(
        ids,
        vec![1, 3, 4],
        "late; Cy retires within 12 months with none or only planned"
    );
    assert!(
        risks[0].reason.contains("1 day past its target (2026-11-30)"),
        "{}",
        risks[0].reason
    );
    assert!(
        risks[1].reason.contains("Cy retires on 2027-06-30"),
        "{}",
        risks[1].reason
    );
}

#[test]
fn a_key_account_with_less_than_half_its_knowledge_harvested_is_at_risk() {
    let mut w = World::new();
    let account = |id: i64, tier: Tier, owner: i64, stage: Option<HandoverStage>| {
        let mut data = AccountData::named(format!("A{id}"));
        data.tier = Some(tier);
        data.owner = Some(RepId(owner));
        data.handover = stage.map(|stage| Handover {
            successor: RepId(1),
            stage,
            target: Some(d("2028-01-01")),
            notes: String::new(),
        });
        Account {
            id: AccountId(id),
            meta: meta(),
            data,
        }
    };
    w.accounts = vec![
        account(1, Tier::Key, 4, None),
        account(2, Tier::A, 4, None),
        account(3, Tier::Key, 4, None),
        account(4, Tier::B, 4, None),
        account(5, Tier::Key, 1, Some(HandoverStage::Introduced)),
        account(6, Tier::Key, 1, None),
        account(7, Tier::Key, 4, Some(HandoverStage::Complete)),
    ];
    w.harvested(1, 3);
    w.harvested(2, 4);
    let risks = w.check("2026-12-01", handovers_at_risk);
    let ids: Vec<i64> = risks.iter().map(|r| r.account.0).collect();
    assert_eq!(
        ids,
        vec![1, 3, 5],
        "3 of 7 is thin, 4 of 7 is not; a B account needs no harvest; a begun handover needs one \
         though the owner stays; no owner retiring and no handover, none; a complete handover is done"
    );
    assert_eq!(
        risks[0].reason, "only 3 of 7 harvest questions answered; Di retires on 2029-03-01",
        "Di retires in 2029, beyond the 12 months of the no-handover rule"
    );
    assert_eq!(risks[2].reason, "only 0 of 7 harvest questions answered");
    let view = w.check("2026-12-01", |f| succession(f, &HashMap::new()));
    let row = |id: i64| {
        view.groups
            .iter()
            .flat_map(|g| &g.rows)
            .find(|r| r.account.0 == id)
            .unwrap()
            .clone()
    };
    assert_eq!((row(1).knowledge, row(1).knowledge_thin), (Some((3, 7)), true));
    assert_eq!((row(2).knowledge, row(2).knowledge_thin), (Some((4, 7)), false));
    assert_eq!((row(6).knowledge, row(6).knowledge_thin), (None, false));
}

#[test]
fn field_time_by_week_and_month_with_configurable_week_start() {
    let mut w = World::new();
    w.sessions = vec![
        session(1, 1, "2026-11-29", SessionKind::RideAlong, None),
        session(2, 1, "2026-11-30", SessionKind::HandoverVisit, None),
        session(3, 2, "2026-12-01", SessionKind::OneOnOne, None),
        session(4, 2, "2026-12-02", SessionKind::RideAlong, None),
    ];
    // Wednesday 2026-12-02; the week began on Monday 11-30; the month on 12-01.
    let ft = w.check("2026-12-02", field_time);
    assert_eq!((ft.week, ft.month, ft.weekly_target), (2, 1, 2));
    w.config.week_start = "sunday".into();
    let ft = w.check("2026-12-02", field_time);
    assert_eq!(ft.week, 3, "from Sunday 11-29");
    assert_eq!(
        week_start(d("2027-01-01"), Weekday::Mon),
        d("2026-12-28"),
        "across the year end"
    );
    assert_eq!(week_start(d("2026-11-30"), Weekday::Mon), d("2026-11-30"));
}

#[test]
fn spread_warns_when_the_top_gets_nothing_and_the_middle_too_little() {
    let mut w = World::new();
    let ratings = [(1, 5), (2, 4), (3, 3), (4, 2), (5, 1)];
    let mut id = 0;
    for (rep, score) in ratings {
        id += 1;
        w.sessions
            .push(session(id, rep, "2026-10-01", SessionKind::OneOnOne, Some(score)));
    }
    for _ in 0..6 {
        id += 1;
        w.sessions
            .push(session(id, 5, "2026-11-01", SessionKind::RideAlong, None));
    }
    id += 1;
    w.sessions
        .push(session(id, 3, "2026-11-02", SessionKind::RideAlong, None));
    let ft = w.check("2026-11-26", field_time);
    let names: Vec<&str> = ft.tiers.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["top 20%", "middle 60%", "bottom 20%"]);
    assert_eq!(ft.tiers[0].reps, vec![RepId(1)]);
    assert_eq!(ft.tiers[2].reps, vec![RepId(5)]);
    assert_eq!(ft.tiers[2].field_sessions, 6);
    assert_eq!(ft.warnings.len(), 2, "{:?}", ft.warnings);
    assert!(ft.warnings[0].contains("top 20% got no field time"));
    assert!(
        ft.warnings[1].contains("middle 60% got 14% of field time for 60% of the team"),
        "{:?}",
        ft.warnings
    );

    w.config.top_performers = TopPerformers::Named(vec!["Ed".into()]);
    let ft = w.check("2026-11-26", field_time);
    assert_eq!(ft.tiers[0].reps, vec![RepId(5)]);
    assert_eq!(ft.tiers[0].field_sessions, 6);
}

#[test]
fn succession_groups_by_owner_and_sums_value_at_risk() {
    let mut w = World::new();
    let account = |id: i64, owner: i64, value: i64, handover: Option<HandoverStage>| {
        let mut data = AccountData::named(format!("A{id}"));
        data.tier = Some(Tier::Key);
        data.owner = Some(RepId(owner));
        data.annual_value_cents = Some(value);
        data.handover = handover.map(|stage| Handover {
            successor: RepId(1),
            stage,
            target: None,
            notes: String::new(),
        });
        Account {
            id: AccountId(id),
            meta: meta(),
            data,
        }
    };
    w.accounts = vec![
        account(1, 3, 100, None),
        account(2, 3, 200, Some(HandoverStage::Planned)),
        account(3, 3, 400, Some(HandoverStage::Introduced)),
        account(4, 4, 800, None),
        account(5, 2, 1600, None),
    ];
    w.contacts = vec![Contact {
        id: crate::domain::ContactId(1),
        meta: meta(),
        data: ContactData {
            account: AccountId(3),
            name: "Lee".into(),
            known_by_owner: true,
            known_by_successor: true,
            ..ContactData::default()
        },
    }];
    w.harvested(3, 4);
    let visits = HashMap::from([(AccountId(3), 2)]);
    let view = w.check("2026-11-26", |f| succession(f, &visits));
    assert_eq!(
        view.value_at_risk_cents, 300,
        "Cy's two not started; Di retires in over two years"
    );
    w.harvested(3, 3);
    let view = w.check("2026-11-26", |f| succession(f, &visits));
    assert_eq!(
        view.value_at_risk_cents, 700,
        "and the one begun with only 3 of 7 questions answered"
    );
    let owners: Vec<Option<RepId>> = view.groups.iter().map(|g| g.owner).collect();
    assert_eq!(owners, vec![Some(RepId(3)), Some(RepId(4)), Some(RepId(2))]);
    assert!(view.groups[0].retiring && view.groups[1].retiring && !view.groups[2].retiring);
    let a3 = view.groups[0].rows.iter().find(|r| r.account == AccountId(3)).unwrap();
    assert_eq!((a3.joint_visits, a3.contacts, a3.known_by_successor), (2, 1, 1));
    assert!(a3.single_threaded);
}
