/// Words that shape a name without being part of it.
enum NameRules {
    /// Titles and ranks: they mark the name after them as a person's and are left off it.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen",
        "prince", "princess", "emir", "sheikh", "sultan", "crown", "pope", "cardinal", "bishop", "archbishop",
        "ayatollah", "imam", "cleric", "rabbi", "rev", "reverend", "father", "general", "gen", "lieutenant",
        "lt", "major", "maj", "colonel", "col", "captain", "capt", "sergeant", "sgt", "admiral", "adm",
        "commander", "cmdr", "brigadier", "marshal", "field", "chief", "deputy", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "envoy", "judge", "justice", "attorney", "speaker", "chairman",
        "chairwoman", "chair", "ceo", "director", "pm", "adviser", "advisor", "former", "late", "coach",
        "manager", "striker", "midfielder", "defender", "goalkeeper", "skipper", "leader", "whip",
        // Local government's titles ("Cllr Ann Lee", "Councilmember Ona Vell", "Sheriff Tom Hale").
        "councillor", "councilor", "cllr", "councilman", "councilwoman", "councilmember", "alderman",
        "alderwoman", "assemblyman", "assemblywoman", "assemblymember", "sheriff", "commissioner",
        // Police ranks ("Det Con Sarah Hale", "Det Ch Insp Tom Vell", "PC Ann Lee").
        "det", "detective", "con", "ch", "insp", "inspector", "supt", "superintendent", "constable", "pc", "dci",
        // Forms of address in West African and Singaporean news ("Engr. Bashir Ojulari", "Madam Ho Ah Moi").
        "engr", "madam", "mdm",
        // An Australian councillor ("Cr Ann Lee"), an advocate in South Asian courts ("Adv Ravi Menon"),
        // a member of Parliament addressed ("Honourable Ann Lee"), and Indonesian, Malay and Cambodian forms
        // of address ("Ustaz Ahmad", "KH Hasyim", "Datuk Seri Anwar", "Oknha Sok").
        "cr", "adv", "honourable", "honorable", "ustaz", "ustadz", "kyai", "kh", "datuk", "dato", "datin", "oknha",
        "corporal", "cpl", "justices",
        // A US county's elected board ("Supervisor Kathryn Barger"); an Indian district's head ("District
        // Collector Ann Rao", "District Magistrate Ravi Menon").
        "supervisor", "collector", "magistrate",
        // Occupations written as titles in American style ("Meteorologist Kenji Hale said").
        "meteorologist", "economist", "analyst", "historian", "novelist", "author", "lawyer", "scientist",
        "researcher", "photographer", "filmmaker", "producer", "composer", "playwright", "poet", "chef",
        "entrepreneur", "activist", "campaigner", "commentator", "broadcaster", "journalist", "astronaut",
        "physicist", "epidemiologist", "strategist",
    ]

    /// Portfolio words, part of a title only after an office word ("Interior Minister", "Minister of Foreign Affairs").
    static let portfolioWords: Set<String> = [
        "foreign", "defense", "defence", "interior", "state", "affairs", "finance", "health", "national",
        "security", "justice", "energy", "oil", "trade", "economy", "home", "commerce", "agriculture",
        "labor", "labour", "transport", "treasury", "general", "of", "the", "for", "and", "armed", "forces",
        "staff", "joint", "prime", "executive", "operating", "intelligence", "education", "culture",
        "majority", "minority",
    ]

    /// Words that end an organization's name: their presence makes the sequence an organization.
    static let organizationWords: Set<String> = [
        "agency", "ministry", "command", "council", "party", "army", "forces", "force", "navy", "group",
        "organization", "organisation", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "bank",
        "university", "college", "school", "committee", "commission", "association", "union", "front",
        "movement", "coalition", "press", "tv", "television", "radio", "news", "times", "post", "journal",
        "network", "institute", "department", "office", "service", "services", "authority", "court",
        "parliament", "assembly", "senate", "league", "federation", "foundation", "fund", "brigade",
        "brigades", "militia", "guard", "guards", "police", "airlines", "airways", "club", "church",
        "hospital", "board", "bureau", "agency's", "cabinet", "government", "administration", "tribune",
        "herald", "gazette", "telegraph", "guardian", "daily", "broadcasting", "channel", "society", "band",
        "records", "studios", "academy", "orchestra", "laboratory", "laboratories", "systems", "technologies",
        "industries", "holdings", "partners", "motors", "entertainment", "media", "communications", "team",
        "conference", "congress", "institution", "alliance", "consortium", "trust", "exchange",
        "secretariat", "directorate", "taskforce", "battalion", "regiment", "division", "corps", "ministries",
    ]

    /// Capitalised only because they start a sentence or a heading: never a name on their own.
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "to", "of", "from", "by", "with", "as", "but", "and",
        "or", "if", "when", "while", "however", "meanwhile", "after", "before", "since", "during",
        "although", "though", "even", "this", "that", "these", "those", "it", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "its", "there", "here", "both", "all", "some", "many",
        "most", "according", "under", "back", "together", "only", "also", "yet", "so", "then", "now",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "what", "who", "why", "how", "where", "which",
        "not", "no", "yes", "more", "less", "other", "another", "each", "every", "one", "two", "three",
        "first", "last", "next", "new", "said", "says", "mid", "per", "via", "about", "over", "into",
        "just", "still", "such", "than", "because", "until", "unless", "whether", "despite", "among",
        "without", "within", "upon", "against", "between", "through", "across", "around", "instead",
    ]

    /// Lowercase words allowed inside a name: "Ministry of Foreign Affairs", "Abu Mahdi al Muhandis".
    static let connectors: Set<String> = [
        "of", "al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du",
        // "Frankfurt am Main", "Bild am Sonntag", "Guillermo del Toro", "Santos dos Reis".
        "am", "im", "del", "della", "di", "dos", "das",
        // "Dar es Salaam", "André Corrêa do Lago", "Ngugi wa Thiong'o", "Clara Van den Berghe",
        // "Ursula von der Leyen", "Tomás de los Santos".
        "es", "do", "wa", "den", "ter", "ten", "des", "los", "las", "dei", "degli", "zu", "bint",
        // Welsh patronymics ("Tomos ap Vell", "Gwen ferch Rhys"), a Kalenjin one ("Kiprotich
        // arap Vell") and a Swedish noble particle ("Oskar af Tarnberg").
        "ap", "ferch", "arap", "af",
    ]

    /// Name particles that do not tell one person from another ("al-Kadhimi" = "Kadhimi").
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "the"]

    /// Prefixes that make one word with what follows their dash ("Co-op", "Socio-economic",
    /// "Multi-purpose", "Anti-corruption"): capitalized, they open a word, not a name glued to a modifier.
    static let combiningPrefixes: Set<String> = [
        "co", "socio", "multi", "non", "anti", "pre", "post", "inter", "intra", "self", "semi", "ex", "sub",
        "mid", "bi", "tri", "counter", "cross", "trans", "pro", "re", "over", "under", "out", "half", "quasi",
        "neo", "micro", "macro", "ultra", "super", "agro", "agri", "bio", "eco", "geo", "hydro", "tele",
    ]

    /// Acronyms that are not organizations.
    static let commonAcronyms: Set<String> = [
        "PM", "TV", "AM", "OK", "CEO", "GMT", "UTC", "ID", "PDF", "FAQ", "USD", "EUR", "GDP", "COVID", "I",
        "II", "III", "IV", "A", "AD", "BC", "MP", "MPS", "DC", "HQ", "PR", "VIP", "Q", "RT", "PHD", "PhD",
        // Members of other parliaments, like "MP", and half time ("HT: 10-7").
        "MEP", "MEPS", "MLA", "MLAS", "MSP", "MSPS", "MPP", "MPPS", "MHA", "MNA", "MCA", "MCAS", "HT",
    ]

    /// Abbreviations that keep their dot as part of the word ("Mr.", "Gen.", "St.").
    static let abbreviatedTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "cmdr", "rev", "sen",
        "rep", "gov", "st", "jr", "sr", "brig", "mt", "ft", "co", "corp", "inc", "ltd", "no", "vs",
        "det", "insp", "supt", "engr", "mdm",
    ]
}

