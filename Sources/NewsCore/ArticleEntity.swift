/// The kinds of entity the sidebar lists.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, place, organization

    /// Heading used in the sidebar and exports.
    public var pluralTitle: String {
        switch self {
        case .person: "People"
        case .place: "Places"
        case .organization: "Organizations"
        }
    }
}

/// Where one mention sits: a paragraph index (-1 for the title) and a range of Characters in it.
public struct MentionLocation: Sendable, Hashable, Codable {
    public var paragraph: Int
    public var start: Int
    public var length: Int

    public init(paragraph: Int, start: Int, length: Int) {
        self.paragraph = paragraph
        self.start = start
        self.length = length
    }
}

/// One entity named by an article, with every surface form it went by there.
public struct ArticleEntity: Sendable, Hashable, Codable {
    public var type: EntityType
    /// The fullest clean form of the name, e.g. "Mustafa al-Kadhimi".
    public var name: String
    /// Other forms seen in the article, e.g. "Kadhimi".
    public var aliases: [String]
    public var mentions: [MentionLocation]

    public init(type: EntityType, name: String, aliases: [String] = [], mentions: [MentionLocation] = []) {
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }

    public var count: Int { mentions.count }

    /// A key that names the same entity across articles: type plus the folded name.
    public var canonicalKey: String { "\(type.rawValue):\(TextFolding.fold(name))" }
}
