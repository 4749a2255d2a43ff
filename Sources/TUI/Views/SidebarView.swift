/// People, places and organizations the selected article names, each with its mention count.
enum SidebarView {
    static func draw(_ state: AppState, into canvas: inout Canvas, frame: Frame) {
        let entities = state.sidebarEntities
        guard !entities.isEmpty else {
            canvas.put(state.selectedArticle == nil ? "" : "No names found", row: frame.row, column: frame.column + 1,
                       style: .dim, maxWidth: frame.width - 1)
            return
        }
        let rows = state.sidebarRows
        for slot in 0..<frame.height {
            let index = state.sidebarTop + slot
            guard index < rows.count else { break }
            let row = frame.row + slot
            switch rows[index] {
            case .gap: break
            case .heading(let type):
                let count = entities.filter { $0.type == type }.count
                canvas.put("\(type.pluralTitle) (\(count))", row: row, column: frame.column + 1, style: .heading,
                           maxWidth: frame.width - 1)
            case .entity(let entityIndex):
                let entity = entities[entityIndex]
                let count = String(entity.count)
                let nameWidth = frame.width - 3 - count.count - 1
                canvas.put(DisplayWidth.fit(entity.name, to: max(1, nameWidth)), row: row, column: frame.column + 2)
                canvas.put(count, row: row, column: frame.column + frame.width - count.count - 1, style: .dim)
                if entityIndex == state.sidebarCursor, state.focus == .sidebar {
                    canvas.restyle(row: row, column: frame.column, width: frame.width, style: .selected)
                } else if state.entityFilter?.key == entity.id {
                    canvas.restyle(row: row, column: frame.column, width: frame.width, style: .selectedIdle)
                }
            }
        }
    }
}
