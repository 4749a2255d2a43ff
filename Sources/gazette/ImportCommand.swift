import ArgumentParser
import Foundation
import NewsCore
import Search

/// `gazette import PATH...`: files and folders into the library, incrementally.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles (files or folders, recursively) into the library.",
        discussion: "Unchanged files are skipped and changed ones updated. Files that disappeared stay in the library unless --prune is given."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Flag(help: "Forget articles whose files are gone from the folders imported.")
    var prune = false

    func run() throws {
        let report = try LibraryImport.run(paths: paths, into: library.open(), prune: prune)
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

/// The import with its progress bar and summary, shared by `import` and `gazette PATH...`.
enum LibraryImport {
    static func run(paths: [String], into library: Library, prune: Bool, quiet: Bool = false) throws -> ImportReport {
        let onTerminal = isatty(2) == 1 && !quiet
        let importer = Importer(library: library, extractor: Ingest.extractor)
        let report: ImportReport
        do {
            report = try importer.run(paths: paths, prune: prune) { progress in
                if onTerminal { FileHandle.standardError.write(Data(ProgressBar.line(progress).utf8)) }
            }
        } catch {
            if onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            printError("gazette: \(error)")
            throw ExitCode(2)
        }
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !quiet {
            var summary = "\(report.counts), failed \(report.failures.count)"
            if prune { summary += ", pruned \(report.pruned)" }
            print(summary + " · library: \(library.path)")
        }
        for failure in report.failures { printError("  failed: \(failure)") }
        return report
    }
}

/// "[#######.......] 1234/5000  820 files/s  ETA 5s"
enum ProgressBar {
    static func line(_ progress: ImportProgress, width: Int = 30) -> String {
        let fraction = progress.total == 0 ? 1 : Double(progress.done) / Double(progress.total)
        let filled = Int(fraction * Double(width))
        let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
        let remaining = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        if progress.mergingIndex { return "\r[\(bar)] \(progress.done)/\(progress.total)  merging the search index…\u{1B}[K" }
        return "\r[\(bar)] \(progress.done)/\(progress.total)  \(Int(rate)) files/s  ETA \(Int(remaining.rounded()))s\u{1B}[K"
    }
}
