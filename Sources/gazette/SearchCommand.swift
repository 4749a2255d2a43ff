import ArgumentParser
import NewsCore
import Search

/// `gazette search QUERY`: the library's search core from the command line.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library.",
        discussion: """
        Words are all required; "a phrase"; a OR b; -word excludes; pre* matches a prefix.
        Filters: source: title: person: place: org: entity: after:2021-08-01 before: date:2021-11 is:unread is:starred
        """
    )

    @OptionGroup var library: LibraryOptions

    /// Words starting with "-" are the query's exclusions ("reuters -measles"), not options.
    @Argument(parsing: .allUnrecognized, help: "The query.")
    var query: [String]

    @Flag(help: "JSON Lines: id, path, title, source, date, score (BM25, higher is better), snippet.")
    var json = false

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: "relevance or date.")
    var sort: String = "relevance"

    func run() throws {
        guard let order = SearchSort(rawValue: sort) else { throw ValidationError("--sort takes relevance or date") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        let input = query.joined(separator: " ")
        let parsed = QueryParser.parse(input)
        var result: SearchResult
        do {
            let opened = try library.openExisting()
            result = try opened.search(parsed, sort: order, limit: limit)
            // As in the reader: when no article has the last word whole, it is read as a prefix ("kadh").
            let prefixed = QueryParser.parse(input, typing: true)
            if result.hits.isEmpty, !input.hasSuffix(" "), prefixed != parsed {
                result = try opened.search(prefixed, sort: order, limit: limit)
                if !result.hits.isEmpty { result.notes.append("no article has the last word whole; it was read as a prefix") }
            }
        } catch let error as LibraryError {
            printError("gazette: \(error)")
            throw ExitCode(2)
        }
        for note in result.notes { printError("note: \(note)") }
        for hit in result.hits {
            if json {
                print(JSONValue.object([
                    ("id", .string(String(hit.id))), ("path", .optional(hit.path)), ("title", .string(hit.title)),
                    ("source", .optional(hit.source)), ("date", .optional(hit.date)),
                    // SQLite's bm25 is lower-is-better; shown negated, higher is better.
                    ("score", hit.score.map { .decimal(-$0) } ?? .null),
                    ("snippet", .optional(hit.snippet)),
                ]).serialized())
            } else {
                print("\(hit.id)  \(hit.date.map { String($0.prefix(10)) } ?? "undated   ")  \(hit.source ?? "-")  \(hit.title)")
                if let snippet = hit.snippet { print("    \(snippet)") }
            }
        }
        if !json, result.hits.isEmpty { print("No articles match.") }
    }
}
