/// A screen to show canvases on and a source of keys. ncurses drives the real one;
/// the headless one lets tests read the screen as text.
public protocol Terminal: AnyObject {
    var size: Size { get }
    func show(_ canvas: Canvas)
    /// The next key or event; nil when no more will come (the terminal closed, a script ran out).
    func nextKey() -> Key?
    /// Whether another key is already waiting: the person typed ahead of the screen.
    var hasPendingInput: Bool { get }
}

/// A terminal in memory: keys come from a script, frames are kept for reading.
public final class HeadlessTerminal: Terminal {
    public var size: Size
    public private(set) var lastFrame: Canvas?
    public private(set) var framesShown = 0
    private var script: [Key]

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        script = keys
    }

    public func show(_ canvas: Canvas) {
        lastFrame = canvas
        framesShown += 1
    }

    public func nextKey() -> Key? {
        script.isEmpty ? nil : script.removeFirst()
    }

    /// A script is typed all at once, as by a fast typist: every key but the last has another waiting.
    public var hasPendingInput: Bool { !script.isEmpty }

    /// The last frame as text, trailing spaces trimmed: what a person would see.
    public var screenText: String {
        (lastFrame?.lines ?? []).map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }.joined(separator: "\n")
    }
}
