//! Each CLI read timed next to the same result computed by SQL alone,
//! through rusqlite on the same file in the same process: the ratio is the
//! cost of Coachbook's own work (mapping rows, names, formatting) on top of
//! its query. Both sides read an open notebook; neither counts opening it.

use clap::Parser;
use coachbook::cli::{self, Cli, Ctx};
use coachbook::clock::Clock;
use coachbook::store::Store;
use criterion::{BatchSize, Criterion};
use rusqlite::{types::Value, Connection};
use std::path::Path;
use std::time::{Duration, Instant};

/// One read: the command line and SQL giving the same rows.
struct Read {
    name: &'static str,
    args: Vec<String>,
    /// Statements run one after another (`?1` is today).
    sql: Vec<&'static str>,
    /// The rows the command prints for each row the SQL returns (a header
    /// and blank lines aside): checks that the SQL reads the same result.
    lines_per_row: Option<usize>,
}

const SEARCH: &str = "
WITH candidates AS (
    SELECT session_search.rowid AS key, bm25(session_search) AS rank, s.date AS date
    FROM session_search JOIN sessions s ON s.id = session_search.rowid % 10000000
    WHERE session_search MATCH '\"objection\"' ORDER BY session_search.rowid DESC LIMIT 500),
top AS (
    SELECT key, rank / (1.0 + max(0, julianday(?1) - julianday(date)) / 365.0) AS score, date
    FROM candidates ORDER BY score, date DESC LIMIT 20)
SELECT s.id, s.date, s.kind, r.name, a.name, snippet(session_search, -1, '[', ']', '…', 12)
FROM top JOIN session_search ON session_search.rowid = top.key
JOIN sessions s ON s.id = top.key % 10000000 JOIN reps r ON r.id = s.rep_id
LEFT JOIN accounts a ON a.id = s.account_id
WHERE session_search MATCH '\"objection\"' ORDER BY top.score, top.date DESC";

/// The same search ranking every match, as `--rank` does.
const SEARCH_RANKED: &str = "
WITH candidates AS (
    SELECT session_search.rowid AS key, bm25(session_search) AS rank, s.date AS date
    FROM session_search JOIN sessions s ON s.id = session_search.rowid % 10000000
    WHERE session_search MATCH '\"objection\"'),
top AS (
    SELECT key, rank / (1.0 + max(0, julianday(?1) - julianday(date)) / 365.0) AS score, date
    FROM candidates ORDER BY score, date DESC LIMIT 20)
SELECT s.id, s.date, s.kind, r.name, a.name, snippet(session_search, -1, '[', ']', '…', 12)
FROM top JOIN session_search ON session_search.rowid = top.key
JOIN sessions s ON s.id = top.key % 10000000 JOIN reps r ON r.id = s.rep_id
LEFT JOIN accounts a ON a.id = s.account_id
WHERE session_search MATCH '\"objection\"' ORDER BY top.score, top.date DESC";

const SESSION_LIST: &str = "
SELECT s.id, s.date, s.kind, r.name, a.name, substr(s.notes, 1, 40)
FROM sessions s JOIN reps r ON r.id = s.rep_id LEFT JOIN accounts a ON a.id = s.account_id
WHERE s.archived = 0 AND ?1 IS NOT NULL
ORDER BY s.date DESC, coalesce(s.start_time, '') DESC, s.id DESC LIMIT 20";

const REP_LIST: &str = "
SELECT r.id, r.name, r.territory, r.cadence_days, r.retires_on, r.retention_risk,
    (SELECT s.date FROM sessions s WHERE s.rep_id = r.id AND s.archived = 0 AND s.date <= ?1
        ORDER BY s.date DESC LIMIT 1),
    (SELECT count(*) FROM commitments c INDEXED BY commitments_open_rep
        WHERE c.rep_id = r.id AND c.done_on IS NULL AND c.archived = 0),
    (SELECT count(*) FROM commitments c INDEXED BY commitments_open_rep
        WHERE c.rep_id = r.id AND c.done_on IS NULL AND c.archived = 0 AND c.due < ?1)
FROM reps r WHERE r.archived = 0 ORDER BY r.name";

