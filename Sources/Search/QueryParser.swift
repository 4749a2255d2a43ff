/// Reads the query language: words (all required), "phrases", OR, -word, prefix*, and the
/// filters source: title: person: place: org: entity: after: before: date: is:unread is:starred.
/// Any input gives a query; what could not be used becomes a note, never an error.
public enum QueryParser {
    /// - Parameter typing: the person is still typing, so a last bare word is a prefix.
    public static func parse(_ input: String, typing: Bool = false) -> SearchQuery {
        var query = SearchQuery()
        let tokens = tokenize(input)
        if input.contains(where: { $0 == "(" || $0 == ")" }) {
            query.notes.append("brackets are ignored: every word is required; put OR between alternatives")
        }
        var pendingOr = false
        for (index, token) in tokens.enumerated() {
            let isLast = index == tokens.count - 1
            switch token {
            case .or:
                if query.groups.isEmpty || isLast { query.notes.append("OR needs words on both sides") } else { pendingOr = true }
                continue
            case .text(let raw, let quoted, let negated):
                if !quoted, let colon = raw.firstIndex(of: ":"), let filter = Filter(rawValue: raw[..<colon].lowercased()) {
                    let value = String(raw[raw.index(after: colon)...])
                    apply(filter, value: value, negated: negated, to: &query)
                    pendingOr = false
                    continue
                }
                guard var term = makeTerm(raw, quoted: quoted, notes: &query.notes) else {
                    if quoted && raw.allSatisfy(\.isWhitespace) { query.notes.append("an empty phrase was ignored") }
                    else if !raw.isEmpty || negated { query.notes.append("ignored “\(negated ? "-" : "")\(raw)”: nothing to search for") }
                    continue
                }
                // "foo:bar": a word and a colon that name no filter are searched as words, and said so.
                if !quoted, let colon = raw.firstIndex(of: ":"), colon > raw.startIndex,
                   raw[..<colon].allSatisfy(\.isLetter) {
                    query.notes.append("“\(raw[...colon])” is no filter (source: title: person: place: org: entity: after: before: date: is:); searched as words")
                }
                if typing, isLast, !quoted, !input.hasSuffix(" "), term.canBePrefix { term.isPrefix = true }
                if negated {
                    query.excluded.append(term)
                } else if pendingOr {
                    query.groups[query.groups.count - 1].append(term)
                } else {
                    query.groups.append([term])
                }
            }
            pendingOr = false
        }
        return query
    }

    private enum Filter: String {
        case source, title, person, place, org, organization, entity, after, before, date, `is`
    }

    private static func apply(_ filter: Filter, value: String, negated: Bool, to query: inout SearchQuery) {
        let trimmed = value.trimmingCharacters(in: ["\""])
        guard !trimmed.isEmpty else {
            query.notes.append("\(filter.rawValue): needs a value after it, e.g. \(example(filter))")
            return
        }
        if negated { query.notes.append("-\(filter.rawValue): is not supported; the filter was used as is") }
        switch filter {
        case .source: query.filters.append(.source(trimmed))
        case .title:
            if var term = makeTerm(trimmed, quoted: value.hasPrefix("\""), notes: &query.notes) {
                term.titleOnly = true
                query.groups.append([term])
            }
        case .person: query.filters.append(.entity(type: "person", name: trimmed))
        case .place: query.filters.append(.entity(type: "place", name: trimmed))
        case .org, .organization: query.filters.append(.entity(type: "organization", name: trimmed))
        case .entity: query.filters.append(.entity(type: nil, name: trimmed))
        case .after, .before, .date:
            guard let (from, through) = dayRange(trimmed) else {
                query.notes.append("\(filter.rawValue): takes a date like 2021-08-01, 2021-08 or 2021")
                return
            }
            switch filter {
            case .after: query.filters.append(.days(from: from, through: 99_991_231))
            case .before: query.filters.append(.days(from: 1, through: from - 1))
            default: query.filters.append(.days(from: from, through: through))
            }
        case .is:
            switch trimmed.lowercased() {
            case "unread": query.filters.append(.unread)
            case "starred": query.filters.append(.starred)
            default: query.notes.append("is: takes unread or starred")
            }
        }
    }

    private static func example(_ filter: Filter) -> String {
        switch filter {
        case .after, .before, .date: "\(filter.rawValue):2021-08-01"
        case .is: "is:unread"
        case .person: "person:biden"
        default: "\(filter.rawValue):word"
        }
    }

    /// "2021" -> whole year, "2021-11" -> the month, "2021-11-24" -> the day, as yyyymmdd.
    static func dayRange(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.map { $0! }
        guard (1000...9999).contains(numbers[0]) else { return nil }
        switch numbers.count {
        case 1: return (numbers[0] * 10_000 + 101, numbers[0] * 10_000 + 1231)
        case 2:
            guard (1...12).contains(numbers[1]) else { return nil }
            let base = numbers[0] * 10_000 + numbers[1] * 100
            return (base + 1, base + 31)
        default:
            guard (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
            let day = numbers[0] * 10_000 + numbers[1] * 100 + numbers[2]
            return (day, day)
        }
    }

    /// Words as FTS5's tokenizer would see them: letters and digits; "US-led" is two words.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { String($0) }
    }

    private static func makeTerm(_ raw: String, quoted: Bool, notes: inout [String]) -> SearchQuery.Term? {
        let words = words(raw)
        guard !words.isEmpty else { return nil }
        var term = SearchQuery.Term(words: words)
        if !quoted && raw.hasSuffix("*") {
            if term.canBePrefix { term.isPrefix = true } else { notes.append("“\(raw)”: a prefix needs two letters or more") }
        }
        return term
    }

    // MARK: Tokens

    private enum Token {
        case text(String, quoted: Bool, negated: Bool)
        case or
    }

    private static func tokenize(_ input: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Substring(input)
        while let first = characters.first {
            if first.isWhitespace || first == "(" || first == ")" { characters.removeFirst(); continue }
            var negated = false
            if first == "-" { negated = true; characters.removeFirst() }
            if characters.first == "\"" {
                characters.removeFirst()
                // An unbalanced quote runs to the end of the input.
                let phrase = characters.prefix { $0 != "\"" }
                characters = characters.dropFirst(phrase.count)
                if characters.first == "\"" { characters.removeFirst() }
                tokens.append(.text(String(phrase), quoted: true, negated: negated))
                continue
            }
            var word = characters.prefix { !$0.isWhitespace && $0 != "(" && $0 != ")" && $0 != "\"" }
            characters = characters.dropFirst(word.count)
            // A filter's quoted value: person:"Joe Biden".
            if word.hasSuffix(":"), characters.first == "\"" {
                characters.removeFirst()
                let value = characters.prefix { $0 != "\"" }
                characters = characters.dropFirst(value.count)
                if characters.first == "\"" { characters.removeFirst() }
                word = Substring(String(word) + "\"" + value + "\"")
            }
            if word == "OR", !negated { tokens.append(.or); continue }
            tokens.append(.text(String(word), quoted: false, negated: negated))
        }
        return tokens
    }
}
