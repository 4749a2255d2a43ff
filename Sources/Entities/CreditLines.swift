/// "Reporting by Ann Lee and Omar Said; Editing by Tom Hale": the wire's credit line ends many
/// news articles. It has no full stop and nearly every word capitalized, as a Title Case headline
/// does, but its capitals are names.
enum CreditLines {
    /// A line opened by a capitalized "-ing" word and "by" ("Reporting by", "Editing by",
    /// "Additional reporting by"), or holding one after a semicolon.
    static func isCreditLine(_ tokens: [TaggerToken]) -> Bool {
        var clauseStart = 0
        for (index, token) in tokens.enumerated() {
            if !token.isWord {
                if token.text == ";" || token.text == "(" { clauseStart = index + 1 }
                continue
            }
            guard token.text == "by", index > clauseStart, index - clauseStart <= 2 else { continue }
            let verb = tokens[index - 1].text
            guard verb.hasSuffix("ing"), let head = tokens[clauseStart].text.first, head.isUppercase else { continue }
            return true
        }
        return false
    }
}
