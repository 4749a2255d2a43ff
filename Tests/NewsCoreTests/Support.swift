import Foundation
import NewsCore

/// The bundled sample articles, read the way the app reads them.
enum Samples {
    static func path(_ prefix: String) -> String {
        GazetteResources.samplePaths().first { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }!
    }

    static func article(_ prefix: String) throws -> Article {
        try PlainTextReader.read(path: path(prefix))
    }
}

func parse(_ text: String) -> Article? {
    PlainTextReader.parse(text: text)
}
