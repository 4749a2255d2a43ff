/// "5th", "11th", "42nd": an ordinal opens some names ("11th Circuit", "3rd Infantry Division").
enum Ordinals {
    static func isOrdinal(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let head = utf8.first, head >= 48, head <= 57, (3...6).contains(utf8.count) else { return false }
        var digits = 0
        var suffix: [UInt8] = []
        for byte in utf8 {
            if byte >= 48, byte <= 57 {
                guard suffix.isEmpty else { return false }
                digits += 1
            } else {
                suffix.append(byte | 0x20)
            }
        }
        return suffix == Array("st".utf8) || suffix == Array("nd".utf8) || suffix == Array("rd".utf8) || suffix == Array("th".utf8)
    }
}
