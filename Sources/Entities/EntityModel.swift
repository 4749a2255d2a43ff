import Foundation
import NewsCore

/// The trained tagger, the gazetteer and the alias table, read from Resources/entities on first use.
/// A missing or damaged file leaves that part empty (the rules still run) rather than failing the reader.
public struct EntityModel: Sendable {
    public var tagger: PerceptronTagger?
    public var gazetteer: NameGazetteer
    public var lexicon: Lexicon
    /// Lowercase words that are ordinary words, not names, when capitalized at a sentence start.
    public var commonWords: Set<String>

    public init(tagger: PerceptronTagger?, gazetteer: NameGazetteer, lexicon: Lexicon, commonWords: Set<String> = []) {
        self.tagger = tagger
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.commonWords = commonWords
    }

    /// Loaded once, lazily (a static let), the first time an article is tagged.
    public static let shared = EntityModel.load()

    public static func load() -> EntityModel {
        let tagger = data("entities/tagger.bin").flatMap(PerceptronTagger.init(data:))
        let gazetteer = data("entities/gazetteer.bin").flatMap(NameGazetteer.init(data:)) ?? .empty
        let common = data("entities/common_words.txt").map { data in
            Set(String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        } ?? []
        return EntityModel(tagger: tagger, gazetteer: gazetteer, lexicon: .shared, commonWords: common)
    }

    private static func data(_ relativePath: String) -> Data? {
        GazetteResources.file(relativePath).flatMap { try? Data(contentsOf: $0, options: .mappedIfSafe) }
    }
}
