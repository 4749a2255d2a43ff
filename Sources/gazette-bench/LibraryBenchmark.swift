import Entities
import Foundation
import NewsCore
import Search

/// The library at scale: import a generated corpus, then time what a person waits on.
enum LibraryBenchmark {
    struct Latencies {
        var name: String
        var samples: [Double]
        /// The part spent finding the ids, before the rows on screen are read.
        var idSamples: [Double]

        static func percentile(_ values: [Double], _ percent: Int) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, sorted.count * percent / 100)] * 1000
        }

        var line: String {
            "  \(name.padding(toLength: 40, withPad: " ", startingAt: 0)) p50 \(format(Latencies.percentile(samples, 50), 2)) ms   "
                + "p99 \(format(Latencies.percentile(samples, 99), 2)) ms   (ids alone: p50 \(format(Latencies.percentile(idSamples, 50), 2)), "
                + "p99 \(format(Latencies.percentile(idSamples, 99), 2)) ms)"
        }
    }

    /// - Parameter reuse: keep a library imported by an earlier run (only the queries are timed).
    static func run(gazette: String, articles count: Int, scratch: String, reuse: Bool) throws {
        print("\nLibrary of \(count) generated articles")
        let corpus = try generateCorpus(count: count, under: scratch)
        let libraryPath = scratch + "/bench-library-\(count).sqlite"
        let reusing = reuse && FileManager.default.fileExists(atPath: libraryPath)
        if !reusing {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: libraryPath + suffix) }
        }

        let library = try Library(path: libraryPath)
        if reusing {
            print("  import: not timed (--reuse-library)")
        } else {
            try timeImport(into: library, corpus: corpus, count: count)
        }
        let onDisk = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: libraryPath + $0)[.size] as? NSNumber }
            .reduce(0) { $0 + $1.int64Value }
        print("  library on disk: \(format(Double(onDisk) / 1_048_576)) MB for \(format(Double(corpus.bytes) / 1_048_576)) MB of text")

        // The same draws on every run, so that runs compare (the corpus's seed, not one chosen).
        var random = SplitMix64(seed: 2021)
        // Query words of middling frequency, as people search for: neither "the" nor a one-off.
        let vocabulary = CorpusGenerator(seed: 1).vocabulary
        let words = Array(vocabulary[100..<2000])
        let names = CorpusGenerator.surnames
        func pick(_ list: [String]) -> String { list.randomElement(using: &random)! }
        let rounds = 200
        /// `typing`: as the list runs a query on each key (last word a prefix, newest first);
        /// otherwise as it runs it once entered (`Library.readerSearch`).
        func measure(_ name: String, sort: SearchSort = .relevance, typing: Bool = false, _ make: () -> String) throws -> Latencies {
            var samples: [Double] = [], idSamples: [Double] = []
            for _ in 0..<rounds {
                let input = make()
                // What the reader does per key: the ids for the list, then the rows on screen.
                var found: ReaderSearch?
                let idTime = try timed { found = try library.readerSearch(input, typing: typing, sort: sort, limit: 1000) }
                let rowTime = try timed { _ = try library.listedArticles(Array(found!.ids.prefix(20)), query: found!.query) }
                idSamples.append(idTime)
                samples.append(idTime + rowTime)
            }
            return Latencies(name: name, samples: samples, idSamples: idSamples)
        }
        library.prepareRanking()  // as the reader does when it opens
        // This machine pages out file data untouched for about a minute, so a library imported
        // minutes ago (or by an earlier run) is read from disk again, a few pages per query, and
        // the figures measure the disk. A library in use is in memory: read it once, as use would.
        let warming = timed { readThrough(libraryPath) }
        print("  library read once into the page cache before timing queries: \(format(warming, 1)) s")
        print("  query latency, in process, as the reader runs it (ids for the list plus 20 rows with snippets):")
        print(try measure("one term while typing (by date)", sort: .date, typing: true) { pick(words) }.line)
        var termsDrawn: [String] = []
        let oneTerm = try measure("one term entered, best first (BM25)") {
            termsDrawn.append(pick(words))
            return termsDrawn.last!
        }
        print(oneTerm.line)
        print(try measure("two terms entered, best first") { "\(pick(words)) \(pick(words))" }.line)
        print(try measure("three terms entered, best first") { "\(pick(words)) \(pick(words)) \(pick(names))" }.line)
        print(try measure("phrase entered, best first") { "\"the \(pick(words))\"" }.line)
        // Each key typed: 3 letters have their own prefix index, 4 to 7 are spelled out (IndexTerms).
        print(try measure("prefix while typing, 3 letters", sort: .date, typing: true) { String(pick(words).prefix(3)) }.line)
        print(try measure("prefix while typing, 4 to 7 letters", sort: .date, typing: true) {
            String(pick(words).prefix(Int.random(in: 4...7, using: &random)))
        }.line)
        print(try measure("filter person:NAME, by date", sort: .date) { "person:\(pick(names))" }.line)

        try firstFrame(gazette: gazette, library: libraryPath)
        if let anchor = tantivyAnchor(corpus: corpus.directory, words: termsDrawn) {
            let ours = Latencies.percentile(oneTerm.idSamples, 99)
            print("  one term best first, ids alone, p99 against tantivy's top 50 for the same words: "
                  + "\(format(ours, 2)) / \(format(anchor, 2)) ms = \(format(ours / anchor, 1))x")
        }
    }

    static func readThrough(_ path: String) {
        guard let file = FileHandle(forReadingAtPath: path) else { return }
        defer { try? file.close() }
        while let chunk = try? file.read(upToCount: 4 << 20), !chunk.isEmpty {}
    }

    static func timeImport(into library: Library, corpus: (directory: String, bytes: Int), count: Int) throws {
        let importer = Importer(library: library, extractor: NewsEntityExtractor())
        var lastShown = 0
        var stored: Double?
        let importTime = try timed {
            _ = try importer.run(paths: [corpus.directory]) { progress in
                let percent = progress.done * 10 / max(1, progress.total)
                if percent > lastShown { lastShown = percent; FileHandle.standardError.write(Data(".".utf8)) }
                if progress.mergingIndex, stored == nil { stored = progress.elapsed }
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        print("  import (parse, clean, tag, store; all cores): \(format(Double(count) / importTime, 0)) articles/s, "
              + "\(format(Double(corpus.bytes) / 1_048_576 / importTime)) MB/s, \(format(importTime)) s in all, "
              + "of which \(format(importTime - (stored ?? importTime))) s merging the full-text index at the end")
    }

    /// A new reader process on the big library, until its first frame is printed; its peak
    /// memory comes from GNU time, since other children (spaCy) would cloud RUSAGE_CHILDREN.
    static func firstFrame(gazette: String, library: String) throws {
        guard FileManager.default.isExecutableFile(atPath: gazette) else { return }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            print("  first full frame: not measured (needs GNU time: apt-get install time)")
            return
        }
        var runs: [Double] = []
        var peakKilobytes = 0
        for _ in 0..<5 {
            let process = Process()
            let errors = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            process.arguments = ["-f", "%M", gazette, "--library", library, "--print-frame", "120x40"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            runs.append(try timed { try process.run(); process.waitUntilExit() })
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            peakKilobytes = max(peakKilobytes, Int(text.split(separator: "\n").last ?? "") ?? 0)
        }
        print("  first full frame of the reader (new process): median \(format(median(runs) * 1000)) ms; "
              + "peak memory of the reader process \(format(Double(peakKilobytes) / 1024)) MB")
    }

    /// The same corpus and queries through tantivy, when `pip install tantivy` has been done;
    /// returns its p99 in ms, read from its last line.
    static func tantivyAnchor(corpus: String, words: [String]) -> Double? {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tools/bench/tantivy_anchor.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, corpus] + words
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            print("  tantivy anchor: not run (\(error))")
            return nil
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(text, terminator: "")
        guard let p99 = text.split(separator: "p99 ").last?.split(separator: " ").first else { return nil }
        return Double(p99)
    }

    /// Writes the corpus once per size; later runs reuse it.
    static func generateCorpus(count: Int, under scratch: String) throws -> (directory: String, bytes: Int) {
        let directory = scratch + "/bench-corpus-\(count)"
        let marker = directory + "/.complete"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let bytes = Int(text) {
            return (directory, bytes)
        }
        try? FileManager.default.removeItem(atPath: directory)
        var generator = CorpusGenerator(seed: 2021)
        var bytes = 0
        for index in 0..<count {
            let folder = directory + "/\(index / 1000)"
            if index % 1000 == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let data = Data(generator.article(index: index).utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: folder + "/\(index).txt"))
        }
        try String(bytes).write(toFile: marker, atomically: true, encoding: .utf8)
        return (directory, bytes)
    }

    static func timed(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
