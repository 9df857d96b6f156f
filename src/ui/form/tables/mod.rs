//! One field table per record kind: what its form shows, in order, and how
//! each field is read from the record and parsed back.

pub mod account;
pub mod contact;
pub mod play;
pub mod rep;
pub mod session;
pub mod stay;

/// A choice's options with an unset "—" first.
pub(super) fn with_none<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    std::iter::once(("", "—"))
        .chain(all.iter().map(|t| (value(*t), label(*t))))
        .collect()
}

/// The options of a yes/no choice.
pub(super) fn yes_no() -> Vec<(&'static str, &'static str)> {
    vec![("no", "no"), ("yes", "yes")]
}
