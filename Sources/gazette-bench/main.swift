import NewsCore
import Entities
for path in CommandLine.arguments.dropFirst() {
    do { let a = CapitalizedNameExtractor().tagging(try PlainTextReader.read(path: path)); print(a.title); for e in a.entities { print("  \(e.type) \(e.name) \(e.aliases) \(e.count)") } } catch { print(error) }
}
