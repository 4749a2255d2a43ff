import Foundation
import NewsCore

/// Rows of the entity sidebar: a heading per type, then its entities.
public enum SidebarRow: Equatable {
    case heading(EntityType)
    case entity(Int)
    case gap
}

extension AppState {
    /// Each article takes two rows in the list: title, then date and source (or a snippet).
    static let listEntryHeight = 2

    var listCapacity: Int { max(1, (layout.panes[.list]?.height ?? size.rows - 2) / AppState.listEntryHeight) }

    /// Text width inside the article pane (one column of margin each side).
    var articleContentWidth: Int { max(10, (layout.panes[.article]?.width ?? size.columns) - 2) }

    var articlePaneHeight: Int { max(1, layout.panes[.article]?.height ?? size.rows - 2) }

    /// The refs the list pane shows now, for the app to load their summaries.
    public var listWindow: ArraySlice<ArticleRef> {
        let start = min(listTop, visible.count)
        return visible[start..<min(visible.count, start + listCapacity)]
    }

    public var renderedArticle: RenderedArticle? {
        guard let article = selectedArticle else { return nil }
        return ArticleRenderer.render(article, width: articleContentWidth, queryWords: queryWords, entity: highlightedEntity)
    }

    public var sidebarRows: [SidebarRow] {
        var rows: [SidebarRow] = []
        let entities = sidebarEntities
        for type in EntityType.allCases {
            let members = entities.indices.filter { entities[$0].type == type }
            guard !members.isEmpty else { continue }
            if !rows.isEmpty { rows.append(.gap) }
            rows.append(.heading(type))
            rows += members.map(SidebarRow.entity)
        }
        return rows
    }

    mutating func move(by offset: Int) {
        switch focus {
        case .list:
            let previous = selectedRef
            cursor = clamp(cursor.addingReportingOverflow(offset).partialValue, 0, visible.count - 1)
            if selectedRef != previous { articleChanged() }
        case .article:
            articleTop = articleTop.addingReportingOverflow(offset).partialValue
        case .sidebar:
            sidebarCursor = clamp(sidebarCursor.addingReportingOverflow(offset).partialValue, 0, sidebarEntities.count - 1)
            currentMention = nil
        }
    }

    mutating func articleChanged() {
        articleTop = 0
        currentMatch = nil
        currentMention = nil
        sidebarCursor = 0
        sidebarTop = 0
    }

    mutating func cycleFocus(by step: Int) {
        let order = layout.focusOrder
        guard let index = order.firstIndex(of: focus) else { focus = order.first ?? .list; return }
        focus = order[(index + step + order.count) % order.count]
    }

    /// The list as the current query, filter and order ask for it. While the search prompt is
    /// open the query is still being typed; once entered or cancelled, it is complete.
    func listRequest(keep: ArticleRef?) -> Effect {
        .loadList(query: query, typing: prompt != nil, entityID: entityFilter?.key, order: query.isEmpty ? .date : order, keep: keep)
    }

    mutating func openSelection() -> [Effect] {
        switch focus {
        case .list:
            guard let ref = selectedRef else { return [] }
            focus = .article
            return setRead(ref, true)
        case .article:
            return []
        case .sidebar:
            let entities = sidebarEntities
            guard entities.indices.contains(sidebarCursor) else { return [] }
            let entity = entities[sidebarCursor]
            entityFilter = EntityFilter(key: entity.id, name: entity.name, type: entity.type)
            // Every article naming it, as the sidebar promises: not only those the search found.
            query = ""
            focus = .list
            return [listRequest(keep: selectedRef)]
        }
    }

    /// Changes the summary at once (the screen answers the key) and asks the app to store it.
    mutating func setRead(_ ref: ArticleRef, _ read: Bool) -> [Effect] {
        if let was = summaries[ref]?.isRead, was == read { return [] }
        summaries[ref]?.isRead = read
        // Kept within the library's bounds, though an import elsewhere may have changed them.
        unreadCount = min(max(0, unreadCount + (read ? -1 : 1)), articleCount)
        return [.setRead(ref, read)]
    }

    mutating func toggleStarred() -> [Effect] {
        guard let ref = selectedRef, let summary = summaries[ref] else { return [] }
        summaries[ref]?.isStarred = !summary.isStarred
        message = StatusMessage(text: summary.isStarred ? "Unstarred" : "Starred", isError: false)
        return [.setStarred(ref, !summary.isStarred)]
    }

    mutating func toggleRead() -> [Effect] {
        guard let ref = selectedRef, let summary = summaries[ref] else { return [] }
        message = StatusMessage(text: summary.isRead ? "Marked unread" : "Marked read", isError: false)
        return setRead(ref, !summary.isRead)
    }

