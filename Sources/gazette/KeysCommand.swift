import ArgumentParser
import TUI

/// `gazette keys`: the key table in Markdown, printed from the keymap (the README's table).
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the reader's keys as a Markdown table.")

    func run() {
        print(Keymap.markdownTable(), terminator: "")
    }
}
