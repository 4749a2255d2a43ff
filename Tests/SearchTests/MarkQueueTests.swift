import Entities
import Foundation
import GRDB
import Search
import Testing

/// Marks made while another process holds the library's write lock (an import mid-transaction).
@Suite(.serialized) struct MarkQueueTests {
    @Test func aMarkDoesNotWaitForAnotherWriterAndIsSavedAfterIt() throws {
        let directory = NSTemporaryDirectory() + "gazette-marks-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "Ferry resumes\n\nThe ferry crossed the harbour on Monday morning.\n"
            .write(toFile: directory + "/ferry.txt", atomically: true, encoding: .utf8)
        let path = directory + "/library.sqlite"
        let library = try Library(path: path)
        _ = try Importer(library: library, extractor: NewsEntityExtractor()).run(paths: [directory + "/ferry.txt"])
        let id = try #require(library.search(QueryParser.parse("ferry")).hits.first?.id)

        // Another connection, as another process would, takes the write lock and keeps it.
        let other = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                release.wait()
                try db.execute(sql: "COMMIT")
            }
        }
        locked.wait()

        let marks = MarkQueue(library: library)
        let start = Date()
        marks.set(.read, of: id, to: true)
        marks.set(.starred, of: id, to: true)
        #expect(Date().timeIntervalSince(start) < 0.5, "setting a mark waited for the other writer")
        #expect(marks.pendingValue(.read, of: id) == true)
        #expect(marks.pendingValue(.starred, of: id) == true)
        #expect(marks.hasPending)
        let stored = try library.search(QueryParser.parse("is:unread")).hits.map(\.id)
        #expect(stored == [id], "not yet written while the lock is held")

        release.signal()
        marks.waitUntilWritten()
        #expect(!marks.hasPending)
        #expect(marks.takeFailure() == nil)
        #expect(try library.search(QueryParser.parse("is:unread")).hits.isEmpty)
        #expect(try library.search(QueryParser.parse("is:starred")).hits.map(\.id) == [id])

        // Marks made in a row are written in order: the last one wins.
        for value in [false, true, false, true, false] { marks.set(.starred, of: id, to: value) }
        // The writer may have caught up already (no lock is held now); while it has not, what is
        // pending is the last mark made, never an earlier one.
        let pending = marks.pendingValue(.starred, of: id)
        #expect(pending == nil || pending == false, "an earlier mark is pending after a later one")
        marks.waitUntilWritten()
        #expect(marks.pendingValue(.starred, of: id) == nil)
        #expect(try library.search(QueryParser.parse("is:starred")).hits.isEmpty)
    }
}