const ACCOUNT_LIST: &str = "
SELECT a.id, a.name, a.tier, o.name, a.annual_value_cents, a.health, a.handover_stage, a.handover_target, n.name
FROM accounts a LEFT JOIN reps o ON o.id = a.owner_id LEFT JOIN reps n ON n.id = a.successor_id
WHERE a.archived = 0 AND ?1 IS NOT NULL ORDER BY a.name COLLATE NOCASE, a.id";

const COMMITMENT_LIST: &str = "
SELECT c.id, r.name, c.owner, c.due, c.done_on, c.text, c.due < ?1
FROM commitments c JOIN reps r ON r.id = c.rep_id WHERE c.archived = 0
ORDER BY c.done_on IS NOT NULL, c.due IS NULL, c.due, c.done_on DESC, c.id";

const SESSION_SHOW: [&str; 4] = [
    "SELECT s.*, r.name, a.name FROM sessions s JOIN reps r ON r.id = s.rep_id
     LEFT JOIN accounts a ON a.id = s.account_id WHERE s.id = 5 AND ?1 IS NOT NULL",
    "SELECT k.name, g.score FROM ratings g JOIN skills k ON k.id = g.skill_id
     WHERE g.session_id = 5 AND ?1 IS NOT NULL ORDER BY k.id",
    "SELECT c.*, a.name FROM session_calls c LEFT JOIN accounts a ON a.id = c.account_id
     WHERE c.session_id = 5 AND ?1 IS NOT NULL ORDER BY c.position",
    "SELECT * FROM commitments WHERE session_id = 5 AND archived = 0 AND ?1 IS NOT NULL ORDER BY id",
];

/// The agenda's sections: reps past their cadence, open commitments due
/// within a week, follow-ups due, handovers in progress, this week's field time.
const AGENDA: [&str; 5] = [
    "SELECT r.name, r.cadence_days, last.date, last.kind FROM reps r
     LEFT JOIN (SELECT rep_id, max(date) AS date, kind FROM sessions
                WHERE archived = 0 AND date <= ?1 GROUP BY rep_id) last ON last.rep_id = r.id
     WHERE r.archived = 0 AND (last.date IS NULL OR julianday(?1) - julianday(last.date) > r.cadence_days)
     ORDER BY last.date IS NOT NULL, julianday(?1) - julianday(last.date) - r.cadence_days DESC, r.name",
    "SELECT r.name, c.id, c.text, c.due FROM commitments c JOIN reps r ON r.id = c.rep_id
     WHERE c.done_on IS NULL AND c.archived = 0 AND r.archived = 0 AND c.due <= date(?1, '+7 days')
     ORDER BY r.name, c.due, c.id",
    "SELECT r.name, s.id, s.date, s.follow_up FROM sessions s JOIN reps r ON r.id = s.rep_id
     WHERE s.follow_up IS NOT NULL AND s.follow_up <= ?1 AND s.archived = 0
       AND NOT EXISTS (SELECT 1 FROM sessions n WHERE n.rep_id = s.rep_id AND n.archived = 0
                       AND n.date > s.date AND n.date <= ?1)
     ORDER BY s.follow_up, s.id",
    "SELECT a.name, a.handover_stage, a.handover_target,
        (SELECT count(*) FROM sessions s WHERE s.account_id = a.id AND s.kind = 'handover_visit'
            AND s.archived = 0)
     FROM accounts a WHERE a.archived = 0 AND a.successor_id IS NOT NULL AND a.handover_stage <> 'complete'
       AND ?1 IS NOT NULL",
    "SELECT sum(minutes) FROM sessions WHERE archived = 0 AND kind IN ('ride_along', 'handover_visit')
     AND date > date(?1, '-28 days') AND date <= ?1",
];

