/// A page asking the reader to do something elsewhere: "Follow us on Instagram and TikTok",
/// "Download the app to get daily market updates", "Get our morning briefing in your inbox".
/// An imperative that opens the line and a channel to do it on; never a quotation or reported speech.
enum CallsToAction {
    static let verbs: Set<String> = [
        "follow", "like", "get", "download", "subscribe", "sign", "catch", "join", "listen", "watch",
        "install", "stay", "never",
    ]

    /// Where the reader is sent: social networks, apps, inboxes, feeds.
    static let channels: [String] = [
        "facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram", "linkedin", "twitter", "bluesky",
        "threads", "google news", " on x", " app", "newsletter", "inbox", "podcast", "briefing", "alerts",
        "updates on", "updates", "notifications",
    ]

    /// Labels a call to action sometimes wears ("Newsletter: Get ...").
    static let labels = ["newsletter:", "podcast:", "app:", "alerts:"]

    /// `lower`: the line lowercased and trimmed.
    static func isCallToAction(_ lower: String) -> Bool {
        guard lower.utf8.count <= 200, !lower.contains("\""), !lower.contains("\u{201C}") else { return false }
        var text = Substring(lower)
        for label in labels where text.hasPrefix(label) {
            text = text.dropFirst(label.count).drop { $0 == " " }
        }
        guard let first = text.split(separator: " ").first, verbs.contains(String(first)) else { return false }
        // "Follow the money, the auditor said, and the app's losses are plain": someone speaking.
        guard !reporting.contains(where: { text.includes($0) }) else { return false }
        return channels.contains { text.includes($0) }
    }

    static let reporting = [" said", " says", " told", " tells", " warned", " according to", " asked"]
}
