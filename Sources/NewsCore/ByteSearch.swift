import Foundation

extension StringProtocol {
    /// Substring test on UTF-8 bytes. Foundation's `contains` goes through UTF-16 and
    /// locale-aware search, which showed as the hottest part of cleaning and filtering.
    /// Byte equality is exact, so callers fold case and accents first.
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, needleBytes) }) {
                return found
            }
            var copy = String(self)
            return copy.withUTF8 { ByteSearch.contains($0, needleBytes) }
        }
    }
}

extension StringProtocol {
    /// `utf8.contains(byte)` by `memchr`: the standard library's `contains` on a string's bytes
    /// is a generic call per byte, about thirty instructions each, on every article read.
    public func includesByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
        }
        return found ?? utf8.contains(byte)
    }
}

enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress, let needleBase = needle.baseAddress else {
            return false
        }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if base[index] == first, memcmp(base + index, needleBase, needle.count) == 0 { return true }
            index += 1
        }
        return false
    }
}
