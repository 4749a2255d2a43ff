import NewsCore

/// "Iraqi News Agency (INA)": an acronym defined in the text by the capitalized words
/// before it, whose initials spell it out in order. Found in the text itself, not the tagger.
enum AcronymDefinitions {
    struct Definition {
        var acronym: String
        var expansion: MentionSpan
    }

    static func find(in paragraph: TokenizedParagraph) -> [Definition] {
        let tokens = paragraph.tokens
        var result: [Definition] = []
        var index = 1
        while index + 2 < tokens.count + 1 {
            defer { index += 1 }
            guard index + 1 < tokens.count, tokens[index - 1].text == "(", tokens[index + 1].text == ")",
                  let letters = acronymLetters(tokens[index].text), index >= 2 else { continue }
            // Walk back over the capitalized words and the small words between them.
            var first = index - 1
            var initials: [Character] = []
            var cursor = index - 2
            while cursor >= 0, index - 1 - cursor <= letters.count * 2 + 2 {
                let token = tokens[cursor]
                guard token.isWord else { break }
                if let initial = token.text.first, initial.isUppercase {
                    initials.insert(initial, at: 0)
                    first = cursor
                    if spells(letters, initials) { break }
                } else if !NameRules.connectors.contains(token.text) && !["and", "the", "for", "on", "in"].contains(token.text) {
                    break
                }
                cursor -= 1
            }
            guard first < index - 1, spells(letters, initials) else { continue }
            let expansion = MentionSpan(paragraph: paragraph.index, first: first, end: index - 1, type: .organization)
            result.append(Definition(acronym: tokens[index].text, expansion: expansion))
        }
        return result
    }

    /// "INA" -> [I, N, A]; "U.N." -> [U, N]; nil unless two to eight capitals.
    static func acronymLetters(_ word: String) -> [Character]? {
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) { return asciiAcronymLetters(word) }
        let letters = word.filter { $0 != "." && $0 != "&" && $0 != "-" }
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase || $0.isNumber }),
              letters.first?.isLetter == true else { return nil }
        return Array(letters)
    }

    /// The same for ASCII text, by bytes (one byte, one Character): capitals and digits, a capital first.
    private static func asciiAcronymLetters(_ word: String) -> [Character]? {
        var count = 0
        var firstIsLetter = false
        for byte in word.utf8 where byte != UInt8(ascii: ".") && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "-") {
            let capital = byte >= 65 && byte <= 90
            guard capital || (byte >= 48 && byte <= 57) else { return nil }
            if count == 0 { firstIsLetter = capital }
            count += 1
        }
        guard (2...8).contains(count), firstIsLetter else { return nil }
        return word.utf8.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "-") }
            .map { Character(Unicode.Scalar($0)) }
    }

    /// Every letter of the acronym is an initial, in order, and the first initial starts it
    /// ("ISIL" from "Islamic State of Iraq and the Levant"; "PMF" from "Popular Mobilization Forces").
    static func spells(_ letters: [Character], _ initials: [Character]) -> Bool {
        guard let first = initials.first, first == letters.first else { return false }
        var position = 0
        for initial in initials where position < letters.count && initial == letters[position] { position += 1 }
        return position == letters.count && initials.count <= letters.count + 1
    }
}
