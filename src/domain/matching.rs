//! Finding a rep, account or skill by what a person types: case-insensitive,
//! by prefix of any word, by initials, tolerant of one typo; never a silent guess.

use std::fmt;

/// Why a name did not pick exactly one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchError {
    /// Nothing matched; `known` lists a few names to choose from.
    Unknown {
        /// What was looked for ("rep", "account").
        what: &'static str,
        /// What was typed.
        query: String,
        /// Some existing names.
        known: Vec<String>,
    },
    /// Several matched equally well.
    Ambiguous {
        /// What was looked for.
        what: &'static str,
        /// What was typed.
        query: String,
        /// The names that matched, each with its id ("Dana Ortiz (id 1)"):
        /// two records of one name differ only there.
        candidates: Vec<String>,
        /// Whether the id may be typed instead (commands: yes; a quick
        /// capture line, where `#1` would read as text: no).
        ids_accepted: bool,
    },
}

impl MatchError {
    /// The same error for a place where only names are read.
    pub fn names_only(self) -> MatchError {
        match self {
            MatchError::Ambiguous {
                what,
                query,
                candidates,
                ..
            } => MatchError::Ambiguous {
                what,
                query,
                candidates,
                ids_accepted: false,
            },
            unknown => unknown,
        }
    }
}

const MAX_LISTED: usize = 8;

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |names: &[String]| {
            let mut shown = names.iter().take(MAX_LISTED).cloned().collect::<Vec<_>>().join(", ");
            if names.len() > MAX_LISTED {
                shown.push_str(&format!(" and {} more", names.len() - MAX_LISTED));
            }
            shown
        };
        match self {
            MatchError::Unknown { what, query, known } if known.is_empty() => {
                write!(f, "no {what} matches {query:?}, and there are no {what}s yet")
            }
            MatchError::Unknown { what, query, known } => {
                write!(f, "no {what} matches {query:?}; {what}s are: {}", list(known))
            }
            MatchError::Ambiguous {
                what,
                query,
                candidates,
                ids_accepted,
            } => {
                let or_id = if *ids_accepted { ", or the id" } else { "" };
                write!(
                    f,
                    "{query:?} could be any {what} of: {}; type more of the name{or_id}",
                    list(candidates)
                )
            }
        }
    }
}

impl std::error::Error for MatchError {}

/// Lower-cases and folds common accents, so "jose" finds "José".
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'č' | 'ć' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ł' => 'l',
            other => other,
        })
        .collect()
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '-' | ','))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Edit distance with adjacent transpositions (optimal string alignment).
pub fn typo_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// One way of matching typed words against a name's words.
type Tier = fn(&[String], &[String]) -> bool;

fn is_exact(query: &[String], name: &[String]) -> bool {
    query == name
}

fn is_prefix_or_initials(query: &[String], name: &[String]) -> bool {
    let prefixes = query.iter().all(|q| name.iter().any(|w| w.starts_with(q.as_str())));
    let initials: String = name.iter().filter_map(|w| w.chars().next()).collect();
    let by_initials = query.len() == 1 && query[0].chars().count() >= 2 && query[0] == initials;
    prefixes || by_initials
}

fn is_one_typo_away(query: &[String], name: &[String]) -> bool {
    query.iter().all(|q| {
        let len = q.chars().count();
        len >= 3
            && name.iter().any(|w| {
                let prefix: String = w.chars().take(len).collect();
                typo_distance(q, w) <= 1 || (len >= 4 && typo_distance(q, &prefix) <= 1)
            })
    })
}

/// A name that did not pick one record: the error to show, and the ids
/// that matched equally well (two or more when ambiguous, none when unknown),
/// so context (the account named beside a rep) can still settle it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMiss<Id> {
    /// What to tell the user when nothing settles it.
    pub error: MatchError,
    /// The ids of an ambiguous name's candidates.
    pub candidates: Vec<Id>,
}

/// Picks the one candidate whose name matches `query`, trying exact names first,
/// then word prefixes and initials, then names one typo away.
pub fn find_by_name<Id: Copy + fmt::Display>(
    what: &'static str,
    query: &str,
    candidates: &[(Id, &str)],
) -> Result<Id, MatchError> {
    resolve_name(what, query, candidates).map_err(|miss| miss.error)
}

