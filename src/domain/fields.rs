//! The fields of every record kind, by a typed id: validation names the field
//! a problem is in, forms and drafts key their values by it, and users see
//! its label. A typo in a field name is a compile error, not a lost value.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! field_ids {
    ($($(#[$doc:meta])* $id:ident => $label:literal,)*) => {
        /// A field of a rep, account, contact, session, commitment or skill.
        /// Its serde name (`annual_value`) is what drafts store.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum FieldId {
            $($(#[$doc])* $id,)*
        }

        impl FieldId {
            /// Every field, in declaration order.
            pub const ALL: &'static [FieldId] = &[$(FieldId::$id,)*];

            /// What a user sees beside the field and in messages about it.
            pub fn label(self) -> &'static str {
                match self {
                    $(FieldId::$id => $label,)*
                }
            }
        }
    };
}

field_ids! {
    /// A person's, account's or skill's name.
    Name => "Name",
    /// A rep's job title.
    Title => "Title",
    /// A rep's territory.
    Territory => "Territory",
    /// A rep's or contact's email address.
    Email => "Email",
    /// A rep's phone number.
    Phone => "Phone",
    /// When a rep was hired.
    HiredOn => "Hired",
    /// When a rep plans to retire or leave.
    RetiresOn => "Retires",
    /// The rep who mentors this one.
    Mentor => "Mentor",
    /// Days between coaching sessions.
    CadenceDays => "Cadence (days)",
    /// The manager's read of whether a rep may leave.
    RetentionRisk => "Retention risk",
    /// The skills a rep develops now.
    Focus => "Focus skills",
    /// Free notes on any record.
    Notes => "Notes",
    /// The rep who leads an account.
    Owner => "Owner",
    /// An account's tier.
    Tier => "Tier",
    /// An account's yearly revenue.
    AnnualValue => "Annual value",
    /// An account's industry.
    Industry => "Industry",
    /// An account's health.
    Health => "Health",
    /// Who takes an account over.
    Successor => "Successor",
    /// How far a handover has come.
    Stage => "Handover stage",
    /// When a handover should be done.
    Target => "Handover target",
    /// Notes on a handover.
    HandoverNotes => "Handover notes",
    /// A contact's role.
    Role => "Role",
    /// A contact's influence, 0-10.
    Influence => "Influence",
    /// Whether the owner knows a contact.
    KnownByOwner => "Owner knows",
    /// Whether the successor knows a contact.
    KnownBySuccessor => "Successor knows",
    /// When a contact was last spoken to.
    LastTouch => "Last touch",
    /// The rep a session or commitment is with.
    Rep => "Rep",
    /// The account a session was at.
    Account => "Account",
    /// What kind of session it was.
    Kind => "Kind",
    /// The day a session happened.
    Date => "Date",
    /// When a session started.
    Time => "Time",
    /// How long a session took.
    Minutes => "Minutes",
    /// The rep who leads a peer coaching session.
    Coach => "Coach",
    /// The pre-call plan.
    Objective => "Objective",
    /// The rep's own view.
    SelfAssessment => "Self-assessment",
    /// What went well.
    Strengths => "Strengths",
    /// What to do differently.
    Improvements => "Improvements",
    /// The outcome against the objective.
    Outcome => "Outcome",
    /// Ratings per skill.
    Ratings => "Ratings",
    /// The rep's will, 1-5.
    Will => "Will (1-5)",
    /// A session's commitments, one a line.
    Commitments => "Commitments",
    /// A session's customer calls, one a line.
    Calls => "Calls",
    /// The agreed next step.
    NextStep => "Next step",
    /// When to follow up.
    FollowUp => "Follow-up",
    /// Notes only the manager sees.
    PrivateNotes => "Private notes",
    /// When the rep acknowledged a session.
    AcknowledgedOn => "Acknowledged",
    /// A commitment's text.
    Text => "Text",
    /// When a commitment is due.
    Due => "Due",
    /// A skill's short alias.
    Alias => "Alias",
    /// A stay conversation's read of the risk of leaving.
    StayRisk => "Risk of leaving",
    /// Why a rep might leave.
    StayReasons => "Reasons",
    /// "Do you see yourself here in two years?"
    TwoYears => "Here in 2 years?",
    /// What losing the rep would cost.
    Impact => "Impact if lost",
    /// When to check in again.
    NextCheckIn => "Next check-in",
    /// The situation a play fits.
    Situation => "Situation",
    /// What a play says to do.
    Steps => "Steps",
    /// What goes wrong.
    Pitfalls => "Pitfalls",
    /// The skills a play serves.
    Skills => "Skills",
    /// Whose know-how a play is.
    Author => "Author",
    /// The product a play is about.
    Product => "Product",
}

impl fmt::Display for FieldId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_their_stored_names_and_labels_are_unique() {
        let json = serde_json::to_string(&FieldId::AnnualValue).unwrap();
        assert_eq!(json, "\"annual_value\"");
        assert_eq!(
            serde_json::from_str::<FieldId>("\"follow_up\"").unwrap(),
            FieldId::FollowUp
        );
        let mut labels: Vec<&str> = FieldId::ALL.iter().map(|f| f.label()).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), FieldId::ALL.len(), "two fields share a label");
    }
}
