/// The bottom line: the search prompt while typing, else the last message, else key hints.
enum StatusLineView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        canvas.fill(row: frame.row, column: frame.column, width: frame.width, style: .bar)
        if let prompt = state.prompt {
            let keys = prompt.selected ? "type to replace · → add to it · Esc cancel" : "Enter keep · ↑ earlier · Esc cancel"
            let count = "  \(state.visible.count)\(state.listTruncated ? "+" : "") of \(state.articleCount)  \(keys)"
            var used = canvas.put("/", row: frame.row, column: frame.column, style: .bar, maxWidth: frame.width - 1)
            // The earlier query stands selected until a key replaces it or → keeps it.
            used += canvas.put(prompt.text, row: frame.row, column: frame.column + used, style: prompt.selected ? .selected : .bar,
                               maxWidth: frame.width - 1 - used)
            canvas.put("▏", row: frame.row, column: frame.column + used, style: .bar)
            canvas.put(count, row: frame.row, column: frame.column + used + 1, style: .bar,
                       maxWidth: frame.width - used - 1)
            return
        }
        if let message = state.message {
            canvas.put(" " + message.text, row: frame.row, column: frame.column, style: message.isError ? .error : .bar,
                       maxWidth: frame.width)
            return
        }
        canvas.put(" " + fitted(hints(for: state.keyContext), width: frame.width - 1), row: frame.row, column: frame.column,
                   style: .bar, maxWidth: frame.width)
    }

    /// The hints that fit: on a narrow screen the ones before the last two go first, so "? help"
    /// and "q quit" stay, and no hint is cut in half.
    static func fitted(_ hints: String, width: Int) -> String {
        var items = hints.components(separatedBy: " · ")
        while items.count > 2, DisplayWidth.width(of: items.joined(separator: " · ")) > width {
            items.remove(at: items.count - 3)
        }
        return items.joined(separator: " · ")
    }

    static func hints(for context: KeyContext) -> String {
        switch context {
        case .list: "j/k move · Enter open · Tab pane · / search · e export · ? help · q quit"
        case .article: "j/k scroll · Space page · n/N match · h back · e export · ? help · q quit"
        case .sidebar: "j/k move · Enter articles naming it · Esc clear · ? help · q quit"
        case .export: "Tab field · ←/→ format · Enter write · Esc cancel"
        case .help: "j/k scroll · ? or Esc closes help"
        case .search, .browsing: "Enter keep · Esc cancel"
        }
    }
}
