//! The schema as numbered migrations tracked in `PRAGMA user_version`.

use super::columns::SKILLS;
use super::convert::fresh_meta;
use super::error::StoreResult;
use super::schema_v1::V1;
use crate::domain::skill::{parse_rubric, DEFAULT_RUBRIC};
use rusqlite::{Connection, Transaction, TransactionBehavior};

/// Marks a SQLite file as a Coachbook notebook ("Coac").
pub const APPLICATION_ID: i64 = 0x436F_6163;

/// One step of the schema: brings it from the version before to the next,
/// inside the transaction it is given.
type Step = fn(&Transaction<'_>) -> StoreResult<()>;

/// The steps in order; step N brings the schema from version N-1 to N. A
/// new step goes at the end; a released step never changes.
const MIGRATIONS: &[Step] = &[
    tables_and_rubric,
    drafts,
    search,
    listing_indexes,
    index_once_per_save,
    name_indexes,
    search_without_copies,
    covering_rep_figures,
    crm_ids,
    stay_conversations,
    plays,
    account_knowledge,
    super::schema_peer::peer_coaching,
];

/// Step 1: the records, and the default rubric in a new notebook.
fn tables_and_rubric(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(V1)?;
    seed_skills(tx)
}

/// Step 2: what is being typed, kept so a crash loses nothing.
fn drafts(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(V2)?)
}

/// Step 3: newest-first listing, and full-text search kept by triggers.
fn search(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(V3)?;
    Ok(tx.execute_batch(V3_TRIGGERS)?)
}

/// Step 4: the indexes the Today figures and paging read from.
fn listing_indexes(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(V4)?)
}

/// Step 5: a session's search row is written by the store once per save,
/// not by a trigger per commitment; renames reindex only on a real change.
fn index_once_per_save(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(
        "DROP TRIGGER session_search_insert; DROP TRIGGER session_search_update;
         DROP TRIGGER session_search_commitment; DROP TRIGGER session_search_commitment_edit;
         DROP TRIGGER session_search_rep; DROP TRIGGER session_search_account;",
    )?;
    Ok(tx.execute_batch(V5_RENAME_TRIGGERS)?)
}

/// Step 5's rename triggers, which reindexed a renamed rep's or account's
/// sessions in an index that kept its own copy of the text, until step 7.
const V5_RENAME_TRIGGERS: &str = "
CREATE TRIGGER session_search_rep AFTER UPDATE OF name ON reps WHEN NEW.name IS NOT OLD.name BEGIN
    DELETE FROM session_search WHERE rowid IN (SELECT key FROM session_docs WHERE rep_id = NEW.id);
    INSERT INTO session_search (rowid, notes, objective, self_assessment, strengths, improvements, outcome,
        next_step, commitments, rep, account)
    SELECT key, notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments,
        rep, account FROM session_docs WHERE rep_id = NEW.id AND archived = 0;
END;
CREATE TRIGGER session_search_account AFTER UPDATE OF name ON accounts WHEN NEW.name IS NOT OLD.name BEGIN
    DELETE FROM session_search WHERE rowid IN (SELECT key FROM session_docs WHERE account_id = NEW.id);
    INSERT INTO session_search (rowid, notes, objective, self_assessment, strengths, improvements, outcome,
        next_step, commitments, rep, account)
    SELECT key, notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments,
        rep, account FROM session_docs WHERE account_id = NEW.id AND archived = 0;
END;
";

/// The newest schema version this program knows.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

