import CNCurses
import Foundation

/// The real terminal, through ncursesw. Every curses call happens on the thread that runs the app.
public final class NCursesTerminal: Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        public var description: String { "cannot start the reader: standard input and output must be a terminal" }
    }

    public init() throws(StartError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        gz_install_signal_handlers()
        guard gz_start() == 0 else { throw .notATerminal }
        definePairs()
    }

    deinit { gz_stop() }

    /// Restores the terminal; safe to call more than once.
    public func stop() { gz_stop() }

    public var size: Size { Size(columns: Int(gz_columns()), rows: Int(gz_lines())) }

    public func show(_ canvas: Canvas) {
        gz_erase()
        for row in 0..<canvas.size.rows {
            drawRow(canvas, row: row)
        }
        gz_refresh()
    }

    /// Runs of same-styled, simple cells go out in one call; clusters ncurses might measure
    /// differently (emoji sequences) are placed one by one so alignment never drifts.
    private func drawRow(_ canvas: Canvas, row: Int) {
        var run: [wchar_t] = []
        var runStart = 0
        var runStyle = Style.normal
        func flush() {
            guard !run.isEmpty else { return }
            let (pair, flags) = NCursesTerminal.attributes(runStyle)
            gz_draw(Int32(row), Int32(runStart), run, Int32(run.count), pair, flags)
            run.removeAll(keepingCapacity: true)
        }
        var column = 0
        while column < canvas.size.columns {
            let cell = canvas[row, column]
            if cell.width == 0 { column += 1; continue }
            let scalars = cell.text.unicodeScalars
            let simple = scalars.count == 1 || scalars.dropFirst().allSatisfy { gz_wcwidth($0.value) == 0 && $0.value != 0x200D }
            if cell.style != runStyle || !simple { flush() }
            if run.isEmpty { runStart = column; runStyle = cell.style }
            run += scalars.map { wchar_t(bitPattern: $0.value) }
            if !simple { flush() }
            column += max(1, cell.width)
        }
        flush()
    }

    public var hasPendingInput: Bool { gz_input_pending() != 0 }

    /// Waits for a key Gazette knows. A function key it has no use for (F5, Insert), a mouse
    /// release or an interrupted wait is skipped, not taken for the end: only a terminal that
    /// has gone away ends the reader.
    public func nextKey() -> Key? {
        while true {
            let event = gz_read_event(-1)
            switch Int32(event.kind) {
            case Int32(GZ_EVENT_CHAR.rawValue):
                if let key = NCursesTerminal.key(forCharacter: event.code) { return key }
            case Int32(GZ_EVENT_KEY.rawValue):
                if let key = key(for: event) { return key }
            case Int32(GZ_EVENT_END.rawValue):
                return nil
            default:
                continue
            }
        }
    }

    private static func key(forCharacter code: UInt32) -> Key? {
        guard let scalar = Unicode.Scalar(code) else { return nil }
        switch scalar {
        case "\u{1B}": return .escape
        case "\t": return .tab
        case "\r", "\n": return .enter
        case "\u{7F}", "\u{08}": return .backspace
        default: return .character(Character(scalar))
        }
    }

    private func key(for event: gz_event) -> Key? {
        switch gz_key(rawValue: event.code) {
        case GZ_KEY_UP: .up
        case GZ_KEY_DOWN: .down
        case GZ_KEY_LEFT: .left
        case GZ_KEY_RIGHT: .right
        case GZ_KEY_HOME: .home
        case GZ_KEY_END: .end
        case GZ_KEY_PAGE_UP: .pageUp
        case GZ_KEY_PAGE_DOWN: .pageDown
        case GZ_KEY_BACKTAB: .backTab
        case GZ_KEY_BACKSPACE: .backspace
        case GZ_KEY_DELETE: .delete
        case GZ_KEY_ENTER: .enter
        case GZ_KEY_RESIZE: .resize(size)
        case GZ_KEY_MOUSE: .click(column: Int(event.mouse_x), row: Int(event.mouse_y))
        default: nil
        }
    }

    // MARK: Colours

    /// Colours where the terminal has them; the attributes alone keep every style readable without.
    private static let pairs: [Style: (foreground: Int16, background: Int16)] = [
        .heading: (3, -1), .unread: (2, -1), .match: (0, 3), .currentMatch: (15, 1),
        .mention: (0, 2), .error: (15, 1), .placeholder: (5, -1), .border: (8, -1), .dim: (8, -1),
    ]

    private func definePairs() {
        for (style, colours) in NCursesTerminal.pairs {
            gz_define_pair(Int16(style.rawValue), colours.foreground, colours.background)
        }
    }

    static func attributes(_ style: Style) -> (pair: Int16, flags: Int32) {
        let pair = pairs[style] == nil ? Int16(0) : Int16(style.rawValue)
        let bold = Int32(GZ_BOLD.rawValue), reverse = Int32(GZ_REVERSE.rawValue)
        let underline = Int32(GZ_UNDERLINE.rawValue), dim = Int32(GZ_DIM.rawValue)
        switch style {
        case .title, .heading, .bold, .currentMatch: return (pair, bold)
        case .selected: return (0, reverse | bold)
        case .selectedIdle: return (pair, underline)
        case .bar: return (0, reverse)
        case .match, .mention: return (pair, underline)
        case .dim, .border: return (pair, dim)
        case .error: return (pair, bold)
        default: return (pair, 0)
        }
    }
}