extension NameRules {
    /// Words of web-page chrome: a span containing one is furniture, not a name.
    static let furnitureWords: Set<String> = [
        "captcha", "generated", "refresh", "login", "subscribe", "newsletter", "cookie",
        "cookies", "advertisement", "sponsored", "copyright", "click", "share", "tweet",
        "comments", "javascript", "browser", "email", "password", "username", "download", "fwd",
    ]

    /// Chrome phrases of several words (name keys, word by word): a span holding one is furniture.
    static let furniturePhrases: [[String]] = [
        ["page", "generated"], ["rights", "reserved"], ["privacy", "policy"], ["terms", "of", "use"],
        ["terms", "and", "conditions"], ["read", "more"], ["sign", "up"], ["press", "release"],
    ]

    /// A furniture phrase starts at `start` and ends by `end` ("PRESS RELEASE", "Read more").
    static func furniturePhrase(at start: Int, before end: Int, _ paragraph: TokenizedParagraph) -> Bool {
        let facts = paragraph.facts
        guard facts[start].rules.contains(.furniturePhraseStart) else { return false }
        return furniturePhrases.contains { entry in
            start + entry.count <= end && (0..<entry.count).allSatisfy { facts[start + $0].key == entry[$0] }
        }
    }

    /// Last words of a byline's tail ("Markets Correspondent", "Technology Desk", "Staff Reporter").
    static let bylineTails: Set<String> = ["correspondent", "correspondents", "desk", "columnist"]
    static let bylineRoles: Set<String> = bylineTails.union(["reporter", "reporters", "editor", "editors", "writer", "writers", "columnists"])
    /// A reporter's beat, written before the role in a byline.
    static let bylineBeats: Set<String> = [
        "markets", "market", "technology", "tech", "business", "political", "politics", "economics", "economy",
        "economic", "health", "science", "sports", "sport", "foreign", "diplomatic", "defence", "defense",
        "security", "environment", "climate", "energy", "legal", "senior", "staff", "chief", "city", "world",
        "education", "transport", "culture", "arts", "crime", "home", "affairs", "investigations", "data",
        "consumer", "finance", "financial", "media", "global", "international", "national", "regional",
        "local", "metro", "news", "special", "associate", "deputy", "contributing", "managing",
    ]
}

