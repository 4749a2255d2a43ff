import Foundation
import NewsCore
import Testing
@testable import TUI

/// Keys typed faster than the list can be searched are taken together: only the query the
/// person has reached is searched for, and the screen ends as if each key had been waited on.
@Suite struct TypeAheadTests {
    /// The samples, with every query the reader asks for written down.
    final class RecordingLibrary: ReaderLibrary {
        let inner = Harness.samples
        var queries: [(query: String, typing: Bool)] = []

        var name: String { inner.name }
        var articleCount: Int { inner.articleCount }
        var unreadCount: Int { inner.unreadCount }
        func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
            queries.append((query, typing))
            return inner.list(query: query, typing: typing, entityID: entityID, order: order)
        }
        func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] { inner.summaries(refs, query: query) }
        func article(_ ref: ArticleRef) -> Article? { inner.article(ref) }
        func setRead(_ ref: ArticleRef, _ read: Bool) { inner.setRead(ref, read) }
        func setStarred(_ ref: ArticleRef, _ starred: Bool) { inner.setStarred(ref, starred) }
    }

    /// Each key handled with nothing else waiting, as a slow typist would type.
    func screenKeyByKey(_ keys: [Key], size: Size) -> (screen: String, queries: [String]) {
        let library = RecordingLibrary()
        let terminal = HeadlessTerminal(size: size)
        let app = ReaderApp(library: library, terminal: terminal, exportDirectory: NSTemporaryDirectory())
        for key in keys { app.handle(key) }
        terminal.show(Screen.draw(app.state))
        return (terminal.screenText, library.queries.map(\.query))
    }

    @Test func aBurstOfKeysIsSearchedOnceAndEndsOnTheSameScreen() {
        let keys = [Key.character("/")] + Harness.typing("combat")
        let size = Size(columns: 120, rows: 40)
        let library = RecordingLibrary()
        let burst = Harness.run(keys, size: size, library: library)
        let typed = library.queries.filter(\.typing).map(\.query)
        #expect(typed == ["combat"])

        let slow = screenKeyByKey(keys, size: size)
        #expect(slow.queries == ["", "c", "co", "com", "comb", "comba", "combat"])
        #expect(burst.terminal.screenText == slow.screen)
        #expect(burst.terminal.screenText.contains("combat"))
    }

    @Test func keysAfterTheBurstActOnTheListAsTyped() {
        // Enter keeps the results of the whole query, and j then moves within them.
        let keys = [Key.character("/")] + Harness.typing("kadhimi") + [.enter, .character("j")]
        let size = Size(columns: 120, rows: 40)
        let library = RecordingLibrary()
        let burst = Harness.run(keys, size: size, library: library)
        #expect(!library.queries.contains { $0.typing && $0.query != "kadhimi" })
        #expect(burst.app.state.query == "kadhimi")
        #expect(burst.terminal.screenText == screenKeyByKey(keys, size: size).screen)
    }

    @Test func aBurstEndingInAKeyThatDoesNothingStillSearches() {
        // Ctrl-G means nothing in the prompt; the list must still follow what was typed.
        let keys = [Key.character("/")] + Harness.typing("combat") + [.character("\u{07}")]
        let size = Size(columns: 120, rows: 40)
        let library = RecordingLibrary()
        let burst = Harness.run(keys, size: size, library: library)
        #expect(library.queries.filter(\.typing).map(\.query) == ["combat"])
        #expect(burst.terminal.screenText == screenKeyByKey(keys, size: size).screen)
    }
}
