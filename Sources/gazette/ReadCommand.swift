import ArgumentParser
import Foundation
import NewsCore
import TUI

/// `gazette [PATH...]`: opens the reader on files and folders, or on the bundled samples.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles (files or folders); with no paths, the bundled samples."
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String] = []

    @Option(name: .customLong("print-frame"), help: ArgumentHelp("Print the first frame at COLUMNSxROWS as text and exit.",
                                                                 valueName: "COLUMNSxROWS", visibility: .hidden))
    var printFrame: String?

    func run() throws {
        let samples = paths.isEmpty
        let inputs = samples ? GazetteResources.samplePaths() : paths
        if samples, inputs.isEmpty {
            throw ValidationError("the bundled samples were not found; set GAZETTE_RESOURCES to the Resources folder")
        }
        let loaded = Ingest.load(inputs)
        let library = InMemoryLibrary(name: samples ? "samples" : libraryName(paths), articles: loaded.articles)
        let directory = FileManager.default.currentDirectoryPath

        if let printFrame {
            DisplayWidth.prepareLocale()
            let parts = printFrame.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw ValidationError("--print-frame takes COLUMNSxROWS, e.g. 120x40") }
            let terminal = HeadlessTerminal(size: Size(columns: parts[0], rows: parts[1]))
            ReaderApp(library: library, terminal: terminal, exportDirectory: directory).run()
            print(terminal.screenText)
            return
        }

        let terminal: NCursesTerminal
        do { terminal = try NCursesTerminal() } catch {
            Ingest.report(loaded.failures)
            throw ValidationError(error.description)
        }
        let app = ReaderApp(library: library, terminal: terminal, exportDirectory: directory)
        app.run(initialMessage: openingMessage(loaded, samples: samples))
        terminal.stop()
        Ingest.report(loaded.failures)
    }

    private func openingMessage(_ loaded: ArticleLoader.Result, samples: Bool) -> StatusMessage? {
        if let first = loaded.failures.first {
            let more = loaded.failures.count > 1 ? " (and \(loaded.failures.count - 1) more, listed on exit)" : ""
            return StatusMessage(text: "\(first)\(more)", isError: true)
        }
        if samples { return StatusMessage(text: "Opened the \(loaded.articles.count) bundled sample articles · ? for help", isError: false) }
        return nil
    }

    private func libraryName(_ paths: [String]) -> String {
        paths.count == 1 ? (paths[0] as NSString).lastPathComponent : "\(paths.count) paths"
    }
}
