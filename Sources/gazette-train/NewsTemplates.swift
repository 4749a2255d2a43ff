import Entities
import Foundation
import NewsCore

/// Templated news paragraphs (Tools/entities/train): the Wikipedia corpora hardly show how news
/// writes about companies, agencies, parties, clubs and unions ("Shares of X rose", "X's chief
/// executive", "BEIRUT (Reuters) -", "Reporting by A; Editing by B"), so the tagger is also shown
/// sentences written that way, their slots filled at random from broad lists of names.
struct NewsTemplates {
    struct Piece { var text: String; var slot: String? }

    var templates: [[Piece]] = []
    var organizations: [String: [String]] = [:]
    var firstNames: [String] = []
    var surnames: [String] = []
    var places: [String] = []
    var demonyms: [String] = []

    static let titles = ["President", "Prime Minister", "Finance Minister", "Foreign Minister", "Defence Minister",
                         "Health Secretary", "Sen.", "Rep.", "Gov.", "Mayor", "Dr.", "Gen.", "Col.", "Judge",
                         "Justice", "Chancellor", "Interior Minister", "Governor", "Chairman", "Secretary of State",
                         "Mr.", "Ms.", "Professor", "Lt. Gen.", "Chief Executive", "Ambassador", "Deputy Prime Minister"]
    static let portfolios = ["Finance", "Defence", "Defense", "Health", "Interior", "Foreign Affairs", "Education",
                             "Agriculture", "Energy", "Justice", "Trade", "Transport", "Labour", "Economy",
                             "Home Affairs", "Environment", "Housing", "Culture", "Industry", "Public Works",
                             "Water Resources", "Information", "Commerce and Industry", "Digital Affairs"]
    static let products = ["Galaxy Fold", "Model Y", "iPhone", "World Cup", "Olympic Games", "Super Bowl",
                           "Climate Week", "Expo", "Grand Prix", "PlayStation", "Xbox", "Boeing 737 MAX",
                           "Summit of the Americas", "Copa America", "Tour de France", "Autumn Budget"]
    static let worldSurnames = ["al-Hakim", "Okafor", "Nguyen", "Kumar", "Mensah", "Haddad", "Petrov", "Kowalski",
                                "Yilmaz", "Tanaka", "Sharma", "Abdullah", "Mahmoud", "Osei", "Wanjiru", "Ferreira",
                                "Rossi", "Dubois", "Schneider", "Ivanova", "Kim", "Chen", "Singh", "Hussein",
                                "Mwangi", "Adeyemi", "Nakamura", "Silva", "Gonzalez", "al-Sudani", "Khalil",
                                "Bakr", "Erdogan", "Novak", "Jansen", "Lindqvist", "Moreau", "Kovacs", "Dlamini"]
    static let syllables = ["ar", "vel", "zen", "tri", "ko", "mar", "lux", "nor", "qua", "rex", "sol", "ta", "vi",
                            "ron", "ex", "gal", "dex", "pho", "lia", "mo", "nu", "cor", "sy", "ber", "ion", "ka",
                            "to", "flo", "ber", "ix"]

    init(directory: String, placesFile: String, demonymFile: String, firstNameFiles: [String], surnameFile: String) {
        for line in NewsTemplates.lines("\(directory)/templates.txt") { templates.append(NewsTemplates.parse(line)) }
        for line in NewsTemplates.lines("\(directory)/organizations.txt") {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            organizations[fields[0], default: []].append(fields[1])
        }
        for path in firstNameFiles { firstNames += NewsTemplates.lines(path).filter { $0.count > 2 } }
        surnames = Array(NewsTemplates.lines(surnameFile).prefix(6000)).map(NewsTemplates.titleCase)
        places = NewsTemplates.lines(placesFile)
        demonyms = NewsTemplates.lines(demonymFile)
    }

