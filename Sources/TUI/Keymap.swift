import NewsCore

/// Where keys are read: each context has its own table. The help overlay and the README's
/// key table are printed from these tables, so they cannot drift from what the keys do.
public enum KeyContext: String, Sendable, CaseIterable {
    case browsing = "Everywhere"
    case list = "Source list"
    case article = "Article"
    case sidebar = "Entity sidebar"
    case search = "Search prompt"
    case export = "Export dialog"
    case help = "Help"
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let summary: String
}

public enum Keymap {
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        switch context {
        case .browsing: browsing
        case .list: list
        case .article: article
        case .sidebar: sidebar
        case .search: search
        case .export: export
        case .help: help
        }
    }

    /// The action for a key in a context; in the browsing panes the shared table answers
    /// after the pane's own. Text prompts take any other printable character as typing.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if case .click(let column, let row) = key { return .click(column: column, row: row) }
        if case .resize(let size) = key { return .resize(size) }
        var tables = [bindings(for: context)]
        if [.list, .article, .sidebar].contains(context) { tables.append(browsing) }
        for table in tables {
            if let binding = table.first(where: { $0.keys.contains(key) }) { return binding.action }
        }
        if context == .search || context == .export, case .character(let c) = key, !(c.asciiValue.map { $0 < 0x20 } ?? false) {
            return .insert(c)
        }
        return nil
    }

    static let browsing: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down], action: .moveDown, summary: "move down"),
        KeyBinding(keys: [.character("k"), .up], action: .moveUp, summary: "move up"),
        KeyBinding(keys: [.character("g"), .home], action: .first, summary: "first"),
        KeyBinding(keys: [.character("G"), .end], action: .last, summary: "last"),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, summary: "page down"),
        KeyBinding(keys: [.pageUp, .character("b")], action: .pageUp, summary: "page up"),
        KeyBinding(keys: [.tab], action: .focusNext, summary: "next pane"),
        KeyBinding(keys: [.backTab], action: .focusPrevious, summary: "previous pane"),
        KeyBinding(keys: [.character("/")], action: .startSearch, summary: "search"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, summary: "next match in the article"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, summary: "previous match in the article"),
        KeyBinding(keys: [.character("]")], action: .nextMention, summary: "next mention of the selected entity"),
        KeyBinding(keys: [.character("[")], action: .previousMention, summary: "previous mention of the selected entity"),
        KeyBinding(keys: [.escape], action: .clearFilter, summary: "clear search or entity filter"),
        KeyBinding(keys: [.character("o")], action: .toggleOrder, summary: "search results by relevance or by date"),
        KeyBinding(keys: [.character("r")], action: .toggleRead, summary: "mark read or unread"),
        KeyBinding(keys: [.character("s")], action: .toggleStarred, summary: "star or unstar"),
        KeyBinding(keys: [.character("e")], action: .startExport, summary: "export the article"),
        KeyBinding(keys: [.character("t")], action: .toggleSidebar, summary: "show or hide the entity sidebar"),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, summary: "help"),
        KeyBinding(keys: [.character("q")], action: .quit, summary: "quit"),
    ]

    static let list: [KeyBinding] = [
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, summary: "open the article"),
    ]

    static let article: [KeyBinding] = [
        KeyBinding(keys: [.left, .character("h")], action: .focusPrevious, summary: "back to the list"),
    ]

    static let sidebar: [KeyBinding] = [
        KeyBinding(keys: [.enter], action: .open, summary: "list every article naming this entity"),
    ]

    static let search: [KeyBinding] = [
        KeyBinding(keys: [.enter], action: .accept, summary: "keep the results and browse them"),
        KeyBinding(keys: [.escape], action: .cancel, summary: "cancel the search"),
        KeyBinding(keys: [.backspace], action: .deleteBackward, summary: "delete a character"),
        KeyBinding(keys: [.character("\u{15}")], action: .clearInput, summary: "clear the query"),
        KeyBinding(keys: [.right, .end], action: .keepInput, summary: "type after the earlier query, not over it"),
        KeyBinding(keys: [.up], action: .historyPrevious, summary: "an earlier query"),
        KeyBinding(keys: [.down], action: .historyNext, summary: "a later query"),
    ]

    static let export: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextField, summary: "format or file name"),
        KeyBinding(keys: [.left, .up], action: .previousFormat, summary: "previous format"),
        KeyBinding(keys: [.right, .down], action: .nextFormat, summary: "next format"),
        KeyBinding(keys: [.enter], action: .accept, summary: "write the file"),
        KeyBinding(keys: [.escape], action: .cancel, summary: "close without writing"),
        KeyBinding(keys: [.backspace], action: .deleteBackward, summary: "delete a character"),
        KeyBinding(keys: [.character("\u{15}")], action: .clearInput, summary: "clear the file name"),
    ]

    static let help: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down], action: .moveDown, summary: "scroll down"),
        KeyBinding(keys: [.character("k"), .up], action: .moveUp, summary: "scroll up"),
        KeyBinding(keys: [.character("?"), .escape, .character("q")], action: .toggleHelp, summary: "close help"),
    ]

    /// "j / ↓" for the table.
    public static func keyLabels(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: " / ")
    }

    /// The README's key table, in Markdown.
    public static func markdownTable() -> String {
        var out = "| Where | Keys | What they do |\n| --- | --- | --- |\n"
        for context in KeyContext.allCases {
            for binding in bindings(for: context) {
                let keys = keyLabels(binding).replacingOccurrences(of: "|", with: "\\|")
                out += "| \(context.rawValue) | `\(keys)` | \(binding.summary) |\n"
            }
        }
        out += "| Everywhere | mouse click | select the row under the pointer |\n"
        return out
    }
}
