import Foundation
import NewsCore

/// The loop: draw, read a key, turn it into an action, update, carry out the effects,
/// then load what the next frame shows (the list window and the selected article).
public final class ReaderApp {
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let library: any ReaderLibrary
    /// The list a keystroke in the search prompt asked for while the person had already typed
    /// the next: only the last of a burst of keys is searched for, so fast typing never queues
    /// up searches the person has typed past.
    private var deferredList: Effect?

    public init(library: any ReaderLibrary, terminal: any Terminal, exportDirectory: String) {
        self.terminal = terminal
        self.library = library
        // The first list brings the library's counts with it; they are counted once.
        let first = library.list(query: "", typing: false, entityID: nil, order: .date)
        state = AppState(libraryName: library.name, articleCount: first.totals?.articles ?? library.articleCount,
                         unreadCount: first.totals?.unread ?? library.unreadCount,
                         size: terminal.size, exportDirectory: exportDirectory)
        state.showList(first, keeping: nil)
        loadWhatIsShown()
    }

    /// Runs until the person quits or (headless) the keys run out.
    public func run(initialMessage: StatusMessage? = nil) {
        if let initialMessage { state.message = initialMessage }
        terminal.show(Screen.draw(state))
        while !state.shouldQuit, let key = terminal.nextKey() {
            handle(key)
            // Frames are drawn for keys the person waits on, not for those already overtaken.
            if deferredList == nil { terminal.show(Screen.draw(state)) }
        }
    }

    public func handle(_ key: Key) {
        if let action = Keymap.action(for: key, in: state.keyContext) {
            // Any key but more typing in the prompt acts on the list as typed so far.
            if !(state.keyContext == .search && action.editsText) { loadDeferredList() }
            dispatch(action)
        }
        // Even a key that does nothing may end a burst: the last query typed is searched then.
        if !terminal.hasPendingInput { loadDeferredList() }
        if deferredList == nil { loadWhatIsShown() }
        if let problem = library.takeProblem() { state.message = StatusMessage(text: problem, isError: true) }
    }

    private func loadDeferredList() {
        guard let effect = deferredList else { return }
        deferredList = nil
        if let followUp = perform(effect) { dispatch(followUp) }
    }

    func dispatch(_ action: Action) {
        for effect in Update.apply(action, to: &state) {
            if let followUp = perform(effect) { dispatch(followUp) }
        }
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .export(let article, let format, var path, let overwrite):
            // A folder: the file goes into it under the format's usual name, as `gazette export -o` does.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                path = (path as NSString).appendingPathComponent(format.defaultFileName(for: article))
            }
            do throws(AtomicFileWriter.WriteError) {
                try AtomicFileWriter.write(format.render(article), to: path, overwrite: overwrite)
                return .exportFinished(message: "Exported \(format.displayName) to \(path)", succeeded: true)
            } catch .exists {
                return .exportTargetExists
            } catch {
                return .exportFinished(message: error.description, succeeded: false)
            }
        case .loadList(let query, let typing, let entityID, let order, let keep):
            if typing, terminal.hasPendingInput {
                deferredList = effect
                return nil
            }
            deferredList = nil  // overtaken by this one
            let list = library.list(query: query, typing: typing, entityID: entityID, order: order)
            // Summaries carry snippets for the query, so they are fetched anew.
            state.summaries = [:]
            return .listLoaded(list, keep: keep)
        case .setRead(let ref, let read):
            library.setRead(ref, read)
            return nil
        case .setStarred(let ref, let starred):
            library.setStarred(ref, starred)
            return nil
        }
    }

    /// Fetches the summaries of the rows on screen and the selected article, when missing.
    private func loadWhatIsShown() {
        var wanted = Array(state.listWindow)
        if let ref = state.selectedRef { wanted.append(ref) }
        let missing = wanted.filter { state.summaries[$0] == nil }
        if !missing.isEmpty {
            if state.summaries.count > 4096 { state.summaries = [:] }
            state.summaries.merge(library.summaries(missing, query: state.query)) { _, new in new }
        }
        if let ref = state.selectedRef, state.loadedArticle?.ref != ref {
            state.loadedArticle = library.article(ref).map { (ref, $0) }
        }
        state.clampScrolling()
    }
}