/// `find_by_name`, keeping the candidates of an ambiguous name.
pub fn resolve_name<Id: Copy + fmt::Display>(
    what: &'static str,
    query: &str,
    candidates: &[(Id, &str)],
) -> Result<Id, NameMiss<Id>> {
    let unknown = || NameMiss {
        error: MatchError::Unknown {
            what,
            query: query.to_string(),
            known: candidates.iter().map(|(_, n)| n.to_string()).collect(),
        },
        candidates: Vec::new(),
    };
    let query_words = words(query);
    if query_words.is_empty() {
        return Err(unknown());
    }
    let named: Vec<(Id, &str, Vec<String>)> = candidates.iter().map(|(id, name)| (*id, *name, words(name))).collect();
    let tiers: [Tier; 3] = [is_exact, is_prefix_or_initials, is_one_typo_away];
    for tier in tiers {
        let hits: Vec<&(Id, &str, Vec<String>)> = named.iter().filter(|(_, _, w)| tier(&query_words, w)).collect();
        match hits.as_slice() {
            [] => continue,
            [(id, _, _)] => return Ok(*id),
            many => {
                return Err(NameMiss {
                    error: MatchError::Ambiguous {
                        what,
                        query: query.to_string(),
                        candidates: many.iter().map(|(id, n, _)| format!("{n} (id {id})")).collect(),
                        ids_accepted: true,
                    },
                    candidates: many.iter().map(|(id, _, _)| *id).collect(),
                })
            }
        }
    }
    Err(unknown())
}

/// How well `query` matches `name` for a picker, best first; `None` when it does not.
fn picker_score(query: &str, name: &str) -> Option<u8> {
    let name_folded = fold(name);
    let name_words = words(name);
    let initials: String = name_words.iter().filter_map(|w| w.chars().next()).collect();
    if name_folded == query {
        Some(0)
    } else if name_folded.starts_with(query) {
        Some(1)
    } else if name_words.iter().any(|w| w.starts_with(query)) {
        Some(2)
    } else if initials.starts_with(query) && query.chars().count() >= 2 {
        Some(3)
    } else if name_folded.contains(query) {
        Some(4)
    } else {
        let mut rest = name_folded.chars();
        query
            .chars()
            .filter(|c| !c.is_whitespace())
            .all(|q| rest.any(|c| c == q))
            .then_some(5)
    }
}

/// The indices of `names` that match `query` as a picker narrows them: exact,
/// then prefix, word prefix, initials, substring, letters in order. An empty
/// query keeps every name in its order.
pub fn picker_rank(query: &str, names: &[&str]) -> Vec<usize> {
    let query = fold(query.trim());
    if query.is_empty() {
        return (0..names.len()).collect();
    }
    let mut scored: Vec<(u8, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, name)| picker_score(&query, name).map(|s| (s, i)))
        .collect();
    scored.sort();
    scored.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPS: [(u32, &str); 5] = [
        (1, "Dana Ortiz"),
        (2, "Danielle Park"),
        (3, "José Núñez"),
        (4, "Sam Lee"),
        (5, "Samantha Lee-Wong"),
    ];

    fn find(q: &str) -> Result<u32, MatchError> {
        find_by_name("rep", q, &REPS)
    }

    #[test]
    fn finds_one() {
        let cases = [
            ("dana ortiz", 1),
            ("DANA ORTIZ", 1),
            ("ortiz", 1),
            ("dana.ortiz", 1),
            ("do", 1),
            ("jose", 3),
            ("núñez", 3),
            ("park", 2),
            ("sam lee", 4),
            ("wong", 5),
            ("ortzi", 1),
            ("prak", 2),
        ];
        for (q, want) in cases {
            assert_eq!(find(q), Ok(want), "{q}");
        }
    }

    #[test]
    fn ambiguous_lists_candidates() {
        let err = find("dan").unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"dan\" could be any rep of: Dana Ortiz (id 1), Danielle Park (id 2); type more of the name, or the id"
        );
        assert!(matches!(find("sam"), Err(MatchError::Ambiguous { .. })));
    }

    #[test]
    fn unknown_lists_known_names() {
        let err = find("zed").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("no rep matches \"zed\"; reps are: Dana Ortiz"));
        let none: [(u32, &str); 0] = [];
        assert_eq!(
            find_by_name("rep", "zed", &none).unwrap_err().to_string(),
            "no rep matches \"zed\", and there are no reps yet"
        );
        assert!(find("  ").is_err());
    }

    #[test]
    fn picker_ranks_best_first() {
        let names = ["Dana Ortiz", "Danielle Park", "José Núñez", "Sam Lee", "Adam Dane"];
        assert_eq!(picker_rank("", &names), vec![0, 1, 2, 3, 4]);
        assert_eq!(picker_rank("dan", &names), vec![0, 1, 4]);
        assert_eq!(picker_rank("park", &names), vec![1]);
        assert_eq!(picker_rank("jn", &names), vec![2]);
        assert_eq!(picker_rank("nunez", &names), vec![2]);
        assert_eq!(picker_rank("slee", &names), vec![3]);
        assert!(picker_rank("zzz", &names).is_empty());
    }

    #[test]
    fn typo_distance_counts_transpositions() {
        assert_eq!(typo_distance("dana", "dana"), 0);
        assert_eq!(typo_distance("dnaa", "dana"), 1);
        assert_eq!(typo_distance("dan", "dana"), 1);
        assert_eq!(typo_distance("abc", "xyz"), 3);
    }
}
