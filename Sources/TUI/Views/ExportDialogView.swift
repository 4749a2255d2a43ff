import NewsCore

/// The export dialog: a format to pick and a file name to edit.
enum ExportDialogView {
    static func draw(_ dialog: ExportDialog, into canvas: inout Canvas) {
        let inner = Screen.drawBox(title: "Export article", width: 64, height: 9, into: &canvas)
        var column = inner.column
        let formatLabel = dialog.field == .format ? "▸ Format " : "  Format "
        column += canvas.put(formatLabel, row: inner.row, column: column, style: dialog.field == .format ? .heading : .dialog)
        for format in ExportFormat.allCases {
            let chosen = format == dialog.format
            let label = chosen ? "[\(format.displayName)]" : " \(format.displayName) "
            column += canvas.put(label, row: inner.row, column: column, style: chosen ? .selected : .dialog,
                                 maxWidth: inner.column + inner.width - column)
        }
        let pathLabel = dialog.field == .path ? "▸ File   " : "  File   "
        let used = canvas.put(pathLabel, row: inner.row + 2, column: inner.column, style: dialog.field == .path ? .heading : .dialog)
        let room = inner.width - used - 1
        // Long paths show their end, where the file name is.
        var shown = dialog.path
        while DisplayWidth.width(of: shown) > room, !shown.isEmpty { shown.removeFirst() }
        let pathWidth = canvas.put(shown, row: inner.row + 2, column: inner.column + used, style: .dialog)
        if dialog.field == .path { canvas.put("▏", row: inner.row + 2, column: inner.column + used + pathWidth, style: .dialog) }

        if dialog.confirmingOverwrite {
            canvas.put("The file exists. Overwrite it? y / n", row: inner.row + 4, column: inner.column, style: .error,
                       maxWidth: inner.width)
        } else if let error = dialog.error {
            canvas.put(error, row: inner.row + 4, column: inner.column, style: .error, maxWidth: inner.width)
        }
        // Letters pick a format only in the format field; in the file name they are typed.
        let hint = dialog.field == .format ? "Tab file · ←/→ or m j p h format · Enter write · Esc cancel"
            : "Tab format · ←/→ format · Enter write · Esc cancel"
        canvas.put(hint, row: inner.row + 6, column: inner.column, style: .dim, maxWidth: inner.width)
    }
}
