import Foundation

/// Writes a file whole or not at all: a temporary file beside the target, then a rename.
public enum AtomicFileWriter {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case failed(String, String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path): already exists (not overwritten)"
            case .failed(let path, let why): "\(path): cannot write: \(why)"
            }
        }
    }

    public static func write(_ text: String, to path: String, overwrite: Bool = false) throws(WriteError) {
        if !overwrite, FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw .failed(path, String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result <= 0 {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw .failed(path, reason)
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        // Without overwrite, link() fails if the target appeared meanwhile; rename() would replace it.
        let moved = overwrite ? rename(temporary, path) == 0 : link(temporary, path) == 0
        let reason = String(cString: strerror(errno))
        let raceLost = !overwrite && errno == EEXIST
        if !overwrite || !moved { unlink(temporary) }
        if raceLost { throw .exists(path) }
        guard moved, synced else { throw .failed(path, reason) }
    }
}