extension NameRules {
    /// Titles written directly before a person's name ("Gen Al Khafaji", "President Biden", "Mr Smith").
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president", "senator", "sen", "rep", "governor",
        "gov", "mayor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "cardinal",
        "ayatollah", "imam", "rabbi", "rev", "general", "gen", "lt", "maj", "major", "colonel", "col", "captain",
        "capt", "sgt", "sergeant", "admiral", "adm", "brigadier", "marshal", "minister", "premier", "chancellor",
        "secretary", "ambassador", "judge", "justice", "speaker", "chairman", "chairwoman", "coach", "manager",
        "striker", "midfielder", "defender", "goalkeeper",
        // Police ranks, forms of address and a county supervisor: "PC Ann Lee", "Madam Tan Ah Lian",
        // "Supervisor Kathryn Barger" ("Con" is not here: it is a first name too, "Con Houlihan").
        "det", "detective", "insp", "inspector", "supt", "superintendent", "constable", "pc", "dci",
        "engr", "madam", "mdm", "supervisor", "councillor", "councilor", "cllr", "sheriff",
    ]

    /// Person titles that are written in capitals ("PC Ann Lee"). Any other title in capitals in a
    /// sentence is initials or a code ("MS Kohlbrenner", "DR Congo"), not a title.
    static let titlesWrittenInCapitals: Set<String> = ["pc", "dci"]
}

