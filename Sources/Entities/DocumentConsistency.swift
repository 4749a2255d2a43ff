import NewsCore

/// One article names one thing one way: once a name is found, its other capitalized
/// occurrences are mentions too (headlines included, where capitals say nothing), and
/// every mention of a name takes the type most of its mentions got.
enum DocumentConsistency {
    static let longestName = 6

    static func apply(_ spans: [MentionSpan], paragraphs: [TokenizedParagraph]) -> [MentionSpan] {
        // Keyed by the hash of the name key, so candidates are checked without building strings.
        var votes: [UInt64: [EntityType: Int]] = [:]
        var canonical: [UInt64: String] = [:]
        var known: [UInt64: Int] = [:]  // name key -> token count
        let byIndex = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.index, $0) })
        for span in spans {
            guard let tokens = byIndex[span.paragraph]?.tokens else { continue }
            let key = FeatureHash.nameKeyHash(span.surface(tokens))
            votes[key, default: [:]][span.type, default: 0] += 1
            if let name = span.canonical { canonical[key] = name }
            // "Apple Inc." once makes every "Apple" in the article the company.
            if span.type == .organization, span.end - span.first > 1 {
                var words = TextFolding.nameKey(span.surface(tokens)).split(separator: " ")
                if let last = words.last, NameRules.legalForms.contains(String(last)) {
                    words.removeLast()
                    votes[FeatureHash.hash(words.joined(separator: " ")), default: [:]][.organization, default: 0] += 2
                }
            }
            known[key] = span.end - span.first
        }
        // A person named in full is then called by surname ("Kadhimi said", "al-Kadhimi said").
        for span in spans where span.type == .person && span.end - span.first >= 2 {
            guard let tokens = byIndex[span.paragraph]?.tokens else { continue }
            let words = TextFolding.nameKey(span.surface(tokens)).split(separator: " ").map(String.init)
            guard let last = words.last, last.count > 2 else { continue }
            var surnames = [last]
            if words.count >= 3, NameRules.particles.contains(words[words.count - 2]) {
                surnames.append(words[words.count - 2] + " " + last)
            }
            for surname in surnames.map({ FeatureHash.hash($0) }) where known[surname] == nil {
                votes[surname, default: [:]][.person, default: 0] += 1
                known[surname] = 1
            }
        }
        guard !known.isEmpty else { return spans }

        var result = spans
        var taken: [Int: [Bool]] = [:]
        for paragraph in paragraphs { taken[paragraph.index] = [Bool](repeating: false, count: paragraph.tokens.count) }
        for span in spans { for index in span.first..<span.end { taken[span.paragraph]?[index] = true } }

        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            var index = 0
            while index < tokens.count {
                guard tokens[index].isWord, taken[paragraph.index]?[index] == false,
                      paragraph.capitalsMeanNothing || paragraph.facts[index].capitalized else { index += 1; continue }
                var matchedEnd: Int?
                var key: UInt64 = 0
                var end = index
                var candidateKey = FeatureHash.seed
                while end < tokens.count, end - index < longestName, taken[paragraph.index]?[end] == false, tokens[end].isWord {
                    let from = end == index ? FeatureHash.seed : FeatureHash.mix(candidateKey, UInt8(ascii: " "))
                    candidateKey = FeatureHash.nameKeyHash(tokens[end].text, from: from)
                    if candidateKey == from { break }
                    end += 1
                    let capitalizedLast = paragraph.capitalsMeanNothing || paragraph.facts[end - 1].capitalized
                    if known[candidateKey] != nil, capitalizedLast { matchedEnd = end; key = candidateKey }
                }
                guard let found = matchedEnd else { index += 1; continue }
                let type = majority(votes[key] ?? [:])
                result.append(MentionSpan(paragraph: paragraph.index, first: index, end: found, type: type,
                                          canonical: canonical[key]))
                for k in index..<found { taken[paragraph.index]?[k] = true }
                index = found
            }
        }
        // Every mention takes its name's majority type.
        for offset in result.indices {
            guard let tokens = byIndex[result[offset].paragraph]?.tokens else { continue }
            let key = FeatureHash.nameKeyHash(result[offset].surface(tokens))
            if let counts = votes[key] { result[offset].type = majority(counts) }
        }
        return result
    }

    /// Most votes; ties go to person, then organization, then place (a fixed order, so runs agree).
    static func majority(_ counts: [EntityType: Int]) -> EntityType {
        [EntityType.person, .organization, .place].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .person
    }
}
