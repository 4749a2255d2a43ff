import Foundation
import NewsCore

/// The alias table (Resources/entities/aliases.tsv), read once. The other word lists there
/// (places, demonyms, first names) are built into gazetteer.bin by `make train-entities`.
public struct Lexicon: Sendable {
    /// Folded alias -> (type, canonical name).
    public var aliases: [String: (EntityType, String)] = [:]
    /// The first word of every alias, folded: a cheap test before looking a phrase up.
    public var aliasFirstWords: Set<String> = []

    public init() {}

    /// Loaded on first use; missing files leave their list empty rather than failing.
    public static let shared: Lexicon = Lexicon.load()

    public static func load() -> Lexicon {
        var lexicon = Lexicon()
        for line in lines("entities/aliases.tsv") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, let type = EntityType(rawValue: fields[0]) else { continue }
            lexicon.addAlias(type: type, canonical: fields[1], aliases: fields[2].split(separator: "|").map(String.init))
        }
        return lexicon
    }

    public mutating func addAlias(type: EntityType, canonical: String, aliases: [String]) {
        for alias in aliases + [canonical] {
            self.aliases[Lexicon.aliasKey(alias)] = (type, canonical)
            if let first = TextFolding.nameKey(alias).split(separator: " ").first { aliasFirstWords.insert(String(first)) }
        }
    }

    /// Acronyms keep their case ("US" is not "us"); other names fold.
    static func aliasKey(_ name: String) -> String {
        // Most names are ASCII and longer than an acronym: no need to look at letters one by one.
        if name.utf8.count > 12 || name.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) && name.utf8.allSatisfy({ $0 < 0x80 }) {
            return NameKey.of(name)
        }
        let letters = AsciiLetters.of(name) ?? name.filter(\.isLetter)
        if letters.count <= 5, letters.allSatisfy(\.isUppercase) { return "=" + letters }
        return NameKey.of(name)
    }

    private static func lines(_ relativePath: String) -> [String] {
        guard let url = GazetteResources.file(relativePath),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
