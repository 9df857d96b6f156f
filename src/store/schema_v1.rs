//! Schema step 1: the records as first released. A released step never
//! changes; later steps alter what this creates.

/// The tables of step 1.
pub(super) const V1: &str = "
CREATE TABLE skills (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    level_1 TEXT NOT NULL DEFAULT '',
    level_3 TEXT NOT NULL DEFAULT '',
    level_5 TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX skills_name ON skills(name COLLATE NOCASE);
CREATE UNIQUE INDEX skills_alias ON skills(alias COLLATE NOCASE);

CREATE TABLE reps (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    hired_on TEXT,
    retires_on TEXT,
    mentor_id INTEGER REFERENCES reps(id),
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 1 AND 365),
    retention_risk TEXT CHECK (retention_risk IN ('low', 'medium', 'high')),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (mentor_id IS NULL OR mentor_id <> id)
);
CREATE INDEX reps_mentor ON reps(mentor_id);

CREATE TABLE rep_focus (
    rep_id INTEGER NOT NULL REFERENCES reps(id),
    skill_id INTEGER NOT NULL REFERENCES skills(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (rep_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    industry TEXT NOT NULL DEFAULT '',
    tier TEXT CHECK (tier IN ('key', 'a', 'b', 'c')),
    annual_value_cents INTEGER CHECK (annual_value_cents >= 0),
    owner_id INTEGER REFERENCES reps(id),
    health TEXT CHECK (health IN ('green', 'amber', 'red')),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    successor_id INTEGER REFERENCES reps(id),
    handover_stage TEXT CHECK (handover_stage IN
        ('planned', 'introduced', 'joint_visits', 'handed_over', 'complete')),
    handover_target TEXT,
    handover_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((successor_id IS NULL) = (handover_stage IS NULL))
);
CREATE INDEX accounts_owner ON accounts(owner_id);
CREATE INDEX accounts_successor ON accounts(successor_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    influence INTEGER CHECK (influence BETWEEN 0 AND 10),
    known_by_owner INTEGER NOT NULL DEFAULT 0,
    known_by_successor INTEGER NOT NULL DEFAULT 0,
    last_touch TEXT,
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    rep_id INTEGER NOT NULL REFERENCES reps(id),
    account_id INTEGER REFERENCES accounts(id),
    kind TEXT NOT NULL CHECK (kind IN ('ride_along', 'one_on_one', 'call_review',
        'deal_review', 'training', 'handover_visit')),
    date TEXT NOT NULL,
    start_time TEXT,
    minutes INTEGER CHECK (minutes BETWEEN 1 AND 1440),
    objective TEXT NOT NULL DEFAULT '',
    self_assessment TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    improvements TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    follow_up TEXT,
    will INTEGER CHECK (will BETWEEN 1 AND 5),
    private_notes TEXT NOT NULL DEFAULT '',
    acknowledged_on TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_rep_date ON sessions(rep_id, date);
CREATE INDEX sessions_date ON sessions(date, id);
CREATE INDEX sessions_account_date ON sessions(account_id, date);
CREATE INDEX sessions_follow_up ON sessions(follow_up) WHERE follow_up IS NOT NULL;

CREATE TABLE session_calls (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    account_id INTEGER REFERENCES accounts(id),
    objective TEXT NOT NULL DEFAULT '',
    what_happened TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_calls_session ON session_calls(session_id, position);
CREATE INDEX session_calls_account ON session_calls(account_id);

CREATE TABLE ratings (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    skill_id INTEGER NOT NULL REFERENCES skills(id),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (session_id, skill_id)
) WITHOUT ROWID;
CREATE INDEX ratings_skill ON ratings(skill_id);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    rep_id INTEGER NOT NULL REFERENCES reps(id),
    session_id INTEGER REFERENCES sessions(id),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL DEFAULT 'rep' CHECK (owner IN ('rep', 'manager')),
    due TEXT,
    done_on TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX commitments_rep ON commitments(rep_id, done_on);
CREATE INDEX commitments_session ON commitments(session_id);
CREATE INDEX commitments_open_due ON commitments(due) WHERE done_on IS NULL;
";
