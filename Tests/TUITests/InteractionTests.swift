import Foundation
import NewsCore
import Testing
@testable import TUI

/// What a person does with the keys, and what they then see.
@Suite(.serialized) struct InteractionTests {
    let size = Size(columns: 120, rows: 40)

    @Test func searchNarrowsTheListAsYouType() throws {
        let library = Harness.samples
        let (app, terminal) = Harness.run([.character("/")] + Harness.typing("kadhimi"), size: size, library: library)
        let state = app.state
        #expect(state.prompt?.text == "kadhimi")
        #expect(state.visible.count >= 2 && state.visible.count < 5)
        for ref in state.visible {
            #expect(TextFolding.fold(library.article(ref)!.bodyText).contains("kadhimi"))
        }
        #expect(terminal.rows[0].hasSuffix("search: kadhimi · \(state.visible.count) of 5"))
        #expect(terminal.rows.last!.hasPrefix("/kadhimi▏"))
        #expect(terminal.rows.filter { $0.hasPrefix("●") }.count == state.visible.count)
        #expect(!terminal.cells(styled: .match).isEmpty)
        expectSnapshot(terminal, named: "search-kadhimi-120x40")
    }

    /// Another process imports while the reader is open: the top line's counts follow the library
    /// when the list is loaded again, and marking the new article read never counts below zero.
    @Test func theTopLineFollowsAnImportElsewhere() {
        let first = Article(title: "Port reopens", paragraphs: ["The port reopened on Monday."])
        let library = ChangingLibrary(InMemoryLibrary(name: "t", articles: [first]))
        library.inner.setRead(0, true)
        let (app, terminal) = Harness.run([], size: size, library: library)
        #expect(terminal.rows[0].contains("1 article · 0 unread"))
        let grown = InMemoryLibrary(name: "t", articles: [first, Article(title: "Ferries return", paragraphs: ["Ferries ran again."])])
        let refs = (0..<2).map(ArticleRef.init)
        let old = refs.first { grown.article($0)?.title == "Port reopens" }!, new = refs.first { $0 != old }!
        grown.setRead(old, true)
        library.inner = grown
        for key in [Key.character("/"), .escape] { app.handle(key) }
        #expect((app.state.articleCount, app.state.unreadCount) == (2, 1))
        // Select the new article and mark it read.
        while app.state.selectedRef != new { app.handle(.character("j")) }
        app.handle(.character("r"))
        #expect(Screen.draw(app.state).lines[0].contains("2 articles · 0 unread"), "\(Screen.draw(app.state).lines[0])")
    }

    /// A new search over a kept one starts selected: typing replaces it, → keeps it to add words.
    @Test func aKeptSearchIsReplacedByTypingOrKeptWithRight() {
        let entered: [Key] = [.character("/")] + Harness.typing("iraq") + [.enter]
        let (replaced, terminal) = Harness.run(entered + [.character("/")], size: size)
        #expect(terminal.rows.last!.contains("type to replace"))
        for key in Harness.typing("kadhimi") { replaced.handle(key) }
        #expect(replaced.state.prompt?.text == "kadhimi")
        let (added, _) = Harness.run(entered + [.character("/"), .right] + Harness.typing(" troops"), size: size)
        #expect(added.state.prompt?.text == "iraq troops")
        let (erased, _) = Harness.run(entered + [.character("/"), .backspace], size: size)
        #expect(erased.state.prompt?.text == "")
    }

    @Test func searchIsAccentAndCaseInsensitiveAndNeedsEveryWord() {
        let articles = [
            Article(title: "Café reopens", paragraphs: ["The old CAFÉ on the square reopened."]),
            Article(title: "Cafe closes", paragraphs: ["Another one shut for winter."]),
        ]
        let library = InMemoryLibrary(name: "t", articles: articles)
        let (app, _) = Harness.run([.character("/")] + Harness.typing("cafe SQUARE"), size: size, library: library)
        #expect(app.state.visible.map { library.article($0)!.title } == ["Café reopens"])
    }

    @Test func escapeCancelsTheSearchAndRestoresTheList() {
        let (app, terminal) = Harness.run([.character("/")] + Harness.typing("zzzz") + [.escape], size: size)
        #expect(app.state.prompt == nil)
        #expect(app.state.visible.count == 5)
        #expect(!terminal.rows[0].contains("search:"))
    }

