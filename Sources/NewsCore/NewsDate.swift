/// A publication date as the article gave it: the day always, the time and zone when known.
public struct NewsDate: Sendable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Offset from UTC in minutes; nil when the input named no zone.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
                second: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601: "2021-11-24", "2021-11-24T03:50:00" or "2021-11-24T03:50:00Z" / "+03:00".
    public var iso8601: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour else { return text }
        text += "T\(pad(hour, 2)):\(pad(minute ?? 0, 2)):\(pad(second ?? 0, 2))"
        guard let offset = utcOffsetMinutes else { return text }
        if offset == 0 { return text + "Z" }
        let sign = offset < 0 ? "-" : "+"
        return text + "\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
    }

    /// For people: "2021-11-24", "2021-11-24 03:50", "2021-11-24 03:50 UTC", "2025-08-20 21:47 +01:00".
    public var readableText: String {
        guard let hour else { return dayText }
        let text = "\(dayText) \(pad(hour, 2)):\(pad(minute ?? 0, 2))"
        guard let offset = utcOffsetMinutes else { return text }
        if offset == 0 { return text + " UTC" }
        let sign = offset < 0 ? "-" : "+"
        return text + " \(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
    }

    /// 20211124: the day as a number, for date filters.
    public var dayNumber: Int { year * 10_000 + month * 100 + day }

    /// The day only, for narrow columns: "2021-11-24".
    public var dayText: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// Minutes since 0000-01-01 in UTC, reading an unknown zone as UTC; used only to order
    /// (months count 31 days, so the numbers have gaps but never go backwards).
    public var orderingMinutes: Int {
        let days = year * 372 + month * 31 + day
        let minutes = (hour ?? 0) * 60 + (minute ?? 0) - (utcOffsetMinutes ?? 0)
        return days * 1440 + minutes
    }

    public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool {
        if lhs.orderingMinutes != rhs.orderingMinutes { return lhs.orderingMinutes < rhs.orderingMinutes }
        return (lhs.second ?? 0) < (rhs.second ?? 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = DateParser.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
