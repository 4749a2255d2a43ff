import Entities
import Foundation
import NewsCore
@testable import Search
import Testing

/// A prefix longer than the indexed ones is searched newest first as an OR of the index terms
/// it begins (IndexTerms). It must find exactly what FTS5's own prefix query finds.
@Suite(.serialized) struct LongPrefixTests {
    let directory = NSTemporaryDirectory() + "gazette-long-prefix-\(UUID().uuidString)"

    /// The samples, plus text with diacritics, stems unlike their words ("happy", "happi"),
    /// hyphens, and more words beginning "zyxw" than a prefix is ever spelled out as.
    func library() throws -> Library {
        let articles = directory + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for path in GazetteResources.samplePaths() {
            try FileManager.default.copyItem(atPath: path, toPath: articles + "/" + (path as NSString).lastPathComponent)
        }
        try """
            Title: Café society\nDate: 2021-09-02\n\nThe naïve owners of the Café Zürich were happy; happiness, \
            they said, came from the well-run kitchen and the happily-ever-after décor.\n
            """.write(toFile: articles + "/cafe.txt", atomically: true, encoding: .utf8)
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let many = letters.flatMap { first in letters.map { "zyxw\(first)\($0)" } }  // 676 words
        try ("Title: Word list\nDate: 2021-09-03\n\n" + many.joined(separator: " ") + ".\n")
            .write(toFile: articles + "/words.txt", atomically: true, encoding: .utf8)
        let library = try Library(path: directory + "/library.sqlite")
        _ = try Importer(library: library, extractor: NewsEntityExtractor()).run(paths: [articles])
        return library
    }

    /// The articles FTS5's own prefix query finds (a list by relevance never spells one out).
    func foundByFTS5(_ library: Library, _ typed: String) throws -> Set<Int64> {
        Set(try library.readerSearch(typed, typing: true, sort: .relevance, limit: 10_000).ids)
    }

    func foundNewestFirst(_ library: Library, _ typed: String) throws -> Set<Int64> {
        Set(try library.readerSearch(typed, typing: true, sort: .date, limit: 10_000).ids)
    }

    @Test func everyLongPrefixFindsWhatFTS5sPrefixFinds() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try library()
        let text = try GazetteResources.samplePaths().map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: " ")
        let words = Set(text.split { !$0.isLetter }.map(String.init).filter { $0.count >= 5 }).sorted()
        // Every fifth word of the samples, as typed (capitals and all), and the awkward ones.
        let typed = stride(from: 0, to: words.count, by: 5).map { words[$0] }
            + ["Zürich", "zurich", "naive", "happiness", "happily-ever", "décor", "zyxwabc", "zyxwa"]
        var spelledOut = 0, prefixes = 0
        for word in typed {
            for length in 4...word.count {
                let prefix = String(word.prefix(length))
                prefixes += 1
                let expected = try foundByFTS5(library, prefix)
                #expect(try foundNewestFirst(library, prefix) == expected, "typing \(prefix)")
                if try library.read({ try IndexTerms.spelledOut(prefix, in: $0) }) != nil { spelledOut += 1 }
            }
        }
        // The comparison is about spelled-out prefixes: nearly all of these are.
        #expect(spelledOut * 10 > prefixes * 9, "\(spelledOut) of \(prefixes)")
        #expect(try foundNewestFirst(library, "happi").count == 1)  // "happy" is indexed as "happi"
        #expect(try foundNewestFirst(library, "zurich").count == 1)
    }

    @Test func aPrefixBeginningTooManyWordsIsLeftToFTS5() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try library()
        #expect(try library.read { try IndexTerms.spelledOut("zyxw", in: $0) } == nil)
        let narrower = try #require(try library.read { try IndexTerms.spelledOut("zyxwb", in: $0) })
        #expect(narrower.terms.allSatisfy { $0.hasPrefix("zyxwb") } && narrower.terms.count >= 20)
        #expect(try foundNewestFirst(library, "zyxw").count == 1)
        // Before the last word, the words stay whole and stemmed; "troops " leads each term.
        let phrase = try #require(try library.read { try IndexTerms.spelledOut("troops withdr", in: $0) })
        #expect(phrase.leading == "troops " && phrase.terms.contains("withdrawal"))
    }

    /// Hostile prefixes: longer than the folding buffer, control bytes (the verbatim mark among
    /// them), a lone mark. Each gives a list, never an error.
    @Test func anyLongPrefixSearchesWithoutError() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try library()
        let mark = String(UnicodeScalar(UInt8(0x1F)))
        for typed in [String(repeating: "kadhimi", count: 300), "kadh\u{1F}imi", mark + "kadhi", mark, "zyx\u{0}w", "\u{1B}[31mkadhi"] {
            for sort in SearchSort.allCases {
                let found = try library.readerSearch(typed, typing: true, sort: sort, limit: 20)
                _ = try library.listedArticles(found.ids, query: found.query)
            }
        }
        #expect(try foundNewestFirst(library, mark + "kadhi") == foundByFTS5(library, mark + "kadhi"))
    }

    /// Each row of a list by date marks its matches, the prefix spelled out or not.
    @Test func rowsByDateMarkWhatALongPrefixMatches() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try library()
        for typed in ["kadhi", "withdraw", "iraq withd", "zürich", "happi"] {
            let found = try library.readerSearch(typed, typing: true, sort: .date, limit: 20)
            #expect(!found.ids.isEmpty, "\(typed)")
            for row in try library.listedArticles(found.ids, query: found.query) {
                let marked = try #require(row.snippet, "\(typed): no snippet for \(row.title)")
                #expect(marked.contains("«"), "\(typed): \(marked)")
            }
        }
    }
}
