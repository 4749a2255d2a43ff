import Foundation
import NewsCore

/// The loop: draw, read a key, turn it into an action, update, carry out any effect.
public final class ReaderApp {
    public private(set) var state: AppState
    private let terminal: any Terminal

    public init(library: any ReaderLibrary, terminal: any Terminal, exportDirectory: String) {
        self.terminal = terminal
        state = AppState(library: library, size: terminal.size, exportDirectory: exportDirectory)
    }

    /// Runs until the person quits or (headless) the keys run out.
    public func run(initialMessage: StatusMessage? = nil) {
        state.message = initialMessage
        terminal.show(Screen.draw(state))
        while !state.shouldQuit, let key = terminal.nextKey() {
            handle(key)
            terminal.show(Screen.draw(state))
        }
    }

    public func handle(_ key: Key) {
        guard let action = Keymap.action(for: key, in: state.keyContext) else { return }
        dispatch(action)
    }

    func dispatch(_ action: Action) {
        guard let effect = Update.apply(action, to: &state) else { return }
        if let followUp = perform(effect) { dispatch(followUp) }
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .export(let article, let format, let path, let overwrite):
            do throws(AtomicFileWriter.WriteError) {
                try AtomicFileWriter.write(format.render(article), to: path, overwrite: overwrite)
                return .exportFinished(message: "Exported \(format.displayName) to \(path)", succeeded: true)
            } catch .exists {
                return .exportTargetExists
            } catch {
                return .exportFinished(message: error.description, succeeded: false)
            }
        }
    }
}
