import Foundation

/// Reads many paths (files or directories, recursively); one bad file never stops the rest.
public enum ArticleLoader {
    public struct Result: Sendable {
        public var articles: [Article]
        public var failures: [ReadError]
    }

    public static func load(paths: [String]) -> Result {
        var articles: [Article] = []
        var failures: [ReadError] = []
        for path in expand(paths, failures: &failures) {
            do throws(ReadError) {
                articles.append(try PlainTextReader.read(path: path))
            } catch {
                failures.append(error)
            }
        }
        return Result(articles: articles, failures: failures)
    }

    /// Files in the order given; directories walked in name order, hidden files skipped.
    static func expand(_ paths: [String], failures: inout [ReadError]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(ReadError(path: path, reason: .unreadable("no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let walker = manager.enumerator(atPath: path)
            var found: [String] = []
            while let relative = walker?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker?.skipDescendants(); continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var childIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    found.append(full)
                }
            }
            files += found.sorted()
        }
        return files
    }
}
