/// "Servicios de Agua y Drenaje de Monterrey", "Instituto Tecnológico y de Estudios Superiores
/// de Monterrey", "Banque de France", "Partito Democratico": in Spanish, Portuguese, French and
/// Italian a body's name opens with its kind of body and runs on through "de", "del", "y"...
/// and capitalized words. The tagger, trained on English, cuts such names at their connectors
/// and reads the pieces as people or places; from its opening word to its last capitalized
/// word, the run is one organization. Irish and Scottish Gaelic names are built the same way
/// ("Bord na Móna", "Comhairle nan Eilean Siar"), and the Irish article "An" opens one with no
/// connector inside ("An Bord Pleanála").
enum RomanceOrganizationNames {
    /// Opening words of bodies: institutions, not buildings (a "Palacio" or "Museo" is a place
    /// as often as a body). Held as name keys, which drop accents: a token's key for
    /// "Asociación" is "asociacion", and the word as written would never match it.
    static let heads: Set<String> = Set([
        // Spanish
        "instituto", "institución", "servicios", "servicio", "secretaría", "comisión", "consejo", "banco",
        "universidad", "partido", "tribunal", "suprema", "supremo", "cámara", "ministerio", "fundación",
        "asociación", "federación", "confederación", "sindicato", "compañía", "procuraduría", "fiscalía",
        "movimiento", "organización", "centro", "agencia", "dirección", "junta", "liga",
        // Portuguese
        "serviço", "comissão", "conselho", "universidade", "ministério", "fundação", "associação",
        "federação", "confederação", "companhia", "agência", "movimento", "organização",
        // French
        "institut", "conseil", "banque", "université", "ministère", "fondation", "fédération",
        "confédération", "syndicat", "compagnie", "société", "agence", "assemblée", "mouvement", "caisse",
        "cour", "chambre", "ligue",
        // Italian
        "istituto", "consiglio", "banca", "università", "partito", "tribunale", "ministero", "fondazione",
        "associazione", "federazione", "confederazione", "sindacato", "compagnia", "società", "agenzia",
        "commissione", "organizzazione",
        // Irish and Scottish Gaelic: board, commission, council, authority, league, foundation, department, office
        "bord", "coimisiún", "comhairle", "údarás", "conradh", "foras", "roinn", "oifig",
    ].map(NameKey.of))

    /// The Irish "the" before a body's name, part of the name as written in English text.
    static let gaelicArticle = "An"

    /// Lowercase words inside such a name, between its capitalized words, as name keys ("l'" is "l").
    /// "Against" belongs too: a body is often named for what it fights ("Comisión Federal para la
    /// Protección contra Riesgos Sanitarios", "Ligue contre le Cancer").
    static let connectors: Set<String> = Set([
        "de", "del", "la", "las", "los", "el", "y", "e", "para", "da", "do", "dos", "das", "du", "des",
        "et", "pour", "di", "della", "delle", "dei", "degli", "per", "l'", "d'", "le", "les", "contra", "contre", "contro",
        "na", "nan",
    ].map(NameKey.of))

    static func find(in paragraph: TokenizedParagraph) -> [MentionSpan] {
        guard !paragraph.capitalsMeanNothing else { return [] }
        let tokens = paragraph.tokens
        let facts = paragraph.facts
        var found: [MentionSpan] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard paragraph.isCapitalizedWord(index), heads.contains(facts[index].key) else { continue }
            // The name goes on while capitalized words follow, directly or after connectors.
            var end = index + 1
            var next = end
            while next < tokens.count {
                if paragraph.isCapitalizedWord(next) {
                    next += 1
                    end = next
                } else if connectors.contains(facts[next].key), !facts[next].startsUppercase {
                    next += 1
                } else {
                    break
                }
            }
            let opensWithArticle = index > 0 && tokens[index - 1].text == gaelicArticle
            // A connector must lead somewhere: "Instituto ... y de Estudios", not "Banco de" alone.
            guard end - index >= 2, opensWithArticle || (index..<end).contains(where: { connectors.contains(facts[$0].key) })
            else { continue }
            found.append(MentionSpan(paragraph: paragraph.index, first: opensWithArticle ? index - 1 : index, end: end, type: .organization))
            index = end - 1
        }
        return found
    }
}
