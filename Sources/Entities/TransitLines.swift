/// "the Red Line", "the new Gold Line extension", "the Green Line LRT": a metro or tram line named by
/// its colour is a route, none of the sidebar's kinds, though the tagger reads it as a body. (A
/// shipping line is a company: "White Star Line" has more than a colour before its "Line".)
enum TransitLines {
    static let colours: Set<String> = [
        "red", "blue", "green", "gold", "silver", "orange", "purple", "yellow", "pink", "brown", "grey", "gray",
    ]
    /// Words after "Line" that still name the route: "Green Line LRT", "Red Line Extension".
    static let routeTails: Set<String> = ["lrt", "extension", "brt", "corridor"]

    static func isLine(_ span: MentionSpan, _ paragraph: TokenizedParagraph) -> Bool {
        guard span.canonical == nil else { return false }
        let facts = paragraph.facts
        var last = span.end - 1
        if last > span.first, routeTails.contains(facts[last].key) { last -= 1 }
        guard last > span.first, facts[last].key == "line", colours.contains(facts[last - 1].key) else { return false }
        // "New Red Line": only "New" may come before the colour.
        return last - 1 == span.first || last - 2 == span.first && facts[span.first].key == "new"
    }
}
