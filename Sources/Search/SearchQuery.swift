/// A query as the person meant it, parsed in Swift so raw input never reaches FTS5's parser.
public struct SearchQuery: Sendable, Equatable {
    /// Text to find: every group must match; a group matches when any of its terms does ("a OR b").
    public var groups: [[Term]] = []
    /// Terms that must not match ("-word").
    public var excluded: [Term] = []
    public var filters: [Filter] = []
    /// What was not understood, said kindly ("title: needs a word after it").
    public var notes: [String] = []

    public init() {}

    public var isEmpty: Bool { groups.isEmpty && excluded.isEmpty && filters.isEmpty }

    public struct Term: Sendable, Equatable {
        /// One word or several (a phrase), as typed.
        public var words: [String]
        public var isPrefix = false
        /// Only in the title (`title:word`).
        public var titleOnly = false

        /// A one-letter prefix would merge the lists of every word starting with that letter
        /// (the prefix indexes start at two), so it is searched as a word instead.
        public var canBePrefix: Bool { (words.last?.count ?? 0) >= 2 }

        public init(words: [String], isPrefix: Bool = false, titleOnly: Bool = false) {
            self.words = words
            self.isPrefix = isPrefix
            self.titleOnly = titleOnly
        }
    }

    public enum Filter: Sendable, Equatable {
        case source(String)
        case entity(type: String?, name: String)
        /// Articles naming the entity with this canonical id (the sidebar's filter).
        case entityID(String)
        /// Inclusive day range as yyyymmdd numbers.
        case days(from: Int, through: Int)
        case unread
        case starred
    }
}

public enum SearchSort: String, Sendable, CaseIterable {
    case relevance, date
}
