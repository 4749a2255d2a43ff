import ArgumentParser
import Foundation
import NewsCore

/// `gazette entities PATH... [--json]`: the people, places and organizations each article names.
/// The JSON shape is how the extractor is measured; keep it exact.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places and organizations each article names."
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Flag(help: "One JSON object per article per line: path, id, title, entities.")
    var json = false

    func run() throws {
        let loaded = Ingest.load(paths)
        for article in loaded.articles {
            print(json ? jsonLine(article) : table(article))
        }
        Ingest.report(loaded.failures)
        if !loaded.failures.isEmpty { throw ExitCode(1) }
    }

    private func jsonLine(_ article: Article) -> String {
        JSONValue.object([
            ("path", .optional(article.path)),
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("entities", .array(article.entities.map(ArticleJSON.entity))),
        ]).serialized()
    }

    private func table(_ article: Article) -> String {
        var out = "\(article.path ?? article.id): \(article.title)\n"
        if article.entities.isEmpty { return out + "  (no entities found)\n" }
        let nameWidth = min(40, article.entities.map(\.name.count).max() ?? 0)
        for entity in article.entities {
            let type = entity.type.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            let name = entity.name.count > nameWidth ? String(entity.name.prefix(nameWidth - 1)) + "…"
                : entity.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let count = String(entity.count)
            let aliases = entity.aliases.isEmpty ? "" : "  also: " + entity.aliases.joined(separator: ", ")
            out += "  \(type)\(name)  \(String(repeating: " ", count: max(0, 4 - count.count)))\(count)\(aliases)\n"
        }
        return out
    }
}
