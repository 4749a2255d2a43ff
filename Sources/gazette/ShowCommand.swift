import ArgumentParser
import Foundation
import NewsCore
import Search

/// `gazette show PATH|ID... --json`: one JSON object per article per line.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print articles from files or from the library (by id): as JSON Lines with --json, else as text."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Article files, folders of them, or library ids.")
    var items: [String]

    @Flag(help: "One JSON object per article per line.")
    var json = false

    func run() throws {
        let paths = items.filter { FileManager.default.fileExists(atPath: $0) }
        let ids = items.filter { !FileManager.default.fileExists(atPath: $0) }
        let loaded = Ingest.load(paths)
        // Articles from the library carry their library id too, as `gazette search` gives it.
        var articles: [(article: Article, libraryID: Int64?)] = loaded.articles.map { ($0, nil) }
        var failed = !loaded.failures.isEmpty
        if !ids.isEmpty, !FileManager.default.fileExists(atPath: library.resolvedPath) {
            // No library to look ids up in: say so, and make none at a mistyped path.
            for id in ids { printError("gazette: \(id): no such file, and no library at \(library.resolvedPath)") }
            failed = true
        } else if !ids.isEmpty {
            let opened = try library.open()
            for id in ids {
                if let article = try? opened.article(reference: id) {
                    articles.append((article, try? opened.libraryID(reference: id)))
                } else {
                    printError("gazette: \(id): no such file, and no article with that id in \(opened.path)")
                    failed = true
                }
            }
        }
        for (article, libraryID) in articles {
            guard json else {
                print(ExportFormat.text.render(article))
                continue
            }
            var value = ArticleJSON.value(article)
            if let libraryID, case .object(let fields) = value {
                value = .object([("library_id", .string(String(libraryID)))] + fields)
            }
            print(value.serialized())
        }
        Ingest.report(loaded.failures)
        if failed { throw ExitCode(1) }
    }
}
