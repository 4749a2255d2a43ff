import NewsCore

/// Folds the mentions of one article into entities: "Kadhimi", "Al Kadhimi" and
/// "Mustafa al-Kadhimi" are one person; "US" and "America" one place.
enum AliasResolver {
    fileprivate struct Group {
        var type: EntityType
        var name: String
        var nameTokens: [String]
        var surfaces: [String]
        var mentions: [MentionLocation]
    }

    static func resolve(_ candidates: [Candidate]) -> [ArticleEntity] {
        var groups: [Group] = []
        var groupByKey: [String: Int] = [:]

        // Typed mentions, fullest names first, so partial names find the full one to join.
        let typed = candidates.enumerated().filter { $0.element.type != nil }
            .map { (offset: $0.offset, candidate: $0.element, words: tokens($0.element.surface).count) }
            .sorted { lhs, rhs in lhs.words != rhs.words ? lhs.words > rhs.words : lhs.offset < rhs.offset }
        for (_, candidate, _) in typed {
            let type = candidate.type!
            let name = candidate.canonical ?? candidate.surface
            let key = "\(type.rawValue):\(TextFolding.nameKey(name))"
            if let index = groupByKey[key] ?? (type == .person ? personGroup(for: candidate.surface, in: groups) : nil) {
                groups[index].add(candidate)
                continue
            }
            groupByKey[key] = groups.count
            groups.append(Group(type: type, name: name, nameTokens: tokens(name), surfaces: [candidate.surface],
                                mentions: [candidate.location]))
        }

        // Untyped mentions count only when they name something already found.
        for candidate in candidates where candidate.type == nil {
            let key = TextFolding.nameKey(candidate.surface)
            if let index = groups.firstIndex(where: { TextFolding.nameKey($0.name) == key })
                ?? personGroup(for: candidate.surface, in: groups) {
                groups[index].add(candidate)
            }
        }

        let firstSeen: (Group) -> (Int, Int) = { group in
            let first = group.mentions.min { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }!
            return (first.paragraph, first.start)
        }
        return groups
            .sorted { lhs, rhs in
                lhs.mentions.count != rhs.mentions.count ? lhs.mentions.count > rhs.mentions.count : firstSeen(lhs) < firstSeen(rhs)
            }
            .map { group in
                let aliases = group.surfaces.filter { $0 != group.name }
                let mentions = group.mentions.sorted { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
                return ArticleEntity(type: group.type, name: group.name, aliases: aliases, mentions: mentions)
            }
    }

    /// The person whose name contains every word of a partial name and ends the same way
    /// ("Kadhimi" in "Mustafa al-Kadhimi"); a lone first name matches too when only one person has it.
    fileprivate static func personGroup(for surface: String, in groups: [Group]) -> Int? {
        let partial = tokens(surface)
        guard let last = partial.last else { return nil }
        let matches = groups.indices.filter { index in
            let group = groups[index]
            guard group.type == .person, group.nameTokens.count > partial.count else { return false }
            let containsAll = partial.allSatisfy(group.nameTokens.contains)
            return containsAll && (group.nameTokens.last == last || partial.count == 1)
        }
        if matches.count == 1 { return matches[0] }
        // Several people share the word: a surname match wins over a first-name match.
        return matches.first { groups[$0].nameTokens.last == last }
    }

    /// Name words without particles: "Mustafa al-Kadhimi" -> ["mustafa", "kadhimi"].
    static func tokens(_ name: String) -> [String] {
        TextFolding.nameKey(name).split(separator: " ").map(String.init).filter { !NameRules.particles.contains($0) }
    }
}

extension AliasResolver.Group {
    mutating func add(_ candidate: Candidate) {
        mentions.append(candidate.location)
        if !surfaces.contains(candidate.surface) { surfaces.append(candidate.surface) }
    }
}
