/// One token of running text for the tagger: a word or a single punctuation mark,
/// with its place in the paragraph in Characters (what `MentionLocation` counts).
public struct TaggerToken: Sendable, Hashable {
    /// "'s" or "’s" split off the word before it.
    var isPossessive: Bool { hasText("'s") || hasText("\u{2019}s") }

    /// `text == word`, the lengths compared first: the rule passes ask this of every token, nearly
    /// every token differs from the word in length, and comparing two unequal Strings is slow.
    /// Exact for `word`s of ASCII and apostrophes, which no other sequence of characters equals.
    @inline(__always)
    func hasText(_ word: String) -> Bool { text.utf8.count == word.utf8.count && text == word }

    /// "dockworkers'": a bare apostrophe at `index` glued to a word ending in "s", a plural's possessive.
    static func isPluralApostrophe(at index: Int, in tokens: [TaggerToken]) -> Bool {
        guard index > 0, tokens[index].hasText("'") || tokens[index].hasText("\u{2019}") else { return false }
        let previous = tokens[index - 1]
        return previous.isWord && previous.end == tokens[index].start && previous.text.hasSuffix("s")
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var isWord: Bool
    /// True at the start of the text or after . ! ? : or an opening quote: capitals there say little.
    public var sentenceStart: Bool
    /// The first token after a line break: a name never runs across one.
    public var lineStart: Bool

    public init(text: String, start: Int, end: Int, isWord: Bool, sentenceStart: Bool, lineStart: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.isWord = isWord
        self.sentenceStart = sentenceStart
        self.lineStart = lineStart
    }
}

/// Splits text the way the training corpora (CoNLL style) were split, so features mean the
/// same at run time: punctuation apart, possessive "'s" apart, "al-Kadhimi", "U.S." and "Mr." whole.
public enum TaggerTokenizer {
    public static func tokens(in text: String) -> [TaggerToken] {
        let characters = CharacterTable(text)
        let n = characters.count
        func isWord(_ index: Int) -> Bool { characters.kind(index).contains(.word) }
        func isUppercase(_ index: Int) -> Bool { characters.kind(index).contains(.uppercase) }
        func isLowercase(_ index: Int) -> Bool { characters.kind(index).contains(.lowercase) }
        func isDash(_ index: Int) -> Bool { characters.character(index, is: "-") }
        func isApostrophe(_ index: Int) -> Bool { characters.character(index, is: "'") || characters.character(index, is: "\u{2019}") }
        func isDot(_ index: Int) -> Bool { characters.character(index, is: ".") }
        var tokens: [TaggerToken] = []
        tokens.reserveCapacity(n / 5)
        var i = 0
        var sentenceStart = true
        var lineStart = false
        while i < n {
            if characters.kind(i).contains(.space) {
                // "\r\n" is one Character of two scalars: not a single scalar, so a line break too.
                if !characters.character(i, is: " "), characters.character(i, is: "\n") || characters.character(i, is: "\r")
                    || characters.entries[i].scalar == CharacterTable.noScalar {
                    lineStart = !tokens.isEmpty
                }
                i += 1
                continue
            }
            defer { lineStart = false }
            guard isWord(i) else {
                tokens.append(TaggerToken(text: characters.text(i, i + 1), start: i, end: i + 1, isWord: false,
                                          sentenceStart: sentenceStart, lineStart: lineStart))
                if endsSentence(i, characters) { sentenceStart = true }
                i += 1
                continue
            }
            var j = i + 1
            while j < n {
                if isWord(j) { j += 1; continue }
                let joins = isDash(j) || isApostrophe(j) || isDot(j) || characters.character(j, is: "&")
                if joins, j + 1 < n, isWord(j + 1) { j += 1; continue }
                // "U.S." keeps its final dot.
                if isDot(j), j >= i + 2, isDot(j - 2), isUppercase(j - 1) { j += 1 }
                break
            }
            // "Mr." and "Gen." keep their dot, as does an initial ("George W. Bush").
            var endsSentenceWithDot = false
            if j < n, isDot(j) {
                let abbreviation = characters.text(i, j).lowercased()
                if (j - i == 1 && isUppercase(i)) || NameRules.abbreviatedTitles.contains(abbreviation) {
                    j += 1
                    // "... JPMorgan Chase & Co. Economists at ...": a company's legal form is
                    // written last in its name, so its dot ends the sentence too.
                    endsSentenceWithDot = NameRules.legalForms.contains(abbreviation) && startsNewSentence(after: j, characters)
                }
            }
            // "US-led", "Iran-backed": a name glued to a lowercase modifier is the name then the modifier.
            if let dash = (i..<j).first(where: isDash), isUppercase(i),
               dash + 1 < j, isLowercase(dash + 1),
               !NameRules.particles.contains(characters.text(i, dash).lowercased()),
               !NameRules.combiningPrefixes.contains(characters.text(i, dash).lowercased()),
               !(dash + 1..<j).contains(where: { isDash($0) || isUppercase($0) }) {
                tokens.append(TaggerToken(text: characters.text(i, dash), start: i, end: dash, isWord: true,
                                          sentenceStart: sentenceStart, lineStart: lineStart))
                tokens.append(TaggerToken(text: "-", start: dash, end: dash + 1, isWord: false, sentenceStart: false))
                tokens.append(TaggerToken(text: characters.text(dash + 1, j), start: dash + 1, end: j, isWord: true,
                                          sentenceStart: false))
                sentenceStart = false
                i = j
                continue
            }
            // A possessive is a token of its own, as in the corpora: "Iraq" "'s".
            var end = j
            if end - i > 2, characters.character(end - 1, is: "s") || characters.character(end - 1, is: "S"),
               isApostrophe(end - 2) {
                end -= 2
            }
            tokens.append(TaggerToken(text: characters.text(i, end), start: i, end: end, isWord: true,
                                      sentenceStart: sentenceStart, lineStart: lineStart))
            if end < j {
                tokens.append(TaggerToken(text: characters.text(end, j), start: end, end: j, isWord: false,
                                          sentenceStart: false))
            }
            sentenceStart = endsSentenceWithDot
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

    /// After a space, a capitalized word that is no legal form itself ("Co. KGaA" runs on).
    private static func startsNewSentence(after index: Int, _ characters: CharacterTable) -> Bool {
        guard index < characters.count, characters.character(index, is: " ") else { return false }
        var start = index
        while start < characters.count, characters.character(start, is: " ") { start += 1 }
        guard start < characters.count, characters.kind(start).contains(.uppercase) else { return false }
        var end = start
        while end < characters.count, characters.kind(end).contains(.word) { end += 1 }
        return !NameRules.legalForms.contains(characters.text(start, end).lowercased())
    }

    private static func endsSentence(_ index: Int, _ characters: CharacterTable) -> Bool {
        characters.character(index, is: ".") || characters.character(index, is: "!") || characters.character(index, is: "?")
            || characters.character(index, is: ":") || characters.character(index, is: "\"")
            || characters.character(index, is: "\u{201C}")
    }
}
