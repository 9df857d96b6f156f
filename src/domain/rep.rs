//! A sales rep the manager coaches.

use super::enums::Risk;
use super::fields::FieldId;
use super::ids::{Meta, RepId, SkillId};
use super::validation::{check_name, trim_in_place, FieldErrors};
use chrono::NaiveDate;

/// How many skills a rep develops at once; more dilutes coaching.
pub const MAX_FOCUS_SKILLS: usize = 2;
/// Days between coaching sessions when nothing else is set.
pub const DEFAULT_CADENCE_DAYS: u16 = 14;

/// The editable part of a rep: what forms and the CLI fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepData {
    /// Full name; required.
    pub name: String,
    /// Job title ("Senior Account Manager").
    pub title: String,
    /// Territory or region.
    pub territory: String,
    /// Work email.
    pub email: String,
    /// Phone number, as typed.
    pub phone: String,
    /// First day in the role, for tenure.
    pub hired_on: Option<NaiveDate>,
    /// Planned retirement or exit, for succession planning.
    pub retires_on: Option<NaiveDate>,
    /// Another rep who mentors this one.
    pub mentor: Option<RepId>,
    /// Target days between coaching sessions (1..=365).
    pub cadence_days: u16,
    /// How likely the rep is to leave.
    pub retention_risk: Option<Risk>,
    /// Skills the rep is developing now, at most two, in order.
    pub focus: Vec<SkillId>,
    /// Free-form notes.
    pub notes: String,
    /// Archived reps are hidden but restorable.
    pub archived: bool,
}

impl Default for RepData {
    fn default() -> Self {
        RepData {
            name: String::new(),
            title: String::new(),
            territory: String::new(),
            email: String::new(),
            phone: String::new(),
            hired_on: None,
            retires_on: None,
            mentor: None,
            cadence_days: DEFAULT_CADENCE_DAYS,
            retention_risk: None,
            focus: Vec::new(),
            notes: String::new(),
            archived: false,
        }
    }
}

impl RepData {
    /// A draft with only a name, the rest defaulted.
    pub fn named(name: impl Into<String>) -> Self {
        RepData {
            name: name.into(),
            ..RepData::default()
        }
    }

    /// Trims the text fields and checks every rule; `own_id` is the rep's id
    /// when editing, so a rep cannot mentor itself.
    pub fn validated(mut self, own_id: Option<RepId>) -> Result<RepData, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_name(&mut self.name, FieldId::Name, "a rep", &mut errors);
        for text in [&mut self.title, &mut self.territory, &mut self.email, &mut self.phone] {
            trim_in_place(text);
        }
        if !self.email.is_empty() && !looks_like_email(&self.email) {
            errors.add(
                FieldId::Email,
                format!("{:?} does not look like an email address", self.email),
            );
        }
        if !(1..=365).contains(&self.cadence_days) {
            errors.add(FieldId::CadenceDays, "cadence must be between 1 and 365 days");
        }
        if own_id.is_some() && self.mentor == own_id {
            errors.add(FieldId::Mentor, "a rep cannot mentor themselves");
        }
        let mut seen = Vec::new();
        self.focus.retain(|s| {
            let fresh = !seen.contains(s);
            seen.push(*s);
            fresh
        });
        if self.focus.len() > MAX_FOCUS_SKILLS {
            errors.add(FieldId::Focus, too_many_focus_message());
        }
        if let (Some(hired), Some(retires)) = (self.hired_on, self.retires_on) {
            if retires < hired {
                errors.add(FieldId::RetiresOn, "retirement date is before the hire date");
            }
        }
        errors.into_result(self)
    }

    /// Adds a focus skill, refusing a third so the rep's development stays focused.
    pub fn add_focus(&mut self, skill: SkillId) -> Result<(), String> {
        if self.focus.contains(&skill) {
            return Ok(());
        }
        if self.focus.len() >= MAX_FOCUS_SKILLS {
            return Err(too_many_focus_message());
        }
        self.focus.push(skill);
        Ok(())
    }
}

fn too_many_focus_message() -> String {
    format!("a rep develops at most {MAX_FOCUS_SKILLS} focus skills at a time; close one first")
}

fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => !local.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace),
        None => false,
    }
}

/// A saved rep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rep {
    /// Row id.
    pub id: RepId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: RepData,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn name_is_trimmed_and_required() {
        let ok = RepData::named("  Dana Ortiz ").validated(None).unwrap();
        assert_eq!(ok.name, "Dana Ortiz");
        let err = RepData::named("   ").validated(None).unwrap_err();
        assert_eq!(err.get(FieldId::Name), Some("a rep needs a name"));
    }

    #[test]
    fn cadence_bounds() {
        for (days, ok) in [(0, false), (1, true), (14, true), (365, true), (366, false)] {
            let mut rep = RepData::named("A");
            rep.cadence_days = days;
            assert_eq!(rep.validated(None).is_ok(), ok, "cadence {days}");
        }
    }

    #[test]
    fn never_mentors_itself() {
        let mut rep = RepData::named("A");
        rep.mentor = Some(RepId(3));
        assert!(rep.clone().validated(Some(RepId(4))).is_ok());
        let err = rep.validated(Some(RepId(3))).unwrap_err();
        assert!(err.get(FieldId::Mentor).is_some());
    }

    #[test]
    fn a_third_focus_skill_is_refused() {
        let mut rep = RepData::named("A");
        rep.add_focus(SkillId(1)).unwrap();
        rep.add_focus(SkillId(2)).unwrap();
        rep.add_focus(SkillId(2)).unwrap();
        let err = rep.add_focus(SkillId(3)).unwrap_err();
        assert!(err.contains("close one first"), "{err}");
        rep.focus.push(SkillId(3));
        assert!(rep.validated(None).unwrap_err().get(FieldId::Focus).is_some());
    }

    #[test]
    fn email_and_dates_checked() {
        let mut rep = RepData::named("A");
        rep.email = "dana at acme".into();
        assert!(rep.clone().validated(None).unwrap_err().get(FieldId::Email).is_some());
        rep.email = " dana@acme.com ".into();
        assert_eq!(rep.clone().validated(None).unwrap().email, "dana@acme.com");
        rep.hired_on = Some(date("2020-01-01"));
        rep.retires_on = Some(date("2019-01-01"));
        assert!(rep.validated(None).unwrap_err().get(FieldId::RetiresOn).is_some());
    }
}
