//! Sample notebooks: realistic reps (two near retirement, a new hire, mentors),
//! accounts mid-handover, a year of sessions with ratings and commitments;
//! dated relative to `today` and generated from a seed, so the same call gives
//! the same notebook.

mod harvest;
mod mentoring;
mod plays;
mod rng;
mod sessions;
mod stays;
mod words;

use super::document::Notebook;
use super::skill::{parse_rubric, DEFAULT_RUBRIC};
use super::{
    Account, AccountData, AccountId, Contact, ContactData, ContactId, Handover, HandoverStage, Health, Meta, Rep,
    RepData, RepId, Risk, Skill, SkillId, Tier,
};
use chrono::{DateTime, Days, NaiveDate, Utc};
use rng::Rng;
use words::*;

/// How big a sample notebook to make.
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    /// Reps in the team.
    pub reps: usize,
    /// Accounts.
    pub accounts: usize,
    /// Coaching sessions over the last year.
    pub sessions: usize,
}

impl Default for DemoSize {
    fn default() -> Self {
        DemoSize {
            reps: 10,
            accounts: 40,
            sessions: 260,
        }
    }
}

/// The generator's state: its random numbers and the day it is dated around.
struct Maker {
    rng: Rng,
    today: NaiveDate,
}

impl Maker {
    fn meta(&mut self, day: NaiveDate) -> Meta {
        let at: DateTime<Utc> = day.and_hms_opt(18, 0, 0).unwrap_or_default().and_utc();
        let millis = at.timestamp_millis().max(0) as u64 + self.rng.below(1000) as u64;
        let at = DateTime::from_timestamp_millis(millis as i64).unwrap_or_default();
        Meta {
            uuid: uuid::Builder::from_unix_timestamp_millis(millis, &self.rng.bytes10()).into_uuid(),
            created_at: at,
            updated_at: at,
        }
    }

    fn days_ago(&self, days: i64) -> NaiveDate {
        self.shift(-days)
    }

    fn shift(&self, days: i64) -> NaiveDate {
        if days >= 0 {
            self.today.checked_add_days(Days::new(days as u64))
        } else {
            self.today.checked_sub_days(Days::new(days.unsigned_abs()))
        }
        .unwrap_or(self.today)
    }
}

/// Generates a sample notebook of `size` from `seed`, dated around `today`.
pub fn generate(size: DemoSize, seed: u64, today: NaiveDate) -> Notebook {
    let mut m = Maker {
        rng: Rng::new(seed),
        today,
    };
    let skills = skills(&mut m);
    let reps = reps(&mut m, size.reps.max(1), &skills);
    let (accounts, contacts) = accounts(&mut m, size.accounts, &reps);
    let (mut sessions, mut commitments) = sessions::sessions(&mut m, size.sessions, &reps, &accounts, &skills);
    mentoring::pair(&m, &reps, &mut sessions);
    stays::slipped_promise(&mut m, &reps, &mut commitments);
    let stays = stays::stays(&mut m, &reps, &accounts);
    let plays = plays::plays(&mut m, &reps, &accounts, &skills);
    let answers = harvest::answers(&mut m, &reps, &accounts);
    Notebook {
        reps,
        accounts,
        contacts,
        sessions,
        commitments,
        skills,
        stays,
        plays,
        answers,
    }
}

fn skills(m: &mut Maker) -> Vec<Skill> {
    let start = m.days_ago(400);
    parse_rubric(DEFAULT_RUBRIC)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, data)| Skill {
            id: SkillId(i as i64 + 1),
            meta: m.meta(start),
            data,
        })
        .collect()
}

