/// An acronym the tagger passed by ("INA", "FBI") names an organization in news far more often
/// than anything else; places among them come from the alias table and gazetteer first. Two
/// capitals alone ("VT", "MB", "EN", "HT") are a state's, a unit's, a language's or a score's code
/// more often than a body; bodies known by two ("EU", "BP") come from the tagger and the table.
enum BareAcronyms {
    /// Acronyms of things, tests, jobs and money, not of bodies: news writes them bare every day
    /// ("EV makers", "a GPU cluster", "the MMR jab", "your GP", "an IPO").
    static let thingAcronyms: Set<String> = [
        "EV", "EVS", "SUV", "GPU", "GPUS", "CPU", "AI", "AGI", "API", "LLM", "LNG", "LPG", "MRI", "HIV", "AIDS", "DNA",
        "RNA", "MMR", "GP", "GPS", "IPO", "ETF", "CFO", "COO", "CTO", "VAT", "GST", "KPI", "ESG", "LED", "USB",
        "SIM", "ATM", "VR", "SMS", "URL", "CCTV", "ICU", "AC", "PPE", "GMO",
        // Diseases, vaccines and tests ("the TB vaccine", "a PCR test").
        "TB", "BCG", "HPV", "RSV", "PCR", "MRSA", "ECG", "IVF", "ADHD", "PTSD", "ALS", "STI", "STIS",
        // Sport's devices ("DRS zone", "a VAR check", "out LBW").
        "DRS", "VAR", "LBW",
        // Kinds of body, money and gear, not a body ("NGOs", "SMEs", "CPI", "a VPN").
        "NGO", "NGOS", "SME", "SMES", "CPI", "PMI", "EPS", "ROI", "FX", "IP", "HR", "EBITDA", "NFT", "NFTS",
        "VPN", "OS", "HDMI", "IED", "IEDS", "ICBM", "ICBMS", "UAV", "UAVS", "DIY", "AGM", "EGM", "LGBT", "LGBTQ",
        // Chips and screens ("DRAM prices", "HBM supply"), pollutants and measures ("PFAS", "the AQI"), a
        // regulation ("GDPR rules"), a ward ("the ER") and a match official ("the TMO"), and money's kinds.
        "DRAM", "SRAM", "HBM", "NAND", "SSD", "HDD", "TPU", "NPU", "OLED", "LCD", "AQI", "PFAS", "PFOA", "GDPR",
        "ER", "TMO", "COPD", "REIT", "REITS", "CAGR",
        // Written with "&" ("an M&A team", "R&D spending"), unlike the firms "AT&T" and "P&G".
        "M&A", "R&D", "Q&A", "P&L", "B&B", "F&B",
    ]

    /// `commonWords`: "Do NOT send", "LIVE", "SPACE |": an ordinary word of three letters or more set
    /// in capitals is a shout or a label, not an acronym.
    static func find(in paragraph: TokenizedParagraph, gazetteer: NameGazetteer, commonWords: Set<String>) -> [MentionSpan] {
        var result: [MentionSpan] = []
        for (index, token) in paragraph.tokens.enumerated() where token.isWord {
            // Cheap test first: two capitals at the start ("INA", "U.N." reads "U." then "N").
            let utf8 = token.text.utf8
            guard let head = utf8.first, head >= 65, head <= 90, utf8.count >= 2, utf8.count <= 12 else { continue }
            let second = utf8[utf8.index(after: utf8.startIndex)]
            // "AfD": a lowercase letter then a capital.
            let mixed = second >= 97 && second <= 122 && utf8.count >= 3
                && (65...90).contains(utf8[utf8.index(utf8.startIndex, offsetBy: 2)])
            guard (second >= 65 && second <= 90) || second == UInt8(ascii: ".") || mixed else { continue }
            guard let letters = AcronymDefinitions.acronymLetters(token.text), letters.allSatisfy(\.isLetter),
                  letters.count >= 3, letters.count <= 6, !NameRules.commonAcronyms.contains(String(letters)),
                  !thingAcronyms.contains(String(letters).uppercased()), !PageStamps.timeZones.contains(token.text),
                  !PageStamps.isShortTimeZone(index, paragraph.tokens), !PageStamps.isCurrencyCode(index, paragraph),
                  !NameRules.furniturePhrase(at: index, before: paragraph.tokens.count, paragraph),
                  !isRomanNumeral(String(letters)),
                  letters.count < 3 || !commonWords.contains(token.text.lowercased()) else { continue }
            let flags = gazetteer.flags(hash: FeatureHash.nameKeyHash(token.text))
            if flags.contains(.place) || flags.contains(.title) || flags.contains(.demonym) { continue }
            result.append(MentionSpan(paragraph: paragraph.index, first: index, end: index + 1, type: .organization))
        }
        return result
    }

    static func isRomanNumeral(_ text: String) -> Bool {
        text.allSatisfy { "IVXLCDM".contains($0) }
    }
}
