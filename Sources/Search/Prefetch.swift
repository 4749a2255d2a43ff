import Dispatch
import Synchronization

/// Work started on another thread now and taken later: the importer reads and tags the
/// next batches while the single writer stores this one.
final class Prefetch<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Runs `work` on `queue`: a serial queue runs several prefetches one after another, in order.
    init(on queue: DispatchQueue, _ work: @escaping @Sendable () -> Value) {
        queue.async {
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
