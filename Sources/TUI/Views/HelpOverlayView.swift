/// Every key, by context, straight from the keymap tables.
enum HelpOverlayView {
    static func lines() -> [(text: String, style: Style)] {
        var lines: [(String, Style)] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(("", .dialog)) }
            lines.append((context.rawValue, .heading))
            for binding in Keymap.bindings(for: context) {
                lines.append(("  " + DisplayWidth.fit(Keymap.keyLabels(binding), to: 22) + " " + binding.summary, .dialog))
            }
        }
        lines.append(("", .dialog))
        lines.append(("Mouse: click a row to select it; the wheel scrolls.", .dialog))
        return lines
    }

    static func draw(top: Int, into canvas: inout Canvas) {
        let content = lines()
        let inner = Screen.drawBox(title: "Keys  (j/k scroll · ? or Esc closes)", width: 72, height: canvas.size.rows - 2,
                                   into: &canvas)
        let first = clamp(top, 0, max(0, content.count - inner.height))
        for slot in 0..<inner.height where first + slot < content.count {
            let line = content[first + slot]
            canvas.put(line.text, row: inner.row + slot, column: inner.column, style: line.style, maxWidth: inner.width)
        }
    }
}
