import ArgumentParser
import NewsCore

/// `gazette show PATH... --json`: one JSON object per article per line.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print articles read from files: as JSON Lines with --json, else as plain text."
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Flag(help: "One JSON object per article per line.")
    var json = false

    func run() throws {
        let loaded = Ingest.load(paths)
        for article in loaded.articles {
            print(json ? ArticleJSON.value(article).serialized() : ExportFormat.text.render(article))
        }
        Ingest.report(loaded.failures)
        if !loaded.failures.isEmpty { throw ExitCode(1) }
    }
}
