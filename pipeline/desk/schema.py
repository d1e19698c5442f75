"""The review desk's tables, applied by the store's migrations (``pipeline.store.MIGRATIONS``).

- ``users``: accounts with a role (admin, reviewer, viewer) and a scrypt password hash.
- ``sessions``: server-side sessions; the cookie holds a random token, the table its SHA-256.
- ``clue_reviews``: one row per problem clue: review status, the version edits must carry,
  and the queue's sort key (``urank``: most uncertain first) with the filter columns
  denormalised so every queue page is an index range scan (keyset paging, no OFFSET).
- ``changes``: append-only record of every change (who, clue, field, before, after, when);
  rows of one action share a ``batch``; an undo is a batch whose rows name the batch undone.
- ``unit_aliases``: unit names merged on the units page (region, alias -> canonical).
- ``changes.hash`` (0004): the records' SHA-256 chain, written by ``pipeline.audit.append``.

No statement here may contain a semicolon inside it: the store splits migrations on ';'.
Triggers (which need one) are created by ``queries.ensure_triggers``.
"""

DESK_MIGRATIONS: list[tuple[str, str]] = [
    (
        "0003_review_desk",
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'viewer')),
            password TEXT NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            csrf TEXT NOT NULL,
            created_at REAL NOT NULL,
            expires_at REAL NOT NULL
        );
        CREATE INDEX sessions_user ON sessions(user_id);
        CREATE TABLE clue_reviews (
            sentence_id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL,
            year INTEGER,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
            has_rule INTEGER NOT NULL,
            urank INTEGER NOT NULL,
            tagger TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            updated_by TEXT,
            updated_at REAL
        );
        CREATE INDEX clue_reviews_all ON clue_reviews(urank, sentence_id);
        CREATE INDEX clue_reviews_status ON clue_reviews(status, urank, sentence_id);
        CREATE INDEX clue_reviews_document ON clue_reviews(document_id, urank, sentence_id);
        CREATE INDEX clue_reviews_year ON clue_reviews(year, status, urank, sentence_id);
        CREATE INDEX clue_reviews_source ON clue_reviews(has_rule, status, urank, sentence_id);
        CREATE INDEX tag_units_canonical ON tag_units(canonical);
        CREATE INDEX tag_units_text ON tag_units(text);
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL,
            actor TEXT NOT NULL,
            sentence_id INTEGER,
            field TEXT NOT NULL,
            before TEXT,
            after TEXT,
            at REAL NOT NULL,
            undoes INTEGER
        );
        CREATE INDEX changes_sentence ON changes(sentence_id, id);
        CREATE INDEX changes_actor ON changes(actor, batch);
        CREATE INDEX changes_undoes ON changes(undoes);
        CREATE TABLE unit_aliases (
            region TEXT NOT NULL,
            alias TEXT NOT NULL,
            canonical TEXT NOT NULL,
            actor TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (region, alias)
        )
        """,
    ),
    (
        # the change records as a hash chain (pipeline/audit.py): each row's hash covers its
        # fields and the row before it; ``xuncha audit verify`` recomputes it
        "0004_audit_chain",
        """
        ALTER TABLE changes ADD COLUMN hash TEXT
        """,
    ),
]
