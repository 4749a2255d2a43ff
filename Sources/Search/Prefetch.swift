import Dispatch
import Synchronization

/// Work started on another thread now and taken later: the importer reads and tags the
/// next batch while the single writer stores this one.
final class Prefetch<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            let value = work()
            self.result.withLock { $0 = value }
            self.finished.signal()
        }
    }

    /// Waits for the work to end; taken once.
    func take() -> Value {
        finished.wait()
        return result.withLock { $0.take()! }
    }
}
