import NewsCore

/// A grid of cells that views draw into; drivers copy it to a terminal.
/// Everything drawn passes through here, so nothing from an article reaches a terminal raw.
public struct Canvas: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme cluster; empty for the right half of a wide character.
        public var text: String
        public var width: Int
        public var style: Style

        static let blank = Cell(text: " ", width: 1, style: .normal)
    }

    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.columns * size.rows))
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * size.columns + column] }

    /// Draws text from (row, column), at most `maxWidth` columns, never past the right edge.
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
        let limit = min(size.columns, column + (maxWidth ?? size.columns))
        var x = column
        for character in text {
            // Invisible format characters (a library imported before they were dropped on reading)
            // take no column and are not sent: a bidirectional override could disguise the text.
            if let first = character.unicodeScalars.first, VisibleControls.isInvisibleFormat(first) { continue }
            var (cluster, width, cellStyle) = (String(character), DisplayWidth.width(of: character), style)
            if let visible = Canvas.visibleControl(character) {
                (cluster, width, cellStyle) = (visible, 1, .placeholder)
            } else if width < 0 {
                (cluster, width) = ("\u{FFFD}", 1)
            } else if width == 0 {
                // A mark with nothing before it in this run stands on a dotted circle.
                (cluster, width) = ("\u{25CC}" + cluster, 1)
            }
            guard x + width <= limit else { break }
            cells[row * size.columns + x] = Cell(text: cluster, width: width, style: cellStyle)
            if width == 2 { cells[row * size.columns + x + 1] = Cell(text: "", width: 0, style: cellStyle) }
            x += width
        }
        return x - column
    }

    /// Paints a rectangle in one style, clearing its text.
    public mutating func fill(row: Int, column: Int, width: Int, height: Int = 1, style: Style) {
        for y in max(0, row)..<min(size.rows, row + height) {
            for x in max(0, column)..<min(size.columns, column + width) {
                cells[y * size.columns + x] = Cell(text: " ", width: 1, style: style)
            }
        }
    }

    /// Restyles cells without changing their text (for highlighting a row); cells in a
    /// `kept` style (a search match) stay as they are.
    public mutating func restyle(row: Int, column: Int, width: Int, style: Style, keeping kept: Set<Style> = []) {
        guard row >= 0, row < size.rows else { return }
        for x in max(0, column)..<min(size.columns, column + width) where !kept.contains(cells[row * size.columns + x].style) {
            cells[row * size.columns + x].style = style
        }
    }

    /// The screen as text, one string per row: what a person would read.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns { line += self[row, column].text }
            return line
        }
    }

    /// Control characters that slipped past cleaning are shown as their Unicode pictures.
    static func visibleControl(_ character: Character) -> String? {
        character.unicodeScalars.first.flatMap(VisibleControls.picture(for:)).map(String.init)
    }
}

public struct Size: Sendable, Equatable, Hashable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}
