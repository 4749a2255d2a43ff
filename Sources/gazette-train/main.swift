import Entities
import Foundation
import NewsCore

// `make train-entities`: builds Resources/entities/gazetteer.bin and tagger.bin from
// ../shared/data/ner (WikiANN train+dev, wikigold except its held-out fifth), the hand-made
// lists in Resources/entities and the hand-annotated pages that Tools/entities/train/pages.tsv
// lists. Deterministic: same data, same files.

let arguments = CommandLine.arguments
// Training overwrites the committed model, so asking for help must not start it.
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
        usage: gazette-train [--data DIR] [--out DIR] [--news-pages LIST] [--news-page-copies N] [--news N]
                             [--news-data DIR] [--epochs N] [--seeds A,B,...] [--bits N] [--wikigold-copies N]
                             [--wikiann SPLITS] [--prose-min-words N]
        Builds gazetteer.bin and tagger.bin in --out (default Resources/entities) from --data
        (default ../shared/data/ner) and the pages --news-pages lists (default Tools/entities/train/pages.tsv).
        """)
    exit(0)
}
func option(_ name: String, _ fallback: String) -> String {
    arguments.firstIndex(of: name).map { arguments[$0 + 1] } ?? fallback
}
let dataDirectory = option("--data", "../shared/data/ner")
let outputDirectory = option("--out", "Resources/entities")
let epochs = Int(option("--epochs", "5")) ?? 5
let bucketBits = Int(option("--bits", "19")) ?? 19
let goldCopies = Int(option("--wikigold-copies", "3")) ?? 3

func lines(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("gazette-train: cannot read \(path)\n".utf8))
        exit(1)
    }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
}

func write(_ data: Data, _ name: String) throws {
    let url = URL(fileURLWithPath: outputDirectory).appendingPathComponent(name)
    try data.write(to: url, options: .atomic)
    print("wrote \(url.path) (\(data.count / 1024) KB)")
}

// 1. The gazetteer.
var pairs: [(String, GazetteerFlags)] = []
for path in ["\(dataDirectory)/gazetteers/first_names.txt", "\(outputDirectory)/first_names_us_census.txt",
             "\(outputDirectory)/first_names_world.txt"] {
    pairs += lines(path).map { (TextFolding.nameKey($0), .firstName) }
}
pairs += lines("\(dataDirectory)/gazetteers/surnames.txt").map { (TextFolding.nameKey($0), .surname) }
let placeCodes = PlaceCodes(curatedPlaces: lines("\(outputDirectory)/places.txt"),
                            aliasLines: lines("\(outputDirectory)/aliases.tsv"))
for path in ["\(dataDirectory)/gazetteers/places.txt", "\(outputDirectory)/places.txt"] {
    for name in lines(path) where placeCodes.keeps(name) {
        let key = TextFolding.nameKey(name)
        pairs.append((key, .place))
        let words = key.split(separator: " ")
        if words.count > 1 { pairs += words.map { (String($0), .placeWord) } }
    }
}
pairs += lines("\(dataDirectory)/gazetteers/org_legal_suffixes.txt").map { (TextFolding.nameKey($0), .legalSuffix) }
pairs += lines("\(outputDirectory)/demonyms.txt").map { (TextFolding.nameKey($0), .demonym) }
pairs += NameGazetteer.ruleWords()
let gazetteer = NameGazetteer.build(pairs)
try write(gazetteer.serialized(), "gazetteer.bin")

// 2. The corpora.
var sentences: [LabelledSentence] = []
for split in option("--wikiann", "train,dev,test").split(separator: ",") {
    // WikiANN is mostly fragments (titles, list items) that are nearly all name; news is prose.
    // Only sentences that read like prose teach the tagger what news looks like.
    sentences += try TrainingCorpus.wikiann("\(dataDirectory)/wikiann_en/\(split)").filter(TrainingCorpus.readsLikeProse)
}
let documents = try TrainingCorpus.wikigoldDocuments("\(dataDirectory)/wikigold/wikigold.conll.txt")
var goldSentences: [LabelledSentence] = []
for (index, document) in documents.enumerated() where !TrainingCorpus.isHeldOut(documentIndex: index) {
    goldSentences += document
}
for _ in 0..<goldCopies { sentences += goldSentences }
// Hand-annotated news pages: few, but the closest to what Gazette reads. The list (pages.tsv)
// names each folder of pages with its gold, in the order they are read.
let pageList = option("--news-pages", "Tools/entities/train/pages.tsv")
var pages: [LabelledSentence] = []
if FileManager.default.fileExists(atPath: pageList) {
    for line in lines(pageList) {
        let fields = line.split(separator: "\t").map(String.init)
        guard fields.count == 2 else {
            FileHandle.standardError.write(Data("gazette-train: \(pageList): expected 'folder<TAB>gold', got '\(line)'\n".utf8))
            exit(1)
        }
        pages += try NewsArticles.load(directory: fields[0], gold: fields[1])
    }
}

// Ordinary words, from the corpora and, judged apart, from the news pages: Wikipedia's titles
// capitalize words news prose writes in lower case ("Alert", "Mining", "Courts"), and the pages'
// bodies capitalize words Wikipedia's prose writes in lower case ("Ministry of Health"). A word
// either source finds ordinary is.
let commonWords = Set(OrdinaryWords.counted(in: sentences + goldSentences))
    .union(OrdinaryWords.counted(in: pages)).sorted()
try write(Data(("# Generated by gazette-train: ordinary words, from the training corpora\n" + commonWords.joined(separator: "\n") + "\n").utf8),
          "common_words.txt")

// Templated news paragraphs (Tools/entities/train), added after the common words are counted:
// their names are drawn at random and say nothing about which words are ordinary.
let newsCount = Int(option("--news", "3000")) ?? 3000
if newsCount > 0 {
    var news = NewsTemplates(directory: option("--news-data", "Tools/entities/train"),
                             placesFile: "\(outputDirectory)/places.txt", demonymFile: "\(outputDirectory)/demonyms.txt",
                             firstNameFiles: ["\(dataDirectory)/gazetteers/first_names.txt", "\(outputDirectory)/first_names_world.txt"],
                             surnameFile: "\(dataDirectory)/gazetteers/surnames.txt")
    let allPlaces = lines("\(dataDirectory)/gazetteers/places.txt").filter(placeCodes.keeps)
    news.places += stride(from: 0, to: allPlaces.count, by: 40).map { allPlaces[$0] }
    var newsRandom = SplitMix64(seed: 1848)
    let generated = news.generate(count: newsCount, random: &newsRandom)
    sentences += generated
    print("\(generated.count) templated news paragraphs")
}

// The news pages weigh two copies in training (one to four copies scored dev 4 within half a
// point of each other; two keeps more of the tested cases).
let pageCopies = Int(option("--news-page-copies", "2")) ?? 2
if pageCopies > 0, !pages.isEmpty {
    for _ in 0..<pageCopies { sentences += pages }
    print("\(pages.count) paragraphs of hand-annotated news pages x\(pageCopies)")
}

print("training on \(sentences.count) sentences (\(goldSentences.count) from wikigold x\(goldCopies), "
      + "\(documents.count / 5) wikigold articles held out)")
let features = sentences.map { TokenFeatures(tokens: $0.tokens, gazetteer: gazetteer) }

// 3. The averaged perceptron, in a fixed shuffled order per epoch. One run per seed, their weights
// averaged: the mean of several orders depends less on the luck of one.
let seeds = option("--seeds", "2021,2022,2023,2024,2025,2026,2027,2028,2029,2030").split(separator: ",").compactMap { UInt64($0) }
let tokenCount = sentences.reduce(0) { $0 + $1.tokens.count }
var meanWeights: [Double] = []
for seed in seeds {
    var model = AveragedPerceptron(bucketBits: bucketBits)
    var random = SplitMix64(seed: seed)
    var order = Array(sentences.indices)
    for epoch in 1...epochs {
        order.shuffle(using: &random)
        var errors = 0
        for index in order { errors += model.train(sentences[index], features: features[index]) }
        print("seed \(seed), epoch \(epoch): \(errors) of \(tokenCount) tokens wrong (\(String(format: "%.2f", Double(errors) * 100 / Double(tokenCount)))%)")
    }
    let averaged = model.averaged()
    if meanWeights.isEmpty { meanWeights = averaged } else { for k in averaged.indices { meanWeights[k] += averaged[k] } }
}
let tagger = AveragedPerceptron.quantized(meanWeights.map { $0 / Double(seeds.count) }, bucketBits: bucketBits)
try write(tagger.serialized(), "tagger.bin")

// 4. A check on what was held out: token accuracy and how often a name's first word is found.
var heldOutTokens = 0
var heldOutRight = 0
var namesFound = 0
var names = 0
for (index, document) in documents.enumerated() where TrainingCorpus.isHeldOut(documentIndex: index) {
    for sentence in document {
        let predicted = tagger.tag(TokenFeatures(tokens: sentence.tokens, gazetteer: gazetteer))
        for (guess, truth) in zip(predicted, sentence.labels) {
            heldOutTokens += 1
            if guess == truth { heldOutRight += 1 }
            if truth.type != nil && !truth.isInside {
                names += 1
                if guess == truth { namesFound += 1 }
            }
        }
    }
}
print("held-out wikigold: \(String(format: "%.1f", Double(heldOutRight) * 100 / Double(max(heldOutTokens, 1))))% of tokens right, "
      + "\(String(format: "%.1f", Double(namesFound) * 100 / Double(max(names, 1))))% of names start where they should")
