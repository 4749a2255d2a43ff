import GRDB

/// The library's tables, built by migrations from the first version on, so later versions
/// can change them without losing anyone's library.
enum Schema {
    /// The longest prefix with its own index (`prefix='2 3'` below). A longer prefix is
    /// answered by merging the lists of every word that starts with it.
    static let longestIndexedPrefix = 3

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, files, entities, full-text index") { db in
            // Article ids are assigned in date order (see ArticleIdentity), so "newest first" is
            // simply descending rowid, for the list and for full-text results alike.
            // The body holds one paragraph per line; the full-text index reads it too.
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    title_derived INTEGER NOT NULL DEFAULT 0,
                    byline TEXT,
                    source TEXT,
                    source_key TEXT NOT NULL DEFAULT '',
                    url TEXT,
                    published TEXT,
                    day INTEGER NOT NULL DEFAULT 0,
                    body TEXT NOT NULL,
                    entity_names TEXT NOT NULL DEFAULT '',
                    format TEXT NOT NULL,
                    language TEXT,
                    path TEXT,
                    is_read INTEGER NOT NULL DEFAULT 0,
                    is_starred INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX article_by_source ON article(source_key, id DESC);
                CREATE INDEX article_by_day ON article(day);
                CREATE INDEX article_unread ON article(is_read, id);
                CREATE INDEX article_starred ON article(is_starred, id);

                CREATE TABLE source_file (
                    path TEXT PRIMARY KEY,
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL,
                    content_hash TEXT NOT NULL,
                    article_id INTEGER REFERENCES article(id) ON DELETE SET NULL
                );
                CREATE INDEX source_file_by_article ON source_file(article_id);

                CREATE TABLE entity (
                    id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL
                );
                CREATE INDEX entity_by_name ON entity(type, name_key);

                -- Each word of each entity's name, so person:biden is an index lookup.
                CREATE TABLE entity_word (
                    word TEXT NOT NULL,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    PRIMARY KEY (word, entity_id)
                ) WITHOUT ROWID;

                CREATE TABLE mention (
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    aliases TEXT NOT NULL,
                    locations TEXT NOT NULL,
                    PRIMARY KEY (entity_id, article_id)
                ) WITHOUT ROWID;
                CREATE INDEX mention_by_article ON mention(article_id);

                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, body, entity_names,
                    content='article', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2',
                    prefix='2 3'
                );
                CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
                    INSERT INTO article_fts(rowid, title, body, entity_names)
                    VALUES (new.id, new.title, new.body, new.entity_names);
                END;
                CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, body, entity_names)
                    VALUES ('delete', old.id, old.title, old.body, old.entity_names);
                END;
                CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body, entity_names ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, body, entity_names)
                    VALUES ('delete', old.id, old.title, old.body, old.entity_names);
                    INSERT INTO article_fts(rowid, title, body, entity_names)
                    VALUES (new.id, new.title, new.body, new.entity_names);
                END;
                """)
        }
        migrator.registerMigration("v2: new articles join the full-text index a transaction at a time") { db in
            // FTS5 writes its pending terms out as a new index segment whenever a statement opens a
            // savepoint, and each trigger-carrying insert opens one: a segment per article, merged
            // again and again. The importer now indexes a transaction's new articles with one
            // statement (ArticleStore.index), a third of the writer's time per article.
            try db.execute(sql: "DROP TRIGGER article_fts_insert")
        }
        migrator.registerMigration(reindexingMigration) { db in
            // Same index, now also holding each word as written beside its stem (PrefixTokenizer):
            // typing "withdrawa" no longer loses every "withdrawal" until the word is complete.
            try db.execute(sql: """
                DROP TABLE article_fts;
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, body, entity_names,
                    content='article', content_rowid='id',
                    tokenize='\(fullTextTokenizer)',
                    prefix='2 3'
                );
                INSERT INTO article_fts(article_fts) VALUES ('rebuild');
                """)
        }
        migrator.registerMigration(indexTermsMigration) { db in
            try db.execute(sql: IndexTerms.createTable)
            try IndexTerms.fillFromIndex(db)
        }
        return migrator
    }

    /// Porter stems over unicode61 without diacritics, plus the words as written (see CTokenizer.h).
    static let fullTextTokenizer = "gazette " + fullTextTokenizerArguments
    static let fullTextTokenizerArguments = "unicode61 remove_diacritics 2"

    /// The migration that rebuilds the full-text index: slow on a big library, so the reader says so.
    static let reindexingMigration = "v3: prefixes match words as written, not their stems"

    /// The migration that lists the index's terms (IndexTerms): seconds on a big library.
    static let indexTermsMigration = "v4: the index's terms, for long prefixes"
}