/// The brief's parts for rep 1: the last ten ratings of each focus skill
/// (up to two) and their names, the latest will score, the last session,
/// open commitments, the accounts owned or being taken over with their last
/// visit, and their contacts.
const BRIEF: [&str; 8] = [
    "SELECT k.name FROM rep_focus f JOIN skills k ON k.id = f.skill_id WHERE f.rep_id = 1 AND ?1 IS NOT NULL
     ORDER BY f.position",
    "SELECT g.score FROM sessions s JOIN ratings g ON g.session_id = s.id
     WHERE s.rep_id = 1 AND s.archived = 0 AND ?1 IS NOT NULL
       AND g.skill_id = (SELECT skill_id FROM rep_focus WHERE rep_id = 1 AND position = 0)
     ORDER BY s.date DESC, s.id DESC LIMIT 10",
    "SELECT g.score FROM sessions s JOIN ratings g ON g.session_id = s.id
     WHERE s.rep_id = 1 AND s.archived = 0 AND ?1 IS NOT NULL
       AND g.skill_id = (SELECT skill_id FROM rep_focus WHERE rep_id = 1 AND position = 1)
     ORDER BY s.date DESC, s.id DESC LIMIT 10",
    "SELECT will FROM sessions WHERE rep_id = 1 AND archived = 0 AND will IS NOT NULL AND ?1 IS NOT NULL
     ORDER BY date DESC, id DESC LIMIT 1",
    "SELECT kind, date, improvements, next_step FROM sessions WHERE rep_id = 1 AND archived = 0 AND ?1 IS NOT NULL
     ORDER BY date DESC, id DESC LIMIT 1",
    "SELECT text, due, due < ?1 FROM commitments WHERE rep_id = 1 AND done_on IS NULL AND archived = 0
     ORDER BY due IS NULL, due, id",
    "SELECT a.name, a.tier, a.health, a.handover_stage, a.handover_target, o.name, o.retires_on, n.name,
        (SELECT date FROM sessions s WHERE s.account_id = a.id AND s.archived = 0 ORDER BY date DESC LIMIT 1),
        (SELECT max(s.date) FROM session_calls c JOIN sessions s ON s.id = c.session_id
            WHERE c.account_id = a.id AND s.archived = 0)
     FROM accounts a LEFT JOIN reps o ON o.id = a.owner_id LEFT JOIN reps n ON n.id = a.successor_id
     WHERE a.archived = 0 AND (a.owner_id = 1 OR a.successor_id = 1) AND ?1 IS NOT NULL ORDER BY a.name",
    "SELECT c.name, c.role, c.known_by_owner, c.known_by_successor FROM contacts c JOIN accounts a ON a.id = c.account_id
     WHERE c.archived = 0 AND a.archived = 0 AND (a.owner_id = 1 OR a.successor_id = 1) AND ?1 IS NOT NULL
     ORDER BY a.name, c.id",
];

fn reads(brief_rep: &str) -> Vec<Read> {
    let read = |name, args: &[&str], sql: Vec<&'static str>, lines_per_row| Read {
        name,
        args: args.iter().map(|a| a.to_string()).collect(),
        sql,
        lines_per_row,
    };
    vec![
        read(
            "search objection --limit 20",
            &["search", "objection", "--limit", "20"],
            vec![SEARCH],
            None,
        ),
        read(
            "search objection --rank --limit 20",
            &["search", "objection", "--rank", "--limit", "20"],
            vec![SEARCH_RANKED],
            None,
        ),
        read(
            "session list --limit 20",
            &["session", "list", "--limit", "20"],
            vec![SESSION_LIST],
            Some(1),
        ),
        read("rep list", &["rep", "list"], vec![REP_LIST], Some(1)),
        read("account list", &["account", "list"], vec![ACCOUNT_LIST], Some(1)),
        read(
            "commitment list",
            &["commitment", "list"],
            vec![COMMITMENT_LIST],
            Some(1),
        ),
        read("session show 5", &["session", "show", "5"], SESSION_SHOW.to_vec(), None),
        read("agenda", &["agenda"], AGENDA.to_vec(), None),
        Read {
            name: "brief (rep 1)",
            args: vec!["brief".into(), brief_rep.into()],
            sql: BRIEF.to_vec(),
            lines_per_row: None,
        },
    ]
}

/// The command line, parsed (untimed: parsing arguments is not the read).
fn parse(args: &[String]) -> Cli {
    Cli::try_parse_from(std::iter::once("coachbook".to_string()).chain(args.iter().cloned())).unwrap()
}

