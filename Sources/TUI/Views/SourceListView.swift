/// The list of articles: an unread marker and the title, then date and source.
enum SourceListView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        guard !state.visible.isEmpty else {
            let text = state.articles.isEmpty ? "No articles" : "No article matches"
            canvas.put(text, row: frame.row, column: frame.column + 1, style: .dim, maxWidth: frame.width - 1)
            if !state.articles.isEmpty {
                canvas.put("Esc clears the filter", row: frame.row + 1, column: frame.column + 1, style: .dim, maxWidth: frame.width - 1)
            }
            return
        }
        let capacity = max(1, frame.height / AppState.listEntryHeight)
        for slot in 0..<capacity {
            let position = state.listTop + slot
            guard position < state.visible.count else { break }
            let article = state.articles[state.visible[position]]
            let row = frame.row + slot * AppState.listEntryHeight
            let unread = !state.read.contains(article.id)
            let isCursor = position == state.cursor
            let marker = unread ? "●" : " "
            canvas.put(marker, row: row, column: frame.column, style: .unread)
            // A cut line ends in "…" so it says it was cut.
            canvas.put(DisplayWidth.truncate(article.title, to: frame.width - 2), row: row, column: frame.column + 2,
                       style: unread ? .bold : .normal)
            let date = article.published?.dayText ?? "undated"
            canvas.put(DisplayWidth.truncate("\(date) · \(article.displaySource)", to: frame.width - 2), row: row + 1,
                       column: frame.column + 2, style: .dim)
            if isCursor {
                let style: Style = state.focus == .list ? .selected : .selectedIdle
                canvas.restyle(row: row, column: frame.column, width: frame.width, style: style)
                canvas.restyle(row: row + 1, column: frame.column, width: frame.width, style: style)
            }
        }
    }
}
