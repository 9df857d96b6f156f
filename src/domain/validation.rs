//! Field-level validation errors that forms show beside their fields.

use super::fields::FieldId;
use std::fmt;

/// One problem with one field of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field it is in; users see its label.
    pub field: FieldId,
    /// A sentence a user can act on.
    pub message: String,
}

/// Every problem found in a draft, so a form can show them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    /// Records a problem with `field`.
    pub fn add(&mut self, field: FieldId, message: impl Into<String>) {
        self.0.push(FieldError {
            field,
            message: message.into(),
        });
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: FieldId) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    /// `Ok(value)` when nothing was recorded.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field.label(), e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}

/// Trims a text field in place; returns whether anything is left.
pub(crate) fn trim_in_place(text: &mut String) -> bool {
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        *text = trimmed.to_string();
    }
    !text.is_empty()
}

/// Trims a name and checks it is one printable line: a line break, a NUL or
/// an escape code in a name would break tables and lists, or retitle the
/// terminal that prints it. `what` is "a rep", "an account", ...
pub fn check_name(name: &mut String, field: FieldId, what: &str, errors: &mut FieldErrors) {
    if !trim_in_place(name) {
        errors.add(field, format!("{what} needs a name"));
    } else if name.contains(['\n', '\r']) {
        errors.add(field, "a name is one line: it cannot contain a line break");
    } else if name.chars().any(char::is_control) {
        errors.add(field, "a name cannot contain control characters (NUL, escape codes)");
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn names_are_one_printable_line() {
        let check = |text: &str| {
            let mut name = text.to_string();
            let mut errors = FieldErrors::default();
            check_name(&mut name, FieldId::Name, "a rep", &mut errors);
            (name, errors.get(FieldId::Name).map(str::to_string))
        };
        assert_eq!(check("  Dana Ortiz "), ("Dana Ortiz".to_string(), None));
        assert_eq!(check(" ").1.as_deref(), Some("a rep needs a name"));
        assert!(check("Dana\nOrtiz").1.unwrap().contains("line break"));
        assert!(check("Dana\0").1.unwrap().contains("control"));
        assert!(check("\x1b]0;pwned\x07Dana").1.unwrap().contains("control"));
        assert_eq!(check("José 李 🚗").1, None);
    }
}