    mutating func click(column: Int, row: Int) {
        let layout = self.layout
        guard let (pane, frame) = layout.panes.first(where: { $0.value.contains(column: column, row: row) }) else { return }
        focus = pane
        switch pane {
        case .list:
            let entry = listTop + (row - frame.row) / AppState.listEntryHeight
            if visible.indices.contains(entry), entry != cursor {
                cursor = entry
                articleChanged()
            }
        case .sidebar:
            let rows = sidebarRows
            let index = sidebarTop + row - frame.row
            if rows.indices.contains(index), case .entity(let entity) = rows[index] { sidebarCursor = entity }
        case .article:
            break
        }
    }

    /// A new list arrived: keep the given article selected if it is still in it.
    mutating func showList(_ list: ArticleList, keeping ref: ArticleRef?) {
        visible = list.refs
        listTruncated = list.truncated
        if let totals = list.totals {
            articleCount = totals.articles
            unreadCount = totals.unread
        }
        let kept = ref.flatMap { list.refs.firstIndex(of: $0) }
        if kept == nil || kept != cursor { articleChanged() }
        cursor = kept ?? 0
        listTop = 0
        if !list.notes.isEmpty { message = StatusMessage(text: list.notes.joined(separator: " · "), isError: true) }
        clampScrolling()
    }

    mutating func jumpToMatch(forward: Bool) {
        guard !queryWords.isEmpty else {
            message = StatusMessage(text: "No search: press / and type words to find", isError: true)
            return
        }
        guard let rendered = renderedArticle, !rendered.matches.isEmpty else {
            message = StatusMessage(text: "No matches in this article", isError: true)
            return
        }
        let count = rendered.matches.count
        let next: Int
        if let current = currentMatch {
            next = (current + (forward ? 1 : -1) + count) % count
            if forward ? next < current : next > current {
                message = StatusMessage(text: forward ? "Search wrapped to the top" : "Search wrapped to the bottom", isError: false)
            }
        } else if forward {
            next = rendered.matches.firstIndex { $0.line >= articleTop } ?? 0
        } else {
            next = rendered.matches.lastIndex { $0.line < articleTop + articlePaneHeight } ?? count - 1
        }
        currentMatch = next
        articleTop = max(0, rendered.matches[next].line - articlePaneHeight / 3)
        if message == nil { message = StatusMessage(text: "Match \(next + 1) of \(count)", isError: false) }
        clampScrolling()
    }

    /// Scrolls to the next (or previous) mention of the highlighted entity.
    mutating func jumpToMention(forward: Bool) {
        guard let entity = highlightedEntity else {
            message = StatusMessage(text: "Select an entity in the sidebar first (Tab to it)", isError: true)
            return
        }
        guard let mentions = renderedArticle?.mentions, !mentions.isEmpty else { return }
        let count = mentions.count
        let next = currentMention.map { ($0 + (forward ? 1 : -1) + count) % count } ?? (forward ? 0 : count - 1)
        currentMention = next
        articleTop = max(0, mentions[next].line - articlePaneHeight / 3)
        message = StatusMessage(text: "\(entity.name): mention \(next + 1) of \(count)", isError: false)
        clampScrolling()
    }

    /// Keeps every cursor and scroll position inside what exists and on screen.
    public mutating func clampScrolling() {
        cursor = clamp(cursor, 0, visible.count - 1)
        let capacity = listCapacity
        if cursor < listTop { listTop = cursor }
        if cursor >= listTop + capacity { listTop = cursor - capacity + 1 }
        listTop = clamp(listTop, 0, max(0, visible.count - capacity))

        let lineCount = renderedArticle?.lines.count ?? 0
        articleTop = clamp(articleTop, 0, max(0, lineCount - articlePaneHeight))

        sidebarCursor = clamp(sidebarCursor, 0, sidebarEntities.count - 1)
        let rows = sidebarRows
        let sidebarHeight = max(1, layout.panes[.sidebar]?.height ?? size.rows - 2)
        if let cursorRow = rows.firstIndex(of: .entity(sidebarCursor)) {
            // Show the heading above the first entity of a group too.
            let wanted = cursorRow > 0 && rows[cursorRow - 1] != .gap && !isEntity(rows[cursorRow - 1]) ? cursorRow - 1 : cursorRow
            if wanted < sidebarTop { sidebarTop = wanted }
            if cursorRow >= sidebarTop + sidebarHeight { sidebarTop = cursorRow - sidebarHeight + 1 }
        }
        sidebarTop = clamp(sidebarTop, 0, max(0, rows.count - sidebarHeight))
    }

    private func isEntity(_ row: SidebarRow) -> Bool {
        if case .entity = row { return true }
        return false
    }

    func resolvedPath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            return home + String(path.dropFirst(1))
        }
        return (exportDirectory as NSString).appendingPathComponent(path)
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    guard high >= low else { return low }
    return min(max(value, low), high)
}
