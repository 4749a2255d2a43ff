import NewsCore

/// The tagger's view of a sentence: for each token a fixed number of hashed features that
/// do not depend on the labels (word, shape, affixes, neighbours, gazetteers), computed once.
/// Label-history features are added while decoding (`BIOLabel`, `PerceptronTagger`).
public struct TokenFeatures: Sendable {
    public static let perToken = 24
    /// `perToken` hashes for each token, token after token.
    public var hashes: [UInt64]
    /// Hashes of each token's lowercase form and shape, reused by the label-history features.
    public var wordHashes: [UInt64]
    public var shapeHashes: [UInt64]
    public var count: Int { wordHashes.count }

    public init(tokens: [TaggerToken], gazetteer: NameGazetteer) {
        self.init(tokens: tokens, gazetteer: gazetteer) { index in
            let token = tokens[index]
            return token.isWord ? FeatureHash.nameKeyHash(token.text) : FeatureHash.seed
        } flags: { _, hash in gazetteer.flags(hash: hash) }
    }

    /// The same features from the facts the rules already worked out: no word hashed or looked up twice.
    init(tokens: [TaggerToken], facts: [TokenFacts], gazetteer: NameGazetteer) {
        self.init(tokens: tokens, gazetteer: gazetteer) { index in
            tokens[index].isWord ? facts[index].keyHash : FeatureHash.seed
        } flags: { index, _ in facts[index].flags }
    }

    /// `nameKeyHash` gives each token's name-key hash (the seed for none), `flags` the gazetteer's flags for it.
    private init(tokens: [TaggerToken], gazetteer: NameGazetteer, nameKeyHash: (Int) -> UInt64,
                 flags flagsOf: (Int, UInt64) -> GazetteerFlags) {
        let n = tokens.count
        var lower: [UInt64] = []
        var shape: [UInt64] = []
        var prefix: [UInt64] = []
        var suffix3: [UInt64] = []
        var suffix2: [UInt64] = []
        var flags: [UInt8] = []
        var keyHash: [UInt64] = []
        var capitalized: [Bool] = []
        lower.reserveCapacity(n); shape.reserveCapacity(n); prefix.reserveCapacity(n); suffix3.reserveCapacity(n)
        suffix2.reserveCapacity(n); flags.reserveCapacity(n); keyHash.reserveCapacity(n); capitalized.reserveCapacity(n)
        for (index, token) in tokens.enumerated() {
            let forms = WordForms(token.text)
            lower.append(forms.lower)
            prefix.append(forms.prefix3)
            suffix3.append(forms.suffix3)
            suffix2.append(forms.suffix2)
            shape.append(forms.shape)
            capitalized.append(forms.capitalized)
            let hash = nameKeyHash(index)
            // The seed is the hash of an empty key: nothing to look up.
            keyHash.append(hash == FeatureHash.seed ? 0 : hash)
            flags.append(hash == FeatureHash.seed ? 0 : flagsOf(index, hash).rawValue)
        }
        let placeSpan = TokenFeatures.placePhrases(tokens: tokens, keyHash: keyHash, flags: flags,
                                                   capitalized: capitalized, gazetteer: gazetteer)

        let boundary = FeatureHash.hash("<s>")
        func at(_ values: [UInt64], _ index: Int) -> UInt64 { values.indices.contains(index) ? values[index] : boundary }
        func flagsAt(_ index: Int) -> UInt64 { flags.indices.contains(index) ? UInt64(flags[index]) : 0x1FF }

        // Written in place, 24 to a token: an append each cost about as much as the hash it stores.
        let hashes = [UInt64](unsafeUninitializedCapacity: n * TokenFeatures.perToken) { buffer, initialized in
            var written = 0
            @inline(__always) func put(_ hash: UInt64) {
                buffer[written] = hash
                written += 1
            }
            for i in 0..<n {
                let start: UInt64 = tokens[i].sentenceStart ? 1 : 0
                let cap: UInt64 = capitalized[i] ? 1 : 0
                put(FeatureHash.feature(1, 0))
                put(FeatureHash.feature(2, lower[i]))
                put(FeatureHash.feature(3, shape[i]))
                put(FeatureHash.feature(4, prefix[i]))
                put(FeatureHash.feature(5, suffix3[i]))
                put(FeatureHash.feature(6, suffix2[i]))
                put(FeatureHash.feature(7, at(lower, i - 1)))
                put(FeatureHash.feature(8, at(lower, i + 1)))
                put(FeatureHash.feature(9, at(lower, i - 2)))
                put(FeatureHash.feature(10, at(lower, i + 2)))
                put(FeatureHash.feature(11, at(shape, i - 1) &* 31 &+ shape[i]))
                put(FeatureHash.feature(12, shape[i] &* 31 &+ at(shape, i + 1)))
                put(FeatureHash.feature(13, shape[i] &* 2 &+ start))
                put(FeatureHash.feature(14, UInt64(flags[i]) << 1 | cap))
                put(FeatureHash.feature(15, flagsAt(i - 1) << 1 | cap))
                put(FeatureHash.feature(16, flagsAt(i + 1) << 1 | cap))
                put(FeatureHash.feature(17, UInt64(placeSpan[i]) << 1 | cap))
                put(FeatureHash.feature(18, at(lower, i - 1) &* 31 &+ shape[i]))
                put(FeatureHash.feature(19, at(lower, i + 1) &* 31 &+ shape[i]))
                put(FeatureHash.feature(20, lower[i] &* 2 &+ start))
                put(FeatureHash.feature(21, at(shape, i - 1) &* 961 &+ shape[i] &* 31 &+ at(shape, i + 1)))
                put(FeatureHash.feature(22, flagsAt(i - 1) << 9 | UInt64(flags[i]) << 1 | cap))
                put(FeatureHash.feature(23, at(lower, i - 1) &* 31 &+ lower[i]))
                put(FeatureHash.feature(24, lower[i] &* 31 &+ at(lower, i + 1)))
            }
            initialized = written
        }
        self.hashes = hashes
        wordHashes = lower
        shapeHashes = shape
    }

