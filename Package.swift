// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shim over ncursesw: wide-character defines and the macros Swift cannot import.
        .target(
            name: "CNCurses",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // BM25 for FTS5 with every article's length held in memory (see include/CRank.h).
        .target(name: "CRank", linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("m")]),
        // The full-text tokenizer: porter stems, and words as written for prefixes (include/CTokenizer.h).
        .target(name: "CTokenizer", dependencies: ["CRank"], linkerSettings: [.linkedLibrary("sqlite3")]),
        // Article model, readers, cleaning, dates, export. Plain values, pure functions.
        .target(name: "NewsCore"),
        // People, places and organizations behind the EntityExtractor protocol.
        .target(name: "Entities", dependencies: ["NewsCore"]),
        // The library: SQLite through GRDB, the importer, the query language and the search core.
        // The only module that imports GRDB.
        .target(name: "Search", dependencies: ["NewsCore", "Entities", "CRank", "CTokenizer", .product(name: "GRDB", package: "GRDB.swift")]),
        // The reader: state, actions, keymap, views, layout and the two terminal drivers.
        .target(name: "TUI", dependencies: ["CNCurses", "NewsCore", "Entities"]),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "NewsCore", "Entities", "TUI", "Search",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: prints figures; never a timed test.
        .executableTarget(name: "gazette-bench", dependencies: ["NewsCore", "Entities", "TUI", "Search"]),
        // `make train-entities`: builds the entity tagger's weights and gazetteer from ../shared/data/ner.
        .executableTarget(name: "gazette-train", dependencies: ["NewsCore", "Entities"]),
        .testTarget(name: "NewsCoreTests", dependencies: ["NewsCore"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "NewsCore"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "NewsCore", "Entities"], exclude: ["Fixtures"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "NewsCore", "Entities"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
