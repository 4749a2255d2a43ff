import Search
import Testing

@Suite struct QueryParserTests {
    typealias Term = SearchQuery.Term

    @Test func wordsAreAllRequired() {
        let query = QueryParser.parse("iraq troops")
        #expect(query.groups == [[Term(words: ["iraq"])], [Term(words: ["troops"])]])
    }

    @Test func phrasesOrExclusionsAndPrefixes() {
        let query = QueryParser.parse("\"combat mission\" iraq OR syria -daesh troo*")
        #expect(query.groups == [
            [Term(words: ["combat", "mission"])],
            [Term(words: ["iraq"]), Term(words: ["syria"])],
            [Term(words: ["troo"], isPrefix: true)],
        ])
        #expect(query.excluded == [Term(words: ["daesh"])])
    }

    @Test func filters() {
        let query = QueryParser.parse("source:national title:Iraq person:Biden place:Baghdad org:ISIS entity:Kadhimi after:2021-08-01 before:2021-12 date:2021-11 is:unread is:starred")
        #expect(query.groups == [[Term(words: ["Iraq"], titleOnly: true)]])
        #expect(query.filters == [
            .source("national"), .entity(type: "person", name: "Biden"), .entity(type: "place", name: "Baghdad"),
            .entity(type: "organization", name: "ISIS"), .entity(type: nil, name: "Kadhimi"),
            .days(from: 20210801, through: 99_991_231), .days(from: 1, through: 20211200),
            .days(from: 20211101, through: 20211131), .unread, .starred,
        ])
        #expect(query.notes.isEmpty)
    }

    @Test func quotedFilterValue() {
        #expect(QueryParser.parse("person:\"Joe Biden\"").filters == [.entity(type: "person", name: "Joe Biden")])
    }

    @Test func typingMakesTheLastWordAPrefix() {
        #expect(QueryParser.parse("iraq kadh", typing: true).groups.last == [Term(words: ["kadh"], isPrefix: true)])
        #expect(QueryParser.parse("iraq kadh ", typing: true).groups.last == [Term(words: ["kadh"])])
    }

    @Test func oneLetterIsAWordNotAPrefix() {
        // The prefix indexes start at two letters; "k*" would merge every word starting with k.
        #expect(QueryParser.parse("iraq k", typing: true).groups.last == [Term(words: ["k"])])
        let explicit = QueryParser.parse("k*")
        #expect(explicit.groups == [[Term(words: ["k"])]])
        #expect(explicit.notes.contains { $0.contains("two letters") })
        #expect(QueryParser.parse("ka*").groups == [[Term(words: ["ka"], isPrefix: true)]])
    }

    @Test(arguments: ["\"unbalanced", "-", "((", "*", "title:", "OR", "a OR", "\"\"", ":", "after:yesterday", "is:new", "NEAR(a b)", "title:\"", "-\"", "))((**--::"])
    func malformedInputGivesAQueryWithNotes(input: String) {
        let query = QueryParser.parse(input)
        // Never a crash, never raw syntax: every term is plain words.
        for term in query.groups.flatMap({ $0 }) + query.excluded {
            #expect(term.words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber } })
        }
        if query.isEmpty {
            #expect(!query.notes.isEmpty, "\(input) should say what was ignored")
        }
    }

    /// What looks like syntax but is not used is said, even when the words still search.
    @Test func unusedSyntaxGetsANote() {
        #expect(QueryParser.parse("(iraq OR syria) troops").notes.contains { $0.contains("brackets") })
        #expect(QueryParser.parse("foo:bar").notes.contains { $0.contains("“foo:” is no filter") })
        #expect(QueryParser.parse("foo:bar").groups == [[Term(words: ["foo", "bar"])]])
        #expect(QueryParser.parse("\"\"").notes == ["an empty phrase was ignored"])
        #expect(QueryParser.parse("10:30 iraq").notes.isEmpty)
    }

    @Test func unbalancedQuoteRunsToTheEnd() {
        #expect(QueryParser.parse("\"combat mission").groups == [[Term(words: ["combat", "mission"])]])
    }

    @Test func hyphenatedWordIsAPhraseOfItsParts() {
        #expect(QueryParser.parse("US-led").groups == [[Term(words: ["US", "led"])]])
    }
}