fn reps(m: &mut Maker, count: usize, skills: &[Skill]) -> Vec<Rep> {
    let mut reps = Vec::with_capacity(count);
    for i in 0..count {
        let mut name = format!(
            "{} {}",
            FIRST[i % FIRST.len()],
            LAST[(i + i / FIRST.len()) % LAST.len()]
        );
        if i >= FIRST.len() * LAST.len() {
            name.push_str(&format!(" {}", i + 1));
        }
        let mut d = RepData::named(name);
        d.territory = TERRITORIES[i % TERRITORIES.len()].to_string();
        d.email = format!(
            "{}@example.com",
            d.name
                .to_lowercase()
                .replace(' ', ".")
                .replace(['ë', 'ú', 'ñ', 'í'], "e")
        );
        match i {
            0 | 1 => {
                d.title = "Senior Key Account Manager".into();
                d.hired_on = Some(m.days_ago(if i == 0 { 11_400 } else { 9_900 }));
                d.retires_on = Some(m.shift(if i == 0 { 420 } else { 980 }));
                d.cadence_days = 21;
                d.retention_risk = Some(Risk::Low);
            }
            2 => {
                d.title = "Field Sales Rep".into();
                d.hired_on = Some(m.days_ago(60));
                d.cadence_days = 7;
                d.mentor = Some(RepId(1));
                d.retention_risk = Some(Risk::Medium);
            }
            _ => {
                d.title = m
                    .rng
                    .pick(&["Account Manager", "Field Sales Rep", "Key Account Manager"])
                    .to_string();
                let tenure = m.rng.between(200, 5_500);
                d.hired_on = Some(m.days_ago(tenure));
                if tenure < 1_500 {
                    d.mentor = Some(RepId(m.rng.between(1, 2.min(count as i64))));
                    d.retention_risk = Some(*m.rng.pick(&[Risk::High, Risk::Medium, Risk::Low]));
                } else if m.rng.chance(30) {
                    d.retention_risk = Some(Risk::Low);
                }
                if m.rng.chance(20) {
                    d.cadence_days = 21;
                }
            }
        }
        let first = m.rng.below(skills.len());
        d.focus.push(skills[first].id);
        if m.rng.chance(50) {
            let second = skills[(first + 1 + m.rng.below(skills.len() - 1)) % skills.len()].id;
            d.focus.push(second);
        }
        let hired = d.hired_on.unwrap_or(m.today);
        reps.push(Rep {
            id: RepId(i as i64 + 1),
            meta: m.meta(hired.max(m.days_ago(400))),
            data: d,
        });
    }
    reps
}

