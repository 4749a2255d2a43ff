import ArgumentParser
import Foundation
import NewsCore
import Search
import TUI

/// `gazette [PATH...]`: imports any paths into the library, then opens the reader on it.
/// On first run, with an empty library, the bundled samples are imported.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on the library, importing PATHs first (on first run: the bundled samples)."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "Article files or folders to import before opening.")
    var paths: [String] = []

    @Option(name: .customLong("print-frame"), help: ArgumentHelp("Print the first frame at COLUMNSxROWS as text and exit.",
                                                                 valueName: "COLUMNSxROWS", visibility: .hidden))
    var printFrame: String?

    func run() throws {
        let library = try libraryOptions.open()
        var opening: StatusMessage?
        if !paths.isEmpty {
            let report = try LibraryImport.run(paths: paths, into: library, prune: false, quiet: printFrame != nil)
            opening = summary(report)
        } else if library.articleCount == 0 {
            let samples = GazetteResources.samplePaths()
            guard !samples.isEmpty else {
                throw ValidationError("the library is empty and the bundled samples were not found; set GAZETTE_RESOURCES")
            }
            let report = try LibraryImport.run(paths: samples, into: library, prune: false, quiet: true)
            opening = StatusMessage(text: "New library: imported the \(report.imported) bundled sample articles · ? for help",
                                    isError: false)
        }
        let reader = LibraryReader(library: library, name: (library.path as NSString).lastPathComponent)
        let directory = FileManager.default.currentDirectoryPath

        if let printFrame {
            DisplayWidth.prepareLocale()
            let parts = printFrame.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw ValidationError("--print-frame takes COLUMNSxROWS, e.g. 120x40") }
            let terminal = HeadlessTerminal(size: Size(columns: parts[0], rows: parts[1]))
            ReaderApp(library: reader, terminal: terminal, exportDirectory: directory).run(initialMessage: opening)
            reader.finishWrites()
            print(terminal.screenText)
            return
        }

        let terminal: NCursesTerminal
        do { terminal = try NCursesTerminal() } catch { throw ValidationError(error.description) }
        ReaderApp(library: reader, terminal: terminal, exportDirectory: directory).run(initialMessage: opening)
        terminal.stop()
        // The terminal is given back at once; a mark still waiting on an import is written first.
        reader.finishWrites()
    }

    private func summary(_ report: ImportReport) -> StatusMessage {
        var text = report.counts
        // The status line has room for one reason; `gazette import` lists them all.
        if let first = report.failures.first {
            text += report.failures.count == 1 ? ", failed 1: \(first)"
                : ", failed \(report.failures.count) (gazette import lists them): \(first)"
        }
        return StatusMessage(text: text, isError: !report.failures.isEmpty)
    }
}
