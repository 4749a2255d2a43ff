import Entities
import Foundation
import NewsCore
import Search
import Testing

/// Real files, a real database file, the real search core.
@Suite(.serialized) struct LibraryTests {
    let directory: String
    let libraryPath: String

    init() throws {
        directory = NSTemporaryDirectory() + "gazette-library-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
        for path in GazetteResources.samplePaths() {
            try FileManager.default.copyItem(atPath: path, toPath: directory + "/articles/" + (path as NSString).lastPathComponent)
        }
        libraryPath = directory + "/library.sqlite"
    }

    func importAll(prune: Bool = false) throws -> (Library, ImportReport) {
        let library = try Library(path: libraryPath)
        let report = try Importer(library: library, extractor: NewsEntityExtractor()).run(paths: [directory + "/articles"], prune: prune)
        return (library, report)
    }

    func titles(_ library: Library, _ query: String, sort: SearchSort = .date) throws -> [String] {
        try library.search(QueryParser.parse(query), sort: sort).hits.map(\.title)
    }

    /// The full list is grouped by source, newest first in each, and articles of no known source
    /// come after every named one.
    @Test func articlesOfNoKnownSourceComeLast() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "Aardvark ferry news\n\nThe ferry left on time.\n".write(toFile: directory + "/articles/a.txt", atomically: true, encoding: .utf8)
        let (library, _) = try importAll()
        let ids = try library.allArticleIDs()
        let rows = try library.listedArticles(ids, query: SearchQuery())
        let sources = ids.map { id in rows.first { $0.id == id }?.source }
        #expect(sources.count == 6 && sources.contains(nil) && sources.contains { $0 != nil })
        let firstUnknown = try #require(sources.firstIndex(of: nil))
        #expect(sources[firstUnknown...].allSatisfy { $0 == nil }, "\(sources)")
    }

    /// A snippet is one line of a list or a result, even where it runs across two paragraphs.
    @Test func snippetsHoldNoLineBreaks() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "Ferry news\n\nThe zanzibar ferry left.\n\nIt came back that night with every passenger aboard.\n"
            .write(toFile: directory + "/articles/ferry.txt", atomically: true, encoding: .utf8)
        let (library, _) = try importAll()
        let snippet = try #require(try library.search(QueryParser.parse("zanzibar"), sort: .relevance).hits.first?.snippet)
        #expect(snippet.hasPrefix("The «zanzibar» ferry left. It came back"), "\(snippet)")
    }

    @Test func importIsIncremental() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, first) = try importAll()
        #expect(first.imported == 5)
        #expect(first.failures.isEmpty)
        #expect(library.articleCount == 5)

        let (_, second) = try importAll()
        #expect((second.imported, second.updated, second.skipped) == (0, 0, 5))

        // A changed file is updated; its old version leaves the library.
        let changed = directory + "/articles/" + (GazetteResources.samplePaths()[0] as NSString).lastPathComponent
        let handle = try #require(FileHandle(forWritingAtPath: changed))
        handle.seekToEndOfFile()
        handle.write(Data("\n\nA new closing paragraph about Zanzibar.\n".utf8))
        try handle.close()
        let (updatedLibrary, third) = try importAll()
        #expect((third.imported, third.updated, third.skipped) == (0, 1, 4))
        #expect(updatedLibrary.articleCount == 5)
        #expect(try titles(updatedLibrary, "zanzibar").count == 1)

        // A removed file is kept unless pruned.
        try FileManager.default.removeItem(atPath: changed)
        let (kept, _) = try importAll()
        #expect(kept.articleCount == 5)
        let (pruned, report) = try importAll(prune: true)
        #expect(report.pruned == 1)
        #expect(pruned.articleCount == 4)
        #expect(try titles(pruned, "zanzibar").isEmpty)
    }

    @Test func theLibraryInsideAnImportedFolderIsNotImported() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = try Library(path: directory + "/articles/library.sqlite")
        let importer = Importer(library: library, extractor: NewsEntityExtractor())
        _ = try importer.run(paths: [directory + "/articles"])
        let again = try importer.run(paths: [directory + "/articles"])
        #expect(again.failures.isEmpty)
        #expect(again.skipped == 5)
    }

    @Test func badFilesAreListedAndTheRestImported() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: directory + "/articles/binary.dat"))
        try Data().write(to: URL(fileURLWithPath: directory + "/articles/empty.txt"))
        let (library, report) = try importAll()
        #expect(report.imported == 5)
        #expect(Set(report.failures.map { ($0.path as NSString).lastPathComponent }) == ["binary.dat", "empty.txt"])
        #expect(library.articleCount == 5)
    }

    @Test func searchLanguageOnTheSamples() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        #expect(try titles(library, "kadhimi").count == 4)
        #expect(try titles(library, "kadh*").count == 4)
        #expect(try titles(library, "\"combat mission\" daesh") == ["Iraq: US-led troops’ combat mission ends"])
        #expect(try titles(library, "kadhimi -daesh").count == 2)
        #expect(try titles(library, "-iraq").isEmpty)
        #expect(try titles(library, "soleimani OR suleimani").count == 2)
        let kuwait = try titles(library, "kuwait")
        #expect(try titles(library, "source:thenational") == [kuwait[0]])
        #expect(try titles(library, "date:2021-11") == ["Foreign combat forces to leave Iraq in 15 days: Military"])
        #expect(try titles(library, "after:2021-11-01").count == 2)
        #expect(try titles(library, "before:2021-08-01").count == 1)
        #expect(try titles(library, "person:biden").count >= 3)
        #expect(try titles(library, "person:\"joe biden\" after:2021-12-01") == ["Iraq: US-led troops’ combat mission ends"])
        #expect(try titles(library, "title:daesh").isEmpty)
        #expect(try titles(library, "title:iraq").count >= 2)
        // Accents and case do not matter; stems match.
        #expect(try titles(library, "KADHÍMI").count == 4)
        let stem = try titles(library, "withdraw").count
        #expect(try titles(library, "withdrawing").count == stem)
    }

    @Test func newestFirstAndTitleAboveBody() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        let byDate = try library.search(QueryParser.parse("iraq"), sort: .date).hits
        #expect(byDate.map(\.id) == byDate.map(\.id).sorted(by: >))
        // "Daesh" is in no title; "Iraq" is: by relevance the title matches lead.
        let best = try library.search(QueryParser.parse("iraq"), sort: .relevance).hits
        #expect(best.first?.title.contains("Iraq") == true)
        #expect(best.first?.snippet?.contains("«") == true)
    }

    /// The list's rows while typing: a prefix of any length marks the words it matches,
    /// whether it has its own index (up to 3 letters) or not.
    @Test func rowsShowSnippetsForShortAndLongPrefixes() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        for typed in ["kad", "kadhi", "soleiman", "iraq withd"] {
            let query = QueryParser.parse(typed, typing: true)
            let ids = try library.articleIDs(matching: query, sort: .relevance, limit: 20).ids
            #expect(!ids.isEmpty, "\(typed)")
            let rows = try library.listedArticles(ids, query: query)
            #expect(rows.count == ids.count)
            for row in rows {
                let marked = try #require(row.snippet, "\(typed): no snippet for \(row.title)")
                let word = typed.split(separator: " ").last!
                #expect(marked.lowercased().contains("«" + word), "\(typed): \(marked)")
            }
        }
    }

    /// While typing the last word is a prefix; once entered it is the whole word, unless no
    /// article has that word: a word left half typed still finds what the list showed.
    @Test func anEnteredLastWordIsWholeUnlessNothingHasIt() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let articles = directory + "/articles"
        for path in try FileManager.default.contentsOfDirectory(atPath: articles) {
            try FileManager.default.removeItem(atPath: articles + "/" + path)
        }
        try "Ferry resumes\n\nThe ferry crossed the harbour on Monday morning.\n"
            .write(toFile: articles + "/harbour.txt", atomically: true, encoding: .utf8)
        try "Harbourmaster retires\n\nThe old harbourmaster retired after forty years on the river.\n"
            .write(toFile: articles + "/harbourmaster.txt", atomically: true, encoding: .utf8)
        let (library, _) = try importAll()
        func titles(_ input: String, typing: Bool) throws -> Set<String> {
            let found = try library.readerSearch(input, typing: typing, sort: .relevance, limit: 10)
            return Set(try library.listedArticles(found.ids, query: found.query).map(\.title))
        }
        #expect(try titles("harbour", typing: true) == ["Ferry resumes", "Harbourmaster retires"])
        #expect(try titles("harbour", typing: false) == ["Ferry resumes"])
        #expect(try titles("harbourma", typing: false) == ["Harbourmaster retires"])
        #expect(try titles("zanzibar", typing: false).isEmpty)

        // The snippet marks the word the entered search matched, not the longer one.
        let entered = try library.readerSearch("harbour", typing: false, sort: .relevance, limit: 10)
        let snippet = try #require(try library.listedArticles(entered.ids, query: entered.query).first?.snippet)
        #expect(snippet.contains("«harbour»"), "\(snippet)")
        // Filters come with the query, typed or entered.
        let starred = try library.readerSearch("harbour", typing: false, filters: [.starred], sort: .date, limit: 10)
        #expect(starred.ids.isEmpty)
    }

    @Test func readAndStarredPersistAndFilter() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        let first = try #require(library.search(QueryParser.parse("kadhimi")).hits.first)
        try library.setRead(first.id, true)
        try library.setStarred(first.id, true)
        let reopened = try Library(path: libraryPath)
        #expect(reopened.unreadCount == 4)
        #expect(try titles(reopened, "is:starred") == [first.title])
        #expect(try titles(reopened, "is:unread").count == 4)
    }

    @Test func entityIDsAreOneIndexedLookup() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        let first = try #require(library.search(QueryParser.parse("kadhimi")).hits.first)
        let article = try #require(try library.article(id: first.id))
        let kadhimi = try #require(article.entities.first { $0.name.contains("Kadhimi") })
        var query = SearchQuery()
        query.filters = [.entityID(kadhimi.id)]
        let naming = try library.search(query, sort: .date).hits
        #expect(naming.count >= 3)
        #expect(naming.map(\.id) == naming.map(\.id).sorted(by: >))
        // Mentions survive the round trip with their places in the text.
        #expect(article.entities.allSatisfy { $0.count == $0.mentions.count && $0.count > 0 })
        #expect(try library.article(reference: article.id)?.title == article.title)
    }

    @Test func aNameFilterMergesEveryEntityItNamesNewestFirst() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Two people share a surname; one article names both, one names neither.
        let people = ["John Carter", "Mary Carter", "John Carter and Mary Carter", "Ahmed Hassan", "Mary Carter", "John Carter"]
        for (day, names) in people.enumerated() {
            let text = "Bridge reopens in Springfield\nPublished: July \(day + 1), 2021\n\n"
                + "\(names) said on Monday that the bridge in Springfield would reopen after \(day + 2) weeks of repairs.\n"
            try text.write(toFile: directory + "/articles/carter-\(day).txt", atomically: true, encoding: .utf8)
        }
        let (library, _) = try importAll()
        var expected: [Int64] = []
        for hit in try library.search(SearchQuery(), sort: .date, limit: 100).hits {
            let article = try #require(try library.article(id: hit.id))
            if article.entities.contains(where: { $0.type == .person && $0.name.hasSuffix("Carter") }) { expected.append(hit.id) }
        }
        #expect(expected.count == 5)
        let naming = try library.search(QueryParser.parse("person:carter"), sort: .date, limit: 100).hits.map(\.id)
        #expect(naming == expected)
        let newestTwo = try library.search(QueryParser.parse("person:carter"), sort: .date, limit: 2).hits.map(\.id)
        #expect(newestTwo == Array(expected.prefix(2)))
        #expect(try library.search(QueryParser.parse("place:carter")).hits.isEmpty)
    }

    @Test(arguments: ["\"unbalanced", "-", "((", "*", "title:", "NEAR(iraq syria)", "iraq AND", "\"a\"\"b\"", "{title}:iraq", "^iraq"])
    func anyInputSearchesWithoutError(input: String) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (library, _) = try importAll()
        _ = try library.search(QueryParser.parse(input))
        _ = try library.search(QueryParser.parse(input, typing: true), sort: .date)
    }

    @Test func foreignAndBrokenFilesAreRefusedAndLeftUntouched() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notDatabase = directory + "/notes.sqlite"
        try Data("just some text, not a database".utf8).write(to: URL(fileURLWithPath: notDatabase))
        #expect(throws: LibraryError.notADatabase(path: notDatabase)) { try Library(path: notDatabase) }
        #expect(try String(contentsOfFile: notDatabase, encoding: .utf8) == "just some text, not a database")

        let foreign = directory + "/other.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');"]
        try process.run()
        process.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect(throws: LibraryError.foreignDatabase(path: foreign)) { try Library(path: foreign) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    }

    @Test func oneProcessImportsWhileAnotherReads() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (writer, _) = try importAll()
        let reader = try Library(path: libraryPath)
        #expect(reader.articleCount == 5)
        try FileManager.default.copyItem(atPath: GazetteResources.samplePaths()[1], toPath: directory + "/articles/copy.txt")
        // Same content under another name: one article, two files; the new file is a duplicate,
        // not an unchanged file skipped.
        let report = try Importer(library: writer, extractor: NewsEntityExtractor()).run(paths: [directory + "/articles"])
        #expect((report.imported, report.skipped, report.duplicates) == (0, 5, 1))
        #expect(report.counts == "Imported 0, updated 0, skipped 5, duplicates 1")
        #expect(reader.articleCount == 5)
    }

    @Test func defaultPathFollowsTheEnvironment() {
        #expect(Library.defaultPath(environment: ["GAZETTE_LIBRARY": "/x/l.sqlite"]) == "/x/l.sqlite")
        #expect(Library.defaultPath(environment: ["XDG_DATA_HOME": "/d"]) == "/d/gazette/library.sqlite")
        #expect(Library.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/gazette/library.sqlite")
    }
}
