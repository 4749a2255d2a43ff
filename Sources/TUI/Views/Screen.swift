import NewsCore

/// Draws the whole state into a canvas: bars, panes, dividers, then any overlay on top.
public enum Screen {
    public static func draw(_ state: AppState) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            let notice = Array("Terminal too small for Gazette: it needs \(Layout.minimumSize.columns)x\(Layout.minimumSize.rows)")
            let wrapped = TextWrap.wrap(notice, styles: Array(repeating: .error, count: notice.count), width: state.size.columns)
            for (row, line) in wrapped.lines.enumerated() {
                canvas.put(line.map(\.text).joined(), row: row, column: 0, style: .error)
            }
            return canvas
        }
        TopBarView.draw(state, into: &canvas, frame: layout.topBar)
        for (pane, frame) in layout.panes {
            switch pane {
            case .list: SourceListView.draw(state, into: &canvas, frame: frame)
            case .article: ArticleView.draw(state, into: &canvas, frame: frame)
            case .sidebar: SidebarView.draw(state, into: &canvas, frame: frame)
            }
            if frame.column > 0 { drawDivider(into: &canvas, column: frame.column - 1, frame: frame) }
        }
        StatusLineView.draw(state, into: &canvas, frame: layout.statusLine)
        switch state.overlay {
        case .help(let top): HelpOverlayView.draw(top: top, into: &canvas)
        case .export(let dialog): ExportDialogView.draw(dialog, into: &canvas)
        case nil: break
        }
        return canvas
    }

    static func drawDivider(into canvas: inout Canvas, column: Int, frame: Frame) {
        for row in frame.row..<(frame.row + frame.height) {
            canvas.put("│", row: row, column: column, style: .border)
        }
    }

    /// A box with a title in its top border, cleared inside; returns the inner frame.
    static func drawBox(title: String, width: Int, height: Int, into canvas: inout Canvas) -> Frame {
        let width = min(width, canvas.size.columns - 2)
        let height = min(height, canvas.size.rows - 2)
        let column = max(0, (canvas.size.columns - width) / 2)
        let row = max(0, (canvas.size.rows - height) / 2)
        canvas.fill(row: row, column: column, width: width, height: height, style: .dialog)
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        canvas.put("┌" + horizontal + "┐", row: row, column: column, style: .dialog)
        canvas.put("└" + horizontal + "┘", row: row + height - 1, column: column, style: .dialog)
        for y in (row + 1)..<(row + height - 1) {
            canvas.put("│", row: y, column: column, style: .dialog)
            canvas.put("│", row: y, column: column + width - 1, style: .dialog)
        }
        canvas.put(" \(title) ", row: row, column: column + 2, style: .heading, maxWidth: width - 4)
        return Frame(column: column + 2, row: row + 1, width: width - 4, height: height - 2)
    }
}
