import Entities
import Foundation
import NewsCore

/// Hand-annotated news pages (those Tools/entities/train/pages.tsv lists, with the dev sets'
/// conventions): read the way the extractor reads an article, cleaned by NewsCore and cut into
/// tokens by TaggerTokenizer, with every occurrence of every gold form labelled and every other
/// token taught as no name. This is where the tagger sees bylines, mastheads and news furniture.
enum NewsArticles {
    struct Gold: Decodable {
        struct Entity: Decodable {
            var type: String
            var name: String
            var aliases: [String]?
        }
        var file: String
        var entities: [Entity]
    }

    static func load(directory: String, gold goldPath: String) throws -> [LabelledSentence] {
        var result: [LabelledSentence] = []
        let goldText = try String(contentsOfFile: goldPath, encoding: .utf8)
        for line in goldText.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
            guard let article = try readable("\(directory)/\(gold.file)") else { continue }
            let forms = formsByLength(gold.entities)
            let texts = (article.titleDerived ? [] : [article.title]) + article.paragraphs
            for text in texts {
                let tokens = TaggerTokenizer.tokens(in: text)
                // The extractor does not tag text whose capitals mean nothing; neither is it taught.
                guard !tokens.isEmpty, !HeadlineCase.capitalsMeanNothing(tokens) else { continue }
                result.append(LabelledSentence(tokens: tokens, labels: labels(tokens, forms: forms)))
            }
        }
        return result
    }

    /// The page as the extractor reads it, or nil, said on stderr, for a page in a form the reader
    /// refuses (an Atom feed): it is never tagged, so it is not taught.
    static func readable(_ path: String) throws -> Article? {
        do {
            return try PlainTextReader.read(path: path)
        } catch {
            guard case .unsupportedFormat = error.reason else { throw error }
            FileHandle.standardError.write(Data("skipped \(path): \(error.description)\n".utf8))
            return nil
        }
    }

    /// Every name and alias as token texts, longest first, so "Labour House" (a place) wins over "Labour".
    static func formsByLength(_ entities: [Gold.Entity]) -> [(words: [String], type: EntityType)] {
        var forms: [(words: [String], type: EntityType)] = []
        for entity in entities {
            guard let type = EntityType(rawValue: entity.type) else { continue }
            for form in [entity.name] + (entity.aliases ?? []) {
                let words = TaggerTokenizer.tokens(in: form).map(\.text)
                if !words.isEmpty { forms.append((words, type)) }
            }
        }
        return forms.sorted { $0.words.count > $1.words.count }
    }

    static func labels(_ tokens: [TaggerToken], forms: [(words: [String], type: EntityType)]) -> [BIOLabel] {
        var labels = [BIOLabel](repeating: .outside, count: tokens.count)
        var taken = [Bool](repeating: false, count: tokens.count)
        for form in forms {
            let length = form.words.count
            var start = 0
            while start + length <= tokens.count {
                let fits = (0..<length).allSatisfy { !taken[start + $0] && tokens[start + $0].text == form.words[$0] }
                if fits {
                    for k in 0..<length {
                        labels[start + k] = k == 0 ? .begin(form.type) : .inside(form.type)
                        taken[start + k] = true
                    }
                    start += length
                } else {
                    start += 1
                }
            }
        }
        return labels
    }
}
