import Foundation

/// Read and starred marks, written in order on a queue of their own. An import in another
/// process holds the library's write lock for up to a few seconds per transaction; a key
/// press (or opening an article, which marks it read) must not freeze the reader meanwhile.
/// Until a mark is written, `pending` says what it will be, so lists show it at once.
public final class MarkQueue: @unchecked Sendable {
    public enum Mark: Sendable, Hashable { case read, starred }

    private struct Key: Hashable {
        var id: Int64
        var mark: Mark
    }

    private let library: Library
    private let queue = DispatchQueue(label: "gazette.marks")
    /// Guards `pending`, `sent` and `failure`, shared by the caller's thread and the queue.
    private let lock = NSLock()
    /// The latest value asked for each mark not yet written, and which request asked for it.
    private var pending: [Key: (value: Bool, request: Int)] = [:]
    private var sent = 0
    private var failure: String?

    public init(library: Library) {
        self.library = library
    }

    /// Returns at once; the mark is written when the library's write lock is free.
    public func set(_ mark: Mark, of id: Int64, to value: Bool) {
        let key = Key(id: id, mark: mark)
        let request = lock.withLock {
            sent += 1
            pending[key] = (value, sent)
            return sent
        }
        queue.async { [self] in
            var problem: LibraryError?
            // Each try waits out the library's busy timeout; three cover any import transaction.
            attempts: for _ in 0..<3 {
                do throws(LibraryError) {
                    switch mark {
                    case .read: try library.setRead(id, value)
                    case .starred: try library.setStarred(id, value)
                    }
                    problem = nil
                    break attempts
                } catch {
                    problem = error
                }
            }
            lock.withLock {
                // A later request for the same mark is still to come; it owns the pending value.
                if pending[key]?.request == request { pending[key] = nil }
                if let problem { failure = "Could not save the \(mark == .read ? "read" : "starred") mark: \(problem)" }
            }
        }
    }

    /// The value a mark will have once written, while it is still waiting.
    public func pendingValue(_ mark: Mark, of id: Int64) -> Bool? {
        lock.withLock { pending[Key(id: id, mark: mark)]?.value }
    }

    public var hasPending: Bool { lock.withLock { !pending.isEmpty } }

    /// A write that failed since the last call, described for the status line.
    public func takeFailure() -> String? {
        lock.withLock {
            defer { failure = nil }
            return failure
        }
    }

    /// Blocks until every mark asked for so far is written (or has failed).
    public func waitUntilWritten() {
        queue.sync {}
    }
}
