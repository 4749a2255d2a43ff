extension String {
    /// The text's lines, split at "\n" byte by byte. A newline is always a character of its
    /// own, so this gives what splitting the characters would, without the grapheme walk.
    public func lines() -> [String] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}
