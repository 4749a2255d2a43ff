#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a plain regular file of no more than `TextDecoding.maximumBytes`, read with
/// one `open`, `fstat` and `read`: Foundation's `resourceValues` and `Data(contentsOf:)` cost
/// more than parsing a short article. Anything else (a directory, a link, a file too large,
/// any error) is nil, and the caller's Foundation path reads it and words the error as before.
enum RegularFile {
    static func contents(_ path: String) -> [UInt8]? {
        // Non-blocking, so a named pipe is refused here rather than waited on (reads of a regular
        // file never block on it).
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size <= TextDecoding.maximumBytes else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { complete = false; return }
                count += got
            }
        }
        // A file that grew while it was read: the size stat gave may not be all of it.
        var probe: UInt8 = 0
        guard complete, read(descriptor, &probe, 1) == 0 else { return nil }
        return bytes
    }
}
