/// "GENEVA, Nov 16 (Reuters) -", "(Bloomberg) --", "WASHINGTON (AP) —": wire copy opens with the
/// agency that wrote it, in brackets after the dateline and before a dash. With no masthead,
/// source line or address, that agency is the article's source.
public enum WireCredits {
    /// The agency credited at the start of one of the first paragraphs, if any.
    public static func agency(in paragraphs: [String]) -> String? {
        for paragraph in paragraphs.prefix(3) {
            if let name = agency(opening: paragraph) { return name }
        }
        return nil
    }

    private static func agency(opening paragraph: String) -> String? {
        let head = paragraph.prefix(100)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let dateline = head[..<open].split(whereSeparator: { $0 == " " || $0 == "," })
        // Before the bracket: nothing, or a dateline's capitalized words and numbers ("GENEVA, Nov 16").
        guard dateline.count <= 6, dateline.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { return nil }
        let name = head[head.index(after: open)..<close].trimmingSpaces()
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), name.count <= 30,
              words.allSatisfy({ $0.first?.isUppercase == true }), !name.contains(where: \.isNumber) else { return nil }
        // After it, a dash: "(Reuters) -", "(Bloomberg) --", "(AP) —".
        let after = head[head.index(after: close)...].drop { $0 == " " }
        guard let dash = after.first, "-—–".contains(dash) else { return nil }
        return name
    }
}
