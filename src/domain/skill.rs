//! The competencies that ratings use, and the default rubric shipped with the binary.

use super::fields::FieldId;
use super::ids::{Meta, SkillId};
use super::validation::{check_name, FieldErrors};
use serde::Deserialize;

/// The default rubric, seeded into every new notebook.
pub const DEFAULT_RUBRIC: &str = include_str!("../../assets/skills.toml");

/// The editable part of a skill.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct SkillData {
    /// Display name ("Objection handling").
    pub name: String,
    /// Short alias typed in quick capture (`obj`).
    pub alias: String,
    /// One line on what the skill is.
    #[serde(default)]
    pub description: String,
    /// What a 1 looks like.
    #[serde(default)]
    pub level_1: String,
    /// What a 3 looks like.
    #[serde(default)]
    pub level_3: String,
    /// What a 5 looks like.
    #[serde(default)]
    pub level_5: String,
    /// Retired skills keep their past ratings but take no new ones.
    #[serde(default)]
    pub retired: bool,
}

impl SkillData {
    /// Trims and checks the skill on its own; uniqueness is checked against the others.
    pub fn validated(mut self, others: &[Skill]) -> Result<SkillData, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_name(&mut self.name, FieldId::Name, "a skill", &mut errors);
        self.alias = self.alias.trim().to_lowercase();
        if self.alias.is_empty() {
            errors.add(FieldId::Alias, "a skill needs a short alias");
        } else if !self.alias.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            errors.add(FieldId::Alias, "an alias is one word (letters, digits, - or _)");
        }
        for other in others {
            if other.data.name.eq_ignore_ascii_case(&self.name) {
                errors.add(
                    FieldId::Name,
                    format!("there is already a skill named {}", other.data.name),
                );
            }
            if other.data.alias.eq_ignore_ascii_case(&self.alias) {
                errors.add(
                    FieldId::Alias,
                    format!("the alias {} is taken by {}", self.alias, other.data.name),
                );
            }
        }
        errors.into_result(self)
    }
}

/// A saved skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skill {
    /// Row id.
    pub id: SkillId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: SkillData,
}

#[derive(Deserialize)]
struct Rubric {
    skill: Vec<SkillData>,
}

/// Parses a rubric in the format of `assets/skills.toml`.
pub fn parse_rubric(text: &str) -> Result<Vec<SkillData>, toml::de::Error> {
    Ok(toml::from_str::<Rubric>(text)?.skill)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::Meta;

    fn meta() -> Meta {
        Meta {
            uuid: uuid::Uuid::nil(),
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn default_rubric_has_the_core_skills_with_levels() {
        let skills = parse_rubric(DEFAULT_RUBRIC).unwrap();
        let names: Vec<&str> = skills.iter().map(|s| s.name.as_str()).collect();
        for wanted in [
            "Prospecting",
            "Discovery",
            "Presentation",
            "Objection handling",
            "Negotiation",
            "Closing",
            "Account planning",
            "Relationship building",
            "Product knowledge",
            "Pipeline discipline",
        ] {
            assert!(names.contains(&wanted), "missing {wanted}");
        }
        let mut saved: Vec<Skill> = Vec::new();
        for (i, s) in skills.into_iter().enumerate() {
            assert!(!s.description.is_empty() && !s.level_1.is_empty());
            assert!(!s.level_3.is_empty() && !s.level_5.is_empty());
            let data = s.validated(&saved).expect("rubric skills are valid and unique");
            saved.push(Skill {
                id: SkillId(i as i64),
                meta: meta(),
                data,
            });
        }
    }

    #[test]
    fn duplicate_names_and_bad_aliases_refused() {
        let skills = parse_rubric(DEFAULT_RUBRIC).unwrap();
        let existing = vec![Skill {
            id: SkillId(1),
            meta: meta(),
            data: skills[0].clone(),
        }];
        let dup = skills[0].clone().validated(&existing).unwrap_err();
        assert!(dup.get(FieldId::Name).is_some() && dup.get(FieldId::Alias).is_some());
        let bad = SkillData {
            name: "Storytelling".into(),
            alias: "story telling".into(),
            ..SkillData::default()
        };
        assert!(bad.validated(&existing).unwrap_err().get(FieldId::Alias).is_some());
    }
}
