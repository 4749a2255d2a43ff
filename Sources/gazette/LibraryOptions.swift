import ArgumentParser
import Foundation
import Search

/// `--library PATH`, shared by every command that uses the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: ArgumentHelp(
        "The library database (default: $GAZETTE_LIBRARY, else $XDG_DATA_HOME/gazette/library.sqlite).",
        valueName: "PATH"))
    var path: String?

    var resolvedPath: String { path ?? Library.defaultPath() }

    /// Opens the library or stops with its reason on stderr.
    func open() throws -> Library {
        do {
            return try Library(path: resolvedPath)
        } catch {
            printError("gazette: \(error)")
            throw ExitCode(2)
        }
    }
}
