/// The mentions found in one paragraph so far, indexed by token so that asking what overlaps a
/// new candidate costs the candidate's length, not the paragraph's (a 1 MB line has 50,000 names).
struct SpanSet {
    private(set) var spans: [MentionSpan] = []
    private var alive: [Bool] = []
    /// For each token, the spans covering it (at most a few).
    private var owners: [[Int]]

    init(tokenCount: Int) {
        owners = Array(repeating: [], count: tokenCount)
    }

    /// Indices of live spans sharing a token with `span`.
    func overlapping(_ span: MentionSpan) -> [Int] {
        var result: [Int] = []
        for token in span.first..<span.end {
            for owner in owners[token] where alive[owner] && !result.contains(owner) { result.append(owner) }
        }
        return result
    }

    subscript(index: Int) -> MentionSpan {
        get { spans[index] }
        set { spans[index] = newValue }
    }

    mutating func add(_ span: MentionSpan) {
        let index = spans.count
        spans.append(span)
        alive.append(true)
        for token in span.first..<span.end { owners[token].append(index) }
    }

    mutating func add(_ spans: [MentionSpan]) {
        for span in spans { add(span) }
    }

    /// Puts `span` in place of what it overlaps, unless a longer span already holds it whole.
    mutating func replace(with span: MentionSpan) {
        let overlapping = overlapping(span)
        let heldWhole = overlapping.contains { index in
            let other = spans[index]
            return other.first <= span.first && span.end <= other.end && other.end - other.first > span.end - span.first
        }
        if heldWhole { return }
        remove(overlapping)
        add(span)
    }

    mutating func remove(_ indices: [Int]) {
        for index in indices { alive[index] = false }
    }

    var live: [MentionSpan] {
        spans.indices.filter { alive[$0] }.map { spans[$0] }
    }
}
