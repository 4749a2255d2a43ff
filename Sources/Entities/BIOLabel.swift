import NewsCore

/// The tagger's labels: outside, or the beginning or inside of a person, place or organization.
public enum BIOLabel: Int, Sendable, CaseIterable {
    case outside = 0, beginPerson, insidePerson, beginPlace, insidePlace, beginOrganization, insideOrganization

    /// Weights are stored eight to a bucket (seven used) so a bucket is one aligned load.
    public static let stride = 8

    public var type: EntityType? {
        switch self {
        case .outside: nil
        case .beginPerson, .insidePerson: .person
        case .beginPlace, .insidePlace: .place
        case .beginOrganization, .insideOrganization: .organization
        }
    }

    public var isInside: Bool { self == .insidePerson || self == .insidePlace || self == .insideOrganization }

    public static func begin(_ type: EntityType) -> BIOLabel {
        switch type {
        case .person: .beginPerson
        case .place: .beginPlace
        case .organization: .beginOrganization
        }
    }

    public static func inside(_ type: EntityType) -> BIOLabel {
        switch type {
        case .person: .insidePerson
        case .place: .insidePlace
        case .organization: .insideOrganization
        }
    }

    /// "I-" may only continue a name of its own type.
    public func mayFollow(_ previous: BIOLabel) -> Bool {
        guard isInside else { return true }
        return previous.type == type
    }

    /// The label-history features for position `index`, given the two labels before it.
    @inline(__always)
    public static func historyFeatures(_ features: TokenFeatures, index: Int, previous: BIOLabel,
                                       beforePrevious: BIOLabel) -> (UInt64, UInt64, UInt64, UInt64) {
        let p = UInt64(previous.rawValue)
        let pp = UInt64(beforePrevious.rawValue)
        return (
            FeatureHash.feature(40, p),
            FeatureHash.feature(41, pp << 4 | p),
            FeatureHash.feature(42, features.wordHashes[index] &* 8 &+ p),
            FeatureHash.feature(43, features.shapeHashes[index] &* 8 &+ p)
        )
    }
}
