/// "Aoife MacDermott KC", "Jane Roe MP", "Sir John Doe OBE": letters after a name say what
/// the person is, as a title before it does, and are no part of the name.
enum PostNominals {
    /// As written: capitals matter ("Md" and "Kc" are no post-nominals).
    static let letters: Set<String> = [
        "KC", "QC", "SC", "MP", "MSP", "MEP", "MLA", "MPP", "MHA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS",
    ]

    /// Trims them off the end of every person's span, and drops any other reading of the
    /// letters right after a person ("KC" read as a body's acronym).
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        var personEnds = Set<Int>()
        for index in spans.indices where spans[index].type == .person {
            while spans[index].end - spans[index].first > 2, letters.contains(tokens[spans[index].end - 1].text) {
                spans[index].end -= 1
            }
            personEnds.insert(spans[index].end)
        }
        spans.removeAll { span in
            span.type != .person && personEnds.contains(span.first)
                && (span.first..<span.end).allSatisfy { letters.contains(tokens[$0].text) }
        }
    }
}
