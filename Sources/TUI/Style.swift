/// What a cell should look like; drivers decide how (colours, bold, reverse).
public enum Style: Int, Sendable, CaseIterable {
    case normal = 0
    case dim
    case bold
    case title
    case heading
    case bar          // top line and status line
    case selected     // the cursor row in the focused pane
    case selectedIdle // the cursor row in another pane
    case unread
    case match        // a search match in the text
    case currentMatch // the match n/N landed on
    case mention      // a mention of the selected entity
    case border
    case dialog
    case error
    case placeholder  // a control character made visible
}
