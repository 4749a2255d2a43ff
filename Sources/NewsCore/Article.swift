/// One news article, cleaned and ready to read. Every module works on this one value.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identity: a hash of the cleaned content, so re-reading the same text gives the same id.
    public var id: String
    public var title: String
    /// True when the input had no title and this one was made from the first sentence.
    public var titleDerived: Bool
    public var byline: String?
    /// Publisher or feed name, when the input says or its URL shows.
    public var source: String?
    public var url: String?
    public var published: NewsDate?
    public var paragraphs: [String]
    /// Where the article was read from, as given.
    public var path: String?
    public var format: SourceFormat
    /// BCP 47 code when the input declares it.
    public var language: String?
    /// Who the page's copyright notice says owns the text ("Forum Communications Co."): the notice
    /// itself is furniture, not body.
    public var rightsHolders: [String]
    /// Photo captions and credits, their "[Photo]" or "Photo:" label dropped ("Crews on the M4.
    /// (Ann Lee/AFP)"): furniture the body leaves out, though whom and what they name are the article's.
    public var captions: [String]
    /// Filled in by an entity extractor; empty until then.
    public var entities: [ArticleEntity]

    public init(
        title: String, titleDerived: Bool = false, byline: String? = nil, source: String? = nil,
        url: String? = nil, published: NewsDate? = nil, paragraphs: [String], path: String? = nil,
        format: SourceFormat = .plainText, language: String? = nil, rightsHolders: [String] = [],
        captions: [String] = [], entities: [ArticleEntity] = []
    ) {
        self.title = title
        self.titleDerived = titleDerived
        self.byline = byline
        self.source = source
        self.url = url
        self.published = published
        self.paragraphs = paragraphs
        self.path = path
        self.format = format
        self.language = language
        self.rightsHolders = rightsHolders
        self.captions = captions
        self.entities = entities
        self.id = Article.contentHash(title: title, paragraphs: paragraphs)
    }

    /// The body as one string, paragraphs separated by blank lines.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }

    /// The source as shown to a person: the publisher, else the URL's host, else a dash.
    public var displaySource: String { source ?? "unknown source" }

    static func contentHash(title: String, paragraphs: [String]) -> String {
        var hasher = StableHasher()
        hasher.combine(title)
        for paragraph in paragraphs { hasher.combine(paragraph) }
        return hasher.hexDigest
    }
}

public enum SourceFormat: String, Sendable, Hashable, Codable {
    case plainText = "text"
    case usenet
}

/// FNV-1a, 64 bits: Swift's own Hasher is seeded per process, and ids must survive restarts.
struct StableHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1f)  // a separator, so ("ab", "c") and ("a", "bc") differ
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
