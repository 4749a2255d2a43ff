import Foundation
import NewsCore
import Testing

@Suite struct ExportTests {
    let article = Article(
        title: "Bridge <reopens> & \"more\"", byline: "Jane Roe", source: "Example News",
        url: "https://example.com/a?b=1&c=2", published: DateParser.parse("2021-11-24T03:50:00Z"),
        paragraphs: ["First <script>alert(1)</script> paragraph.", "# Not a heading"],
        entities: [ArticleEntity(type: .person, name: "Jane Roe", aliases: ["Roe"],
                                 mentions: [MentionLocation(paragraph: 0, start: 0, length: 4)])]
    )

    @Test func markdownHasFrontMatterAndEscapedBody() {
        let markdown = ExportFormat.markdown.render(article)
        #expect(markdown.hasPrefix("---\ntitle: \"Bridge <reopens> & \\\"more\\\"\"\nsource: \"Example News\"\n"))
        #expect(markdown.contains("date: \"2021-11-24T03:50:00Z\""))
        #expect(markdown.contains("entities:\n  people:\n    - \"Jane Roe\"\n"))
        #expect(markdown.contains("\n\\# Not a heading\n"))
    }

    @Test func jsonIsTheArticleModelWithTheShowKeys() throws {
        let json = ExportFormat.json.render(article)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == article.title)
        #expect(object["date"] as? String == "2021-11-24T03:50:00Z")
        #expect(object["title_derived"] as? Bool == false)
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.first?["type"] as? String == "person")
        #expect(entities.first?["count"] as? Int == 1)
        #expect(entities.first?["aliases"] as? [String] == ["Roe"])
    }

    @Test func jsonEscapesQuotesControlsAndLineSeparators() {
        let text = "q\" b\\ n\n r\r t\t nul\u{01} del\u{7F} c1\u{80}\u{85}\u{9F} nbsp\u{A0} ls\u{2028} ps\u{2029} "
            + "\u{2027}\u{202A} “curly” é 😀"
        let expected = "\"q\\\" b\\\\ n\\n r\\r t\\t nul\\u0001 del\\u007f c1\\u0080\\u0085\\u009f nbsp\u{A0} "
            + "ls\\u2028 ps\\u2029 \u{2027}\u{202A} “curly” é 😀\""
        #expect(JSONValue.string(text).serialized() == expected)
        #expect(JSONValue.array([.string(text)]).serialized(indent: 2) == "[\n  " + expected + "\n]")
    }

    @Test func htmlIsEscapedAndSelfContained() {
        let html = ExportFormat.html.render(article)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<title>Bridge &lt;reopens&gt; &amp; &quot;more&quot;</title>"))
        #expect(!html.contains("src="))
        #expect(html.contains("href=\"https://example.com/a?b=1&amp;c=2\""))
    }

    @Test func plainTextWrapsAtSeventyTwoColumns() {
        let long = Article(title: "T", paragraphs: [String(repeating: "word ", count: 60)])
        let lines = ExportFormat.text.render(long).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 })
    }

    @Test func defaultFileNameIsASlugOfTheTitle() {
        let article = Article(title: "Iraq: US-led troops’ combat mission ends", paragraphs: ["x"])
        #expect(ExportFormat.markdown.defaultFileName(for: article) == "iraq-us-led-troops-combat-mission-ends.md")
        #expect(ExportFormat.html.defaultFileName(for: Article(title: "日本", paragraphs: ["x"])).hasPrefix("article-"))
    }

    @Test func atomicWriterNeverOverwritesUnlessAsked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gz-export-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.md").path
        try AtomicFileWriter.write("one", to: path)
        #expect(throws: AtomicFileWriter.WriteError.exists(path)) { try AtomicFileWriter.write("two", to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        try AtomicFileWriter.write("two", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.md"])
    }

    @Test func writerReportsAMissingFolder() {
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter.write("x", to: "/nonexistent-dir/x.md") }
    }
}
