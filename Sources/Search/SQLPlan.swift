import CTokenizer
import GRDB
import NewsCore

/// A parsed query as SQL: an FTS5 MATCH expression built from quoted terms, and plain
/// conditions on indexed columns for the filters.
struct SQLPlan {
    var match: String?
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []

    init(_ query: SearchQuery) {
        self.init(query, spellingOut: { _ in nil })
    }

    /// A long prefix ("withdr*") is the index terms it begins when `terms` gives them (see
    /// IndexTerms), else a prefix for FTS5.
    init(_ query: SearchQuery, spellingOut terms: (String) throws -> (leading: String, terms: [String])?) rethrows {
        func fts(_ term: SearchQuery.Term) throws -> String {
            try SQLPlan.fts(term, spelledOut: term.isPrefix ? terms(term.words.joined(separator: " ")) : nil)
        }
        let positive = try query.groups.map { group in
            group.count == 1 ? try fts(group[0]) : "(" + (try group.map(fts)).joined(separator: " OR ") + ")"
        }
        let negative = try query.excluded.map(fts)
        if !positive.isEmpty {
            match = positive.joined(separator: " AND ") + negative.map { " NOT " + $0 }.joined()
        } else if !negative.isEmpty {
            // FTS5's NOT needs something on its left; with only exclusions, exclude in SQL.
            conditions.append("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
            arguments.append(negative.joined(separator: " OR "))
        }
        for filter in query.filters {
            switch filter {
            case .source(let name):
                conditions.append("a.source_key LIKE ?")
                arguments.append("%" + SQLPlan.likeEscaped(TextFolding.fold(name)) + "%")
            case .entity(let type, let name):
                let (entities, entityArguments) = SQLPlan.entitiesNamed(name, type: type)
                conditions.append("a.id IN (SELECT article_id FROM mention WHERE entity_id IN (\(entities)))")
                arguments += entityArguments
            case .entityID(let id):
                conditions.append("a.id IN (SELECT article_id FROM mention WHERE entity_id = ?)")
                arguments.append(id)
            case .days(let from, let through):
                conditions.append("a.day BETWEEN ? AND ?")
                arguments += [from, through]
            case .unread: conditions.append("a.is_read = 0")
            case .starred: conditions.append("a.is_starred = 1")
            }
        }
    }

    /// Entities whose names hold every word of `name` ("biden" finds "Joe Biden"), of one type
    /// or any, driven from the entity_word index (never a scan of every entity of a type).
    static func entitiesNamed(_ name: String, type: String?) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        let words = TextFolding.nameKey(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return ("SELECT id FROM entity WHERE 0", []) }
        var sql = words.map { _ in "SELECT entity_id FROM entity_word WHERE word = ?" }.joined(separator: " INTERSECT ")
        var arguments: [any DatabaseValueConvertible] = words
        if let type {
            // CROSS JOIN keeps this order: the few entities with the word, then their type.
            sql = "SELECT e.id FROM (\(sql)) AS named CROSS JOIN entity e ON e.id = named.entity_id WHERE e.type = ?"
            arguments.append(type)
        }
        return (sql, arguments)
    }

    /// Every word double-quoted, so FTS5 sees strings, never its own syntax. A prefix spelled
    /// out is one phrase per index term it begins, that term marked to match as written.
    static func fts(_ term: SearchQuery.Term, spelledOut: (leading: String, terms: [String])? = nil) -> String {
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let text: String
        if let spelledOut {
            let mark = String(UnicodeScalar(UInt8(GZ_VERBATIM_MARK)))
            text = "(" + spelledOut.terms.map { quoted(spelledOut.leading + mark + $0) }.joined(separator: " OR ") + ")"
        } else {
            let phrase = quoted(term.words.joined(separator: " "))
            text = term.isPrefix ? phrase + " *" : phrase
        }
        return term.titleOnly ? "title : " + text : text
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }
}
