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
    /// Stable across articles and runs: the same entity, however spelled, has one id
    /// ("person:mustafa-al-kadhimi"). The extractor decides what counts as the same.
    public var id: String
    public var type: EntityType
    /// The fullest clean form of the name, e.g. "Mustafa al-Kadhimi".
    public var name: String
    /// Other forms seen in the article, e.g. "Kadhimi".
    public var aliases: [String]
    public var mentions: [MentionLocation]

    public init(type: EntityType, name: String, aliases: [String] = [], mentions: [MentionLocation] = [], id: String? = nil) {
        self.id = id ?? ArticleEntity.defaultID(type: type, name: name)
        self.type = type
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }

    public var count: Int { mentions.count }

    /// Type plus the name's key: "Al Kadhimi" and "al-Kadhimi" share it.
    public static func defaultID(type: EntityType, name: String) -> String {
        "\(type.rawValue):" + TextFolding.nameKey(name).split(separator: " ").joined(separator: "-")
    }
}
