import Foundation
import NewsCore
import Testing
@testable import TUI

/// The reader's screen at pinned sizes, read as text through the headless driver.
@Suite(.serialized) struct ScreenLayoutTests {
    @Test func wideTerminalShowsThreePanes() throws {
        let (app, terminal) = Harness.run([], size: Size(columns: 120, rows: 40))
        let screen = terminal.screenText
        #expect(terminal.rows[0].hasPrefix(" Gazette · samples · 5 articles · 5 unread"))
        #expect(screen.contains("People ("))
        #expect(screen.contains("Places ("))
        #expect(screen.contains("Organizations ("))
        // Grouped by source, articles of no known source last: the one named source leads the
        // list and fills the article pane; then the others, newest first.
        let first = try #require(app.state.selectedArticle)
        #expect(first.source == "thenationalnews.com")
        #expect(app.state.visible.compactMap { app.state.summaries[$0]?.published?.dayText }
                == ["2021-08-09", "2021-12-10", "2021-11-24", "2021-07-27"])
        #expect(terminal.rows[1].contains(String(first.title.prefix(20))))
        #expect(terminal.rows.last!.contains("/ search"))
        #expect(terminal.rows.filter { $0.hasPrefix("●") }.count == 5)
        expectSnapshot(terminal, named: "layout-120x40")
    }

    @Test func mediumTerminalFoldsTheSidebar() {
        let (_, terminal) = Harness.run([], size: Size(columns: 80, rows: 24))
        #expect(!terminal.screenText.contains("People ("))
        #expect(terminal.rows[1].contains("│"))
        expectSnapshot(terminal, named: "layout-80x24")
    }

    /// Where three panes would leave the article a sliver, the sidebar asked for takes the list's
    /// place, and "t" again brings the list back.
    @Test func sidebarOnANarrowScreenTakesTheListsPlace() {
        let size = Size(columns: 64, rows: 20)
        let (app, terminal) = Harness.run([.character("t")], size: size)
        #expect(terminal.screenText.contains("People ("))
        #expect((app.state.layout.panes[.article]?.width ?? 0) >= 30)
        #expect(app.state.layout.panes[.list] == nil && app.state.focus == .sidebar)
        app.handle(.character("t"))
        #expect(app.state.layout.panes[.list] != nil && app.state.layout.panes[.sidebar] == nil)
    }

    @Test func sidebarToggleBringsItBackWhenNarrow() {
        let (_, terminal) = Harness.run([.character("t")], size: Size(columns: 80, rows: 24))
        #expect(terminal.screenText.contains("People ("))
    }

    @Test func narrowTerminalShowsOnePaneAtATime() {
        let (_, list) = Harness.run([], size: Size(columns: 50, rows: 20))
        #expect(!list.rows[1].contains("│"))
        #expect(list.rows[1].hasPrefix("●"))
        // Hints that do not fit are left out whole; help and quit stay.
        #expect(list.rows.last!.hasSuffix("? help · q quit"), "\(list.rows.last!)")
        expectSnapshot(list, named: "layout-50x20-list")

        let (app, article) = Harness.run([.enter], size: Size(columns: 50, rows: 20))
        #expect(app.state.focus == .article)
        #expect(article.rows[1].contains(String(app.state.selectedArticle!.title.prefix(10))))
        expectSnapshot(article, named: "layout-50x20-article")

        let (_, sidebar) = Harness.run([.tab, .tab], size: Size(columns: 50, rows: 20))
        #expect(sidebar.rows[1].contains("People ("))
    }

    @Test func everyRowIsExactlyTheTerminalWidth() {
        let wide = Article(title: "日本の首相が会見 👩‍👩‍👧 café", source: "東京新聞", published: DateParser.parse("2021-01-02"),
                           paragraphs: ["東京で会議が開かれた。Combining: e\u{301}, flags 🇮🇶, emoji ❤️ and more text to wrap."])
        let library = InMemoryLibrary(name: "wide", articles: [wide])
        let (_, terminal) = Harness.run([], size: Size(columns: 120, rows: 12), library: library)
        for line in terminal.lastFrame!.lines {
            #expect(DisplayWidth.width(of: line) == 120, "\(line)")
        }
    }

    @Test func tinyTerminalSaysSo() {
        let (_, terminal) = Harness.run([], size: Size(columns: 15, rows: 4))
        #expect(terminal.rows.joined(separator: " ").contains("Terminal too small"))
    }

    @Test func resizeReflowsEverything() {
        let keys: [Key] = [.resize(Size(columns: 80, rows: 24))]
        let terminal = HeadlessTerminal(size: Size(columns: 120, rows: 40), keys: keys)
        let app = ReaderApp(library: Harness.samples, terminal: terminal, exportDirectory: NSTemporaryDirectory())
        app.run()
        #expect(terminal.lastFrame?.size == Size(columns: 80, rows: 24))
        #expect(!terminal.screenText.contains("People ("))
        expectSnapshot(terminal, named: "resize-120x40-to-80x24")

        app.handle(.resize(Size(columns: 50, rows: 20)))
        terminal.show(Screen.draw(app.state))
        #expect(terminal.lastFrame?.size == Size(columns: 50, rows: 20))
        #expect(!terminal.rows[1].contains("│"))
    }

    @Test func hostileEscapeSequencesNeverReachTheScreen() {
        let hostile = Article(title: "Title \u{1B}]0;pwned\u{07}", paragraphs: ["Body \u{1B}[2J\u{1B}[31mred \u{9B}6n end"])
        let library = InMemoryLibrary(name: "hostile", articles: [hostile])
        let (_, terminal) = Harness.run([], size: Size(columns: 100, rows: 12), library: library)
        let screen = terminal.screenText
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(screen.contains("␛]0;pwned␇"))
        #expect(screen.contains("␛[2J␛[31mred"))
    }
}
