//! Customer accounts, their handovers and the contacts a handover must not lose.

use super::enums::{HandoverStage, Health, Tier};
use super::fields::FieldId;
use super::ids::{AccountId, ContactId, Meta, RepId};
use super::validation::{check_name, trim_in_place, FieldErrors};
use chrono::NaiveDate;

/// The passing of an account from a (often retiring) owner to a successor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    /// The rep taking the account over.
    pub successor: RepId,
    /// How far the handover has come.
    pub stage: HandoverStage,
    /// When it should be complete.
    pub target: Option<NaiveDate>,
    /// Free-form notes on the handover.
    pub notes: String,
}

/// The editable part of an account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountData {
    /// Account name; required.
    pub name: String,
    /// Industry, as the CRM names it.
    pub industry: String,
    /// Importance; unset until classified.
    pub tier: Option<Tier>,
    /// Annual value in cents, so sums are exact.
    pub annual_value_cents: Option<i64>,
    /// The rep who leads the account.
    pub owner: Option<RepId>,
    /// The relationship's health; unset until judged.
    pub health: Option<Health>,
    /// Free-form notes.
    pub notes: String,
    /// Archived accounts are hidden but restorable.
    pub archived: bool,
    /// The handover to a successor, once one is planned.
    pub handover: Option<Handover>,
    /// The CRM's id for it (empty when not imported), so a later import
    /// updates this account even after a rename on either side.
    pub crm_id: String,
}

impl AccountData {
    /// A draft with only a name.
    pub fn named(name: impl Into<String>) -> Self {
        AccountData {
            name: name.into(),
            ..AccountData::default()
        }
    }

    /// Trims and checks every rule.
    pub fn validated(mut self) -> Result<AccountData, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_name(&mut self.name, FieldId::Name, "an account", &mut errors);
        trim_in_place(&mut self.industry);
        trim_in_place(&mut self.crm_id);
        if matches!(self.annual_value_cents, Some(v) if v < 0) {
            errors.add(FieldId::AnnualValue, "annual value cannot be negative");
        }
        if let Some(handover) = &self.handover {
            if Some(handover.successor) == self.owner {
                errors.add(FieldId::Successor, "the successor is already the owner");
            }
        }
        errors.into_result(self)
    }
}

/// A saved account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Row id.
    pub id: AccountId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: AccountData,
}

/// The editable part of a contact at an account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactData {
    /// The account this person works at.
    pub account: AccountId,
    /// Full name; required.
    pub name: String,
    /// Role ("CFO", "Plant manager").
    pub role: String,
    /// Influence on buying decisions, 0..=10.
    pub influence: Option<u8>,
    /// Whether the account's owner has a relationship with them.
    pub known_by_owner: bool,
    /// Whether the successor has a relationship with them yet.
    pub known_by_successor: bool,
    /// The last time anyone from our side was in touch.
    pub last_touch: Option<NaiveDate>,
    /// Free-form notes.
    pub notes: String,
    /// Archived contacts are hidden but restorable.
    pub archived: bool,
    /// Email address, as the CRM has it.
    pub email: String,
    /// Phone number, as the CRM has it.
    pub phone: String,
    /// The CRM's id for the person (empty when not imported).
    pub crm_id: String,
}

impl ContactData {
    /// Trims and checks every rule.
    pub fn validated(mut self) -> Result<ContactData, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_name(&mut self.name, FieldId::Name, "a contact", &mut errors);
        trim_in_place(&mut self.role);
        if matches!(self.influence, Some(n) if n > 10) {
            errors.add(FieldId::Influence, "influence runs from 0 to 10");
        }
        errors.into_result(self)
    }
}

/// A saved contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Row id.
    pub id: ContactId,
    /// Identity and timestamps.
    pub meta: Meta,
    /// The editable fields.
    pub data: ContactData,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_rules() {
        assert!(AccountData::named(" ")
            .validated()
            .unwrap_err()
            .get(FieldId::Name)
            .is_some());
        let mut acc = AccountData::named(" Acme Tools ");
        acc.annual_value_cents = Some(-1);
        assert!(acc.clone().validated().unwrap_err().get(FieldId::AnnualValue).is_some());
        acc.annual_value_cents = Some(0);
        acc.owner = Some(RepId(1));
        acc.handover = Some(Handover {
            successor: RepId(1),
            stage: HandoverStage::Planned,
            target: None,
            notes: String::new(),
        });
        assert!(acc.clone().validated().unwrap_err().get(FieldId::Successor).is_some());
        acc.handover.as_mut().unwrap().successor = RepId(2);
        assert_eq!(acc.validated().unwrap().name, "Acme Tools");
    }

    #[test]
    fn contact_rules() {
        let mut c = ContactData {
            name: "Lee".into(),
            influence: Some(10),
            ..ContactData::default()
        };
        assert!(c.clone().validated().is_ok());
        c.influence = Some(11);
        assert!(c.clone().validated().unwrap_err().get(FieldId::Influence).is_some());
        c.name = "".into();
        assert!(c.validated().unwrap_err().get(FieldId::Name).is_some());
    }
}
