import Foundation
import NewsCore

/// The alias table (Resources/entities/aliases.tsv) and the sports teams (teams.tsv), read once.
/// The other word lists there (places, demonyms, first names) are built into gazetteer.bin by
/// `make train-entities`.
public struct Lexicon: Sendable {
    /// Folded alias -> (type, canonical name).
    public var aliases: [String: (EntityType, String)] = [:]
    /// The first word of every alias, folded: a cheap test before looking a phrase up.
    public var aliasFirstWords: Set<String> = []
    /// Names written with a lowercase first letter ("dpa"), exactly as written -> (type, canonical):
    /// only that writing names them ("who" is not "WHO").
    public var lowercaseNames: [String: (EntityType, String)] = [:]
    /// `FeatureHash.hash` of the first word of each of `lowercaseNames`, as `TokenFacts.keyHash` has it.
    public var lowercaseFirstWordHashes: Set<UInt64> = []
    /// Folded team name or alias -> the team.
    public var teams: [String: TeamName] = [:]
    /// The first word of every team name, folded.
    public var teamFirstWords: Set<String> = []

    public struct TeamName: Sendable, Equatable {
        public var canonical: String
        /// A nickname marked ~ ("Forest"): it names the team only beside another of its names.
        public var needsOtherName: Bool
    }

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
        lexicon.addTeams(lines("entities/teams.tsv"))
        return lexicon
    }

    /// Lines of teams.tsv: `CANONICAL <tab> ALIAS|~ALIAS|...`. A name two teams claim is
    /// dropped: it says neither.
    public mutating func addTeams(_ lines: [String]) {
        var claimed: [String: (team: TeamName, firstWord: String)] = [:]
        var shared: Set<String> = []
        for line in lines {
            let fields = line.split(separator: "\t").map(String.init)
            guard let canonical = fields.first else { continue }
            let aliases = fields.count > 1 ? fields[1].split(separator: "|").map(String.init) : []
            for written in [canonical] + aliases {
                let needsOtherName = written.hasPrefix("~")
                let name = needsOtherName ? String(written.dropFirst()) : written
                let key = Lexicon.aliasKey(name)
                if let earlier = claimed[key], earlier.team.canonical != canonical { shared.insert(key) }
                let firstWord = TextFolding.nameKey(name).split(separator: " ").first.map(String.init) ?? ""
                claimed[key] = (TeamName(canonical: canonical, needsOtherName: needsOtherName), firstWord)
            }
        }
        for (key, entry) in claimed where !shared.contains(key) {
            teams[key] = entry.team
            teamFirstWords.insert(entry.firstWord)
        }
    }

    public mutating func addAlias(type: EntityType, canonical: String, aliases: [String]) {
        for alias in aliases + [canonical] {
            self.aliases[Lexicon.aliasKey(alias)] = (type, canonical)
            if let first = TextFolding.nameKey(alias).split(separator: " ").first {
                aliasFirstWords.insert(String(first))
                if alias.first?.isLowercase == true {
                    lowercaseNames[alias] = (type, canonical)
                    lowercaseFirstWordHashes.insert(FeatureHash.hash(String(first)))
                }
            }
        }
    }

    /// Acronyms keep their case ("US" is not "us"); other names fold.
    static func aliasKey(_ name: String) -> String {
        // Most names are ASCII and longer than an acronym: no need to look at letters one by one.
        if name.utf8.count > 12 || name.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) && name.utf8.allSatisfy({ $0 < 0x80 }) {
            return NameKey.of(name)
        }
        let letters = AsciiLetters.of(name) ?? name.filter(\.isLetter)
        // "CHP-2" (a power plant) is no "CHP": an acronym's key is its letters only when it has no figure.
        if letters.count <= 5, letters.allSatisfy(\.isUppercase), !name.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
            return "=" + letters
        }
        return NameKey.of(name)
    }

    private static func lines(_ relativePath: String) -> [String] {
        guard let url = GazetteResources.file(relativePath),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
