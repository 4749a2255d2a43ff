/// "flanker Tavi Okonkwe", "off-spinner Ravi Kell", "co-author Ilse Marwood", "silver medallist
/// Ona Vell": a lowercase word for what someone does, right before a name, makes the name a
/// person's. `TitledNames` reads the role words that also head titles; these are the positions,
/// trades and callings news writes the same way. Words a firm can be called too ("investor",
/// "developer", "partner", "owner") are left out.
enum RoleNouns {
    static let roles = KeyTable([
        // Sport.
        "flanker", "halfback", "fullback", "hooker", "prop", "lock", "winger", "centre", "playmaker", "fly-half",
        "scrum-half", "forward", "midfielder", "defender", "striker", "goalkeeper", "keeper", "goalscorer",
        "batter", "batsman", "bowler", "spinner", "seamer", "paceman", "quick", "all-rounder", "wicketkeeper",
        "wicket-keeper", "opener", "pitcher", "quarterback", "linebacker", "receiver", "guard", "rider",
        "jockey", "sprinter", "hurdler", "runner", "swimmer", "cyclist", "medallist", "medalist", "teammate",
        "team-mate", "skipper", "debutant", "substitute", "replacement", "referee", "umpire", "boss",
        // Work and public life.
        "attorney", "solicitor", "barrister", "co-author", "astronomer", "astrophysicist", "physicist",
        "chemist", "biologist", "geologist", "virologist", "epidemiologist", "doctor", "nurse", "surgeon",
        "midwife", "teacher", "headteacher", "lecturer", "student", "farmer", "fisherman", "driver", "pilot",
        "engineer", "architect", "curator", "historian", "archaeologist", "novelist", "poet", "playwright",
        "photographer", "columnist", "broadcaster", "presenter", "comedian", "musician", "guitarist",
        "drummer", "pianist", "composer", "filmmaker", "campaigner", "organiser", "organizer", "volunteer",
        "spokesperson", "strategist", "economist", "analyst", "researcher", "scientist", "co-founder",
        "cofounder", "principal", "magistrate", "prosecutor", "detective", "inspector", "constable",
        "firefighter", "paramedic", "shopkeeper", "resident", "widow", "grandmother", "grandfather",
    ])

    /// `spans` sorted by first token; retyped in place. "attorney Ona Vell of Brask Hale": the
    /// tagger's one name is the person, then "of" and where the person works.
    static func apply(_ spans: inout [MentionSpan], _ paragraph: TokenizedParagraph) {
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var employers: [MentionSpan] = []
        for index in spans.indices where spans[index].type != .person && spans[index].end - spans[index].first >= 2 {
            let before = spans[index].first - 1
            guard before >= 0, tokens[before].isWord, facts[before].startsLowercase, isRole(facts[before]),
                  spans[index].canonical == nil else { continue }
            var span = spans[index]
            if span.end - span.first >= 4, let of = (span.first + 2..<span.end - 1).first(where: { tokens[$0].text == "of" }) {
                var employer = span
                employer.first = of + 1
                employer.type = .organization
                employers.append(employer)
                span.end = of
            }
            guard !(span.first..<span.end).contains(where: {
                facts[$0].flags.contains(.organizationWord) || facts[$0].flags.contains(.legalSuffix)
                    || facts[$0].rules.contains(.legalForm)
            }) else { continue }
            span.type = .person
            spans[index] = span
        }
        if !employers.isEmpty {
            spans += employers
            spans.sort { $0.first < $1.first }
        }
    }

    /// "off-spinner" is a "spinner", "fly-half" itself (its key is "fly half": the list holds keys).
    private static func isRole(_ word: TokenFacts) -> Bool {
        if roles.contains(word) { return true }
        guard let space = word.key.utf8.lastIndex(of: UInt8(ascii: " ")) else { return false }
        return roles.contains(hash: FeatureHash.hash(String(word.key[word.key.utf8.index(after: space)...])))
    }
}
