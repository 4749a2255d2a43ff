import Foundation

/// A notice often says which company owns the title as well as who holds its copyright: "Part of
/// Pennine Weekly Newspapers Ltd.", "published by Skerrimund Media Ltd, London", "a channel of
/// Eranadan Media Ltd.", "A Division of NBCUniversal", "a Tallow Creek Media publication". That
/// company is an organization the page names, and another one than the masthead.
enum TitleOwners {
    /// Phrases after which the owner's name follows, lowercased; "part of the" before "part of",
    /// so the longer one is read where both match.
    static let openers = ["part of the ", "part of ", "published by ", "a channel of ", "a division of ",
                          "a subsidiary of ", "a unit of ", "owned by ", "a member of the "]
    /// "a Tallow Creek Media publication": what the title is to the company named before it.
    static let kinds: Set<String> = ["publication", "title", "newspaper", "brand", "website", "magazine", "station"]
    /// Lowercase words inside a company's name.
    static let connectors: Set<String> = ["of", "and", "de", "do", "da", "dos", "das", "du", "des", "del", "della", "di",
                                          "la", "le", "van", "von", "der", "den", "y", "e", "et", "für"]
    /// Where a holder's name gives way to its owner's: "Bollard & Berth is published by …",
    /// "Upper Calder Clarion. Part of …", "Ossawin Lamplighter, a … publication".
    static let holderEnds = [" is published by ", " is part of ", " is a channel of ", " is a division of ",
                             " is owned by ", " published by ", " part of ", " owned by ", ", a ", ", an "]

    /// The owners the line names, in order.
    static func owners(in line: String) -> [String] {
        var result: [String] = []
        func add(_ name: String?) {
            if let name, !result.contains(name) { result.append(name) }
        }
        var taken: [Range<String.Index>] = []
        for opener in openers {
            var from = line.startIndex
            while let range = line.range(of: opener, options: .caseInsensitive, range: from..<line.endIndex) {
                from = range.upperBound
                let atWordStart = range.lowerBound == line.startIndex || !line[line.index(before: range.lowerBound)].isLetter
                guard atWordStart, !taken.contains(where: { $0.overlaps(range) }) else { continue }
                taken.append(range)
                add(leadingName(line[range.upperBound...]))
            }
        }
        namesBeforeKind(in: line).forEach { add($0) }
        return result
    }

    /// The capitalized name that opens `text`: its words up to one that ends with a comma or a full
    /// stop (an abbreviated legal form keeps its stop: "Ltd."), or up to the first word of no name.
    static func leadingName(_ text: Substring) -> String? {
        var words: [String] = []
        let pieces = text.split(separator: " ").map(String.init)
        for (index, word) in pieces.enumerated() {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:"))
            let bracketedForm = bare.hasPrefix("(") && bare.hasSuffix(")")
            // "Edições Cais do Ouro": a small word joins two capitalized ones.
            let joins = !words.isEmpty && connectors.contains(word) && index + 1 < pieces.count
                && pieces[index + 1].first?.isUppercase == true
            guard bare.first?.isUppercase == true || bare == "&" || bracketedForm || joins else { break }
            words.append(word)
            if word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(".") { break }
        }
        return words.isEmpty ? nil : CopyrightNotice.cleanName(words.joined(separator: " "))
    }

    /// "a Tallow Creek Media publication": the capitalized words between "a" and a kind of title.
    private static func namesBeforeKind(in line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        return words.indices.compactMap { index -> String? in
            guard ["a", "an"].contains(words[index].lowercased()) else { return nil }
            var end = index + 1
            while end < words.count, words[end].first?.isUppercase == true || words[end] == "&" { end += 1 }
            guard end > index + 1, end < words.count,
                  kinds.contains(words[end].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:")))
            else { return nil }
            return CopyrightNotice.cleanName(words[(index + 1)..<end].joined(separator: " "))
        }
    }
}
