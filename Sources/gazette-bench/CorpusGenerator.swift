/// Deterministic plain-text news: the same seed gives the same articles on every machine.
/// Each article has the mess real input has: metadata lines, a repeated title, furniture,
/// and sometimes the whole body on one line.
struct CorpusGenerator {
    private var random: SplitMix64

    /// Content words with Zipf-like frequencies, as in real news: a few very common, most rare.
    let vocabulary: [String]
    private let cumulativeWeights: [Double]

    init(seed: UInt64, vocabularySize: Int = 30_000) {
        random = SplitMix64(seed: seed)
        vocabulary = Self.words + (0..<vocabularySize).map(Self.pseudoWord)
        var total = 0.0
        cumulativeWeights = vocabulary.indices.map { rank in
            total += 1.0 / Double(rank + 1)
            return total
        }
    }

    /// "bakimo", "telura": pronounceable, distinct for each rank.
    static func pseudoWord(_ rank: Int) -> String {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        var value = rank + 70
        var word = ""
        while value > 0 {
            word.append(consonants[value % consonants.count])
            value /= consonants.count
            word.append(vowels[value % vowels.count])
            value /= vowels.count
        }
        return word
    }

    private mutating func zipfWord() -> String {
        let target = Double(next() % 1_000_000) / 1_000_000 * cumulativeWeights.last!
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] < target { low = middle + 1 } else { high = middle }
        }
        return vocabulary[low]
    }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    static let firstNames = ["Anna", "Omar", "Li", "Maria", "John", "Fatima", "Pierre", "Yuki", "Carlos", "Amina", "Peter", "Sara"]
    static let surnames = ["Berg", "Haddad", "Wang", "Silva", "Smith", "Rahman", "Dubois", "Tanaka", "Ortiz", "Okafor", "Novak", "Cohen"]
    static let places = ["Paris", "Baghdad", "Nairobi", "Lima", "Tokyo", "Berlin", "Cairo", "Ottawa", "Jakarta", "Madrid", "Kyiv", "Texas"]
    static let organizations = ["the Ministry of Finance", "the Central Bank", "the National Council", "Reuters", "the United Nations",
                                "the Harbour Authority", "the Energy Agency", "the Workers Union"]
    static let titles = ["President", "Minister", "Mr", "Dr", "General", "Governor"]
    static let functionWords = "the a of to in and said on for that with was as by at from his her its it has have will would after over about"
        .split(separator: " ").map(String.init)
    static let words = """
    government officials report market prices water city council plan budget election talks security forces economy
    workers strike road bridge school hospital court ruling vote parliament trade deal energy oil gas power storm
    flood drought harvest farmers students teachers police army border refugees aid funding project investment
    growth inflation rates bank loan debt exports imports shipping port airport rail transport climate emissions
    """.split(whereSeparator: \.isWhitespace).map(String.init)

    mutating func sentence() -> String {
        var parts: [String] = []
        let length = number(10...24)
        for index in 0..<length {
            switch next() % 14 {
            case 0: parts.append("\(pick(Self.titles)) \(pick(Self.firstNames)) \(pick(Self.surnames))")
            case 1: parts.append(pick(Self.places))
            case 2: parts.append(pick(Self.organizations))
            case 3: parts.append(String(number(2...2500)))
            case 4...7: parts.append(pick(Self.functionWords))
            default: parts.append(zipfWord())
            }
            if index == length / 2, next() % 3 == 0 { parts[parts.count - 1] += "," }
        }
        var text = parts.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        return text + "."
    }

    mutating func article(index: Int) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let title = "\(pick(Self.places)) \(zipfWord()) \(zipfWord()) as \(zipfWord()) \(zipfWord()) \(index)"
        var text = ""
        switch index % 3 {
        case 0: text += "News ID: \(100_000 + index)\nPublished: \(String(format2: number(0...23)))\(String(format2: number(0...59))) GMT \(pick(months)) \(number(1...28)), \(number(2015...2024))\n\n\(title)\n\n\(title)\n\n"
        case 1: text += "\(title)\nBy \(pick(Self.firstNames)) \(pick(Self.surnames))\n\n"
        default: text += " date \(number(2015...2024))-0\(number(1...9))-1\(number(0...9)) "
        }
        let paragraphs = (0..<number(4...9)).map { _ in (0..<number(2...5)).map { _ in sentence() }.joined(separator: " ") }
        text += index % 3 == 2 ? paragraphs.joined(separator: " ") + "\n" : paragraphs.joined(separator: "\n\n") + "\n"
        if index % 4 == 0 { text += "\n\nSecurity Key:\nCaptcha refresh\nPage Generated in 0/\(number(100...9999)) sec\n" }
        return text
    }
}

private extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}

/// SplitMix64: small, fast and good enough for varied text; the same seed, the same numbers.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
