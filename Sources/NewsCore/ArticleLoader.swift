import Foundation

/// Reads many paths (files or directories, recursively); one bad file never stops the rest.
public enum ArticleLoader {
    public struct Result: Sendable {
        public var articles: [Article]
        public var failures: [ReadError]
    }

    /// Reads every file on all cores, applying `transform` (entity tagging) to each article.
    /// Results keep the order of the paths.
    public static func load(paths: [String], transform: @escaping @Sendable (Article) -> Article = { $0 }) -> Result {
        var failures: [ReadError] = []
        let files = expand(paths, failures: &failures)
        let outcomes = files.concurrentMap { path -> Swift.Result<Article, ReadError> in
            do throws(ReadError) {
                return .success(transform(try PlainTextReader.read(path: path)))
            } catch {
                return .failure(error)
            }
        }
        var articles: [Article] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let article): articles.append(article)
            case .failure(let error): failures.append(error)
            }
        }
        return Result(articles: articles, failures: failures)
    }

    /// Files in the order given; directories walked in name order, hidden files skipped.
    public static func expand(_ paths: [String], failures: inout [ReadError]) -> [String] {
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