const V2: &str = "
CREATE TABLE drafts (
    slot TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
";

/// Version 3: newest-first listing from an index, and full-text search over
/// each session with its commitments and its rep's and account's names.
const V3: &str = "
CREATE INDEX sessions_newest ON sessions(date, start_time, id);
CREATE VIRTUAL TABLE session_search USING fts5(
    notes, objective, self_assessment, strengths, improvements, outcome, next_step,
    commitments, rep, account,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIEW session_docs AS
SELECT
    CAST(julianday(s.date) AS INTEGER) * 10000000 + s.id AS key,
    s.id, s.rep_id, s.account_id, s.archived,
    s.notes, s.objective, s.self_assessment, s.strengths, s.improvements, s.outcome, s.next_step,
    coalesce((SELECT group_concat(c.text, ' ') FROM commitments c
              WHERE c.session_id = s.id AND c.archived = 0), '') AS commitments,
    r.name AS rep,
    coalesce(a.name, '') AS account
FROM sessions s JOIN reps r ON r.id = s.rep_id LEFT JOIN accounts a ON a.id = s.account_id;
INSERT INTO session_search (rowid, notes, objective, self_assessment, strengths, improvements, outcome, next_step,
    commitments, rep, account)
SELECT key, notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments, rep, account
FROM session_docs WHERE archived = 0;
";

/// Version 4: indexes that let the Today figures be counted and the
/// Sessions tab be paged from a key, without reading every session:
/// the active listing (also what the session count scans) and each rep's,
/// field time and ratings by date, follow-ups per rep, handover visits per
/// account, and each rep's commitments by due date.
const V4: &str = "
DROP INDEX sessions_newest;
CREATE INDEX sessions_listing ON sessions(date, coalesce(start_time, ''), id) WHERE archived = 0;
CREATE INDEX sessions_by_day ON sessions(date, kind, rep_id) WHERE archived = 0;
DROP INDEX sessions_follow_up;
CREATE INDEX sessions_rep_follow_up ON sessions(rep_id, follow_up) WHERE follow_up IS NOT NULL;
CREATE INDEX sessions_handover ON sessions(account_id) WHERE kind = 'handover_visit' AND archived = 0;
CREATE INDEX commitments_open_rep ON commitments(rep_id, due) WHERE done_on IS NULL AND archived = 0;
CREATE INDEX commitments_rep_due ON commitments(rep_id, due);
CREATE INDEX sessions_rep_listing ON sessions(rep_id, date, coalesce(start_time, ''), id) WHERE archived = 0;
";

/// Step 3's triggers, which kept `session_search` in step with every write
/// until step 5 replaced them.
const V3_TRIGGERS: &str = "
CREATE TRIGGER session_search_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO session_search (rowid, notes, objective, self_assessment, strengths, improvements, outcome,
        next_step, commitments, rep, account)
    SELECT key, notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments,
        rep, account FROM session_docs WHERE id = NEW.id AND archived = 0;
END;
CREATE TRIGGER session_search_update AFTER UPDATE ON sessions BEGIN
    DELETE FROM session_search WHERE rowid = CAST(julianday(OLD.date) AS INTEGER) * 10000000 + OLD.id;
    INSERT INTO session_search (rowid, notes, objective, self_assessment, strengths, improvements, outcome,
        next_step, commitments, rep, account)
    SELECT key, notes, objective, self_assessment, strengths, improvements, outcome, next_step, commitments,
        rep, account FROM session_docs WHERE id = NEW.id AND archived = 0;
END;
CREATE TRIGGER session_search_commitment AFTER INSERT ON commitments WHEN NEW.session_id IS NOT NULL BEGIN
    UPDATE sessions SET id = id WHERE id = NEW.session_id;
END;
CREATE TRIGGER session_search_commitment_edit AFTER UPDATE ON commitments WHEN NEW.session_id IS NOT NULL BEGIN
    UPDATE sessions SET id = id WHERE id = NEW.session_id;
END;
CREATE TRIGGER session_search_rep AFTER UPDATE OF name ON reps BEGIN
    UPDATE sessions SET id = id WHERE rep_id = NEW.id;
END;
CREATE TRIGGER session_search_account AFTER UPDATE OF name ON accounts BEGIN
    UPDATE sessions SET id = id WHERE account_id = NEW.id;
END;
";

/// Step 6: a rep or account named on the command line is found through an
/// index on its name, not by reading every record.
fn name_indexes(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(
        "CREATE INDEX reps_name ON reps(name COLLATE NOCASE);
         CREATE INDEX accounts_name ON accounts(name COLLATE NOCASE);",
    )?)
}

/// Step 7: each text is stored once. The search index keeps only its
/// word lists and reads a session's words from the session itself (an
/// external-content FTS5 table over `session_search_docs`, keyed by the
/// generated, indexed `search_key`: the day and the id, so the key order
/// is the newest-first walk). The old index and its copies are dropped and
/// the index is built again from the sessions.
fn search_without_copies(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(
        "DROP TRIGGER session_search_rep; DROP TRIGGER session_search_account;
         DROP TABLE session_search;
         DROP VIEW session_docs;
         ALTER TABLE sessions ADD COLUMN search_key INTEGER
             GENERATED ALWAYS AS (CAST(julianday(date) AS INTEGER) * 10000000 + id) VIRTUAL;
         CREATE UNIQUE INDEX sessions_search_key ON sessions(search_key);
         CREATE VIEW session_search_docs AS
         SELECT
             s.search_key AS key, s.id, s.rep_id, s.account_id,
             s.notes, s.objective, s.self_assessment, s.strengths, s.improvements, s.outcome, s.next_step,
             coalesce((SELECT group_concat(c.text, ' ') FROM commitments c
                       WHERE c.session_id = s.id AND c.archived = 0), '') AS commitments,
             r.name AS rep,
             coalesce(a.name, '') AS account
         FROM sessions s JOIN reps r ON r.id = s.rep_id LEFT JOIN accounts a ON a.id = s.account_id
         WHERE s.archived = 0;
         CREATE VIRTUAL TABLE session_search USING fts5(
             notes, objective, self_assessment, strengths, improvements, outcome, next_step,
             commitments, rep, account,
             content = 'session_search_docs', content_rowid = 'key',
             tokenize = 'unicode61 remove_diacritics 2'
         );",
    )?;
    tx.execute_batch(&super::search_index::rename_triggers())?;
    super::search_index::rebuild(tx)
}

/// Step 8: figures read on every key or at every start come from an
/// index alone. A rep's follow-through (commitments due in a window, done
/// on time or not) is counted from the due-date index without reading each
/// commitment; the active sessions are counted as all of them (which SQLite
/// counts from its smallest index) less the few archived ones, not by
/// reading a row per session. The search index, built in many segments by
/// step 7, is merged into one.
fn covering_rep_figures(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(
        "DROP INDEX commitments_rep_due;
         CREATE INDEX commitments_rep_due ON commitments(rep_id, due, archived, done_on);
         CREATE INDEX sessions_archived ON sessions(id) WHERE archived = 1;",
    )?;
    super::search_index::optimize(tx)
}

/// The first version whose upgrade frees much space (step 7 drops the
/// index's copy of every text): upgrading from below it compacts the file.
const COMPACTS: i64 = 7;

/// Brings the schema up to date, one transaction per step.
pub fn migrate(conn: &mut Connection) -> StoreResult<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, step) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        step(&tx)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    if (1..COMPACTS).contains(&current) {
        conn.execute_batch("VACUUM")?;
    }
    Ok(())
}

