"""The vault's schema as an ordered list of migrations. ``PRAGMA user_version`` is the version.

Never edit a migration that has shipped: add a new one. Each runs inside one transaction, after a
verified encrypted backup of the vault (see ``migrations.py``).
"""

from __future__ import annotations

V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        employee_pseudonym TEXT NOT NULL DEFAULT '',
        employee_name TEXT NOT NULL DEFAULT '',
        employee_work_address TEXT NOT NULL DEFAULT '',
        employee_home_address TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open',
        opened_on TEXT NOT NULL,
        closed_on TEXT,
        retention_until TEXT,
        legal_basis TEXT NOT NULL DEFAULT 'consent',
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        scope TEXT NOT NULL,
        given_on TEXT NOT NULL,
        how TEXT NOT NULL DEFAULT '',
        withdrawn_on TEXT,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        work_contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        handle TEXT NOT NULL DEFAULT '',
        profile_url TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        holder_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        holder_confidence TEXT NOT NULL DEFAULT 'unknown',
        holder_basis TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE case_people (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (case_id, person_id, role)
    )""",
    """CREATE TABLE case_accounts (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, account_id)
    )""",
    """CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        original_id INTEGER REFERENCES evidence(id) ON DELETE RESTRICT,
        derivation TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        media_type TEXT NOT NULL,
        byte_size INTEGER NOT NULL,
        width INTEGER,
        height INTEGER,
        original_filename TEXT NOT NULL DEFAULT '',
        captured_at_utc TEXT NOT NULL,
        captured_at_local TEXT NOT NULL,
        method TEXT NOT NULL,
        captured_by TEXT NOT NULL DEFAULT '',
        app_version TEXT NOT NULL,
        screen_geometry TEXT NOT NULL DEFAULT '',
        platform TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        profile_url TEXT NOT NULL DEFAULT '',
        handle TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        poster_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        poster_confidence TEXT NOT NULL DEFAULT 'unknown',
        poster_basis TEXT NOT NULL DEFAULT '',
        posted_at_shown TEXT NOT NULL DEFAULT '',
        learned_on TEXT,
        transcript TEXT NOT NULL DEFAULT '',
        context TEXT NOT NULL DEFAULT '',
        offences TEXT NOT NULL DEFAULT '[]',
        archived_url TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX evidence_case ON evidence(case_id)",
    """CREATE TABLE evidence_blobs (
        evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE checklist (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open',
        done_on TEXT,
        who TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, step)
    )""",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        visibility TEXT NOT NULL,
        body TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX notes_case ON notes(case_id)",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        entity_id TEXT NOT NULL DEFAULT '',
        case_ref TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
]

