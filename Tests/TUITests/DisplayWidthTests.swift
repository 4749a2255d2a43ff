import Testing
@testable import TUI

@Suite struct DisplayWidthTests {
    init() { DisplayWidth.prepareLocale() }

    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("日", 2), ("한", 2), ("👍", 2), ("👍🏽", 2),
        ("👩‍👩‍👧", 2), ("🇮🇶", 2), ("❤️", 2), ("\u{1B}", -1),
    ])
    func widthPerGraphemeCluster(text: String, columns: Int) {
        #expect(DisplayWidth.width(of: Character(text)) == columns)
    }

    @Test func truncationCountsColumnsNotCharacters() {
        #expect(DisplayWidth.truncate("日本語のニュース", to: 7) == "日本語…")
        #expect(DisplayWidth.width(of: DisplayWidth.fit("日本語", to: 5)) == 5)
    }

    @Test func wrapNeverExceedsThePaneWidth() {
        let text = Array("東京で会議が開かれ、The talks continued about café prices 👍🏽 and ünïcödé test words.")
        let placed = TextWrap.wrap(text, styles: Array(repeating: .normal, count: text.count), width: 12)
        for line in placed.lines {
            #expect(DisplayWidth.width(of: line.map(\.text).joined()) <= 12)
        }
        #expect(placed.lines.count > 3)
    }

    @Test func canvasShowsControlCharactersAsPictures() {
        var canvas = Canvas(size: Size(columns: 20, rows: 1))
        canvas.put("a\u{1B}[31mb\u{07}\u{9B}", row: 0, column: 0)
        let line = canvas.lines[0]
        #expect(line.hasPrefix("a␛[31mb␇�"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    /// Zero-width spaces, soft hyphens and a right-to-left override take no column and are not
    /// drawn, so a wrapped line fits and the override cannot reverse what follows.
    @Test func canvasDrawsNoInvisibleFormatCharacters() {
        var canvas = Canvas(size: Size(columns: 12, rows: 1))
        let used = canvas.put("rail\u{200B} way\u{00AD} \u{202E}evil", row: 0, column: 0)
        #expect(canvas.lines[0] == "rail way evi")
        #expect(used == 12)
        #expect(!canvas.lines[0].unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B || $0.value == 0x25CC })
    }

    @Test func wideCharacterThatDoesNotFitIsNotHalfDrawn() {
        var canvas = Canvas(size: Size(columns: 3, rows: 1))
        let used = canvas.put("a日本", row: 0, column: 0)
        #expect(used == 3)
        #expect(canvas.lines[0] == "a日")
    }
}
