/// Why a library could not be opened or used. Each says which file and what to do.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case damaged(path: String, detail: String)
    case newerVersion(path: String)
    case cannotOpen(path: String, detail: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path): not a SQLite database, so not a Gazette library; it was left untouched (choose another file with --library)"
        case .foreignDatabase(let path):
            "\(path): a SQLite database of some other program, not a Gazette library; it was left untouched (choose another file with --library)"
        case .damaged(let path, let detail):
            "\(path): the library is damaged (\(detail)); it was left untouched"
        case .newerVersion(let path):
            "\(path): made by a newer Gazette; update Gazette to open it"
        case .cannotOpen(let path, let detail):
            "\(path): cannot open the library: \(detail)"
        }
    }
}
