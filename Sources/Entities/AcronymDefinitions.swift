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
            // Some acronyms take the small words' initials too: "Bank of England (BoE)",
            // "United Nations Interim Force in Lebanon (UNIFIL)".
            var withSmallWords: [Character] = []
            var cursor = index - 2
            while cursor >= 0, index - 1 - cursor <= letters.count * 2 + 2 {
                let token = tokens[cursor]
                // "Immigration, Refugees and Citizenship Canada (IRCC)": a comma between two of the
                // name's capitalized words, until the initials spell it.
                if token.text == ",", cursor > 0, tokens[cursor - 1].isWord, tokens[cursor - 1].text.first?.isUppercase == true,
                   tokens[cursor + 1].isWord {
                    cursor -= 1
                    continue
                }
                guard token.isWord else { break }
                if let initial = token.text.first, initial.isUppercase {
                    initials.insert(initial, at: 0)
                    withSmallWords.insert(initial, at: 0)
                    first = cursor
                    if spells(letters, initials) || spells(letters, withSmallWords) { break }
                } else if NameRules.connectors.contains(token.text) || ["and", "the", "for", "on", "in"].contains(token.text) {
                    if let initial = token.text.first, token.text != "the" {
                        withSmallWords.insert(Character(initial.uppercased()), at: 0)
                    }
                } else {
                    break
                }
                cursor -= 1
            }
            guard first < index - 1, spells(letters, initials) || spells(letters, withSmallWords) else { continue }
            let expansion = MentionSpan(paragraph: paragraph.index, first: first, end: index - 1, type: .organization)
            result.append(Definition(acronym: tokens[index].text, expansion: expansion))
        }
        return result
    }

    /// "INA" -> [I, N, A]; "U.N." -> [U, N]; "AfD" -> [A, F, D]; nil unless two to eight capitals
    /// (digits may follow the first), with at most a lowercase letter between two of them.
    static func acronymLetters(_ word: String) -> [Character]? {
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) { return asciiAcronymLetters(word) }
        let letters = word.filter { $0 != "." && $0 != "&" && $0 != "-" }
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase || $0.isNumber }),
              letters.first?.isLetter == true else { return nil }
        return Array(letters)
    }

    /// The same for ASCII text, by bytes (one byte, one Character), the letters in capitals.
    /// A lowercase letter counts only alone between capitals, in a short word of more capitals
    /// ("AfD", "BfV", "DfE"), as the parties and agencies that write so do.
    private static func asciiAcronymLetters(_ word: String) -> [Character]? {
        var letters: [Character] = []
        var capitals = 0
        var lowercase = 0
        var lastWasLowercase = false
        for byte in word.utf8 where byte != UInt8(ascii: ".") && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "-") {
            if byte >= 97 && byte <= 122 {
                guard capitals > 0, !lastWasLowercase else { return nil }
                lowercase += 1
                lastWasLowercase = true
                letters.append(Character(Unicode.Scalar(byte - 32)))
                continue
            }
            let capital = byte >= 65 && byte <= 90
            guard capital || (byte >= 48 && byte <= 57), capital || capitals > 0 else { return nil }
            if capital { capitals += 1 }
            lastWasLowercase = false
            letters.append(Character(Unicode.Scalar(byte)))
        }
        guard (2...8).contains(letters.count) else { return nil }
        if lowercase > 0, lastWasLowercase || capitals < 2 || lowercase >= capitals || letters.count > 5 { return nil }
        return letters
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