    static func lines(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("gazette-train: cannot read \(path)\n".utf8))
            exit(1)
        }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static func titleCase(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    static func parse(_ line: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(Piece(text: String(rest[..<open]), slot: nil)) }
            pieces.append(Piece(text: "", slot: String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(Piece(text: String(rest), slot: nil)) }
        return pieces
    }

    /// `count` paragraphs of two to four filled templates each.
    func generate(count: Int, random: inout SplitMix64) -> [LabelledSentence] {
        var result: [LabelledSentence] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            var text = ""
            var length = 0
            var spans: [(Int, Int, EntityType)] = []
            var acronym = "UN"
            let sentences = Int.random(in: 2...4, using: &random)
            for sentence in 0..<sentences {
                if sentence > 0 { text += " "; length += 1 }
                for piece in templates.randomElement(using: &random)! {
                    guard let slot = piece.slot else { text += piece.text; length += piece.text.count; continue }
                    var parts: [(String, EntityType?)] = fill(slot, acronym: &acronym, random: &random)
                    if parts.isEmpty { parts = [("", nil)] }
                    for (string, type) in parts {
                        let count = string.count
                        if let type, count > 0 { spans.append((length, length + count, type)) }
                        text += string
                        length += count
                    }
                }
            }
            result.append(NewsTemplates.labelled(text, spans: spans))
        }
        return result
    }

    static func labelled(_ text: String, spans: [(Int, Int, EntityType)]) -> LabelledSentence {
        let tokens = TaggerTokenizer.tokens(in: text)
        var labels: [BIOLabel] = []
        for token in tokens {
            if let span = spans.first(where: { $0.0 <= token.start && token.start < $0.1 }) {
                labels.append(token.start == span.0 || labels.last?.type != span.2 ? .begin(span.2) : .inside(span.2))
            } else {
                labels.append(.outside)
            }
        }
        return LabelledSentence(tokens: tokens, labels: labels)
    }

    func person(_ random: inout SplitMix64) -> String {
        // News names people whose first names no list holds ("Unai", "Yoane"): some people here
        // get a made-up one, so the tagger learns them from the words around them, and does not
        // take two unknown capitalized words for a company.
        let first = Int.random(in: 0..<5, using: &random) == 0 ? word(&random) : firstNames.randomElement(using: &random)!
        let roll = Int.random(in: 0..<10, using: &random)
        let last = roll < 2 ? NewsTemplates.worldSurnames.randomElement(using: &random)!
            : roll == 2 ? word(&random) : surnames.randomElement(using: &random)!
        if roll == 9 { return "\(first) \(String(surnames.randomElement(using: &random)!.prefix(1))). \(last)" }
        return "\(first) \(last)"
    }

    func surname(_ random: inout SplitMix64) -> String {
        Int.random(in: 0..<5, using: &random) == 0 ? NewsTemplates.worldSurnames.randomElement(using: &random)!
            : surnames.randomElement(using: &random)!
    }

    func word(_ random: inout SplitMix64) -> String {
        let count = Int.random(in: 2...3, using: &random)
        let letters = (0..<count).map { _ in NewsTemplates.syllables.randomElement(using: &random)! }.joined()
        return NewsTemplates.titleCase(letters)
    }

    /// An organization of one of the kinds, its inner slots filled.
    func organization(_ kinds: [String], _ random: inout SplitMix64) -> String {
        let kind = kinds.randomElement(using: &random)!
        guard let names = organizations[kind] else { fatalError("no organizations of kind \(kind)") }
        let pattern = names.randomElement(using: &random)!
        var result = ""
        for piece in NewsTemplates.parse(pattern) {
            switch piece.slot {
            case nil: result += piece.text
            case "SUR": result += surname(&random)
            case "CITY", "PLACE", "COUNTRY": result += places.randomElement(using: &random)!
            case "PORTFOLIO": result += NewsTemplates.portfolios.randomElement(using: &random)!
            case "DEMONYM": result += demonyms.randomElement(using: &random)!
            case "WORD": result += word(&random)
            default: fatalError("unknown slot \(piece.slot!) in \(pattern)")
            }
        }
        return result
    }

    static func acronym(of name: String) -> String? {
        let skip: Set<String> = ["of", "and", "the", "for", "in", "on", "&"]
        let letters = name.split(separator: " ").filter { !skip.contains($0.lowercased()) }
            .compactMap { $0.first }.filter(\.isUppercase)
        return letters.count >= 2 ? String(letters) : nil
    }

    func fill(_ slot: String, acronym: inout String, random: inout SplitMix64) -> [(String, EntityType?)] {
        let parts = slot.split(separator: ":", maxSplits: 1).map(String.init)
        let kinds = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : Array(organizations.keys).sorted()
        switch parts[0] {
        case "PER": return [(person(&random), .person)]
        case "SUR": return [(surname(&random), .person)]
        case "LOC", "CITY": return [(places.randomElement(using: &random)!, .place)]
        case "UPCITY": return [(places.randomElement(using: &random)!.uppercased(), .place)]
        case "ORG": return [(organization(kinds, &random), .organization)]
        case "ACRDEF":
            for _ in 0..<20 {
                let name = organization(kinds, &random)
                if let letters = NewsTemplates.acronym(of: name) {
                    acronym = letters
                    return [(name, .organization), (" (", nil), (letters, .organization), (")", nil)]
                }
            }
            return [(organization(kinds, &random), .organization)]
        case "ACR": return [(acronym, .organization)]
        case "TITLE": return [(NewsTemplates.titles.randomElement(using: &random)!, nil)]
        case "DEMONYM": return [(demonyms.randomElement(using: &random)!, nil)]
        case "DAY": return [(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].randomElement(using: &random)!, nil)]
        case "MONTH": return [(["January", "March", "June", "September", "October", "December"].randomElement(using: &random)!, nil)]
        case "NUM": return [(String(Int.random(in: 2...98, using: &random)), nil)]
        case "PROD": return [(NewsTemplates.products.randomElement(using: &random)!, nil)]
        default: fatalError("unknown slot \(slot)")
        }
    }
}
