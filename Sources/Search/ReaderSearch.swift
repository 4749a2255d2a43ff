/// What the reader's list runs for the text in its search prompt.
public struct ReaderSearch: Sendable {
    /// The query run: the one to mark matches with in the list's snippets.
    public var query: SearchQuery
    public var ids: [Int64]
    /// More articles matched than `limit`.
    public var truncated: Bool
}

extension Library {
    /// While the person types, the last word is a prefix, so the list follows each key.
    /// Once entered, it is a whole word, as every other word: the ranking is about the word
    /// they typed, and FTS5 reads one list instead of merging and scoring every word that
    /// starts with it. When no article has that whole word, it stays a prefix, so a word left
    /// half typed ("kadh" then Enter) still finds what the list showed.
    public func readerSearch(_ input: String, typing: Bool, filters: [SearchQuery.Filter] = [],
                             sort: SearchSort, limit: Int) throws(LibraryError) -> ReaderSearch {
        func query(typing: Bool) -> SearchQuery {
            var query = QueryParser.parse(input, typing: typing)
            query.filters += filters
            return query
        }
        func run(_ query: SearchQuery) throws(LibraryError) -> ReaderSearch {
            if query.isEmpty { return ReaderSearch(query: query, ids: [], truncated: false) }
            let found = try articleIDs(matching: query, sort: sort, limit: limit)
            return ReaderSearch(query: query, ids: found.ids, truncated: found.truncated)
        }
        let asTyped = try run(query(typing: typing))
        guard !typing, asTyped.ids.isEmpty else { return asTyped }
        let withPrefix = query(typing: true)
        return withPrefix == asTyped.query ? asTyped : try run(withPrefix)
    }
}
