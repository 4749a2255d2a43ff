import GRDB
import NewsCore

/// A query that is one entity filter and nothing else: the sidebar's "every article naming
/// this person", or `person:biden` alone.
struct EntityLookup {
    /// SQL giving the ids of the entities meant, and its arguments.
    var entities: (sql: String, arguments: [any DatabaseValueConvertible])

    init?(_ query: SearchQuery) {
        guard query.groups.isEmpty, query.excluded.isEmpty, query.filters.count == 1 else { return nil }
        switch query.filters[0] {
        case .entityID(let id): entities = ("SELECT ?", [id])
        case .entity(let type, let name): entities = SQLPlan.entitiesNamed(name, type: type)
        default: return nil
        }
    }

    /// Entities at most this many are merged mention list by mention list; more (a common
    /// word naming hundreds of entities) are read in one pass.
    static let mergeLimit = 64

    /// Newest articles naming any of the entities, straight from the mention index, so a
    /// name in 50,000 articles costs no more than one in five.
    func newestArticles(in db: Database, limit: Int) throws -> [Int64] {
        guard limit > 0 else { return [] }
        let ids = try String.fetchAll(db, sql: entities.sql + " LIMIT \(EntityLookup.mergeLimit + 1)",
                                      arguments: StatementArguments(entities.arguments))
        if ids.count > EntityLookup.mergeLimit {
            return try Int64.fetchAll(db, sql: """
                SELECT DISTINCT article_id FROM mention WHERE entity_id IN (\(entities.sql)) ORDER BY article_id DESC LIMIT ?
                """, arguments: StatementArguments(entities.arguments) + [limit])
        }
        // Each entity's mentions newest first, merged: reads about `limit` rows in all.
        let lists = try ids.map { id in
            try Int64.fetchCursor(db.makeStatement(sql: "SELECT article_id FROM mention WHERE entity_id = ? ORDER BY article_id DESC"),
                                  arguments: [id])
        }
        var heads = try lists.map { try $0.next() }
        var newest: [Int64] = []
        while newest.count < limit {
            guard let chosen = heads.indices.max(by: { (heads[$0] ?? .min) < (heads[$1] ?? .min) }),
                  let id = heads[chosen] else { break }
            if newest.last != id { newest.append(id) }
            heads[chosen] = try lists[chosen].next()
        }
        return newest
    }
}
