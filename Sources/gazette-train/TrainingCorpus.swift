import Entities
import Foundation
import NewsCore

/// One labelled sentence of a training corpus.
struct LabelledSentence {
    var tokens: [TaggerToken]
    var labels: [BIOLabel]
}

/// Reads the two corpora into the tagger's labels (MISC becomes outside: the sidebar has no such type).
enum TrainingCorpus {
    /// WikiANN: "en:word<TAB>B-PER", IOB2, blank line between sentences.
    static func wikiann(_ path: String) throws -> [LabelledSentence] {
        try sentences(path) { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            let word = fields[0].hasPrefix("en:") ? String(fields[0].dropFirst(3)) : String(fields[0])
            return (word, String(fields[1]))
        }.map { sentence($0, iob1: false) }
    }

    /// wikigold: "word LABEL", IOB1, "-DOCSTART-" between articles. Returns articles of sentences.
    static func wikigoldDocuments(_ path: String) throws -> [[LabelledSentence]] {
        var documents: [[LabelledSentence]] = []
        for raw in try sentences(path, parse: { line in
            guard let space = line.lastIndex(of: " ") else { return nil }
            return (String(line[..<space]), String(line[line.index(after: space)...]))
        }) {
            if raw.first?.0 == "-DOCSTART-" { documents.append([]); continue }
            if documents.isEmpty { documents.append([]) }
            documents[documents.count - 1].append(sentence(raw, iob1: true))
        }
        return documents.filter { !$0.isEmpty }
    }

    /// At least eight words, of which at least half start in lower case.
    static func readsLikeProse(_ sentence: LabelledSentence) -> Bool {
        let words = sentence.tokens.filter(\.isWord)
        guard words.count >= Int(option("--prose-min-words", "8"))! else { return false }
        let lower = words.filter { $0.text.first?.isLowercase == true }.count
        return lower * 2 >= words.count
    }

    /// The documents `make eval-entities` holds out: every fifth, starting with the first
    /// (Tools/entities/eval_entities.py uses the same rule).
    static func isHeldOut(documentIndex: Int) -> Bool { documentIndex % 5 == 0 }

    private static func sentences(_ path: String, parse: (Substring) -> (String, String)?) throws -> [[(String, String)]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var result: [[(String, String)]] = []
        var current: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current); current = [] }
                continue
            }
            if let pair = parse(Substring(trimmed)) { current.append(pair) }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func sentence(_ pairs: [(String, String)], iob1: Bool) -> LabelledSentence {
        var tokens: [TaggerToken] = []
        var labels: [BIOLabel] = []
        var offset = 0
        var sentenceStart = true
        var previous = BIOLabel.outside
        for (word, tag) in pairs {
            let isWord = word.first.map { $0.isLetter || $0.isNumber } ?? false
            let length = word.count
            tokens.append(TaggerToken(text: word, start: offset, end: offset + length, isWord: isWord,
                                      sentenceStart: sentenceStart))
            offset += length + 1
            sentenceStart = [".", "!", "?", ":", "\"", "``", "\u{201C}"].contains(word)
            let label = self.label(tag, previous: previous, iob1: iob1)
            labels.append(label)
            previous = label
        }
        return LabelledSentence(tokens: tokens, labels: labels)
    }

    private static func label(_ tag: String, previous: BIOLabel, iob1: Bool) -> BIOLabel {
        let parts = tag.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return .outside }
        let type: EntityType
        switch parts[1] {
        case "PER": type = .person
        case "LOC": type = .place
        case "ORG": type = .organization
        default: return .outside
        }
        // IOB1 starts a name with "I-" unless it directly follows one of the same type.
        let continues = parts[0] == "I" && previous.type == type
        return continues ? BIOLabel.inside(type) : BIOLabel.begin(type)
    }
}
