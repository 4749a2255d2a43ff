extension String {
    /// The text's lines, split at "\n" byte by byte. A newline is always a character of its
    /// own, so this gives what splitting the characters would, without the grapheme walk.
    public func lines() -> [String] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

extension StringProtocol {
    /// `count <= limit`, walking at most `limit` Characters: a long line is known to be long
    /// without counting all of it (and a line of at most `limit` bytes without counting at all).
    func hasAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
