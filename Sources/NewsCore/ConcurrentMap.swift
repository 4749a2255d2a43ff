import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` on all cores, results in the original order. Reading and tagging articles is
    /// independent per file, so both the loader and the importer spread it this way.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = Mutex([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(self[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0.map { $0! } }
    }
}
