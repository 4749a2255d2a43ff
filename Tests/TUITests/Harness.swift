import Entities
import Foundation
import NewsCore
import Testing
@testable import TUI

/// Runs the reader on a headless terminal with scripted keys, over the bundled samples.
enum Harness {
    static let sampleArticles: [Article] = {
        ArticleLoader.load(paths: GazetteResources.samplePaths()) { NewsEntityExtractor().tagging($0) }.articles
    }()

    /// A fresh library each time: read and starred marks must not leak between tests.
    static var samples: InMemoryLibrary { InMemoryLibrary(name: "samples", articles: sampleArticles) }

    @discardableResult
    static func run(_ keys: [Key], size: Size, library: any ReaderLibrary = samples,
                    exportDirectory: String = NSTemporaryDirectory()) -> (app: ReaderApp, terminal: HeadlessTerminal) {
        DisplayWidth.prepareLocale()
        let terminal = HeadlessTerminal(size: size, keys: keys)
        let app = ReaderApp(library: library, terminal: terminal, exportDirectory: exportDirectory)
        app.run()
        return (app, terminal)
    }

    static func typing(_ text: String) -> [Key] { text.map(Key.character) }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "gazette-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Compares the screen with Tests/TUITests/Snapshots/NAME.txt. With GAZETTE_RECORD_SNAPSHOTS=1
/// the file is written instead; a missing file fails, so CI never passes on nothing.
func expectSnapshot(_ terminal: HeadlessTerminal, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name + ".txt")
    let screen = terminal.screenText + "\n"
    if ProcessInfo.processInfo.environment["GAZETTE_RECORD_SNAPSHOTS"] == "1" {
        try? screen.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; record with GAZETTE_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(screen == expected, "screen differs from Snapshots/\(name).txt:\n\(screen)", sourceLocation: sourceLocation)
}

extension HeadlessTerminal {
    var rows: [String] { screenText.components(separatedBy: "\n") }

    /// Cells of the last frame drawn in a style.
    func cells(styled style: Style) -> [Canvas.Cell] {
        lastFrame?.cells.filter { $0.style == style } ?? []
    }
}
