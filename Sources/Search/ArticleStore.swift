import Foundation
import GRDB
import NewsCore

/// Writing articles with their entities, and reading them back, inside one transaction.
enum ArticleStore {
    /// Ids follow publication time: minutes since year 0 times 2^20 slots, so ordering by id
    /// is ordering by date, and a minute holds a million articles. Undated articles sort oldest.
    static let slotsPerMinute: Int64 = 1 << 20

    static func newID(for article: Article, in db: Database) throws -> Int64 {
        let base = Int64(max(0, article.published?.orderingMinutes ?? 0)) * slotsPerMinute
        let statement = try db.cachedStatement(sql: "SELECT max(id) FROM article WHERE id BETWEEN ? AND ?")
        let highest = try Int64.fetchOne(statement, arguments: [base, base + slotsPerMinute - 1])
        return highest.map { $0 + 1 } ?? base
    }

    /// Inserts the article and its entities; returns its library id. The article is not yet
    /// searchable: `index(_:in:)` adds it to the full-text index, ideally with many others.
    /// Statements are cached: compiling them anew for each of an article's dozens of mentions
    /// cost more than the rest. `storedEntities` names the entities known to be stored already;
    /// new ones are added to it.
    static func insert(_ article: Article, in db: Database, storedEntities: inout Set<String>) throws -> Int64 {
        let id = try newID(for: article, in: db)
        let entityNames = article.entities.flatMap { [$0.name] + $0.aliases }.joined(separator: "\n")
        try db.cachedStatement(sql: """
            INSERT INTO article (id, uid, title, title_derived, byline, source, source_key, url, published, day,
                                 body, entity_names, format, language, path)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, article.id, article.title, article.titleDerived, article.byline, article.source,
                TextFolding.fold(article.source ?? ""), article.url, article.published?.iso8601,
                article.published?.dayNumber ?? 0, article.paragraphs.joined(separator: "\n"), entityNames,
                article.format.rawValue, article.language, article.path,
            ])
        for entity in article.entities {
            if storedEntities.insert(entity.id).inserted {
                try storeEntity(entity, in: db)
            }
            try db.cachedStatement(sql: """
                INSERT INTO mention (entity_id, article_id, count, aliases, locations) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(entity_id, article_id) DO UPDATE SET count = count + excluded.count
                """).execute(arguments: [entity.id, id, entity.count, entity.aliases.joined(separator: "\n"),
                                         encode(entity.mentions)])
        }
        return id
    }

    /// Adds stored articles to the full-text index in one statement, so FTS5 writes them as
    /// one segment (see the schema's v2 migration), and their new terms to `index_term`.
    static func index(_ ids: [Int64], in db: Database) throws {
        guard !ids.isEmpty else { return }
        try IndexTerms.recording(db) {
            try db.execute(sql: """
                INSERT INTO article_fts(rowid, title, body, entity_names)
                SELECT id, title, body, entity_names FROM article WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        }
    }

    private static func storeEntity(_ entity: ArticleEntity, in db: Database) throws {
        let nameKey = TextFolding.nameKey(entity.name)
        try db.cachedStatement(sql: "INSERT INTO entity (id, type, name, name_key) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING")
            .execute(arguments: [entity.id, entity.type.rawValue, entity.name, nameKey])
        guard db.changesCount > 0 else { return }
        for word in Set(nameKey.split(separator: " ")) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_word (word, entity_id) VALUES (?, ?)")
                .execute(arguments: [String(word), entity.id])
        }
    }

    /// "p:start:length" per mention, comma-separated: compact and easy to read back.
    static func encode(_ locations: [MentionLocation]) -> String {
        locations.map { "\($0.paragraph):\($0.start):\($0.length)" }.joined(separator: ",")
    }

    static func decode(_ text: String) -> [MentionLocation] {
        text.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":").compactMap { Int($0) }
            return parts.count == 3 ? MentionLocation(paragraph: parts[0], start: parts[1], length: parts[2]) : nil
        }
    }

    static func load(id: Int64, in db: Database) throws -> Article? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]) else { return nil }
        let body: String = row["body"]
        var article = Article(
            title: row["title"], titleDerived: row["title_derived"], byline: row["byline"], source: row["source"],
            url: row["url"], published: (row["published"] as String?).flatMap(DateParser.parse),
            paragraphs: body.lines(),
            path: row["path"], format: SourceFormat(rawValue: row["format"]) ?? .plainText, language: row["language"]
        )
        let mentions = try Row.fetchAll(db, sql: """
            SELECT e.id, e.type, e.name, m.aliases, m.locations FROM mention m JOIN entity e ON e.id = m.entity_id
            WHERE m.article_id = ? ORDER BY m.count DESC, e.name
            """, arguments: [id])
        article.entities = mentions.compactMap { row in
            guard let type = EntityType(rawValue: row["type"]) else { return nil }
            let aliases: String = row["aliases"]
            return ArticleEntity(type: type, name: row["name"],
                                 aliases: aliases.isEmpty ? [] : aliases.split(separator: "\n").map(String.init),
                                 mentions: decode(row["locations"]), id: row["id"])
        }
        return article
    }
}
