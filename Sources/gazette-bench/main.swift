import Entities
import Foundation
import NewsCore
import TUI

// `make bench`: figures for each capability, printed; never a timed test.

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

// A helper process that exits early (an anchor not installed) must not kill the benchmark
// when it is written to: the write fails instead.
signal(SIGPIPE, SIG_IGN)

let arguments = CommandLine.arguments
let gazette = arguments.firstIndex(of: "--gazette").map { arguments[$0 + 1] } ?? ".build/release/gazette"
let articleCount = arguments.firstIndex(of: "--articles").flatMap { Int(arguments[$0 + 1]) } ?? 3000
let libraryArticles = arguments.firstIndex(of: "--library-articles").flatMap { Int(arguments[$0 + 1]) } ?? 100_000
let scratch = arguments.firstIndex(of: "--scratch").map { arguments[$0 + 1] } ?? ".build/bench"
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
DisplayWidth.prepareLocale()

print("Gazette benchmarks (\(ProcessInfo.processInfo.activeProcessorCount) cores)")

// 1. Cold start: a new process opens a library of the samples and draws its first full frame.
if FileManager.default.isExecutableFile(atPath: gazette) {
    let samplesLibrary = scratch + "/samples.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: samplesLibrary + suffix) }
    var runs: [Double] = []
    for _ in 0..<11 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gazette)
        // The first run imports the samples into the new library; the others open it.
        process.arguments = ["--library", samplesLibrary, "--print-frame", "120x40"]
        process.standardOutput = FileHandle.nullDevice
        runs.append(seconds { try? process.run(); process.waitUntilExit() })
    }
    print("cold start to first full frame (samples, 120x40, new process): first run with import \(format(runs[0] * 1000)) ms; "
          + "then median \(format(median(Array(runs.dropFirst())) * 1000)) ms")
} else {
    print("cold start: skipped (\(gazette) not built)")
}

// 2. Parse and clean generated plain-text articles.
var generator = CorpusGenerator(seed: 2021)
let corpus = (0..<articleCount).map { generator.article(index: $0) }
let corpusBytes = corpus.reduce(0) { $0 + $1.utf8.count }
var articles: [Article] = []
let parseTime = seconds { articles = corpus.compactMap { PlainTextReader.parse(text: $0) } }
print("parse and clean: \(articles.count) articles, \(format(Double(corpusBytes) / 1_048_576)) MB in \(format(parseTime, 2)) s: "
      + "\(format(parseTime / Double(articleCount) * 1e6)) µs/article, \(format(Double(corpusBytes) / 1_048_576 / parseTime)) MB/s (one core)")

if arguments.contains("--parse-only") { exit(0) }

// 3. Entity extraction: tokens/s, model memory, and spaCy on the same text when installed.
let tagged = EntityBenchmark.run(articles: articles)

// 4. Rendering one frame at 200x60 over the generated library.
let library = InMemoryLibrary(name: "bench", articles: tagged)
let terminal = HeadlessTerminal(size: Size(columns: 200, rows: 60))
let app = ReaderApp(library: library, terminal: terminal, exportDirectory: NSTemporaryDirectory())
var warm: [Double] = []
for _ in 0..<50 { warm.append(seconds { _ = Screen.draw(app.state) }) }
var cold: [Double] = []
for index in 0..<50 {
    let article = tagged[index]
    cold.append(seconds {
        _ = ArticleRenderer.layout(article, width: 120, queryWords: [], entity: nil)
        _ = Screen.draw(app.state)
    })
}
print("render one frame at 200x60: median \(format(median(warm) * 1000, 2)) ms (article laid out before), "
      + "\(format(median(cold) * 1000, 2)) ms (article laid out anew)")
print("peak memory: \(format(peakMemoryMB())) MB")

// 5. The library and search core at scale.
if libraryArticles > 0 {
    try LibraryBenchmark.run(gazette: gazette, articles: libraryArticles, scratch: scratch,
                             reuse: arguments.contains("--reuse-library"))
}
