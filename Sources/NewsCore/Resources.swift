import Foundation

/// Finds Gazette's Resources folder (samples, gazetteers) from a build tree or an install.
public enum GazetteResources {
    /// In order: $GAZETTE_RESOURCES; `<prefix>/share/gazette` beside an installed
    /// `<prefix>/bin/gazette`; the source tree this binary was built from.
    public static func directory() -> URL? {
        candidates().first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("samples").path) }
    }

    static func candidates() -> [URL] {
        var result: [URL] = []
        if let override = ProcessInfo.processInfo.environment["GAZETTE_RESOURCES"], !override.isEmpty {
            result.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let executableURL = Bundle.main.executableURL?.resolvingSymlinksInPath() ?? executable
        let bin = executableURL.deletingLastPathComponent()
        result.append(bin.deletingLastPathComponent().appendingPathComponent("share/gazette"))
        // Sources/NewsCore/Resources.swift -> the package root.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        result.append(sourceRoot.appendingPathComponent("Resources"))
        return result
    }

    /// The bundled sample articles, sorted by name.
    public static func samplePaths() -> [String] {
        guard let directory = directory()?.appendingPathComponent("samples") else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    public static func file(_ relativePath: String) -> URL? {
        guard let url = directory()?.appendingPathComponent(relativePath),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