    @Test func nextMatchWalksTheMatchesInTheArticle() throws {
        let keys: [Key] = [.character("/")] + Harness.typing("iraq") + [.enter, .enter, .character("n"), .character("n")]
        let (app, terminal) = Harness.run(keys, size: size)
        let matches = try #require(app.state.renderedArticle?.matches)
        #expect(matches.count > 2)
        #expect(terminal.rows.last!.contains("Match 2 of \(matches.count)"))
        #expect(!terminal.cells(styled: .currentMatch).isEmpty)

        app.handle(.character("N"))
        #expect(app.state.message?.text == "Match 1 of \(matches.count)")
    }

    @Test func helpOverlayListsTheKeymap() {
        let (_, terminal) = Harness.run([.character("?")], size: Size(columns: 80, rows: 24))
        let screen = terminal.screenText
        #expect(screen.contains("Keys"))
        #expect(screen.contains("Everywhere"))
        #expect(screen.contains("export the article"))
        expectSnapshot(terminal, named: "help-80x24")

        let (closed, _) = Harness.run([.character("?"), .escape], size: Size(columns: 80, rows: 24))
        #expect(closed.state.overlay == nil)
    }

    /// A folder as the file name writes into it; a name's extension picks the format; in the file
    /// field the hint no longer offers letters that would be typed into the name.
    @Test func exportIntoAFolderAndByTheNamesExtension() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let size = Size(columns: 80, rows: 24)
        let intoFolder: [Key] = [.character("e"), .tab, .character("\u{15}")] + Harness.typing(directory) + [.enter]
        let (app, _) = Harness.run(intoFolder, size: size)
        let article = try #require(app.state.selectedArticle)
        #expect(FileManager.default.fileExists(atPath: directory + "/" + ExportFormat.markdown.defaultFileName(for: article)))

