import ArgumentParser
import Entities
import Foundation
import NewsCore

@main
struct Gazette: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "A terminal news reader: articles, the people, places and organizations they name, search and export.",
        subcommands: [Read.self, ImportCommand.self, SearchCommand.self, Show.self, Export.self, EntitiesCommand.self, Keys.self],
        defaultSubcommand: Read.self
    )
}

/// Reads paths (or the bundled samples) and tags their entities; failures go to stderr.
enum Ingest {
    static let extractor = NewsEntityExtractor()

    static func load(_ paths: [String]) -> ArticleLoader.Result {
        ArticleLoader.load(paths: paths) { extractor.tagging($0) }
    }

    static func report(_ failures: [ReadError]) {
        for failure in failures { printError("gazette: \(failure)") }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