/// Step 9: CRM ids on accounts and contacts, so a later import matches on
/// them, and the contacts' email and phone.
fn crm_ids(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(
        "ALTER TABLE accounts ADD COLUMN crm_id TEXT NOT NULL DEFAULT '';
         ALTER TABLE contacts ADD COLUMN email TEXT NOT NULL DEFAULT '';
         ALTER TABLE contacts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
         ALTER TABLE contacts ADD COLUMN crm_id TEXT NOT NULL DEFAULT '';
         CREATE INDEX accounts_crm_id ON accounts (crm_id) WHERE crm_id <> '';",
    )?)
}

/// Step 10: stay conversations, the manager's check-ins about staying.
fn stay_conversations(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(
        "CREATE TABLE stay_conversations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            rep_id INTEGER NOT NULL REFERENCES reps(id),
            date TEXT NOT NULL,
            risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
            reasons TEXT NOT NULL DEFAULT '',
            two_years TEXT NOT NULL CHECK (two_years IN ('yes', 'unsure', 'no')),
            impact TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
            notes TEXT NOT NULL DEFAULT '',
            next_check_in TEXT,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
         );
         CREATE INDEX stay_conversations_rep_date ON stay_conversations (rep_id, date);",
    )?)
}

/// Step 11: plays, and their full-text index (external content over the
/// table itself, kept by triggers: plays are few and written one at a time).
fn plays(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(
        "CREATE TABLE plays (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            situation TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            pitfalls TEXT NOT NULL DEFAULT '',
            skill_ids TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            account_id INTEGER REFERENCES accounts(id),
            product TEXT NOT NULL DEFAULT '',
            author_id INTEGER REFERENCES reps(id),
            date TEXT NOT NULL,
            session_ids TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
         );
         CREATE INDEX plays_author ON plays (author_id);
         CREATE VIRTUAL TABLE play_search USING fts5(
            title, situation, steps, pitfalls, industry, product,
            content = 'plays', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
         CREATE TRIGGER play_search_insert AFTER INSERT ON plays BEGIN
            INSERT INTO play_search (rowid, title, situation, steps, pitfalls, industry, product)
            VALUES (NEW.id, NEW.title, NEW.situation, NEW.steps, NEW.pitfalls, NEW.industry, NEW.product);
         END;
         CREATE TRIGGER play_search_update AFTER UPDATE ON plays BEGIN
            INSERT INTO play_search (play_search, rowid, title, situation, steps, pitfalls, industry, product)
            VALUES ('delete', OLD.id, OLD.title, OLD.situation, OLD.steps, OLD.pitfalls, OLD.industry, OLD.product);
            INSERT INTO play_search (rowid, title, situation, steps, pitfalls, industry, product)
            VALUES (NEW.id, NEW.title, NEW.situation, NEW.steps, NEW.pitfalls, NEW.industry, NEW.product);
         END;
         CREATE TRIGGER play_search_delete AFTER DELETE ON plays BEGIN
            INSERT INTO play_search (play_search, rowid, title, situation, steps, pitfalls, industry, product)
            VALUES ('delete', OLD.id, OLD.title, OLD.situation, OLD.steps, OLD.pitfalls, OLD.industry, OLD.product);
         END;",
    )?)
}

/// Step 12: the account knowledge harvest, one row per answer given.
fn account_knowledge(tx: &Transaction<'_>) -> StoreResult<()> {
    Ok(tx.execute_batch(
        "CREATE TABLE account_knowledge (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
         );
         CREATE INDEX account_knowledge_account ON account_knowledge (account_id, question, date);",
    )?)
}

fn seed_skills(conn: &Connection) -> StoreResult<()> {
    let skills = parse_rubric(DEFAULT_RUBRIC)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(format!("the built-in rubric is broken: {e}").into()))?;
    for skill in skills {
        SKILLS.insert(conn, None, &fresh_meta(), &skill)?;
    }
    Ok(())
}