/// Runs the command in this process on `store`, printing into `out` (kept
/// from call to call, as the binary keeps its one buffered stdout, so that
/// no call pays for allocating and freeing a large buffer).
fn run_cli<'o>(store: &mut Option<Store>, today: chrono::NaiveDate, cli: Cli, out: &'o mut Vec<u8>) -> &'o [u8] {
    out.clear();
    let mut ctx = Ctx {
        store: store.take().unwrap(),
        today,
        clock: Clock::Fixed(today.and_hms_opt(9, 0, 0).unwrap()),
        out: &mut *out,
        config: Default::default(),
    };
    cli::run(cli.command, None, &mut ctx).unwrap();
    *store = Some(ctx.store);
    out
}

/// Runs the SQL, reading every column of every row as a user's result would be.
fn run_sql(conn: &Connection, today: chrono::NaiveDate, sql: &[&str]) -> usize {
    let mut rows = 0;
    for statement in sql {
        let mut stmt = conn.prepare_cached(statement).unwrap();
        let columns = stmt.column_count();
        let mut found = stmt.query([today]).unwrap();
        while let Some(row) = found.next().unwrap() {
            for i in 0..columns {
                std::hint::black_box(row.get::<_, Value>(i).unwrap());
            }
            rows += 1;
        }
    }
    rows
}

/// How long each side of a paired timing runs for.
const PAIR_TIME: Duration = Duration::from_millis(2);

/// The median of `times`.
fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Times each read next to its SQL (criterion for each, then paired runs,
/// alternating, for the ratio) and prints the table the README records.
pub fn bench(c: &mut Criterion, path: &Path, today: chrono::NaiveDate) {
    let mut store = Some(Store::open(path).unwrap());
    let conn = Connection::open(path).unwrap();
    let brief_rep: String = conn
        .query_row("SELECT name FROM reps WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    let reads = reads(&brief_rep);
    let mut group = c.benchmark_group("cli read vs its SQL");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    let mut table = Vec::new();
    let mut out = Vec::new();
    for read in &reads {
        let printed = run_cli(&mut store, today, parse(&read.args), &mut out).to_vec();
        let rows = run_sql(&conn, today, &read.sql);
        if let Some(per_row) = read.lines_per_row {
            let lines = printed.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
            assert_eq!(
                lines - 1,
                rows * per_row,
                "{}: the SQL reads what the command prints",
                read.name
            );
        }
        let mut ran = false;
        group.bench_function(format!("coachbook {}", read.name), |b| {
            ran = true;
            b.iter_batched(
                || parse(&read.args),
                |cli| run_cli(&mut store, today, cli, &mut out).len(),
                BatchSize::SmallInput,
            )
        });
        group.bench_function(format!("SQL for {}", read.name), |b| {
            b.iter(|| run_sql(&conn, today, &read.sql))
        });
        if !ran {
            continue;
        }
        // Each pair runs both sides back to back, each as many times as
        // fill about 2 ms, so a read of microseconds is timed over a run of
        // calls (as criterion does) and not one call at the timer's grain.
        let start = Instant::now();
        run_sql(&conn, today, &read.sql);
        let calls = (PAIR_TIME.as_secs_f64() / start.elapsed().as_secs_f64()).clamp(1.0, 500.0) as u32;
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..15 {
            let clis: Vec<Cli> = (0..calls).map(|_| parse(&read.args)).collect();
            let start = Instant::now();
            for cli in clis {
                std::hint::black_box(run_cli(&mut store, today, cli, &mut out));
            }
            ours.push(start.elapsed() / calls);
            let start = Instant::now();
            for _ in 0..calls {
                std::hint::black_box(run_sql(&conn, today, &read.sql));
            }
            theirs.push(start.elapsed() / calls);
        }
        let (ours, theirs) = (median(&mut ours), median(&mut theirs));
        table.push((read.name, ours, theirs));
    }
    group.finish();
    if table.is_empty() {
        return;
    }
    println!("\n| read | coachbook | its SQL | ratio |\n|---|---|---|---|");
    for (name, ours, theirs) in table {
        println!(
            "| `{name}` | {:.2} ms | {:.2} ms | {:.2}x |",
            ours.as_secs_f64() * 1e3,
            theirs.as_secs_f64() * 1e3,
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
}
