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

    /// Opens a library that must be there already (to search or show): a mistyped path is said
    /// so, rather than answered from a new, empty library made there.
    func openExisting() throws -> Library {
        guard FileManager.default.fileExists(atPath: resolvedPath) else {
            printError("gazette: no library at \(resolvedPath): import articles first (gazette import --library \(resolvedPath) PATH...)")
            throw ExitCode(2)
        }
        return try open()
    }

    /// Opens the library, making it when it is not there yet, or stops with its reason on stderr.
    func open() throws -> Library {
        do {
            return try Library(path: resolvedPath)
        } catch {
            printError("gazette: \(error)")
            throw ExitCode(2)
        }
    }
}