        let (named, terminal) = Harness.run([.character("e"), .tab, .character("\u{15}")] + Harness.typing("x.html"), size: size,
                                            exportDirectory: directory)
        #expect(!terminal.screenText.contains("m j p h"))
        named.handle(.enter)
        let written = try String(contentsOfFile: directory + "/x.html", encoding: .utf8)
        #expect(written.lowercased().contains("<html"))
        #expect(named.state.message?.text == "Exported HTML to \(directory)/x.html")
    }

    @Test func exportDialogWritesTheFileAndAsksBeforeOverwriting() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (app, terminal) = Harness.run([.character("e")], size: Size(columns: 80, rows: 24), exportDirectory: directory)
        let article = try #require(app.state.selectedArticle)
        let fileName = ExportFormat.markdown.defaultFileName(for: article)
        #expect(terminal.screenText.contains("Export article"))
        #expect(terminal.screenText.contains("[Markdown]"))
        // The field shows the end of a long name, where typing goes on.
        #expect(terminal.screenText.contains(String(fileName.suffix(30))))
        expectSnapshot(terminal, named: "export-dialog-80x24")

        app.handle(.enter)
        let path = directory + "/" + fileName
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("---\ntitle: "))
        #expect(written.contains(article.paragraphs[0].prefix(40)))
        #expect(app.state.overlay == nil)
        #expect(app.state.message?.text == "Exported Markdown to \(path)")

        // A second export of the same article asks first, and "n" keeps the file.
        try "mine".write(toFile: path, atomically: true, encoding: .utf8)
        for key: Key in [.character("e"), .enter] { app.handle(key) }
        guard case .export(let dialog) = app.state.overlay else { Issue.record("dialog closed"); return }
        #expect(dialog.confirmingOverwrite)
        app.handle(.character("n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        for key: Key in [.enter, .character("y")] { app.handle(key) }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("---"))
    }

    @Test func exportFormatChangeFollowsTheExtension() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (app, _) = Harness.run([.character("e"), .right, .right, .character("h"), .enter],
                                   size: size, exportDirectory: directory)
        let article = try #require(app.state.selectedArticle)
        let html = try String(contentsOfFile: directory + "/" + ExportFormat.html.defaultFileName(for: article), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func enterOnAnEntityFiltersTheListToArticlesNamingIt() throws {
        var keys: [Key] = [.tab, .tab]
        let (probe, _) = Harness.run(keys, size: size)
        let index = try #require(probe.state.sidebarEntities.firstIndex { $0.name == "Joe Biden" })
        keys += Array(repeating: .character("j"), count: index) + [.enter]
        let library = Harness.samples
        let (app, terminal) = Harness.run(keys, size: size, library: library)
        let filter = try #require(app.state.entityFilter)
        #expect(filter.name == "Joe Biden")
        #expect(app.state.visible.count >= 3)
        for position in app.state.visible {
            #expect(library.article(position)!.entities.contains { $0.id == filter.key })
        }
        #expect(terminal.rows[0].contains("person: Joe Biden · \(app.state.visible.count) of 5"))

        app.handle(.escape)
        #expect(app.state.entityFilter == nil)
        #expect(app.state.visible.count == 5)
    }

    /// After a search, Enter on an entity lists every article naming it, not only the ones found.
    @Test func anEntityFilterReplacesTheSearch() throws {
        let search: [Key] = [.character("/")] + Harness.typing("kuwait") + [.enter]
        let (probe, _) = Harness.run(search + [.tab, .tab], size: size)
        let index = try #require(probe.state.sidebarEntities.firstIndex { $0.name == "Joe Biden" })
        let keys = search + [.tab, .tab] + Array(repeating: .character("j"), count: index) + [.enter]
        let (app, terminal) = Harness.run(keys, size: size)
        #expect(app.state.query.isEmpty)
        #expect(app.state.visible.count >= 3)
        #expect(terminal.rows[0].contains("person: Joe Biden · \(app.state.visible.count) of 5"), "\(terminal.rows[0])")
    }

    @Test func selectingAnEntityHighlightsItsMentions() throws {
        let (app, terminal) = Harness.run([.tab, .tab], size: size)
        let entity = try #require(app.state.highlightedEntity)
        #expect(entity.count > 0)
        let highlighted = terminal.cells(styled: .mention).map(\.text).joined()
        #expect(highlighted.contains(String(entity.name.split(separator: " ").last!)))
    }

    @Test func bracketsWalkTheMentionsOfTheSelectedEntity() throws {
        let (app, _) = Harness.run([.tab, .tab], size: Size(columns: 120, rows: 14))
        // Down the sidebar to the first entity named more than once.
        for _ in 0..<30 where (app.state.highlightedEntity?.count ?? 0) < 2 { app.handle(.down) }
        let entity = try #require(app.state.highlightedEntity)
        try #require(entity.count >= 2, "no entity named twice in the first sample")
        app.handle(.character("]"))
        app.handle(.character("]"))
        let mentions = try #require(app.state.renderedArticle?.mentions)
        #expect(mentions.count == entity.count)
        #expect(app.state.message?.text == "\(entity.name): mention 2 of \(entity.count)")
        // The second mention is on screen.
        #expect((app.state.articleTop..<app.state.articleTop + app.state.articlePaneHeight).contains(mentions[1].line))
        app.handle(.character("["))
        #expect(app.state.message?.text == "\(entity.name): mention 1 of \(entity.count)")
    }

    @Test func clickingARowSelectsIt() {
        let (app, _) = Harness.run([.click(column: 5, row: 1 + 2 * AppState.listEntryHeight)], size: size)
        #expect(app.state.cursor == 2)
        #expect(app.state.focus == .list)
    }

    @Test func openingAnArticleMarksItRead() {
        let library = Harness.samples
        let (app, terminal) = Harness.run([.character("j"), .enter], size: size, library: library)
        #expect(library.unreadCount == 4)
        #expect(app.state.summaries[app.state.visible[1]]?.isRead == true)
        #expect(app.state.focus == .article)
        #expect(terminal.rows[0].contains("4 unread"))
        #expect(terminal.rows.filter { $0.hasPrefix("●") }.count == 4)
    }

    @Test func articlePaneScrollsAndPagesWithinItsText() throws {
        let (app, _) = Harness.run([.enter, .pageDown, .pageDown], size: Size(columns: 80, rows: 12))
        let page = app.state.articlePaneHeight - 1
        #expect(app.state.articleTop == 2 * page)
        app.handle(.character("G"))
        let lines = try #require(app.state.renderedArticle?.lines.count)
        #expect(app.state.articleTop == lines - app.state.articlePaneHeight)
        app.handle(.character("b"))
        #expect(app.state.articleTop == lines - app.state.articlePaneHeight - page)
        app.handle(.character("g"))
        #expect(app.state.articleTop == 0)
    }

    @Test func quitEndsTheLoop() {
        let (app, _) = Harness.run([.character("q"), .character("j")], size: size)
        #expect(app.state.shouldQuit)
        #expect(app.state.cursor == 0)
    }

    @Test func readmeKeyTableIsTheKeymap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(text.contains(Keymap.markdownTable()), "run `make readme` to regenerate the key table")
    }
}