    /// 1 on the first word of a known multi-word place ("New York"), 2 on its other words, else 0.
    /// `flags`: the gazetteer's flags for each token's key.
    static func placePhrases(tokens: [TaggerToken], keyHash: [UInt64], flags: [UInt8], capitalized: [Bool],
                             gazetteer: NameGazetteer) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: tokens.count)
        var i = 0
        let space = UInt8(ascii: " ")
        // Every word of a known place of several words is listed as a `placeWord`: a token whose
        // key is one word without that flag is in no such place, and no phrase through it is
        // looked up (each lookup is a likely cache miss in a 4 MB table).
        func mayBeInPlace(_ index: Int) -> Bool {
            GazetteerFlags(rawValue: flags[index]).contains(.placeWord) || !NameKey.isOneAsciiWord(tokens[index].text)
        }
        // Reused from word to word: most capitalized words start a candidate phrase.
        var hashes: [UInt64] = []
        hashes.reserveCapacity(4)
        while i < tokens.count {
            guard capitalized[i], keyHash[i] != 0, mayBeInPlace(i) else { i += 1; continue }
            var matched = 0
            var hash = keyHash[i]
            hashes.removeAll(keepingCapacity: true)
            var j = i + 1
            while j < tokens.count, j - i < 5, tokens[j].isWord, keyHash[j] != 0, mayBeInPlace(j) {
                hash = FeatureHash.nameKeyHash(tokens[j].text, from: FeatureHash.mix(hash, space))
                hashes.append(hash)
                j += 1
            }
            for (offset, phraseHash) in hashes.enumerated().reversed()
            where capitalized[i + offset + 1] && gazetteer.flags(hash: phraseHash).contains(.place) {
                matched = offset + 2
                break
            }
            if matched > 0 {
                result[i] = 1
                for k in (i + 1)..<(i + matched) { result[k] = 2 }
                i += matched
            } else {
                i += 1
            }
        }
        return result
    }
}

/// "Baghdad" -> "Xxx", "NATO" -> "XX", "U.S." -> "X.X.", "2021" -> "dd": case and kind
/// of each character, runs cut at two. Uncased scripts (Arabic, Chinese) read as "o".
enum WordShape {
    static func of(_ word: String) -> String {
        var shape = ""
        var last: Character = " "
        var run = 0
        for character in word {
            let kind: Character
            if let ascii = character.asciiValue {
                switch ascii {
                case 65...90: kind = "X"
                case 97...122: kind = "x"
                case 48...57: kind = "d"
                default: kind = character
                }
            } else if character.isUppercase {
                kind = "X"
            } else if character.isLowercase {
                kind = "x"
            } else if character.isNumber {
                kind = "d"
            } else if character.isLetter {
                kind = "o"
            } else {
                kind = character
            }
            if kind == last { run += 1 } else { run = 1; last = kind }
            if run <= 2 { shape.append(kind) }
            if shape.count >= 12 { break }
        }
        return shape
    }
}
