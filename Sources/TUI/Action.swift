import NewsCore

/// Everything a person can ask of the reader. Keys become actions through the keymap;
/// `update` turns an action and a state into the next state.
public enum Action: Sendable, Equatable {
    // Moving
    case moveDown, moveUp, first, last, pageDown, pageUp
    case focusNext, focusPrevious
    case open
    case toggleSidebar
    case click(column: Int, row: Int)
    case resize(Size)
    // Searching and filtering
    case startSearch
    case nextMatch, previousMatch
    case nextMention, previousMention
    case clearFilter
    case toggleOrder
    case listLoaded(ArticleList, keep: ArticleRef?)
    // Article state
    case toggleRead, toggleStarred
    // Prompt editing (search and the export path)
    case insert(Character)
    case deleteBackward
    case clearInput
    /// Types after the query kept from before instead of replacing it.
    case keepInput
    case historyPrevious, historyNext
    case accept
    case cancel
    // Export dialog
    case startExport
    case nextField
    case nextFormat, previousFormat
    case chooseFormat(ExportFormat)
    case confirmOverwrite
    case exportFinished(message: String, succeeded: Bool)
    case exportTargetExists
    // Help and leaving
    case toggleHelp
    case quit

    /// Changes the text of a prompt and nothing else.
    var editsText: Bool {
        switch self {
        case .insert, .deleteBackward, .clearInput, .keepInput, .historyPrevious, .historyNext: true
        default: false
        }
    }
}

/// Work `update` asks the app to do outside the pure state change.
public enum Effect: Sendable, Equatable {
    case export(Article, format: ExportFormat, path: String, overwrite: Bool)
    /// Ask the library for the list again; keep the cursor on `keep` if it is still there.
    case loadList(query: String, typing: Bool, entityID: String?, order: ListOrder, keep: ArticleRef?)
    case setRead(ArticleRef, Bool)
    case setStarred(ArticleRef, Bool)
}
