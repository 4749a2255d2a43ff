import ArgumentParser
import Foundation
import NewsCore

/// `gazette export PATH... --format md|json|txt|html [-o FILE|DIR|-]`, straight from files.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export articles read from files to Markdown, JSON, plain text or HTML.",
        discussion: """
        Without -o, each article is written to a file named after its title in the current folder.
        With -o -, everything goes to standard output (JSON as one object per line).
        With -o FOLDER, files named after the titles go there; with -o FILE, one article goes to FILE.
        Existing files are never overwritten unless --force is given.
        """
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "md, json, txt or html.")
    var format: String = "md"

    @Option(name: .shortAndLong, help: "A file, a folder, or - for standard output.")
    var output: String?

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func run() throws {
        guard let format = ExportFormat(name: format) else {
            throw ValidationError("unknown format '\(self.format)': use md, json, txt or html")
        }
        let loaded = Ingest.load(paths)
        Ingest.report(loaded.failures)
        var failed = !loaded.failures.isEmpty
        if output == "-" {
            for article in loaded.articles {
                print(format == .json ? ArticleJSON.value(article).serialized() : format.render(article), terminator: "")
                if format == .json { print() }
            }
        } else {
            var isDirectory: ObjCBool = false
            let intoDirectory = output.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue } ?? true
            if !intoDirectory, loaded.articles.count > 1 {
                throw ValidationError("\(loaded.articles.count) articles but -o names one file: give a folder or -")
            }
            for article in loaded.articles {
                let target = intoDirectory
                    ? ((output ?? ".") as NSString).appendingPathComponent(format.defaultFileName(for: article))
                    : output!
                do throws(AtomicFileWriter.WriteError) {
                    try AtomicFileWriter.write(format.render(article), to: target, overwrite: force)
                    print(target)
                } catch {
                    printError("gazette: \(error)")
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
