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
        var articles = loaded.articles
        var failed = !loaded.failures.isEmpty
        if !ids.isEmpty, !FileManager.default.fileExists(atPath: library.resolvedPath) {
            // No library to look ids up in: say so, and make none at a mistyped path.
            for id in ids { printError("gazette: \(id): no such file, and no library at \(library.resolvedPath)") }
            failed = true
        } else if !ids.isEmpty {
            let opened = try library.open()
            for id in ids {
                if let article = try? opened.article(reference: id) {
                    articles.append(article)
                } else {
                    printError("gazette: \(id): no such file, and no article with that id in \(opened.path)")
                    failed = true
                }
            }
        }
        for article in articles {
            print(json ? ArticleJSON.value(article).serialized() : ExportFormat.text.render(article))
        }
        Ingest.report(loaded.failures)
        if failed { throw ExitCode(1) }
    }
}
