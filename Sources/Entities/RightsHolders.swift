import NewsCore

/// The owner a page's copyright notice names ("© 2025 Forum Communications Co.") is an organization
/// the page names, though the notice is furniture and no longer in the text: its one mention sits,
/// as the publisher's does, in a paragraph no view shows. Its name without the legal form
/// ("Kelvar" of "Kelvar L.P.") says which of the text's names are organizations. The publisher
/// named again is no second body; its company is ("Galway Courier Media Ltd" of the "Galway
/// Courier"). A notice that names a person ("© 2025 Jane Roe", a photographer's) names no organization.
enum RightsHolders {
    static func mentions(for article: Article, gazetteer: NameGazetteer) -> [Mention] {
        let publisher = Publisher.mention(for: article)?.surface
        return article.rightsHolders.compactMap { name in
            if let publisher, name == publisher { return nil }
            var words = name.split(separator: " ").map(String.init)
            func isLegalForm(_ word: String) -> Bool {
                CopyrightNotice.isLegalForm(word) || gazetteer.flags(key: TextFolding.nameKey(word)).contains(.legalSuffix)
            }
            // "© 2025 Jane Roe" is a photographer's; "© 2025 Sydney Harbour Herald" has a body's word.
            func isBodysWord(_ word: String) -> Bool { gazetteer.flags(key: TextFolding.nameKey(word)).contains(.organizationWord) }
            if words.count <= 3, gazetteer.flags(key: TextFolding.nameKey(words[0])).contains(.firstName),
               !words.contains(where: isLegalForm), !words.dropFirst().contains(where: isBodysWord) {
                return nil
            }
            // "Dow Jones & Company, Inc.": the word after "&" is part of the firm's name.
            while words.count > 1, let last = words.last, isLegalForm(last), words[words.count - 2] != "&" { words.removeLast() }
            if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
            let shortName = words.joined(separator: " ")
            return Mention(surface: name, type: .organization, canonical: shortName == name ? nil : shortName,
                           location: MentionLocation(paragraph: Publisher.paragraph, start: 0, length: name.count))
        }
    }
}
