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
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    private func write(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .number(let value): out += String(value)
        case .decimal(let value): out += value.isFinite ? String((value * 1000).rounded() / 1000) : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                JSONValue.newline(into: &out, indent: indent, level: level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(into: &out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                JSONValue.newline(into: &out, indent: indent, level: level + 1)
                JSONValue.writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(into out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: " ", count: indent * level)
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // What needs no escape is copied a run at a time, and read byte by byte: appending
        // scalar by scalar cost more than building the rest of the output.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            guard mayNeedEscape(utf8[index]) else { index = utf8.index(after: index); continue }
            // Not a continuation byte, so a scalar starts here.
            let next = text.unicodeScalars.index(after: index)
            if let escape = escaped(text.unicodeScalars[index]) {
                out.append(contentsOf: Substring(utf8[runStart..<index]))
                out += escape
                runStart = next
            }
            index = next
        }
        out.append(contentsOf: Substring(utf8[runStart...]))
        out += "\""
    }

    /// The byte may start a scalar `escaped` writes otherwise: an ASCII control, quote or
    /// backslash, or the lead byte of U+0080–U+009F (0xC2) or of U+2028 and U+2029 (0xE2).
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
