import Entities
import Foundation
import NewsCore
import Search
import Testing

/// Typing a word letter by letter never loses the articles that hold it, though the index
/// stems words ("withdrawal" is indexed as "withdraw"); whole words still match their forms.
@Suite(.serialized) struct PrefixSearchTests {
    let directory = NSTemporaryDirectory() + "gazette-prefix-\(UUID().uuidString)"

    func library(with articles: [String: String]) throws -> Library {
        try FileManager.default.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
        for (name, text) in articles {
            try text.write(toFile: directory + "/articles/" + name, atomically: true, encoding: .utf8)
        }
        let library = try Library(path: directory + "/library.sqlite")
        _ = try Importer(library: library, extractor: NewsEntityExtractor()).run(paths: [directory + "/articles"])
        return library
    }

    func titles(_ library: Library, _ input: String, typing: Bool) throws -> Set<String> {
        let found = try library.readerSearch(input, typing: typing, sort: .date, limit: 10)
        return Set(try library.listedArticles(found.ids, query: found.query).map(\.title))
    }

    @Test func everyPrefixOfAWordFindsTheArticlesThatHoldIt() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try library(with: [
            "vote.txt": "Council vote\n\nThe elections board announced the withdrawal of two candidates from the presidency race after elections-related complaints.\n",
            "ferry.txt": "River crossing\n\nThe ferryman has worked the crossing for thirty years.\n",
        ])
        for word in ["elections", "withdrawal", "presidency", "ferryman"] {
            let expected: Set<String> = word == "ferryman" ? ["River crossing"] : ["Council vote"]
            for length in 2...word.count {
                let typed = String(word.prefix(length))
                #expect(try titles(library, typed, typing: true).isSuperset(of: expected), "typing \(typed)")
            }
        }
        // A prefix is matched as typed: what does not begin with it is not found.
        #expect(try titles(library, "withdrawi", typing: true).isEmpty)
        // Whole words still find every form of themselves.
        #expect(try titles(library, "withdrawing", typing: false) == ["Council vote"])
        #expect(try titles(library, "election", typing: false) == ["Council vote"])
        #expect(try titles(library, "ferrymen", typing: false).isEmpty)
        // A typed word the index splits ("election-rel"): its earlier parts are whole words,
        // stems included ("election" finds "elections"); only the last is a prefix.
        #expect(try titles(library, "election-rel", typing: true) == ["Council vote"])
    }

    /// A library written before the index held words as written is rebuilt when opened.
    @Test func aLibraryFromTheEarlierIndexIsRebuiltWithItsArticles() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/library-v2.sqlite").path
        let path = directory + "/library.sqlite"
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        let library = try Library(path: path)
        #expect(library.articleCount == 1)
        // "The ferryman said the withdrawal of the old ferries was announced on Monday."
        #expect(try titles(library, "withdrawa", typing: true) == ["Ferry resumes"])
        #expect(try titles(library, "ferryma", typing: true) == ["Ferry resumes"])
        #expect(try titles(library, "ferry", typing: false) == ["Ferry resumes"])
    }
}