/// Library state from the reader: read, starred, order, history.
@Suite(.serialized) struct LibraryStateInteractionTests {
    let size = Size(columns: 120, rows: 40)

    @Test func rTogglesReadAndSStars() {
        let library = Harness.samples
        let (app, terminal) = Harness.run([.character("r"), .character("s")], size: size, library: library)
        let ref = app.state.visible[0]
        #expect(app.state.summaries[ref]?.isRead == true)
        #expect(app.state.summaries[ref]?.isStarred == true)
        #expect(library.unreadCount == 4)
        #expect(terminal.rows[2].hasPrefix("★"))
        #expect(!terminal.rows[1].hasPrefix("●"))

        app.handle(.character("r"))
        #expect(library.unreadCount == 5)
    }

    @Test func enterAcceptsBestFirstAndOTogglesOrder() {
        let (app, terminal) = Harness.run([.character("/")] + Harness.typing("iraq") + [.enter], size: size)
        #expect(app.state.order == .relevance)
        #expect(terminal.rows[0].contains("best first"))
        app.handle(.character("o"))
        #expect(app.state.order == .date)
        terminal.show(Screen.draw(app.state))
        #expect(terminal.rows[0].contains("newest first"))
    }

    @Test func upRecallsEarlierQueries() {
        let keys: [Key] = [.character("/")] + Harness.typing("kadhimi") + [.enter, .character("/"), .character("\u{15}"), .up]
        let (app, _) = Harness.run(keys, size: size)
        #expect(app.state.prompt?.text == "kadhimi")
        #expect(app.state.query == "kadhimi")
        app.handle(.down)
        #expect(app.state.prompt?.text == "")
    }

    @Test func snippetMatchesAreHighlightedInTheList() throws {
        let article = Article(title: "Harbour news", paragraphs: ["The ferry left the harbour at dawn."])
        final class SnippetLibrary: ReaderLibrary {
            let inner: InMemoryLibrary
            init(_ article: Article) { inner = InMemoryLibrary(name: "s", articles: [article]) }
            var name: String { inner.name }
            var articleCount: Int { inner.articleCount }
            var unreadCount: Int { inner.unreadCount }
            func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
                inner.list(query: query, typing: typing, entityID: entityID, order: order)
            }
            func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] {
                inner.summaries(refs, query: query).mapValues { summary in
                    var copy = summary
                    if !query.isEmpty { copy.snippet = "the «ferry» left" }
                    return copy
                }
            }
            func article(_ ref: ArticleRef) -> Article? { inner.article(ref) }
            func setRead(_ ref: ArticleRef, _ read: Bool) { inner.setRead(ref, read) }
            func setStarred(_ ref: ArticleRef, _ starred: Bool) { inner.setStarred(ref, starred) }
        }
        let (_, terminal) = Harness.run([.character("/")] + Harness.typing("ferry") + [.enter], size: size,
                                        library: SnippetLibrary(article))
        #expect(terminal.rows[2].contains("the ferry left"))
        #expect(!terminal.rows[2].contains("«"))
        let frame = try #require(terminal.lastFrame)
        let matchedInList = (0..<40).filter { frame[2, $0].style == .match }.map { frame[2, $0].text }.joined()
        #expect(matchedInList == "ferry")
    }
}

/// A library another process changes under the reader: `inner` is swapped for the new state.
final class ChangingLibrary: ReaderLibrary {
    var inner: InMemoryLibrary
    init(_ inner: InMemoryLibrary) { self.inner = inner }
    var name: String { inner.name }
    var articleCount: Int { inner.articleCount }
    var unreadCount: Int { inner.unreadCount }
    func list(query: String, typing: Bool, entityID: String?, order: ListOrder) -> ArticleList {
        inner.list(query: query, typing: typing, entityID: entityID, order: order)
    }
    func summaries(_ refs: [ArticleRef], query: String) -> [ArticleRef: ArticleSummary] { inner.summaries(refs, query: query) }
    func article(_ ref: ArticleRef) -> Article? { inner.article(ref) }
    func setRead(_ ref: ArticleRef, _ read: Bool) { inner.setRead(ref, read) }
    func setStarred(_ ref: ArticleRef, _ starred: Bool) { inner.setStarred(ref, starred) }
}