# v2: full-text search over case titles, evidence transcripts and notes (FTS5 inside the
# encrypted vault). Diacritics folded so "een" finds "één"; external content, kept by triggers.
V2 = [
    """CREATE VIRTUAL TABLE search_index USING fts5(
        case_id UNINDEXED, kind UNINDEXED, row_id UNINDEXED, text,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    # FTS5 keeps the words of deleted or changed rows in its index (delete markers) until a merge;
    # secure-delete removes them at once, so deleted text leaves no trace in the vault's pages.
    "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)",
    """CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
        INSERT INTO search_index(case_id, kind, row_id, text)
        VALUES (new.id, 'case', new.id,
                new.reference || ' ' || new.title || ' ' || new.employee_pseudonym || ' '
                || new.employee_name || ' ' || new.summary);
    END""",
    """CREATE TRIGGER cases_au AFTER UPDATE ON cases BEGIN
        DELETE FROM search_index WHERE kind = 'case' AND row_id = old.id;
        INSERT INTO search_index(case_id, kind, row_id, text)
        VALUES (new.id, 'case', new.id,
                new.reference || ' ' || new.title || ' ' || new.employee_pseudonym || ' '
                || new.employee_name || ' ' || new.summary);
    END""",
    """CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN
        DELETE FROM search_index WHERE case_id = old.id;
    END""",
    """CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
        INSERT INTO search_index(case_id, kind, row_id, text)
        VALUES (new.case_id, 'evidence', new.id,
                new.title || ' ' || new.transcript || ' ' || new.context || ' ' || new.handle || ' '
                || new.display_name || ' ' || new.platform);
    END""",
    """CREATE TRIGGER evidence_au AFTER UPDATE ON evidence BEGIN
        DELETE FROM search_index WHERE kind = 'evidence' AND row_id = old.id;
        INSERT INTO search_index(case_id, kind, row_id, text)
        VALUES (new.case_id, 'evidence', new.id,
                new.title || ' ' || new.transcript || ' ' || new.context || ' ' || new.handle || ' '
                || new.display_name || ' ' || new.platform);
    END""",
    """CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
        DELETE FROM search_index WHERE kind = 'evidence' AND row_id = old.id;
    END""",
    """CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO search_index(case_id, kind, row_id, text)
        VALUES (new.case_id, 'note', new.id, new.body);
    END""",
    """CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
        DELETE FROM search_index WHERE kind = 'note' AND row_id = old.id;
        INSERT INTO search_index(case_id, kind, row_id, text) VALUES (new.case_id, 'note', new.id, new.body);
    END""",
    """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        DELETE FROM search_index WHERE kind = 'note' AND row_id = old.id;
    END""",
    # Index what v1 vaults already hold.
    """INSERT INTO search_index(case_id, kind, row_id, text)
        SELECT id, 'case', id, reference || ' ' || title || ' ' || employee_pseudonym || ' '
               || employee_name || ' ' || summary FROM cases""",
    """INSERT INTO search_index(case_id, kind, row_id, text)
        SELECT case_id, 'evidence', id, title || ' ' || transcript || ' ' || context || ' ' || handle
               || ' ' || display_name || ' ' || platform FROM evidence""",
    """INSERT INTO search_index(case_id, kind, row_id, text)
        SELECT case_id, 'note', id, body FROM notes""",
]

# v3: small thumbnails kept inside the vault (never in a cache folder), made at import, so the
# evidence list does not decode every full-size original.
V3 = [
    """CREATE TABLE evidence_thumbnails (
        evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
        png BLOB NOT NULL
    )""",
]

# v4: who else is involved in one item (witnesses, people tagged or sharing it), beside the poster.
V4 = [
    """CREATE TABLE evidence_people (
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (evidence_id, person_id, role)
    )""",
    "CREATE INDEX evidence_people_person ON evidence_people(person_id)",
]

# v5: the response workflow — conversations, aftercare, platform and police reports, legal help,
# referrals, and consent overrides ("conflict van plichten") with their written justification.
V5 = [
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        present TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        visibility TEXT NOT NULL DEFAULT 'counsellor_only'
    )""",
    """CREATE TABLE aftercare (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        due_on TEXT NOT NULL,
        latest_on TEXT,
        status TEXT NOT NULL DEFAULT 'planned',
        done_on TEXT,
        person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE platform_reports (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        route TEXT NOT NULL,
        filed_by TEXT NOT NULL,
        filed_on TEXT,
        ticket TEXT NOT NULL DEFAULT '',
        receipt_on TEXT,
        decision TEXT NOT NULL DEFAULT '',
        decision_on TEXT,
        statement_of_reasons TEXT NOT NULL DEFAULT '',
        automated INTEGER,
        appeal_filed_on TEXT,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE platform_report_items (
        report_id INTEGER NOT NULL REFERENCES platform_reports(id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        PRIMARY KEY (report_id, evidence_id)
    )""",
    """CREATE TABLE police_reports (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        filed_by TEXT NOT NULL,
        filed_on TEXT,
        station TEXT NOT NULL DEFAULT '',
        registration_number TEXT NOT NULL DEFAULT '',
        public_task INTEGER NOT NULL DEFAULT 0,
        vpt_code TEXT NOT NULL DEFAULT '',
        under_number INTEGER NOT NULL DEFAULT 0,
        wish_kept_informed INTEGER,
        wish_damages INTEGER,
        employee_statement_on TEXT,
        employee_statement_station TEXT NOT NULL DEFAULT '',
        poa_signed INTEGER,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE legal_actions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        lawyer TEXT NOT NULL DEFAULT '',
        started_on TEXT,
        next_date TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        "to" TEXT NOT NULL,
        referred_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE consent_overrides (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        scope TEXT NOT NULL,
        justification TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL
    )""",
    "CREATE INDEX aftercare_due ON aftercare(status, due_on)",
]

# v6: the posting date as a date (beside the free text "as shown"), so evidence sorts by it.
V6 = ["ALTER TABLE evidence ADD COLUMN posted_on TEXT"]

V7 = [
    """CREATE TABLE exports (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        byte_size INTEGER NOT NULL,
        item_count INTEGER NOT NULL,
        language TEXT NOT NULL DEFAULT 'nl'
    )""",
    "CREATE INDEX exports_case ON exports(case_id, at_utc)",
]

