import NewsCore

/// Everything the reader shows, as one value. Views draw it; `update` changes it.
public struct AppState: Sendable {
    public var libraryName: String
    public var articleCount: Int
    public var unreadCount: Int
    /// The articles that pass the search and entity filters, in list order.
    public var visible: [ArticleRef] = []
    /// True when more articles matched than the list holds.
    public var listTruncated = false
    /// What the list shows of the articles near the cursor; the app loads them.
    public var summaries: [ArticleRef: ArticleSummary] = [:]
    /// The article under the cursor, loaded whole by the app.
    public var loadedArticle: (ref: ArticleRef, article: Article)?
    /// Position in `visible`.
    public var cursor = 0
    var listTop = 0
    var articleTop = 0
    public var focus: Pane = .list
    /// nil follows the terminal width; true or false is the person's choice.
    public var sidebarWanted: Bool?
    var sidebarCursor = 0
    var sidebarTop = 0
    /// The query the list is filtered by (accepted or being typed).
    public var query = ""
    public var order: ListOrder = .date
    public var prompt: SearchPrompt?
    /// Queries accepted before, oldest first, for ↑ in the prompt.
    public var history: [String] = []
    public var entityFilter: EntityFilter?
    /// Which match `n` / `N` last landed on, by position in the article.
    var currentMatch: Int?
    /// Which mention `]` / `[` last landed on.
    var currentMention: Int?
    public var overlay: Overlay?
    public var message: StatusMessage?
    public var size: Size
    public var shouldQuit = false
    /// Where exports go by default.
    public var exportDirectory: String

    public init(libraryName: String, articleCount: Int, unreadCount: Int, size: Size, exportDirectory: String) {
        self.libraryName = libraryName
        self.articleCount = articleCount
        self.unreadCount = unreadCount
        self.size = size
        self.exportDirectory = exportDirectory
    }

    public var layout: Layout { Layout.compute(size: size, sidebarWanted: sidebarWanted, focus: focus) }

    public var selectedRef: ArticleRef? {
        visible.indices.contains(cursor) ? visible[cursor] : nil
    }

    /// The article under the cursor once the app has loaded it.
    public var selectedArticle: Article? {
        guard let loaded = loadedArticle, loaded.ref == selectedRef else { return nil }
        return loaded.article
    }

    /// The context whose keymap reads the next key.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .export: return .export
        case nil: break
        }
        if prompt != nil { return .search }
        switch focus {
        case .list: return .list
        case .article: return .article
        case .sidebar: return .sidebar
        }
    }

    /// Sidebar rows: the selected article's entities grouped by type.
    public var sidebarEntities: [ArticleEntity] {
        guard let article = selectedArticle else { return [] }
        return EntityType.allCases.flatMap { type in article.entities.filter { $0.type == type } }
    }

    /// The entity whose mentions the article pane highlights: the one under the sidebar
    /// cursor while the sidebar has focus, else the one the list is filtered by.
    public var highlightedEntity: ArticleEntity? {
        let entities = sidebarEntities
        if focus == .sidebar, entities.indices.contains(sidebarCursor) { return entities[sidebarCursor] }
        guard let filter = entityFilter else { return nil }
        return entities.first { $0.id == filter.key }
    }

    /// The words of the query to highlight in the article, folded: filters, exclusions,
    /// OR and quoting marks left out.
    public var queryWords: [String] {
        TextFolding.fold(query).split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "(" || $0 == ")" })
            .filter { !$0.contains(":") && !$0.hasPrefix("-") && $0 != "or" }
            .map { String($0.filter { $0 != "*" }) }
            .filter { !$0.isEmpty }
    }
}

public struct SearchPrompt: Sendable, Equatable {
    public var text: String
    /// What to go back to on Esc.
    public var previousQuery: String
    /// Position while walking back through earlier queries with ↑ (nil: editing).
    public var historyIndex: Int?
    /// The query kept from before, shown selected: typing replaces it, → or End types after it.
    public var selected = false
}

public struct EntityFilter: Sendable, Equatable {
    public var key: String
    public var name: String
    public var type: EntityType
}

public enum Overlay: Sendable, Equatable {
    case help(top: Int)
    case export(ExportDialog)
}

public struct ExportDialog: Sendable, Equatable {
    public enum Field: Sendable, Equatable { case format, path }
    public var format: ExportFormat
    public var path: String
    /// True while the path is still the one made from the title, so a format change updates it.
    public var pathIsDefault: Bool
    public var field: Field = .format
    /// Set when the file exists and the person must say whether to overwrite it.
    public var confirmingOverwrite = false
    public var error: String?
}

public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}
