/// Why a file could not become an article. The description names the file and the reason.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case empty
        case binary(offset: Int)
        case tooLarge(bytes: Int)
        case unreadable(String)
        case noText
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
            "\(path): \(bytes / 1_048_576) MB is more than the \(TextDecoding.maximumBytes / 1_048_576) MB an article may be"
        case .unreadable(let why):
            "\(path): cannot read: \(why)"
        case .noText:
            "\(path): no article text found after removing headers and page furniture"
        }
    }
}