extension NameRules {
    /// Words that open a tagged span without belonging to the name ("The", "However", "In"):
    /// the function words, less those that start real names ("New Zealand", "First Bank").
    static let leadingNoise: Set<String> = functionWords.subtracting([
        "new", "first", "last", "next", "one", "two", "three", "more", "other", "all", "most", "many", "some",
        "mid", "per", "via", "back", "even", "only", "so", "yet", "may", "march", "august", "june", "april",
        "both", "together", "each", "every", "another", "not", "no", "yes", "less", "still", "just",
    ])
}

extension NameRules {
    /// Lowercase words for what a person does, written right before the name in news
    /// ("spokesman Nasr al-Shammari", "former president Donald Trump").
    static let roleWords: Set<String> = [
        "president", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "commander", "leader",
        "envoy", "lawmaker", "ambassador", "actor", "actress", "singer", "coach", "striker", "journalist",
        "activist", "analyst", "professor", "author", "founder", "ceo", "chairman", "chairwoman", "director",
        "candidate", "senator", "governor", "mayor", "minister", "secretary", "general", "colonel", "captain",
        "cleric", "judge", "prosecutor", "lawyer", "economist", "researcher", "rapper", "chancellor", "premier",
        // What a team's, a firm's or a body's people are: "Williams driver Carlos Sainz".
        "driver", "rider", "teammate", "engineer", "executive", "official", "employee", "worker", "player", "winger",
    ]
}

extension NameRules {
    /// Last words of places people build or name: "Wembley Stadium", "Tahrir Square", "Oval Office".
    static let facilityWords: Set<String> = [
        "stadium", "arena", "airport", "square", "bridge", "street", "avenue", "road", "boulevard", "park",
        "palace", "hotel", "tower", "mosque", "cathedral", "prison", "station", "base", "camp", "crossing",
        "strait", "gulf", "sea", "river", "lake", "mountain", "mountains", "valley", "desert", "island",
        "islands", "peninsula", "canal",
    ]
}

extension NameRules {
    /// Company legal forms written after the name; "Apple Inc." is the company "Apple" too.
    static let legalForms: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "llp", "lp", "plc", "ag", "sa", "gmbh", "nv", "bv", "spa", "ab", "asa", "oyj", "kgaa",
        "pty", "pte", "bhd", "tbk", "srl",
    ]
}

extension NameRules {
    /// Organization words that name one body when they stand alone and capitalized.
    static let institutions: Set<String> = ["senate", "congress", "parliament", "knesset", "duma", "bundestag", "cabinet", "commons"]
}

extension NameRules {
    /// Lowercase words inside an organization's name next to its organization word
    /// ("Department of Health and Social Care", "Board of Control for Cricket in India").
    static let organizationConnectors: Set<String> = ["and", "for", "the", "on", "in"]

    /// Words that head a body's name without being listed organization words: with them,
    /// a connector and a capital stay in the name ("Centers for Disease Control").
    static let organizationHeads: Set<String> = [
        "center", "centers", "centre", "centres", "nations", "countries", "programme", "program",
        "initiative", "observatory", "council", "commission", "department", "ministry", "board", "force",
        "organization", "organisation", "office", "agency", "institute", "bureau", "court", "fund",
        "endowment", "campaign", "chamber", "faculty", "guild", "forum",
    ]
}

extension NameRules {
    /// A country's diplomatic missions, named after the country: bodies, whatever the name before.
    static let missionWords: Set<String> = ["embassy", "embassies", "consulate", "consulates"]
}

extension NameRules {
    /// Words of a state's formal name ("Republic of Korea", "United Kingdom", "Sultanate of Oman").
    static let statehoodWords: Set<String> = ["republic", "kingdom", "sultanate", "principality", "emirate", "duchy"]
}
