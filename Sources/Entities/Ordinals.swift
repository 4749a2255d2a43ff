/// "5th", "11th", "42nd": an ordinal opens some names ("11th Circuit", "3rd Infantry Division").
enum Ordinals {
    static func isOrdinal(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 3, utf8.count <= 6, utf8[0] >= 48, utf8[0] <= 57 else { return false }
        let suffix = String(decoding: utf8.suffix(2), as: UTF8.self)
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return false }
        return utf8.dropLast(2).allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
