/// Why a file could not become an article. The description names the file and the reason.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case empty
        case binary(offset: Int)
        case tooLarge(bytes: Int)
        case unreadable(String)
        case noText
        case unsupportedFormat(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .empty:
            "\(path): empty file"
        case .binary(let offset):
            "\(path): binary content (NUL or control bytes near byte \(offset)); not a text article"
        case .tooLarge(let bytes):
            "\(path): \(megabytes(bytes)) MB is more than the \(megabytes(TextDecoding.maximumBytes)) MB an article may be"
        case .unreadable(let why):
            "\(path): cannot read: \(why)"
        case .noText:
            "\(path): no article text found after removing headers and page furniture"
        case .unsupportedFormat(let kind):
            "\(path): looks like \(kind); Gazette reads plain-text articles and posts for now"
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
