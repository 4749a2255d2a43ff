/// The list of articles: unread and star markers and the title, then date and source,
/// or date and a snippet with the matches marked while searching.
enum SourceListView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        guard !state.visible.isEmpty else {
            let text = state.articleCount == 0 ? "No articles" : "No article matches"
            canvas.put(text, row: frame.row, column: frame.column + 1, style: .dim, maxWidth: frame.width - 1)
            if state.articleCount > 0 {
                canvas.put("Esc clears the filter", row: frame.row + 1, column: frame.column + 1, style: .dim, maxWidth: frame.width - 1)
            }
            return
        }
        for (slot, ref) in state.listWindow.enumerated() {
            let row = frame.row + slot * AppState.listEntryHeight
            guard let summary = state.summaries[ref] else {
                canvas.put("…", row: row, column: frame.column + 2, style: .dim)
                continue
            }
            canvas.put(summary.isRead ? " " : "●", row: row, column: frame.column, style: .unread)
            if summary.isStarred { canvas.put("★", row: row + 1, column: frame.column, style: .heading) }
            // A cut line ends in "…" so it says it was cut.
            canvas.put(DisplayWidth.truncate(summary.title, to: frame.width - 2), row: row, column: frame.column + 2,
                       style: summary.isRead ? .normal : .bold)
            let date = summary.published?.dayText ?? "undated"
            if let snippet = summary.snippet {
                let room = frame.width - 2 - DisplayWidth.width(of: date + " · ")
                drawSnippet(date + " · " + centred(snippet, width: room), into: &canvas, row: row + 1, column: frame.column + 2,
                            width: frame.width - 2)
            } else {
                canvas.put(DisplayWidth.truncate("\(date) · \(summary.source ?? "unknown source")", to: frame.width - 2),
                           row: row + 1, column: frame.column + 2, style: .dim)
            }
            if state.listTop + slot == state.cursor {
                let style: Style = state.focus == .list ? .selected : .selectedIdle
                canvas.restyle(row: row, column: frame.column, width: frame.width, style: style)
                canvas.restyle(row: row + 1, column: frame.column, width: frame.width, style: style, keeping: [.match])
            }
        }
    }

    /// A narrow list would cut the match off: start the snippet a little before it.
    static func centred(_ snippet: String, width: Int) -> String {
        guard let mark = snippet.firstIndex(of: "«") else { return snippet }
        let before = snippet[..<mark]
        let lead = max(4, width / 4)
        guard DisplayWidth.width(of: before) > lead else { return snippet }
        var kept = Substring("")
        for character in before.reversed() {
            if DisplayWidth.width(of: kept) >= lead - 1 { break }
            kept.insert(character, at: kept.startIndex)
        }
        return "…" + kept.drop(while: { $0 == " " }) + snippet[mark...]
    }

    /// Text between « and » is a match: drawn highlighted, markers left out.
    static func drawSnippet(_ text: String, into canvas: inout Canvas, row: Int, column: Int, width: Int) {
        var x = column
        var inMatch = false
        for character in text {
            if character == "«" { inMatch = true; continue }
            if character == "»" { inMatch = false; continue }
            let used = canvas.put(String(character), row: row, column: x, style: inMatch ? .match : .dim,
                                  maxWidth: column + width - x)
            if used == 0 { break }
            x += used
        }
    }
}
