/// Bytes to text as people's files actually are: UTF-8 with or without BOM, UTF-16 with BOM,
/// and anything else read byte by byte as Windows-1252, so no byte is ever dropped.
public enum TextDecoding {
    public static let maximumBytes = 16 * 1_048_576

    public enum Encoding: String, Sendable { case utf8, utf16, windows1252 }

    /// Decodes and normalises line ends to "\n". Refuses empty, binary and oversized input.
    public static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> (text: String, encoding: Encoding) {
        if bytes.isEmpty { throw ReadError(path: path, reason: .empty) }
        if bytes.count > maximumBytes { throw ReadError(path: path, reason: .tooLarge(bytes: bytes.count)) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (normaliseLineEnds(decodeUTF16(bytes)), .utf16)
        }
        if let offset = binaryOffset(bytes) { throw ReadError(path: path, reason: .binary(offset: offset)) }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        if let text = String(validating: body, as: UTF8.self) {
            return (normaliseLineEnds(text), .utf8)
        }
        return (normaliseLineEnds(decodeMixed(body)), .windows1252)
    }

    /// A NUL byte, or many control bytes early on, means this is not text.
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        if let nul = bytes.firstIndex(of: 0) { return nul }
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
            controls += 1
        }
        return controls * 10 > sample.count ? 0 : nil
    }

    static func normaliseLineEnds(_ text: String) -> String {
        guard text.includesByte(13) else { return text }
        return text.replacingCRLF()
    }

    /// Valid UTF-8 sequences stay UTF-8; every other byte is read as Windows-1252.
    static func decodeMixed(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = validSequenceLength(bytes, at: i)
            if length > 0 {
                let text = String(decoding: bytes[i..<i + length], as: UTF8.self)
                scalars.append(contentsOf: text.unicodeScalars)
                i += length
            } else {
                scalars.append(windows1252Scalar(bytes[i]))
                i += 1
            }
        }
        return String(scalars)
    }

    private static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        let length: Int
        var minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard i + length <= b.endIndex else { return 0 }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let next = b[i + k]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { minimum = 0; return 0 }
        return length
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(windows1252High[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

extension String {
    /// "\r\n" and lone "\r" become "\n". Works on scalars: Swift treats "\r\n" as one Character.
    func replacingCRLF() -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
