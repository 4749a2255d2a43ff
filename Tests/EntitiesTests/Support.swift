import Entities
import NewsCore

/// The shipped extractor (model from Resources/entities) over hand-made articles.
let newsExtractor = NewsEntityExtractor()

func extract(_ paragraphs: [String], title: String = "Report", titleDerived: Bool = false) -> [ArticleEntity] {
    newsExtractor.entities(in: Article(title: title, titleDerived: titleDerived, paragraphs: paragraphs))
}

func names(_ entities: [ArticleEntity], _ type: EntityType) -> Set<String> {
    Set(entities.filter { $0.type == type }.map(\.name))
}

func entity(named name: String, in entities: [ArticleEntity]) -> ArticleEntity? {
    entities.first { $0.name == name }
}
