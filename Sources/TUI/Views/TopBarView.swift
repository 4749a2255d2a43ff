/// The top line: what library, how many articles, which filter.
enum TopBarView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        canvas.fill(row: frame.row, column: frame.column, width: frame.width, style: .bar)
        let total = state.articleCount
        let left = " Gazette · \(state.libraryName) · \(total) article\(total == 1 ? "" : "s") · \(state.unreadCount) unread"
        var filters: [String] = []
        if let filter = state.entityFilter { filters.append("\(filter.type.rawValue): \(filter.name)") }
        if !state.query.isEmpty { filters.append("search: \(state.query)") }
        let shown = "\(state.visible.count)\(state.listTruncated ? "+" : "")"
        var right = ""
        if !filters.isEmpty {
            right = "\(filters.joined(separator: " + ")) · \(shown) of \(total)"
            if !state.query.isEmpty, state.prompt == nil { right += state.order == .relevance ? " · best first" : " · newest first" }
            right += " "
        }
        let rightWidth = min(DisplayWidth.width(of: right), frame.width / 2 + frame.width / 4)
        canvas.put(left, row: frame.row, column: frame.column, style: .bar, maxWidth: frame.width - rightWidth - 1)
        if !right.isEmpty {
            let text = DisplayWidth.truncate(right, to: rightWidth)
            canvas.put(text, row: frame.row, column: frame.column + frame.width - DisplayWidth.width(of: text), style: .bar)
        }
    }
}
