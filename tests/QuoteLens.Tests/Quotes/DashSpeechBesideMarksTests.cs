using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Unmarked speech closed by a dash and a speech verb in a paragraph that also holds quote marks (the Polish convention, rmf24
/// and wgospodarce): the sentences after the writer's report ("… przyznał, że … "wysoce szkodliwe". I powiedziałem o tym … -
/// podsumował.") and a statement that opens the paragraph with no comma before its dash ("… po prostu ucieka – powiedział w
/// środę …") had been dropped as no dialogue. Invented people.
/// </summary>
public class DashSpeechBesideMarksTests
{
    [Fact]
    public void The_sentence_after_a_report_with_a_quoted_phrase_is_the_speech_its_dash_verb_closes()
    {
        var quotes = QuoteFinder.Find(Written("Rozmowa\n\nJan Kowalski przyznał, że obecna polityka sąsiadów jest \"wysoce szkodliwa i błędna\". Powiedziałem o tym kiedyś naszym partnerom w Brukseli - podsumował.", "pl"));

        var quote = Assert.Single(quotes, q => q.Text.StartsWith("Powiedziałem", StringComparison.Ordinal));
        Assert.Equal("Powiedziałem o tym kiedyś naszym partnerom w Brukseli", quote.Text);
        Assert.Equal("Jan Kowalski", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_statement_opening_the_paragraph_with_no_comma_before_its_dash_verb_is_speech()
    {
        var quotes = QuoteFinder.Find(Written("Wywiad\n\nRosja potrzebuje nowych żołnierzy, bo jej armia traci ludzi na froncie – powiedział minister Jan Kowalski. Rosja „chce wygrać za wszelką cenę” – dodał.", "pl"));

        var quote = Assert.Single(quotes, q => q.Text.StartsWith("Rosja potrzebuje", StringComparison.Ordinal));
        Assert.Equal("Rosja potrzebuje nowych żołnierzy, bo jej armia traci ludzi na froncie", quote.Text);
        Assert.Equal("Jan Kowalski", quote.CanonicalSpeaker);
    }

    [Fact]
    public void An_aside_between_dashes_closes_no_speech()
    {
        var quotes = QuoteFinder.Find(Written("Kritik\n\nDer Abgeordnete Hans Weber hat davor gewarnt, dem Moderator zu glauben. Der Moderator habe sich als – so wörtlich – \"nützlicher Idiot\" erwiesen, sagte Weber am Freitag.", "de"));

        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Der Abgeordnete", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_before_a_dash_and_a_named_subject_stays_no_speech()
    {
        var quotes = QuoteFinder.Find(Written("Bridge\n\nAssociated PressNEW YORK — John Miller said that the \"bridge\" would reopen next week.", "en"));

        Assert.DoesNotContain(quotes, q => q.Text.Contains("NEW YORK", StringComparison.Ordinal));
    }
}
