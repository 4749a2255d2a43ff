import NewsCore
import Testing

@Suite struct TextDecodingTests {
    func decode(_ bytes: [UInt8]) throws -> String {
        try TextDecoding.decode(bytes, path: "t.txt").text
    }

    @Test func stripsTheUTF8ByteOrderMark() throws {
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Héllo".utf8)) == "Héllo")
    }

    @Test func normalisesCRLFAndLoneCR() throws {
        #expect(try decode(Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
    }

    @Test func readsLatin1AsWindows1252() throws {
        // "café" in Latin-1, then Windows-1252 curly quotes and a euro sign.
        #expect(try decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80]) == "café “q” €")
    }

    @Test func keepsValidUTF8BesideInvalidBytes() throws {
        let bytes = Array("naïve ".utf8) + [0xE9] + Array(" ok".utf8)
        #expect(try decode(bytes) == "naïve é ok")
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        #expect(try decode(bytes) == "Hi")
    }

    @Test func refusesEmptyInput() {
        #expect(throws: ReadError(path: "t.txt", reason: .empty)) { try decode([]) }
    }

    @Test func refusesBinaryWithTheOffset() {
        #expect(throws: ReadError(path: "t.txt", reason: .binary(offset: 3))) { try decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        let error = ReadError(path: "t.txt", reason: .binary(offset: 3))
        #expect(error.description == "t.txt: binary content (NUL or control bytes near byte 3); not a text article")
    }

    @Test func refusesOversizedInput() {
        let bytes = [UInt8](repeating: 0x41, count: TextDecoding.maximumBytes + 1)
        #expect(throws: ReadError(path: "t.txt", reason: .tooLarge(bytes: bytes.count))) { try decode(bytes) }
    }
}

@Suite struct UnsupportedInputTests {
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<rss><channel><item><title>Cut off", "an RSS or Atom feed (XML)"),
        ("  <!DOCTYPE html><html><body>News</body></html>", "a web page (HTML)"),
        ("<?xml version=\"1.0\"?><note>x</note>", "an XML document"),
    ])
    func markupIsRefusedWithItsKind(text: String, kind: String) {
        #expect(throws: ReadError(path: "f", reason: .unsupportedFormat(kind))) {
            try PlainTextReader.parse(Array(text.utf8), path: "f")
        }
    }

    @Test func sizeInTheMessageIsNotRoundedAway() {
        let error = ReadError(path: "big.txt", reason: .tooLarge(bytes: 17_000_000))
        #expect(error.description == "big.txt: 16.2 MB is more than the 16 MB an article may be")
    }
}
