//! The quick-capture syntax as a table of what you write and what it means,
//! for the man page and `coachbook add --help`. The parser is the authority;
//! a test reads each example through it.

/// (what you write, what it means), in the order a line is usually written.
pub const SYNTAX: &[(&str, &str)] = &[
    (
        "@dana  @\"Dana Ortiz\"  @do",
        "the rep: any word's start, initials, one typo forgiven; ambiguous or unknown is an error listing the candidates",
    ),
    ("#acme  #\"Acme Tools\"", "the account, matched the same way"),
    (
        "@dana #acme",
        "a name that fits two records is the one that owns, takes over or last visited the other one named",
    ),
    (
        "ride  1:1  call  deal  training  handover",
        "the kind, as the first word; a ride-along when none is given",
    ),
    (
        "stay risk:high why:recruiter,growth 2y:unsure",
        "first: a stay conversation (private) instead of a session; impact: and next: are optional",
    ),
    (
        "play: @pat #acme close \"Trade, never give\" what to do",
        "first: a play by the rep, skill aliases before the quoted title, then what to do",
    ),
    ("disc:4  closing:2", "a 1-5 rating; the skill by alias or name"),
    (
        "todo: send ROI case study fri",
        "a commitment of the rep's, due on the date it ends with",
    ),
    ("todo(me): approve pricing", "a commitment of yours"),
    ("+open questions;  -talked too much;", "a strength, an improvement, up to the next ; or marker"),
    ("!follow 2w  !date yesterday", "the follow-up date; a backdated session"),
    (
        "today tomorrow yesterday fri next mon 3d 2w 1m dec 3 2026-12-03",
        "the dates every marker takes",
    ),
    ("\\#1", "a backslash keeps a word as text; anything else is the note, as typed"),
];

#[cfg(test)]
mod tests {
    use super::SYNTAX;

    #[test]
    fn every_marker_the_parser_knows_is_in_the_table() {
        let all: String = SYNTAX.iter().map(|(write, _)| *write).collect::<Vec<_>>().join(" ");
        for marker in ["@", "#", "todo:", "todo(me):", "+", "-", "!follow", "!date", ":4", "\\"] {
            assert!(all.contains(marker), "{marker} is missing from the syntax table");
        }
    }
}
