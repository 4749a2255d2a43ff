import NewsCore
import Testing

/// A page's copyright notice leaves the body but names who owns it.
@Suite struct CopyrightNoticeTests {
    @Test(arguments: [
        ("© 2025 Forum Communications Co.", ["Forum Communications Co."]),
        ("© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.", ["Guardian News & Media Limited"]),
        ("Copyright© 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.", ["THG PUBLISHING PVT LTD."]),
        ("Copyright © 2025 The Sydney Morning Herald", ["Sydney Morning Herald"]),
        ("Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.", ["BBC"]),
        ("© 2025 Deutsche Welle | Privacy Policy | Legal notice | Contact", ["Deutsche Welle"]),
        ("© Buenos Aires Times / Agence France-Presse. All rights reserved.", ["Buenos Aires Times", "Agence France-Presse"]),
        ("Kelm Union, 4 Quay St, Dublin 1 · Published by Kelm Union. Copyright © 2026 Kelm Union.", ["Kelm Union"]),
        ("©2025 Bloomberg L.P.", ["Bloomberg L.P."]),
        ("© Galway Courier Media Ltd 2025", ["Galway Courier Media Ltd"]),
        // The company that owns the title is named too, after the holder.
        ("© Harlow Gazette. Part of Tarnwick Weekly Newspapers Ltd.", ["Harlow Gazette", "Tarnwick Weekly Newspapers Ltd."]),
        ("© 2026 Quay & Rope is published by Orlen Media Ltd, London.", ["Quay & Rope", "Orlen Media Ltd"]),
        ("© 2026 Brackwater Lantern, a Fenmoor Creek Media publication. All rights reserved.",
         ["Brackwater Lantern", "Fenmoor Creek Media"]),
        ("Valley Vision is a channel of Tarsen Media Ltd. © 2026. All rights reserved.", ["Tarsen Media Ltd."]),
        ("© 2025 KVRN LLC. All Rights Reserved. A Division of Orlen Universal", ["KVRN LLC.", "Orlen Universal"]),
        ("Marsh Daily News is part of the Velden Media Group. © 2027 MDN. All rights reserved.", ["MDN", "Velden Media Group"]),
        ("© 2026 Ribeira Capital. Published by Edições Serra do Mar", ["Ribeira Capital", "Edições Serra do Mar"]),
        // The name ends at a year that ends a sentence, and at a comma but one before a legal form.
        ("© Tarn Pulse Media 2025. Scorecard data supplied by CricStat.", ["Tarn Pulse Media"]),
        ("© 2025 Lantaw Weekly, 14 Quay Avenue, Harbury City", ["Lantaw Weekly"]),
        ("Copyright ©2025 Orlen Jones & Company, Inc. All Rights Reserved.", ["Orlen Jones & Company, Inc."]),
        ("© 2025 Tarrant, Vell & Co. Ltd. All rights reserved.", ["Tarrant, Vell & Co. Ltd."]),
    ])
    func noticeNamesItsHolders(line: String, holders: [String]) {
        #expect(CopyrightNotice.holders(in: line) == holders)
    }

    @Test(arguments: [
        "© Ina FASSBENDER / AFP",
        "Activists protest outside the hall on June 16. © Jane Roe / AFP",
        "A resident carries his dog through a flooded street on May 15, 2025. © Jane ROE / AFP",
        "The band's 1998 album was a hit.",
        "Copyright law changed in 2021, the court said, and publishers must now register every work they print.",
        "© 2025",
        "© 2021 AP Photo/Hadi Mizban",
    ])
    func photoCreditsAndProseAreNoNotices(line: String) {
        #expect(CopyrightNotice.holders(in: line).isEmpty)
    }

    @Test func theNoticeLeavesTheBodyAndItsHolderStaysWithTheArticle() throws {
        let article = try #require(PlainTextReader.parse(text: """
            Harbour fees rise

            The port raised its fees on Monday, the first rise in a decade.

            Shipping firms said they would pass the cost on.

            © 2025 Kelmouth Media Group Ltd. All rights reserved.
            """))
        #expect(article.rightsHolders == ["Kelmouth Media Group Ltd."])
        #expect(!article.bodyText.contains("Kelmouth Media"))
    }

    @Test func aCaptionLeavesTheBodyAndStaysWithTheArticleWithoutItsLabel() throws {
        let article = try #require(PlainTextReader.parse(text: """
            Harbour fees rise

            [Photo] A crane unloads a ship at Tarrow Quay on Monday. (Ann Lee/Kelmouth Images)

            The port raised its fees on Monday, the first rise in a decade.

            Photo: Dockers at the gate.

            Shipping firms said they would pass the cost on.
            """))
        #expect(article.captions == ["A crane unloads a ship at Tarrow Quay on Monday. (Ann Lee/Kelmouth Images)", "Dockers at the gate."])
        #expect(!article.bodyText.contains("Tarrow Quay") && !article.bodyText.contains("Dockers"), "\(article.paragraphs)")
    }
}
