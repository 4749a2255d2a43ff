/// The top line: what library, how many articles, which filter.
enum TopBarView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        canvas.fill(row: frame.row, column: frame.column, width: frame.width, style: .bar)
        let total = state.articles.count
        var left = " Gazette · \(state.libraryName) · \(total) article\(total == 1 ? "" : "s")"
        if !state.read.isEmpty || total > 0 {
            let unread = state.articles.filter { !state.read.contains($0.id) }.count
            left += " · \(unread) unread"
        }
        var filters: [String] = []
        if let filter = state.entityFilter { filters.append("\(filter.type.rawValue): \(filter.name)") }
        if !state.query.isEmpty { filters.append("search: \(state.query)") }
        let right = filters.isEmpty ? "" : "\(filters.joined(separator: " + ")) · \(state.visible.count) of \(total) "
        let rightWidth = min(DisplayWidth.width(of: right), frame.width / 2 + frame.width / 4)
        canvas.put(left, row: frame.row, column: frame.column, style: .bar, maxWidth: frame.width - rightWidth - 1)
        if !right.isEmpty {
            let text = DisplayWidth.truncate(right, to: rightWidth)
            canvas.put(text, row: frame.row, column: frame.column + frame.width - DisplayWidth.width(of: text), style: .bar)
        }
    }
}
