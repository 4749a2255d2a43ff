/// Reads the date forms news uses: ISO 8601, RFC 2822, "November 24, 2021", "24 Nov 2021",
/// "0350 GMT November 24, 2021", with or without weekday, time and zone.
public enum DateParser {
    public static func parse(_ text: String) -> NewsDate? {
        let scalars = Array(text.unicodeScalars)
        if let iso = parseISO(scalars) { return iso }
        return parseWords(tokenize(scalars))
    }

    /// True for a word that can open a date: a number, a month or a weekday.
    public static func startsLikeDate(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        if first.isNumber { return true }
        let letters = word.lowercased().filter(\.isLetter)
        return monthNumber(letters) != nil || weekdays.contains(where: { letters.hasPrefix($0) })
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    // MARK: ISO 8601

    private static func parseISO(_ s: [Unicode.Scalar]) -> NewsDate? {
        var start = 0
        while start + 10 <= s.count {
            if isDigits(s, start, 4), s[start + 4] == "-", isDigits(s, start + 5, 2), s[start + 7] == "-",
               isDigits(s, start + 8, 2), start == 0 || !isDigit(s[start - 1]),
               start + 10 == s.count || !isDigit(s[start + 10]) {
                return isoDate(s, start)
            }
            start += 1
        }
        return nil
    }

    private static func isoDate(_ s: [Unicode.Scalar], _ start: Int) -> NewsDate? {
        var date = NewsDate(year: number(s, start, 4), month: number(s, start + 5, 2), day: number(s, start + 8, 2))
        guard isValidDay(date) else { return nil }
        var i = start + 10
        guard i + 5 < s.count + 0, i < s.count, s[i] == "T" || s[i] == " ",
              isDigits(s, i + 1, 2), i + 3 < s.count, s[i + 3] == ":", isDigits(s, i + 4, 2) else { return date }
        date.hour = number(s, i + 1, 2)
        date.minute = number(s, i + 4, 2)
        i += 6
        if i + 2 < s.count, s[i] == ":", isDigits(s, i + 1, 2) {
            date.second = number(s, i + 1, 2)
            i += 3
            if i < s.count, s[i] == "." { i += 1; while i < s.count, isDigit(s[i]) { i += 1 } }
        }
        guard isValidTime(date) else { return NewsDate(year: date.year, month: date.month, day: date.day) }
        if i < s.count, s[i] == "Z" {
            date.utcOffsetMinutes = 0
        } else if i + 2 < s.count, s[i] == "+" || s[i] == "-", isDigits(s, i + 1, 2) {
            var minutes = number(s, i + 1, 2) * 60
            if i + 5 < s.count, s[i + 3] == ":", isDigits(s, i + 4, 2) { minutes += number(s, i + 4, 2) }
            else if isDigits(s, i + 3, 2) { minutes += number(s, i + 3, 2) }
            date.utcOffsetMinutes = s[i] == "-" ? -minutes : minutes
        }
        return date
    }

    // MARK: Words and numbers

    private enum Token: Equatable {
        case number(String)
        case word(String)
        case symbol(Unicode.Scalar)
    }

    private static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if isDigit(c) {
                var j = i
                while j < s.count, isDigit(s[j]) { j += 1 }
                tokens.append(.number(String(String.UnicodeScalarView(s[i..<j]))))
                i = j
            } else if c.properties.isAlphabetic {
                var j = i
                while j < s.count, s[j].properties.isAlphabetic { j += 1 }
                tokens.append(.word(String(String.UnicodeScalarView(s[i..<j])).lowercased()))
                i = j
            } else {
                if !c.properties.isWhitespace { tokens.append(.symbol(c)) }
                i += 1
            }
        }
        return tokens
    }

    private static func parseWords(_ tokens: [Token]) -> NewsDate? {
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute: Int?, second: Int?, offset: Int?
        var i = 0
        func word(at index: Int) -> String? {
            if index < tokens.count, case .word(let w) = tokens[index] { return w }
            return nil
        }
        /// "a.m.", "p.m.": the letter, a dot, then "m".
        func isSpelledMeridiem(_ letter: String, _ index: Int) -> Bool {
            (letter == "a" || letter == "p") && index + 2 < tokens.count && tokens[index + 1] == .symbol(".")
                && word(at: index + 2) == "m"
        }
        while i < tokens.count {
            switch tokens[i] {
            case .word(let w):
                if month == nil, let m = monthNumber(w) {
                    month = m
                } else if hour != nil, offset == nil, let zone = zoneOffsets[w] {
                    offset = zone
                    // "GMT+8", "UTC-5": hours from the zone.
                    if i + 2 < tokens.count, case .symbol(let sign) = tokens[i + 1], sign == "+" || sign == "-",
                       case .number(let hours) = tokens[i + 2], hours.count <= 2, let value = Int(hours), value <= 14 {
                        offset = zone + (sign == "-" ? -value : value) * 60
                        i += 2
                    }
                } else if hour != nil, w == "pm" || w == "am" || isSpelledMeridiem(w, i) {
                    if w.hasPrefix("p"), let h = hour, h < 12 { hour = h + 12 }
                    if w.hasPrefix("a"), hour == 12 { hour = 0 }
                }
            case .symbol(let sign) where (sign == "+" || sign == "-") && hour != nil && offset == nil:
                if i + 1 < tokens.count, case .number(let digits) = tokens[i + 1], digits.count == 4 {
                    let value = Int(digits)!
                    let minutes = (value / 100) * 60 + value % 100
                    offset = sign == "-" ? -minutes : minutes
                    i += 1
                }
            case .number(let digits):
                let value = Int(digits) ?? -1
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                if next == .symbol(":"), hour == nil, digits.count <= 2,
                   i + 2 < tokens.count, case .number(let mm) = tokens[i + 2], mm.count == 2 {
                    hour = value
                    minute = Int(mm)
                    i += 2
                    if i + 2 < tokens.count, tokens[i + 1] == .symbol(":"), case .number(let ss) = tokens[i + 2], ss.count == 2 {
                        second = Int(ss)
                        i += 2
                    }
                } else if digits.count == 4, hour == nil, let zoneWord = word(at: i + 1), zoneOffsets[zoneWord] != nil,
                          value / 100 < 24, value % 100 < 60 {
                    // Wire-service style "0350 GMT".
                    hour = value / 100
                    minute = value % 100
                } else if digits.count == 4, year == nil, (1900...2100).contains(value) {
                    year = value
                } else if digits.count <= 2, day == nil, (1...31).contains(value) {
                    day = value
                }
            default:
                break
            }
            i += 1
        }
        guard let year, let month, let day else { return nil }
        var date = NewsDate(year: year, month: month, day: day)
        guard isValidDay(date) else { return nil }
        if let hour, let minute {
            date.hour = hour
            date.minute = minute
            date.second = second
            date.utcOffsetMinutes = offset
            if !isValidTime(date) { return NewsDate(year: year, month: month, day: day) }
        }
        return date
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]

    private static func monthNumber(_ word: String) -> Int? {
        if let index = fullMonths.firstIndex(of: word) { return index + 1 }
        if word == "sept" { return 9 }
        if word.count == 3, let index = months.firstIndex(of: word) { return index + 1 }
        return nil
    }

    /// Zones news actually prints. Ambiguous ones (IST, CST in Asia) take their US/UK sense.
    private static let zoneOffsets: [String: Int] = [
        "gmt": 0, "utc": 0, "ut": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "msk": 180, "ast": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "kst": 540, "ist": 330, "aest": 600,
    ]

    // MARK: Helpers

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private static func isDigits(_ s: [Unicode.Scalar], _ start: Int, _ count: Int) -> Bool {
        guard start >= 0, start + count <= s.count else { return false }
        return s[start..<start + count].allSatisfy(isDigit)
    }

    private static func number(_ s: [Unicode.Scalar], _ start: Int, _ count: Int) -> Int {
        s[start..<start + count].reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    private static func isValidDay(_ date: NewsDate) -> Bool {
        guard (1...12).contains(date.month), date.day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        let length = date.month == 2 && !leap ? 28 : lengths[date.month - 1]
        return date.day <= length
    }

    private static func isValidTime(_ date: NewsDate) -> Bool {
        (0...23).contains(date.hour ?? 0) && (0...59).contains(date.minute ?? 0) && (0...60).contains(date.second ?? 0)
    }
}
