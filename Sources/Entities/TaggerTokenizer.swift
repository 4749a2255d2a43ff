/// One token of running text for the tagger: a word or a single punctuation mark,
/// with its place in the paragraph in Characters (what `MentionLocation` counts).
public struct TaggerToken: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var isWord: Bool
    /// True at the start of the text or after . ! ? : or an opening quote: capitals there say little.
    public var sentenceStart: Bool

    public init(text: String, start: Int, end: Int, isWord: Bool, sentenceStart: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.isWord = isWord
        self.sentenceStart = sentenceStart
    }
}

/// Splits text the way the training corpora (CoNLL style) were split, so features mean the
/// same at run time: punctuation apart, possessive "'s" apart, "al-Kadhimi", "U.S." and "Mr." whole.
public enum TaggerTokenizer {
    public static func tokens(in text: String) -> [TaggerToken] {
        let characters = Array(text)
        // Where each Character starts in the string: token text is then a slice of the string's
        // own bytes, far cheaper than rebuilding it from Characters.
        var starts = Array(text.indices)
        starts.append(text.endIndex)
        func slice(_ from: Int, _ to: Int) -> String { String(text[starts[from]..<starts[to]]) }
        var tokens: [TaggerToken] = []
        tokens.reserveCapacity(characters.count / 5)
        var i = 0
        var sentenceStart = true
        while i < characters.count {
            let c = characters[i]
            if isSpace(c) { i += 1; continue }
            guard isWordCharacter(c) else {
                tokens.append(TaggerToken(text: String(c), start: i, end: i + 1, isWord: false, sentenceStart: sentenceStart))
                if endsSentence(c) { sentenceStart = true }
                i += 1
                continue
            }
            var j = i + 1
            while j < characters.count {
                let d = characters[j]
                if isWordCharacter(d) { j += 1; continue }
                let joins = d == "-" || d == "'" || d == "\u{2019}" || d == "." || d == "&"
                if joins, j + 1 < characters.count, isWordCharacter(characters[j + 1]) { j += 1; continue }
                // "U.S." keeps its final dot.
                if d == ".", j >= i + 2, characters[j - 2] == ".", characters[j - 1].isUppercase { j += 1 }
                break
            }
            // "Mr." and "Gen." keep their dot, as does an initial ("George W. Bush").
            if j < characters.count, characters[j] == "." {
                let word = slice(i, j)
                if (j - i == 1 && characters[i].isUppercase) || NameRules.abbreviatedTitles.contains(word.lowercased()) {
                    j += 1
                }
            }
            // "US-led", "Iran-backed": a name glued to a lowercase modifier is the name then the modifier.
            if let dash = (i..<j).first(where: { characters[$0] == "-" }), characters[i].isUppercase,
               dash + 1 < j, characters[dash + 1].isLowercase,
               !NameRules.particles.contains(slice(i, dash).lowercased()),
               !(dash + 1..<j).contains(where: { characters[$0] == "-" || characters[$0].isUppercase }) {
                tokens.append(TaggerToken(text: slice(i, dash), start: i, end: dash, isWord: true,
                                          sentenceStart: sentenceStart))
                tokens.append(TaggerToken(text: "-", start: dash, end: dash + 1, isWord: false, sentenceStart: false))
                tokens.append(TaggerToken(text: slice(dash + 1, j), start: dash + 1, end: j, isWord: true,
                                          sentenceStart: false))
                sentenceStart = false
                i = j
                continue
            }
            // A possessive is a token of its own, as in the corpora: "Iraq" "'s".
            var end = j
            if end - i > 2, characters[end - 1] == "s" || characters[end - 1] == "S",
               characters[end - 2] == "'" || characters[end - 2] == "\u{2019}" {
                end -= 2
            }
            tokens.append(TaggerToken(text: slice(i, end), start: i, end: end, isWord: true,
                                      sentenceStart: sentenceStart))
            if end < j {
                tokens.append(TaggerToken(text: slice(end, j), start: end, end: j, isWord: false,
                                          sentenceStart: false))
            }
            sentenceStart = false
            i = j
        }
        return tokens
    }

    @inline(__always)
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 48 && ascii <= 57) || (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
        }
        return character.isLetter || character.isNumber
    }

    /// Character.isWhitespace looks up Unicode properties; ASCII spaces need no lookup.
    @inline(__always)
    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
        return character.isWhitespace
    }

    private static func endsSentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", ":", "\"", "\u{201C}": true
        default: false
        }
    }
}
