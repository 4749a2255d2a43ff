/// A key press or terminal event, independent of the driver that read it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    case resize(Size)
    case click(column: Int, row: Int)

    /// How help and the README write the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c) where c.asciiValue.map({ $0 < 0x20 }) == true:
            "Ctrl-" + String(UnicodeScalar(c.asciiValue! + 0x40))
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .resize: "resize"
        case .click: "click"
        }
    }
}
