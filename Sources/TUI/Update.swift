import Foundation
import NewsCore

/// The one place state changes: an action and a state give the next state, and perhaps
/// an effect for the app to carry out.
public enum Update {
    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .resize(let size):
            state.size = size
            state.clampScrolling()
            return []
        case .listLoaded(let list, let keep):
            state.showList(list, keeping: keep)
            return []
        case .exportFinished(let message, let succeeded):
            if succeeded { state.overlay = nil }
            else if case .export(var dialog) = state.overlay {
                dialog.error = message
                dialog.confirmingOverwrite = false
                state.overlay = .export(dialog)
            }
            state.message = StatusMessage(text: message, isError: !succeeded)
            return []
        case .exportTargetExists:
            if case .export(var dialog) = state.overlay {
                dialog.confirmingOverwrite = true
                state.overlay = .export(dialog)
            }
            return []
        default:
            break
        }
        switch state.keyContext {
        case .help:
            applyHelp(action, to: &state)
            return []
        case .export: return applyExport(action, to: &state).map { [$0] } ?? []
        case .search: return applySearch(action, to: &state)
        case .list, .article, .sidebar, .browsing: return applyBrowsing(action, to: &state)
        }
    }

    // MARK: Browsing

    static func applyBrowsing(_ action: Action, to state: inout AppState) -> [Effect] {
        state.message = nil
        var effects: [Effect] = []
        let page = max(1, (state.layout.panes[state.focus]?.height ?? 2) - 1)
        switch action {
        case .moveDown: state.move(by: 1)
        case .moveUp: state.move(by: -1)
        case .first: state.move(by: -Int.max / 2)
        case .last: state.move(by: Int.max / 2)
        case .pageDown: state.move(by: state.focus == .list ? max(1, page / 2) : page)
        case .pageUp: state.move(by: state.focus == .list ? -max(1, page / 2) : -page)
        case .focusNext: state.cycleFocus(by: 1)
        case .focusPrevious: state.cycleFocus(by: -1)
        case .open: effects = state.openSelection()
        case .toggleRead: effects = state.toggleRead()
        case .toggleStarred: effects = state.toggleStarred()
        case .toggleOrder:
            guard !state.query.isEmpty else {
                state.message = StatusMessage(text: "Order applies to search results: press / first", isError: true)
                break
            }
            state.order = state.order == .relevance ? .date : .relevance
            state.message = StatusMessage(text: state.order == .relevance ? "Best matches first" : "Newest first", isError: false)
            effects = [state.listRequest(keep: state.selectedRef)]
        case .toggleSidebar:
            let shown = state.layout.panes[.sidebar] != nil
            state.sidebarWanted = !shown
            if shown, state.focus == .sidebar { state.focus = .article }
            // Shown in place of a list too narrow to keep: the sidebar takes the list's focus.
            if !shown, state.focus == .list, state.layout.panes[.list] == nil, state.size.columns >= Layout.singlePaneWidth {
                state.focus = .sidebar
            }
        case .click(let column, let row): state.click(column: column, row: row)
        case .startSearch:
            state.prompt = SearchPrompt(text: state.query, previousQuery: state.query, historyIndex: nil,
                                        selected: !state.query.isEmpty)
        case .nextMatch: state.jumpToMatch(forward: true)
        case .previousMatch: state.jumpToMatch(forward: false)
        case .nextMention: state.jumpToMention(forward: true)
        case .previousMention: state.jumpToMention(forward: false)
        case .clearFilter:
            if state.entityFilter != nil || !state.query.isEmpty {
                state.entityFilter = nil
                state.query = ""
                state.message = StatusMessage(text: "Filter cleared", isError: false)
                effects = [state.listRequest(keep: state.selectedRef)]
            }
        case .startExport:
            guard let article = state.selectedArticle else {
                state.message = StatusMessage(text: "No article to export", isError: true)
                return []
            }
            state.overlay = .export(ExportDialog(format: .markdown, path: ExportFormat.markdown.defaultFileName(for: article),
                                                 pathIsDefault: true))
        case .toggleHelp: state.overlay = .help(top: 0)
        case .quit: state.shouldQuit = true
        default: break
        }
        state.clampScrolling()
        return effects
    }

    // MARK: Help

    static func applyHelp(_ action: Action, to state: inout AppState) {
        guard case .help(let top) = state.overlay else { return }
        switch action {
        case .moveDown: state.overlay = .help(top: top + 1)
        case .moveUp: state.overlay = .help(top: max(0, top - 1))
        case .toggleHelp, .cancel, .clearFilter, .quit: state.overlay = nil
        default: break
        }
    }

    // MARK: Search prompt

    static func applySearch(_ action: Action, to state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        let wasSelected = prompt.selected
        prompt.selected = false
        switch action {
        case .insert(let character):
            if wasSelected { prompt.text = "" }
            prompt.text.append(character)
        case .deleteBackward:
            if wasSelected { prompt.text = "" } else if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .clearInput: prompt.text = ""
        case .keepInput:
            state.prompt = prompt
            return []
        case .historyPrevious, .historyNext:
            guard !state.history.isEmpty else { return [] }
            let last = state.history.count - 1
            let index = action == .historyPrevious
                ? max(0, (prompt.historyIndex ?? state.history.count) - 1)
                : min(last + 1, (prompt.historyIndex ?? last) + 1)
            prompt.historyIndex = index > last ? nil : index
            prompt.text = index > last ? "" : state.history[index]
        case .accept:
            state.prompt = nil
            state.focus = .list
            guard !state.query.isEmpty else {
                state.message = StatusMessage(text: "Search cleared", isError: false)
                return [state.listRequest(keep: state.selectedRef)]
            }
            state.history.removeAll { $0 == state.query }
            state.history.append(state.query)
            // Best matches first once the query is complete; `o` switches to newest first.
            // With the prompt closed the query is complete: its last word is whole, unless no
            // article has it (`Library.readerSearch`).
            state.order = .relevance
            state.message = StatusMessage(text: "Results for “\(state.query)” · o: by date or relevance", isError: false)
            return [state.listRequest(keep: nil)]
        case .cancel:
            state.prompt = nil
            state.query = prompt.previousQuery
            return [state.listRequest(keep: state.selectedRef)]
        default: return []
        }
        state.prompt = prompt
        // The list follows every key, newest first while typing.
        state.query = prompt.text
        state.order = .date
        return [state.listRequest(keep: nil)]
    }

    // MARK: Export dialog

    static func applyExport(_ action: Action, to state: inout AppState) -> Effect? {
        guard case .export(var dialog) = state.overlay, let article = state.selectedArticle else {
            state.overlay = nil
            return nil
        }
        defer { if state.overlay != nil { state.overlay = .export(dialog) } }
        if dialog.confirmingOverwrite {
            switch action {
            case .insert("y"), .insert("Y"):
                return .export(article, format: dialog.format, path: state.resolvedPath(dialog.path), overwrite: true)
            case .insert("n"), .insert("N"), .cancel:
                dialog.confirmingOverwrite = false
                dialog.field = .path
            default: break
            }
            return nil
        }
        dialog.error = nil
        switch action {
        case .nextField: dialog.field = dialog.field == .format ? .path : .format
        case .nextFormat: dialog.setFormat(offset: 1, article: article)
        case .previousFormat: dialog.setFormat(offset: -1, article: article)
        case .insert(let character) where dialog.field == .format:
            // In the format field a letter picks a format by its initial: m, j, p/t, h.
            let initial = character.lowercased()
            if let format = ExportFormat.allCases.first(where: {
                $0.displayName.lowercased().hasPrefix(initial) || $0.rawValue.hasPrefix(initial)
            }) {
                dialog.setFormat(format, article: article)
            }
        case .insert(let character):
            dialog.path.append(character)
            dialog.pathIsDefault = false
        case .deleteBackward where dialog.field == .path:
            if !dialog.path.isEmpty { dialog.path.removeLast() }
            dialog.pathIsDefault = false
        case .clearInput where dialog.field == .path:
            dialog.path = ""
            dialog.pathIsDefault = false
        case .accept:
            let path = dialog.path.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                dialog.error = "Type a file name"
                return nil
            }
            // A name ending ".html" is written as HTML, whichever format was picked: the name is
            // what the person typed last.
            if let dot = path.lastIndex(of: "."), let named = ExportFormat(name: String(path[path.index(after: dot)...])),
               named != dialog.format {
                dialog.format = named
            }
            return .export(article, format: dialog.format, path: state.resolvedPath(path), overwrite: false)
        case .cancel, .clearFilter:
            state.overlay = nil
            state.message = StatusMessage(text: "Export cancelled", isError: false)
        default: break
        }
        return nil
    }
}

extension ExportDialog {
    mutating func setFormat(offset: Int, article: Article) {
        let all = ExportFormat.allCases
        let index = all.firstIndex(of: format)!
        setFormat(all[(index + offset + all.count) % all.count], article: article)
    }

    mutating func setFormat(_ newFormat: ExportFormat, article: Article) {
        format = newFormat
        if pathIsDefault {
            path = newFormat.defaultFileName(for: article)
        } else if let dot = path.lastIndex(of: "."),
                  ExportFormat(name: String(path[path.index(after: dot)...])) != nil {
            // Keep the person's name, follow the format's extension.
            path = String(path[..<dot]) + "." + newFormat.fileExtension
        }
    }
}
