/// The Article as JSON, with the keys `gazette show --json` promises.
public enum ArticleJSON {
    public static func value(_ article: Article) -> JSONValue {
        .object([
            ("path", .optional(article.path)),
            ("id", .string(article.id)),
            ("title", .string(article.title)),
            ("title_derived", .bool(article.titleDerived)),
            ("source", .optional(article.source)),
            ("url", .optional(article.url)),
            ("byline", .optional(article.byline)),
            ("date", .optional(article.published?.iso8601)),
            ("format", .string(article.format.rawValue)),
            ("language", .optional(article.language)),
            ("paragraphs", .array(article.paragraphs.map(JSONValue.string))),
            ("entities", .array(article.entities.map(entity))),
        ])
    }

    public static func entity(_ entity: ArticleEntity) -> JSONValue {
        .object([
            ("type", .string(entity.type.rawValue)),
            ("name", .string(entity.name)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
            ("count", .number(entity.count)),
            ("id", .string(entity.id)),
        ])
    }
}
