/// A JSON value that keeps object keys in the order written, so output reads like the spec.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    case decimal(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact JSON on one line; with `indent`, pretty-printed.
    public func serialized(indent: Int? = nil) -> String {
        // Written as UTF-8 bytes and made a String once: appending to a String piece by piece
        // cost several times what appending the same bytes to an array does.
        var out: [UInt8] = []
        write(into: &out, indent: indent, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int?, level: Int) {
        switch self {
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .number(let value): out += String(value).utf8
        case .decimal(let value): out += (value.isFinite ? String((value * 1000).rounded() / 1000) : "null").utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(into: &out, indent: indent, level: level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(into: &out, indent: indent, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(into: &out, indent: indent, level: level + 1)
                JSONValue.writeString(key, into: &out)
                out += (indent == nil ? ":" : ": ").utf8
                value.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(into: &out, indent: indent, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout [UInt8], indent: Int?, level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: indent * level)
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // What needs no escape is copied a run at a time.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                guard mayNeedEscape(bytes[index]), let (replacement, length) = escape(at: index, in: bytes) else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out += replacement.utf8
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `escaped` for the scalar whose UTF-8 starts at `index`, and its length in bytes.
    private static func escape(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        let byte = bytes[index]
        if byte < 0x80 { return escaped(Unicode.Scalar(byte)).map { ($0, 1) } }
        // U+0080–U+009F are C2 80–C2 9F (the second byte is the scalar's value);
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] <= 0x9F {
            return escaped(Unicode.Scalar(bytes[index + 1])).map { ($0, 2) }
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return escaped(Unicode.Scalar(0x2000 + UInt32(bytes[index + 2]) - 0x80)!).map { ($0, 3) }
        }
        return nil
    }

    /// The byte may start a scalar `escaped` writes otherwise: an ASCII control, quote or
    /// backslash, or the lead byte of U+0080–U+009F (0xC2) or of U+2028 and U+2029 (0xE2);
    /// never a continuation byte (0x80–0xBF).
    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// How a scalar is written inside a JSON string, or nil when it stands for itself.
    private static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029:
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return nil
        }
    }
}
