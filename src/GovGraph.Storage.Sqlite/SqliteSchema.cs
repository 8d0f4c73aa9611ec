using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many have run, so
/// starting twice (or on an older file) only applies what is missing.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        // 1: nodes with their materialised placement path, relationships, name search.
        """
        CREATE TABLE nodes (
            seq        INTEGER PRIMARY KEY,
            id         TEXT    NOT NULL UNIQUE,
            label      TEXT    NOT NULL,
            name       TEXT,
            props      TEXT    NOT NULL,
            parent_seq INTEGER,
            path       TEXT,
            depth      INTEGER
        );
        CREATE INDEX ix_nodes_label ON nodes (label);
        CREATE INDEX ix_nodes_path ON nodes (path);
        -- "Households under X" is a range inside one label; the planner picks it once ANALYZE has run.
        CREATE INDEX ix_nodes_label_path ON nodes (label, path);
        CREATE INDEX ix_nodes_parent ON nodes (parent_seq);

        CREATE TABLE rels (
            seq       INTEGER PRIMARY KEY,
            id        TEXT    NOT NULL UNIQUE,
            type      TEXT    NOT NULL,
            start_seq INTEGER NOT NULL REFERENCES nodes (seq),
            end_seq   INTEGER NOT NULL REFERENCES nodes (seq),
            props     TEXT    NOT NULL
        );
        CREATE INDEX ix_rels_start ON rels (start_seq, type);
        CREATE INDEX ix_rels_end ON rels (end_seq, type);
        CREATE INDEX ix_rels_type ON rels (type);

        -- Trigram FTS finds Chinese substrings of 3+ characters; shorter queries fall back to LIKE.
        -- The batch writer indexes inserted names set-wise (a per-row insert trigger is far slower);
        -- the triggers keep the index true if a name is ever changed or a node removed.
        CREATE VIRTUAL TABLE nodes_fts USING fts5 (
            name, content = 'nodes', content_rowid = 'seq', tokenize = 'trigram case_sensitive 0'
        );
        CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes WHEN old.name IS NOT NULL BEGIN
            INSERT INTO nodes_fts (nodes_fts, rowid, name) VALUES ('delete', old.seq, old.name);
        END;
        CREATE TRIGGER nodes_fts_update_old AFTER UPDATE OF name ON nodes WHEN old.name IS NOT NULL BEGIN
            INSERT INTO nodes_fts (nodes_fts, rowid, name) VALUES ('delete', old.seq, old.name);
        END;
        CREATE TRIGGER nodes_fts_update_new AFTER UPDATE OF name ON nodes WHEN new.name IS NOT NULL BEGIN
            INSERT INTO nodes_fts (rowid, name) VALUES (new.seq, new.name);
        END;
        """,

        // 2: relationship validity. `since` / `until` (ISO dates; a bare year counts as its first day) as virtual
        // columns; the endpoint indexes are widened to hold them. (depth, path) serves "n levels below X";
        // (parent_seq, label) lets coverage count what each unit places directly without reading nodes.
        """
        ALTER TABLE rels ADD COLUMN valid_since TEXT GENERATED ALWAYS AS (
            CASE json_type(props, '$.since')
                WHEN 'text' THEN json_extract(props, '$.since')
                WHEN 'integer' THEN CAST(json_extract(props, '$.since') AS TEXT)
            END) VIRTUAL;
        ALTER TABLE rels ADD COLUMN valid_until TEXT GENERATED ALWAYS AS (
            CASE json_type(props, '$.until')
                WHEN 'text' THEN json_extract(props, '$.until')
                WHEN 'integer' THEN CAST(json_extract(props, '$.until') AS TEXT)
            END) VIRTUAL;
        DROP INDEX ix_rels_start;
        DROP INDEX ix_rels_end;
        CREATE INDEX ix_rels_start_valid ON rels (start_seq, type, valid_since, valid_until);
        CREATE INDEX ix_rels_end_valid ON rels (end_seq, type, valid_since, valid_until);
        CREATE INDEX ix_nodes_depth_path ON nodes (depth, path);
        DROP INDEX ix_nodes_parent;
        CREATE INDEX ix_nodes_parent_label ON nodes (parent_seq, label);
        """,

        // 3: the change log. Cursors are AUTOINCREMENT rowids: never reused, even after retention empties the
        // table, and without gaps because a rolled-back insert gives its number back. change_scope indexes each
        // event under every id of its scope, so "events under X after c" is one range scan. Idempotency records
        // keep a mutation's first result for a repeat of its clientMutationId.
        """
        ALTER TABLE nodes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE changes (
            cursor    INTEGER PRIMARY KEY AUTOINCREMENT,
            type      TEXT    NOT NULL,
            at        TEXT    NOT NULL,
            at_ms     INTEGER NOT NULL,
            actor     TEXT    NOT NULL,
            commit_id TEXT,
            node_id   TEXT,
            label     TEXT,
            rel_id    TEXT,
            rel_type  TEXT,
            rel_start TEXT,
            rel_end   TEXT,
            before    TEXT,
            after     TEXT,
            scope     TEXT    NOT NULL
        );
        CREATE INDEX ix_changes_at ON changes (at_ms);
        CREATE TABLE change_scope (
            node_id TEXT    NOT NULL,
            cursor  INTEGER NOT NULL,
            PRIMARY KEY (node_id, cursor)
        ) WITHOUT ROWID;
        CREATE INDEX ix_change_scope_cursor ON change_scope (cursor);
        CREATE TABLE change_log_meta (
            key   TEXT    PRIMARY KEY,
            value INTEGER NOT NULL
        );
        CREATE TABLE idempotency (
            key    TEXT    PRIMARY KEY,
            result TEXT    NOT NULL,
            at_ms  INTEGER NOT NULL
        );
        CREATE INDEX ix_idempotency_at ON idempotency (at_ms);
        """,

        // 4: API keys beside the graph, so every API instance sees the same keys and revocations. Only the salted
        // hash of a key's secret is kept. created_at is ISO 8601 in UTC, so it sorts as text.
        """
        CREATE TABLE api_keys (
            seq        INTEGER PRIMARY KEY,
            id         TEXT    NOT NULL UNIQUE,
            name       TEXT    NOT NULL,
            role       TEXT    NOT NULL,
            scope      TEXT,
            pii        INTEGER NOT NULL,
            salt       TEXT    NOT NULL,
            hash       TEXT    NOT NULL,
            documents  TEXT    NOT NULL,
            created_at TEXT    NOT NULL,
            revoked_at TEXT
        );
        """,
    ];

    public static int Version => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL is a property of the file: set once, it persists for every later connection.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", ct);

        using var tx = connection.BeginTransaction();
        var current = Convert.ToInt32(await ScalarAsync(connection, tx, "PRAGMA user_version;", ct));
        if (current > Migrations.Length)
        {
            throw new InvalidOperationException(
                $"The database schema is version {current}, newer than this build knows ({Migrations.Length}).");
        }

        for (var version = current; version < Migrations.Length; version++)
        {
            await ExecuteAsync(connection, tx, Migrations[version], ct);
        }

        // PRAGMA takes no parameters; the value is an int from this code, never input.
        await ExecuteAsync(connection, tx, $"PRAGMA user_version = {Migrations.Length};", ct);
        tx.Commit();

        // Refreshes planner statistics only where SQLite judges them stale; cheap with the sample limit.
        await ExecuteAsync(connection, null, "PRAGMA analysis_limit = 1000; PRAGMA optimize;", ct);
    }

    private static async Task ExecuteAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection c, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
