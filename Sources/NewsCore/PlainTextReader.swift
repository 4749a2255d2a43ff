import Foundation

/// Reads plain-text news as people have it: headers, metadata, furniture and all.
public enum PlainTextReader {
    /// Reads a file. The file is only ever read, never changed.
    public static func read(path: String) throws(ReadError) -> Article {
        if let bytes = RegularFile.contents(path) { return try parse(bytes, path: path) }
        let bytes: [UInt8]
        do {
            let url = URL(fileURLWithPath: path)
            let values = try url.resourceValues(forKeys: [.isDirectoryKey, .fileSizeKey])
            if values.isDirectory == true { throw ReadError(path: path, reason: .unreadable("is a directory")) }
            if let size = values.fileSize, size > TextDecoding.maximumBytes {
                throw ReadError(path: path, reason: .tooLarge(bytes: size))
            }
            bytes = Array(try Data(contentsOf: url))
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, reason: .unreadable(Self.describe(error)))
        }
        return try parse(bytes, path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws(ReadError) -> Article {
        let (text, _) = try TextDecoding.decode(bytes, path: path)
        if let kind = MarkupSniffer.kind(of: text) { throw ReadError(path: path, reason: .unsupportedFormat(kind)) }
        guard var article = parse(text: text) else { throw ReadError(path: path, reason: .noText) }
        article.path = path
        return article
    }

    /// Cleans decoded text into an article; nil when nothing readable is left.
    public static func parse(text rawText: String) -> Article? {
        let text = VisibleControls.clean(rawText)
        // Header continuation lines are indented, so headers are read before lines are trimmed.
        let rawLines = text.lines()
        var metadata = Metadata()
        var headerEnd = HeaderRules.takeMailHeaders(rawLines, from: 0, into: &metadata)
        var lines = rawLines[headerEnd...].map { $0.trimmingSpaces() }
        // A post saved from a list archive may put its subject above the headers, a blank line between.
        if headerEnd == 0, rawLines.count > 3, !rawLines[0].trimmingSpaces().isEmpty, rawLines[1].trimmingSpaces().isEmpty {
            headerEnd = HeaderRules.takeMailHeaders(rawLines, from: 2, into: &metadata)
            if headerEnd > 2 {
                // The line above is the subject again, perhaps with the list's tag ("[Coastlist] ").
                let subjectLine = rawLines[0].trimmingSpaces()
                let isSubject = metadata.title.map { subjectLine.hasSuffix($0) || $0.hasSuffix(subjectLine) } ?? false
                lines = (isSubject ? [] : [subjectLine, ""]) + rawLines[headerEnd...].map { $0.trimmingSpaces() }
            }
        }
        lines = Array(lines[HeaderRules.takeMetadataLines(lines, from: 0, into: &metadata)...])
        if metadata.format == .usenet { lines = droppingSignature(lines) }
        if let index = lines.firstIndex(where: { !$0.isEmpty }),
           let rest = HeaderRules.stripGluedDate(lines[index], into: &metadata) {
            lines[index] = rest
        }

        let page = lines
        lines = lines.filter { line in
            guard PageFurniture.isFurniture(line) || PageFurniture.isCaptionOrCredit(line) else { return true }
            // The notice leaves the body; whom it names stays with the article.
            let holders = CopyrightNotice.holders(in: line)
            for holder in holders where !metadata.rightsHolders.contains(holder) {
                metadata.rightsHolders.append(holder)
            }
            // So do a photo's caption and credit: the people and places they name are the article's.
            if holders.isEmpty, PageFurniture.isCaptionOrCredit(line) { metadata.captions.append(PageFurniture.captionText(line)) }
            return false
        }
        if metadata.title == nil { lines = PageHead.droppingMasthead(lines, page: page, into: &metadata) }
        if metadata.title == nil, let index = lines.firstIndex(where: { !$0.isEmpty }),
           TitleRules.looksLikeHeadline(lines[index]), lines[(index + 1)...].contains(where: { !$0.isEmpty }) {
            metadata.title = lines[index]
            lines.remove(at: index)
        }
        if let title = metadata.title { lines = droppingRepeatedTitle(title, from: lines) }
        lines = PageHead.takingDateLines(lines, into: &metadata)

        var paragraphs = Paragraphs.build(from: lines)
        if let last = paragraphs.popLast() {
            let (kept, urls) = PageFurniture.cutTrailingSourceList(last)
            if !kept.isEmpty { paragraphs += Paragraphs.splitLong(kept) }
            if metadata.url == nil { metadata.url = PageFurniture.mostSpecificURL(urls) }
        }
        guard !paragraphs.isEmpty else { return nil }

        var titleDerived = false
        if metadata.title == nil {
            metadata.title = TitleRules.derive(from: paragraphs)
            titleDerived = true
        }
        if metadata.source == nil, let url = metadata.url { metadata.source = PageFurniture.host(of: url) }
        if metadata.source == nil { metadata.source = WireCredits.agency(in: paragraphs) }
        return Article(
            title: metadata.title ?? "Untitled", titleDerived: titleDerived, byline: metadata.byline,
            source: metadata.source, url: metadata.url, published: metadata.published, paragraphs: paragraphs,
            format: metadata.format, language: metadata.language, rightsHolders: metadata.rightsHolders,
            captions: metadata.captions
        )
    }

    /// The headline often appears again as the first lines of the body.
    static func droppingRepeatedTitle(_ title: String, from lines: [String]) -> [String] {
        var result = lines
        var checked = 0
        var index = 0
        while index < result.count, checked < 3 {
            if result[index].isEmpty { index += 1; continue }
            if TitleRules.sameHeadline(result[index], title) {
                result.remove(at: index)
            } else {
                index += 1
            }
            checked += 1
        }
        return result
    }

    /// A Usenet signature starts at a line of "--" (or "-- ") and is not article text.
    static func droppingSignature(_ lines: [String]) -> [String] {
        guard let marker = lines.lastIndex(where: { $0 == "--" }) else { return lines }
        return Array(lines[..<marker])
    }

    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
