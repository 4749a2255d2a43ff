/// The panes of the reader.
public enum Pane: Int, Sendable, CaseIterable {
    case list, article, sidebar
}

/// A rectangle on the screen.
public struct Frame: Sendable, Equatable {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public func contains(column x: Int, row y: Int) -> Bool {
        x >= column && x < column + width && y >= row && y < row + height
    }
}

/// Where everything goes, as a pure function of the terminal size and two choices.
public struct Layout: Sendable, Equatable {
    /// Below this width the sidebar folds away unless asked for.
    public static let sidebarFoldWidth = 100
    /// Below this width one pane shows at a time.
    public static let singlePaneWidth = 60
    /// The article keeps at least this many columns beside the other panes.
    public static let minimumArticleWidth = 30
    public static let minimumSize = Size(columns: 20, rows: 6)

    public var size: Size
    public var topBar: Frame
    public var statusLine: Frame
    /// Panes on screen, left to right; a pane not here is folded away.
    public var panes: [Pane: Frame]

    public var isTooSmall: Bool { size.columns < Layout.minimumSize.columns || size.rows < Layout.minimumSize.rows }

    /// - Parameters:
    ///   - sidebarWanted: the person's choice; nil follows the width.
    ///   - focus: in single-pane mode, the pane shown.
    public static func compute(size: Size, sidebarWanted: Bool?, focus: Pane) -> Layout {
        let top = Frame(column: 0, row: 0, width: size.columns, height: 1)
        let status = Frame(column: 0, row: max(0, size.rows - 1), width: size.columns, height: 1)
        let bodyRow = 1
        let bodyHeight = max(0, size.rows - 2)
        var panes: [Pane: Frame] = [:]
        let width = size.columns

        if width < singlePaneWidth {
            panes[focus] = Frame(column: 0, row: bodyRow, width: width, height: bodyHeight)
            return Layout(size: size, topBar: top, statusLine: status, panes: panes)
        }
        let showSidebar = sidebarWanted ?? (width >= sidebarFoldWidth)
        // One column of each split is the divider line.
        var listWidth = max(24, min(48, width * 3 / 10))
        let sidebarWidth = showSidebar ? max(20, min(34, width / 5)) : 0
        // The sidebar asked for where three panes leave the article too narrow to read: the list
        // folds away instead ("t" again brings it back).
        let foldList = showSidebar && width - listWidth - sidebarWidth - 2 < minimumArticleWidth
        if foldList { listWidth = -1 } else { panes[.list] = Frame(column: 0, row: bodyRow, width: listWidth, height: bodyHeight) }
        let articleColumn = listWidth + 1
        let articleWidth = width - articleColumn - (showSidebar ? sidebarWidth + 1 : 0)
        panes[.article] = Frame(column: articleColumn, row: bodyRow, width: articleWidth, height: bodyHeight)
        if showSidebar {
            panes[.sidebar] = Frame(column: width - sidebarWidth, row: bodyRow, width: sidebarWidth, height: bodyHeight)
        }
        return Layout(size: size, topBar: top, statusLine: status, panes: panes)
    }

    /// Panes a person can move focus to, left to right; in single-pane mode, all of them.
    public var focusOrder: [Pane] {
        size.columns < Layout.singlePaneWidth ? Pane.allCases : Pane.allCases.filter { panes[$0] != nil }
    }
}