fn accounts(m: &mut Maker, count: usize, reps: &[Rep]) -> (Vec<Account>, Vec<Contact>) {
    let mut accounts = Vec::with_capacity(count);
    let mut contacts = Vec::new();
    let seniors = reps.len().min(2);
    for i in 0..count {
        let name = format!(
            "{} {}",
            COMPANY_A[i % COMPANY_A.len()],
            COMPANY_B[(i + i / COMPANY_A.len()) % COMPANY_B.len()]
        );
        let tier = match i % 10 {
            0 => Tier::Key,
            1 | 2 => Tier::A,
            3..=6 => Tier::B,
            _ => Tier::C,
        };
        let important = matches!(tier, Tier::Key | Tier::A);
        let owner = if important && m.rng.chance(60) {
            m.rng.below(seniors)
        } else {
            m.rng.below(reps.len())
        };
        let value = match tier {
            Tier::Key => m.rng.between(1_000_000, 5_000_000),
            Tier::A => m.rng.between(300_000, 1_000_000),
            Tier::B => m.rng.between(50_000, 300_000),
            Tier::C => m.rng.between(5_000, 50_000),
        };
        let mut d = AccountData::named(name);
        d.industry = m.rng.pick(INDUSTRIES).to_string();
        d.tier = Some(tier);
        d.annual_value_cents = Some(value / 1_000 * 100_000);
        d.owner = Some(reps[owner].id);
        d.health = Some(*m.rng.pick(&[
            Health::Green,
            Health::Green,
            Health::Green,
            Health::Amber,
            Health::Amber,
            Health::Red,
        ]));
        if owner < seniors && important && reps.len() > 3 {
            let stages = [
                Some(HandoverStage::Planned),
                Some(HandoverStage::Introduced),
                Some(HandoverStage::JointVisits),
                Some(HandoverStage::HandedOver),
                None,
            ];
            if let Some(stage) = stages[i / 10 % stages.len()] {
                let successor = 2 + (i % (reps.len() - 2));
                let ahead = m.rng.between(30, 300);
                let target = if i % 3 == 0 { m.days_ago(20) } else { m.shift(ahead) };
                d.handover = Some(Handover {
                    successor: reps[successor].id,
                    stage,
                    target: Some(target),
                    notes: "Joint visits with the key contacts before the owner retires".into(),
                });
            }
        }
        let id = AccountId(i as i64 + 1);
        let handover_started = d.handover.as_ref().is_some_and(|h| h.stage != HandoverStage::Planned);
        for c in 0..1 + m.rng.below(4) {
            let touched = m.rng.between(3, 120);
            let contact = ContactData {
                account: id,
                name: format!(
                    "{} {}",
                    FIRST[(i * 3 + c * 5 + 7) % FIRST.len()],
                    LAST[(i * 5 + c * 3 + 1) % LAST.len()]
                ),
                role: m.rng.pick(ROLES).to_string(),
                influence: Some(m.rng.between(3, 10) as u8),
                known_by_owner: c == 0 || m.rng.chance(60),
                known_by_successor: handover_started && m.rng.chance(50),
                last_touch: Some(m.days_ago(touched)),
                notes: String::new(),
                archived: false,
                ..ContactData::default()
            };
            contacts.push(Contact {
                id: ContactId(contacts.len() as i64 + 1),
                meta: m.meta(m.days_ago(365)),
                data: contact,
            });
        }
        accounts.push(Account {
            id,
            meta: m.meta(m.days_ago(380)),
            data: d,
        });
    }
    (accounts, contacts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::retires_within;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn same_seed_same_notebook() {
        let a = generate(DemoSize::default(), 42, today());
        let b = generate(DemoSize::default(), 42, today());
        assert_eq!(a, b);
        assert_ne!(a, generate(DemoSize::default(), 43, today()));
    }

    #[test]
    fn the_sample_tells_the_stories_the_app_is_for() {
        let nb = generate(DemoSize::default(), 42, today());
        assert_eq!(nb.reps.len(), 10);
        assert_eq!(nb.sessions.len(), 260);
        let retiring = nb
            .reps
            .iter()
            .filter(|r| retires_within(r.data.retires_on, today(), 3.0))
            .count();
        assert_eq!(retiring, 2, "two reps within three years of retirement");
        assert!(
            nb.reps
                .iter()
                .any(|r| r.data.hired_on.is_some_and(|h| (today() - h).num_days() < 90)),
            "a new hire"
        );
        assert!(nb.reps.iter().any(|r| r.data.mentor.is_some()), "mentors");
        assert!(
            nb.accounts.iter().any(|a| a.data.tier == Some(Tier::Key)
                && a.data.handover.as_ref().is_some_and(|h| !h.stage.is_done())),
            "a key account mid-handover"
        );
        assert!(nb
            .sessions
            .iter()
            .all(|s| s.data.date <= today() && s.data.date > today() - Days::new(366)));
        assert!(
            nb.sessions.windows(2).all(|w| w[0].data.date <= w[1].data.date),
            "ids follow dates"
        );
        assert!(nb.sessions.iter().all(|s| s.data.clone().validated().is_ok()));
        assert!(nb.reps.iter().all(|r| r.data.clone().validated(Some(r.id)).is_ok()));
        assert!(!nb.commitments.is_empty() && nb.commitments.iter().any(|c| c.data.done_on.is_some()));
        assert!(nb.sessions.iter().any(|s| !s.data.ratings.is_empty()));
    }
}
