//! A record that passed validation. Only the domain's validation makes one,
//! so whoever takes a `Valid<T>` (the store) knows every rule holds and does
//! not check again: a form validates once, shows what is wrong beside the
//! fields, and hands the store the value it checked.

use super::validation::FieldErrors;
use super::{
    Account, AccountData, CommitmentData, Contact, ContactData, PlayData, Rep, RepData, Session, SessionData, StayData,
};
use std::ops::Deref;

/// A value every rule of its kind holds for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid<T>(T);

impl<T> Valid<T> {
    /// Only validation calls this.
    pub(in crate::domain) fn new(value: T) -> Valid<T> {
        Valid(value)
    }
}

impl<T> Deref for Valid<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// What the store's writes take: a value validation already made, or one
/// they validate now (the command line and tests hand over plain records).
pub trait IntoValid<T> {
    /// The value, checked.
    fn into_valid(self) -> Result<Valid<T>, FieldErrors>;
}

impl<T> IntoValid<T> for Valid<T> {
    fn into_valid(self) -> Result<Valid<T>, FieldErrors> {
        Ok(self)
    }
}

macro_rules! validate_with {
    ($($ty:ty => |$v:ident| $check:expr;)*) => {$(
        impl IntoValid<$ty> for $ty {
            fn into_valid(self) -> Result<Valid<$ty>, FieldErrors> {
                let $v = self;
                $check.map(Valid::new)
            }
        }
        impl IntoValid<$ty> for &$ty {
            fn into_valid(self) -> Result<Valid<$ty>, FieldErrors> {
                self.clone().into_valid()
            }
        }
    )*};
}

validate_with! {
    RepData => |d| d.validated(None);
    Rep => |r| r.data.validated(Some(r.id)).map(|data| Rep { data, ..r });
    AccountData => |d| d.validated();
    Account => |a| a.data.validated().map(|data| Account { data, ..a });
    ContactData => |d| d.validated();
    Contact => |c| c.data.validated().map(|data| Contact { data, ..c });
    SessionData => |d| d.validated();
    Session => |s| s.data.validated().map(|data| Session { data, ..s });
    CommitmentData => |d| d.validated();
    StayData => |d| d.validated();
    PlayData => |d| d.validated();
}
