import Foundation

/// A page's copyright notice ("© 2025 Forum Communications Co.", "Copyright © 2026 Fórsa. All rights
/// reserved.") names who owns the text: an organization the page names, though the notice itself is
/// furniture and leaves the body. A photo's credit ("© AP", "© Ina FASSBENDER / AFP") carries no
/// year and no "rights reserved", and names a photographer as often: it is no notice.
public enum CopyrightNotice {
    /// Words of a legal form that keep their full stop ("Co.", "Ltd.", "Inc.").
    static let abbreviatedForms: Set<String> = ["co", "ltd", "inc", "corp", "llc", "plc", "pvt", "lp", "l.p", "s.a", "ag"]
    /// Legal forms end the holder's name: "SPH Media Limited. Co. Regn. No. 202120748H" is a limited
    /// company and its registration.
    static let legalForms: Set<String> = abbreviatedForms.union(["limited", "corporation", "gmbh", "pty", "sa"])

    /// The holders the notice names, in order, then the companies it says own the title
    /// (`TitleOwners`); empty when the line is no copyright notice. A notice with no year and no
    /// "rights reserved" counts when it names an owner ("© Harlow Gazette. Part of …").
    public static func holders(in line: String) -> [String] {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasAtMost(200) else { return [] }
        let lower = trimmed.lowercased()
        let marked = lower.contains("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ")
        guard marked else { return [] }
        let owners = TitleOwners.owners(in: trimmed)
        // What follows the last mark ("Published by Fórsa. Copyright © 2026 Fórsa."), up to "All
        // rights reserved", "or its affiliated companies" or a bar.
        let marks = ["©", "copyright", "(c) "].compactMap { trimmed.range(of: $0, options: [.caseInsensitive, .backwards]) }
        guard let mark = marks.max(by: { $0.upperBound < $1.upperBound }) else { return [] }
        var rest = trimmed[mark.upperBound...]
        // The notice's year comes after its mark: a caption's date before a credit's mark ("… on
        // May 15, 2025. © Jane Roe / AFP") dates the picture.
        guard hasYear(String(rest)) || lower.includes("rights reserved") || !owners.isEmpty else { return [] }
        for cut in ["all rights reserved", " or its affiliate", " and its affiliate", " | ", " - ", " – "] + TitleOwners.holderEnds {
            if let range = rest.range(of: cut, options: .caseInsensitive) { rest = rest[..<range.lowerBound] }
        }
        let words = holderWords(rest.replacingOccurrences(of: "©", with: " ").split(separator: " ").map(String.init))
        let holders = untilLegalFormEnds(words).joined(separator: " ").components(separatedBy: " / ").compactMap(cleanName)
        return holders + owners.filter { !holders.contains($0) }
    }

    /// The words of the holder's name, years and "Copyright" left out. The name ends at a year that
    /// ends a sentence ("© Pulse Media 2025. Scores supplied by …") and at a comma, but one before
    /// a legal form or partners' names ("Tarrow Weekly, 14 Quay Avenue, …", not "Orlen Jones & Company,
    /// Inc." or "Tarrant, Vell & Co.").
    static func holderWords(_ words: [String]) -> [String] {
        var result: [String] = []
        for (index, word) in words.enumerated() {
            if isYearOrRange(word) {
                if !result.isEmpty, word.hasSuffix(".") { break }
                continue
            }
            if word.lowercased() == "copyright" { continue }
            let partners = words[(index + 1)...].prefix(3).contains("&")
            if word.hasSuffix(","), index + 1 == words.count || !isLegalForm(words[index + 1]) && !partners {
                result.append(String(word.dropLast()))
                break
            }
            result.append(word)
        }
        return result
    }

    /// The words up to the last of the first run of legal forms ("PVT LTD."), or all of them.
    static func untilLegalFormEnds(_ words: [String]) -> [String] {
        guard let first = words.firstIndex(where: isLegalForm) else { return words }
        var end = first + 1
        // "PVT LTD.", "Pvt. Ltd." run on; a full stop after a whole word ("Limited.") ends the name.
        while end < words.count, isLegalForm(words[end]), !words[end - 1].hasSuffix(".") || words[end - 1].count <= 4 {
            end += 1
        }
        return Array(words[..<end])
    }

    /// "Ltd.", "LIMITED", "Pvt": a word of a company's legal form.
    public static func isLegalForm(_ word: String) -> Bool {
        legalForms.contains(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,")))
    }

    /// "The Associated Press." -> "Associated Press"; "Forum Communications Co." keeps its full stop.
    static func cleanName(_ raw: String) -> String? {
        var name = raw.trimmingCharacters(in: .whitespaces)
        while let first = name.first, first == "," || first == ":" || first == "." { name.removeFirst(); name = name.trimmingSpaces() }
        while let last = name.last, last == "," || last == ";" || last == ":" { name.removeLast() }
        if name.hasSuffix(".") {
            let lastWord = name.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
            if !abbreviatedForms.contains(lastWord) { name.removeLast() }
        }
        if name.hasPrefix("The ") { name.removeFirst(4) }
        let words = name.split(separator: " ")
        // "AP Photo/Hadi Mizban": a photo's credit with its year, no owner of the page.
        let credit = name.range(of: "photo", options: .caseInsensitive) != nil
        guard (1...8).contains(words.count), name.first?.isUppercase == true, !credit,
              !name.contains("http"), !name.contains("@"), !name.contains("www.") else { return nil }
        return name
    }

    static func hasYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber }).contains { isYear($0) }
    }

    static func isYear(_ digits: Substring) -> Bool {
        digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
    }

    /// "2025", "2025,", "1998-2025", "©2025".
    static func isYearOrRange(_ word: String) -> Bool {
        let pieces = word.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "," || $0 == "." || $0 == "©" })
        return !pieces.isEmpty && pieces.allSatisfy { isYear($0) }
    }
}
