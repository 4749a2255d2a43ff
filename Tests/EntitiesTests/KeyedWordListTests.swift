@testable import Entities
import Testing

/// The rules look a token up in their word lists by its name key (`TokenFacts.key`: lowercase,
/// accents dropped, hyphens read as spaces). An entry written any other way ("Comisión",
/// "start-up", "half-back") can never match, and nothing else says so: the rule just stays quiet.
@Suite struct KeyedWordListTests {
    /// Every list some rule reads with `.contains(facts.key)`, but for private ones (`MarketFigures`'
    /// amount and index words, `ListMembers.routeWords`) and `NameRules.organizationWords`, which
    /// the tagger's gazetteer reads as written (changing it means retraining).
    static let lists: [(name: String, words: Set<String>)] = [
        ("ListedPortfolios.portfolioWords", ListedPortfolios.portfolioWords),
        ("PronounReference.prepositions", PronounReference.prepositions),
        ("PronounReference.determiners", PronounReference.determiners),
        ("PronounReference.otherReferents", PronounReference.otherReferents),
        ("CelestialBodies.planets", CelestialBodies.planets),
        ("PortfolioNames.offices", PortfolioNames.offices),
        ("TickerSymbols.symbolWords", TickerSymbols.symbolWords),
        ("TickerSymbols.exchanges", TickerSymbols.exchanges),
        ("UnmarkedOrganizations.businessWords", UnmarkedOrganizations.businessWords),
        ("UnmarkedOrganizations.venueWords", UnmarkedOrganizations.venueWords),
        ("NameRules.functionWords", NameRules.functionWords),
        ("NameRules.titlesWrittenInCapitals", NameRules.titlesWrittenInCapitals),
        ("NameRules.particles", NameRules.particles),
        ("PartyNames.plurals", PartyNames.plurals),
        ("OrdinalBodies.heads", OrdinalBodies.heads),
        ("OrdinalBodies.numberedUnitHeads", OrdinalBodies.numberedUnitHeads),
        ("RomanceOrganizationNames.heads", RomanceOrganizationNames.heads),
        ("RomanceOrganizationNames.connectors", RomanceOrganizationNames.connectors),
        ("RoleBeforeName.roles", RoleBeforeName.roles),
        ("SectorBodies.games", SectorBodies.games),
        ("SectorBodies.fields", SectorBodies.fields),
        ("OrganizationOfJoins.forOnHeads", OrganizationOfJoins.forOnHeads),
        ("TopicLines.serials", TopicLines.serials),
        ("CreditAgencies.labels", CreditAgencies.labels),
        ("CreditAgencies.agencyWords", CreditAgencies.agencyWords),
        ("TreasuryNames.notTheBody", TreasuryNames.notTheBody),
        ("PlaceCues.sites", PlaceCues.sites),
        ("PlaceCues.workAt", PlaceCues.workAt),
        ("PlaceCues.members", PlaceCues.members),
        ("OrganizationEvidence.staff", OrganizationEvidence.staff),
        ("PersonEvidence.honorifics", PersonEvidence.honorifics),
        ("EventNames.lastWords", EventNames.lastWords),
        ("EventNames.lastWordsAfterAName", EventNames.lastWordsAfterAName),
        ("MentionCleaner.officeWords", MentionCleaner.officeWords),
        ("MonthAbbreviations.words", MonthAbbreviations.words),
        ("SportWords.cues", SportWords.cues),
        ("NameRules.bylineTails", NameRules.bylineTails),
        ("NameRules.organizationConnectors", NameRules.organizationConnectors),
        ("NameRules.missionWords", NameRules.missionWords),
        ("OrganizationEvidence.advisers", OrganizationEvidence.advisers),
        ("Designations.competitionStages", Designations.competitionStages),
        ("MarketFigures.currencies", MarketFigures.currencies),
        ("BuiltPlaces.heads", BuiltPlaces.heads),
        ("BuiltPlaces.economicMarkets", BuiltPlaces.economicMarkets),
        ("BuiltPlaces.houseOwners", BuiltPlaces.houseOwners),
        ("CoordinatedOrganizations.firmEndings", CoordinatedOrganizations.firmEndings),
        ("ProductNames.kinds", ProductNames.kinds),
        ("CityTeams.landPlurals", CityTeams.landPlurals),
        ("EventNames.lawWords", EventNames.lawWords),
        ("EventNames.stormWords", EventNames.stormWords),
        ("JointPlaceBodies.services", JointPlaceBodies.services),
        ("CoordinatedComplements.fields", CoordinatedComplements.fields),
        ("MentionCleaner.firmDescriptions", MentionCleaner.firmDescriptions),
        ("CompoundBodyNames.endings", Set(CompoundBodyNames.endings.map(\.ending))),
    ]

    @Test(arguments: lists.map(\.name))
    func everyEntryIsWrittenAsItsOwnKey(list: String) throws {
        let words = try #require(Self.lists.first { $0.name == list }).words
        let dead = words.filter { NameKey.of($0) != $0 }.sorted()
        #expect(dead.isEmpty, "\(list) holds words no token's key can equal: \(dead)")
    }
}
