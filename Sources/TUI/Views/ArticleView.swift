/// The article text, scrolled, with search matches and the selected entity's mentions marked.
enum ArticleView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        guard let rendered = state.renderedArticle else {
            canvas.put("Nothing selected", row: frame.row, column: frame.column + 1, style: .dim, maxWidth: frame.width - 1)
            return
        }
        let current = state.currentMatch.flatMap { rendered.matches.indices.contains($0) ? rendered.matches[$0] : nil }
        for slot in 0..<frame.height {
            let lineIndex = state.articleTop + slot
            guard lineIndex < rendered.lines.count else { break }
            var column = frame.column + 1
            for segment in rendered.lines[lineIndex] {
                column += canvas.put(segment.text, row: frame.row + slot, column: column, style: segment.style,
                                     maxWidth: frame.column + frame.width - column)
            }
            if let current, current.line == lineIndex {
                canvas.restyle(row: frame.row + slot, column: frame.column + 1 + current.column, width: current.width,
                               style: .currentMatch)
            }
        }
    }
}
