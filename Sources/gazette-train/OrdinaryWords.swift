import Entities

/// The words the corpora write in lower case at least as often as capitalized mid-sentence: a
/// lone one capitalized at a sentence start is an ordinary word ("Report", "Talks"), not a name.
enum OrdinaryWords {
    static func counted(in sentences: [LabelledSentence]) -> [String] {
        var lowercaseCounts: [String: Int] = [:]
        var capitalizedCounts: [String: Int] = [:]
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices where tokens[index].isWord && standsFree(index, in: tokens) {
                let text = tokens[index].text
                let lower = text.lowercased()
                if text.first?.isLowercase == true { lowercaseCounts[lower, default: 0] += 1 }
                else if !tokens[index].sentenceStart { capitalizedCounts[lower, default: 0] += 1 }
            }
        }
        return lowercaseCounts.filter { $0.value >= capitalizedCounts[$0.key, default: 0] }
            .keys.filter { $0.allSatisfy(\.isLetter) }.sorted()
    }

    /// A page's text glues pieces of names and addresses to their neighbours: the second half of
    /// a hyphenated given name ("Hoi-ying"), a handle or a domain ("jdoe@", "@example.com"). They
    /// are written in lower case there, but they are not ordinary words.
    static func standsFree(_ index: Int, in tokens: [TaggerToken]) -> Bool {
        func glued(_ a: Int, _ b: Int) -> Bool {
            tokens.indices.contains(a) && tokens.indices.contains(b) && tokens[a].end == tokens[b].start
        }
        if glued(index - 1, index), ["-", "@", "/", "_", ".", "\u{2010}", "\u{2011}"].contains(tokens[index - 1].text) {
            return false
        }
        if glued(index, index + 1) {
            let next = tokens[index + 1].text
            if ["@", "/", "_"].contains(next) { return false }
            if next == ".", glued(index + 1, index + 2), tokens[index + 2].isWord { return false }
        }
        return true
    }
}