# v8: what the employee marked as wrong while reviewing the case together ("klopt niet").
V8 = [
    """CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
        field TEXT NOT NULL,
        wrong TEXT NOT NULL DEFAULT '',
        correction TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        "by" TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX corrections_case ON corrections(case_id, at_utc)",
]

# v9: scale (10,000 cases, 100,000 items, 1,000,000 audit entries). Each search row's id carries
# its case, its kind and its own id: (case_id << 32) | (kind << 28) | row_id, kind 0 = case,
# 1 = evidence, 2 = note. A search then reads only the index (the row ids), never the stored
# text, and deleting or updating one row finds it by id instead of scanning. The text stays
# stored in the index (not contentless) so that secure-delete can take a deleted row's words out
# of the index at once. Prefix indexes make search-as-you-type fast. And the indexes that
# per-case lookups need (the audit log per case above all).
_CASE_TEXT = ("new.reference || ' ' || new.title || ' ' || new.employee_pseudonym || ' ' || new.employee_name "
              "|| ' ' || new.summary")
_EVIDENCE_TEXT = ("new.title || ' ' || new.transcript || ' ' || new.context || ' ' || new.handle || ' ' "
                  "|| new.display_name || ' ' || new.platform")
V9 = [
    *[f"DROP TRIGGER {name}" for name in ("cases_ai", "cases_au", "cases_ad", "evidence_ai", "evidence_au",
                                           "evidence_ad", "notes_ai", "notes_au", "notes_ad")],
    "DROP TABLE search_index",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)",
    f"""CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN
        INSERT INTO search_index(rowid, text) VALUES ((new.id << 32) | new.id, {_CASE_TEXT});
    END""",
    f"""CREATE TRIGGER cases_au AFTER UPDATE ON cases BEGIN
        DELETE FROM search_index WHERE rowid = (old.id << 32) | old.id;
        INSERT INTO search_index(rowid, text) VALUES ((new.id << 32) | new.id, {_CASE_TEXT});
    END""",
    """CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN
        DELETE FROM search_index WHERE rowid BETWEEN (old.id << 32) AND (old.id << 32) | 4294967295;
    END""",
    f"""CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
        INSERT INTO search_index(rowid, text) VALUES ((new.case_id << 32) | (1 << 28) | new.id, {_EVIDENCE_TEXT});
    END""",
    f"""CREATE TRIGGER evidence_au AFTER UPDATE ON evidence BEGIN
        DELETE FROM search_index WHERE rowid = (old.case_id << 32) | (1 << 28) | old.id;
        INSERT INTO search_index(rowid, text) VALUES ((new.case_id << 32) | (1 << 28) | new.id, {_EVIDENCE_TEXT});
    END""",
    """CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
        DELETE FROM search_index WHERE rowid = (old.case_id << 32) | (1 << 28) | old.id;
    END""",
    """CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO search_index(rowid, text) VALUES ((new.case_id << 32) | (2 << 28) | new.id, new.body);
    END""",
    """CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
        DELETE FROM search_index WHERE rowid = (old.case_id << 32) | (2 << 28) | old.id;
        INSERT INTO search_index(rowid, text) VALUES ((new.case_id << 32) | (2 << 28) | new.id, new.body);
    END""",
    """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        DELETE FROM search_index WHERE rowid = (old.case_id << 32) | (2 << 28) | old.id;
    END""",
    f"""INSERT INTO search_index(rowid, text) SELECT (id << 32) | id, {_CASE_TEXT.replace("new.", "")} FROM cases""",
    f"""INSERT INTO search_index(rowid, text)
        SELECT (case_id << 32) | (1 << 28) | id, {_EVIDENCE_TEXT.replace("new.", "")} FROM evidence""",
    "INSERT INTO search_index(rowid, text) SELECT (case_id << 32) | (2 << 28) | id, body FROM notes",
    "INSERT INTO search_index(search_index) VALUES ('optimize')",
    "CREATE INDEX audit_case ON audit(case_ref, id)",
    "CREATE INDEX consents_case ON consents(case_id)",
    "CREATE INDEX evidence_original ON evidence(original_id)",
    # The agenda's klacht deadlines: only items with a learned-on date and an offence tag.
    "CREATE INDEX evidence_deadlines ON evidence(learned_on) WHERE learned_on IS NOT NULL AND offences != '[]'",
    *[f"CREATE INDEX {table}_case ON {table}(case_id)" for table in (
        "conversations", "aftercare", "platform_reports", "police_reports", "legal_actions", "referrals",
        "consent_overrides")],
]

# v10: prevention and the annual report (issue #9). A case's classification for the anonymised
# annual report (category, online/offline, internal/external poster, outcome; '' = not yet known);
# the organisation's editable prevention documents (one row per kind, its fields as JSON); and the
# log of team discussions of the conduct agreements ("teamoverleg"), per team.
V10 = [
    "ALTER TABLE cases ADD COLUMN category TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN setting TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN outcome TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE prevention_documents (
        kind TEXT PRIMARY KEY,
        content TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE team_meetings (
        id INTEGER PRIMARY KEY,
        team TEXT NOT NULL,
        held_on TEXT NOT NULL,
        topics TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX team_meetings_team ON team_meetings(team, held_on)",
]

MIGRATIONS: list[list[str]] = [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10]
LATEST = len(MIGRATIONS)
