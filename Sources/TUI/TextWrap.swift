/// A run of text in one style.
public struct Segment: Sendable, Equatable {
    public var text: String
    public var style: Style
}

public typealias StyledLine = [Segment]

/// Word wrap by display width, keeping each character's style and where it landed.
enum TextWrap {
    struct Placed {
        var lines: [StyledLine]
        /// For each input character, the (line, column) it was drawn at.
        var positions: [(line: Int, column: Int)]
    }

    static func wrap(_ characters: [Character], styles: [Style], width: Int) -> Placed {
        let width = max(1, width)
        var lines: [[(Character, Style)]] = [[]]
        var lineWidth = 0
        var positions = Array(repeating: (line: 0, column: 0), count: characters.count)
        let widths = characters.map { max(0, DisplayWidth.width(of: $0)) }

        func place(_ index: Int) {
            positions[index] = (lines.count - 1, lineWidth)
            lines[lines.count - 1].append((characters[index], styles[index]))
            lineWidth += widths[index]
        }
        func newLine() {
            while let last = lines[lines.count - 1].last, last.0 == " " {
                lines[lines.count - 1].removeLast()
            }
            lines.append([])
            lineWidth = 0
        }

        var i = 0
        while i < characters.count {
            if characters[i] == " " {
                if lineWidth > 0, lineWidth + 1 <= width {
                    place(i)
                } else {
                    positions[i] = (lines.count - 1, lineWidth)
                }
                i += 1
                continue
            }
            var end = i
            var wordWidth = 0
            while end < characters.count, characters[end] != " " {
                wordWidth += widths[end]
                end += 1
            }
            if lineWidth + wordWidth > width, lineWidth > 0 { newLine() }
            for k in i..<end {
                if lineWidth + widths[k] > width, lineWidth > 0 { newLine() }
                place(k)
            }
            i = end
        }
        let styled = lines.map { line -> StyledLine in
            var segments: StyledLine = []
            for (character, style) in line {
                if let last = segments.last, last.style == style {
                    segments[segments.count - 1].text.append(character)
                } else {
                    segments.append(Segment(text: String(character), style: style))
                }
            }
            return segments
        }
        return Placed(lines: styled, positions: positions)
    }
}
