/// The bulk place list (GeoNames alternate names) carries thousands of airport codes ("AAL",
/// "ACT", "AID"): as name keys they made ordinary words ("act", "aid", "air") and party or agency
/// acronyms ("SPD", "NHS") places. A code is a place only when a hand-made list names it
/// (Resources/entities/places.txt, or a place in the alias table: "US", "UAE").
struct PlaceCodes {
    let vouched: Set<String>

    /// `curatedPlaces`: the hand-made place names; `aliasLines`: aliases.tsv's lines.
    init(curatedPlaces: [String], aliasLines: [String]) {
        var names = Set(curatedPlaces)
        for line in aliasLines {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 2, fields[0] == "place" else { continue }
            names.insert(fields[1])
            if fields.count > 2 { names.formUnion(fields[2].split(separator: "|").map(String.init)) }
        }
        vouched = names
    }

    /// Two to four capitals and nothing else.
    static func isCode(_ name: String) -> Bool {
        (2...4).contains(name.utf8.count) && name.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    func keeps(_ name: String) -> Bool {
        !PlaceCodes.isCode(name) || vouched.contains(name)
    }
}
