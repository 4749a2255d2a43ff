/// The spelling-key words of every name one article uses, worked out once per name, with each
/// distinct word numbered: grouping compares names many times over, and numbers compare cheaply.
struct SpellingWords {
    struct Entry {
        /// `SpellingKey.words(name)`.
        var words: [String]
        /// The same words as numbers, equal exactly when the words are.
        var ids: [Int]
    }

    private var idByWord: [String: Int] = [:]
    private var entryByName: [String: Entry] = [:]

    /// Room for `capacity` names and their words, so the tables do not grow name by name.
    init(capacity: Int) {
        idByWord.reserveCapacity(capacity)
        entryByName.reserveCapacity(capacity)
    }

    mutating func entry(_ name: String) -> Entry {
        if let entry = entryByName[name] { return entry }
        let words = SpellingKey.words(name)
        var ids: [Int] = []
        ids.reserveCapacity(words.count)
        for word in words {
            if let id = idByWord[word] {
                ids.append(id)
            } else {
                ids.append(idByWord.count)
                idByWord[word] = idByWord.count
            }
        }
        let entry = Entry(words: words, ids: ids)
        entryByName[name] = entry
        return entry
    }

    /// `SpellingKey.key(name)`, from the words already worked out.
    mutating func key(_ name: String) -> String {
        let words = entry(name).words
        return words.isEmpty ? NameKey.of(name) : words.joined(separator: "-")
    }
}
