import NewsCore
import Synchronization

/// The article laid out for a pane width: header, wrapped paragraphs, highlights.
public struct RenderedArticle: Sendable {
    public var lines: [StyledLine]
    /// Every search match, in reading order: the line it starts on and its columns.
    public var matches: [Match]
    /// Every mention of the highlighted entity, in reading order.
    public var mentions: [Match] = []

    public struct Match: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var width: Int
    }
}

public enum ArticleRenderer {
    /// Rendering a huge article on every key would show; the last result is kept.
    private static let memo = Mutex<(key: String, value: RenderedArticle)?>(nil)

    public static func render(_ article: Article, width: Int, queryWords: [String], entity: ArticleEntity?) -> RenderedArticle {
        let key = "\(article.id)|\(width)|\(queryWords.joined(separator: " "))|\(entity?.id ?? "")"
        if let cached = memo.withLock({ $0 }), cached.key == key { return cached.value }
        let value = layout(article, width: width, queryWords: queryWords, entity: entity)
        memo.withLock { $0 = (key, value) }
        return value
    }

    /// Lays the article out without the memo (for benchmarks and callers that want a fresh result).
    public static func layout(_ article: Article, width: Int, queryWords: [String], entity: ArticleEntity?) -> RenderedArticle {
        var lines: [StyledLine] = []
        var matches: [RenderedArticle.Match] = []
        var mentionPlaces: [RenderedArticle.Match] = []

        func addBlock(_ text: String, style: Style, paragraph: Int?) {
            let characters = Array(text)
            var styles = Array(repeating: style, count: characters.count)
            var mentionRanges: [Range<Int>] = []
            if let paragraph, let entity {
                for mention in entity.mentions where mention.paragraph == paragraph && mention.start < characters.count {
                    let range = mention.start..<min(characters.count, mention.start + mention.length)
                    for k in range { styles[k] = .mention }
                    mentionRanges.append(range)
                }
            }
            let found = matchRanges(in: characters, words: queryWords)
            for range in found { for k in range { styles[k] = .match } }
            let placed = TextWrap.wrap(characters, styles: styles, width: width)
            for range in mentionRanges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                let start = placed.positions[range.lowerBound]
                mentionPlaces.append(.init(line: lines.count + start.line, column: start.column, width: range.count))
            }
            for range in found {
                let start = placed.positions[range.lowerBound]
                let matchWidth = range.reduce(0) { $0 + max(0, DisplayWidth.width(of: characters[$1])) }
                matches.append(.init(line: lines.count + start.line, column: start.column, width: matchWidth))
            }
            lines += placed.lines
        }

        addBlock(article.title, style: .title, paragraph: article.titleDerived ? nil : -1)
        var facts: [String] = []
        if let source = article.source { facts.append(source) }
        if let date = article.published { facts.append(date.readableText) }
        if let byline = article.byline { facts.append("by " + byline) }
        if !facts.isEmpty { addBlock(facts.joined(separator: " · "), style: .dim, paragraph: nil) }
        if let url = article.url { addBlock(url, style: .dim, paragraph: nil) }
        if article.titleDerived { addBlock("(no headline in the file: title taken from the first sentence)", style: .dim, paragraph: nil) }
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append([])
            addBlock(paragraph, style: .normal, paragraph: index)
        }
        return RenderedArticle(lines: lines, matches: matches, mentions: mentionPlaces)
    }

    /// Where the query words occur, case- and accent-insensitively, as Character ranges.
    static func matchRanges(in characters: [Character], words: [String]) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        // Fold one Character at a time so positions in the folded text map back.
        var folded: [Character] = []
        var origin: [Int] = []
        for (index, character) in characters.enumerated() {
            let form = character.isASCII ? String(character).lowercased() : TextFolding.fold(String(character))
            for piece in form {
                folded.append(piece)
                origin.append(index)
            }
        }
        var ranges: [Range<Int>] = []
        for word in words {
            let needle = Array(word)
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0], Array(folded[start..<start + needle.count]) == needle {
                    ranges.append(origin[start]..<(origin[start + needle.count - 1] + 1))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
