using QuoteLens.Grouping;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A spokesman named after the seat he speaks for ("il portavoce del Cremlino Dmitry Peskov") is named by his own
/// attribution, so the group's other articles never rename him (SpeakerConsensus.StrengthOf), on real coverage: the answer
/// key of the Russian Volunteer Corps' raid into Bryansk region (data/eval/rdk-bryansk-raid-2023-03), whose Italian
/// rinascimento.info prints Peskov's "We are talking about a terrorist attack" in a group where outlets that give the words
/// "terrorist attack" to Putin stand as fragments.
/// </summary>
public class SpeakerConsensusSeatTests
{
    private static Quote Attributed(string phrase, string speaker) =>
        new("a#1", "a", "Parliamo di un attacco terrorista.", 0, 34, QuoteKind.Full, false, "“", phrase, "ha detto", "it",
            [new Span(0, 34)], speaker, SpeakerNames.Key(speaker));

    [Theory]
    [InlineData("alla stampa il portavoce del Cremlino Dmitry Peskov", "Dmitry Peskov", "Named")]
    [InlineData("spokesman of the Kremlin Dmitry Peskov", "Dmitry Peskov", "Named")]
    [InlineData("purtătorul de cuvânt al Kremlinului Dmitri Peskov", "Dmitri Peskov", "Named")]
    [InlineData("ein Sprecher von Präsident Joe Biden", "Joe Biden", "Principal")]
    [InlineData("a spokesman for Biden", "Joe Biden", "Principal")]
    public void A_name_after_a_seat_is_the_spokesman_s_own(string phrase, string speaker, string strength)
    {
        Assert.Equal(strength, SpeakerConsensus.StrengthOf(Attributed(phrase, speaker)).ToString());
    }

    [Fact]
    public void Peskov_keeps_his_words_in_a_group_with_Putin_s()
    {
        var analysis = Analysis.Run(TestPaths.Data("eval", "rdk-bryansk-raid-2023-03"));
        var italian = analysis.Groups.SelectMany(g => g.Members).Single(m => m.ArticleId == "R57_rinascimento_it" && m.Text == "Parliamo di un attacco terrorista.");

        Assert.Equal("alla stampa il portavoce del Cremlino Dmitry Peskov", italian.Speaker);
        Assert.True(italian.IsSpokenBy("Peskov"));
        // Outlets that give "terrorist attack" to Putin quote it as a fragment of this group: they vote for him.
        Assert.Contains(analysis.Groups.Single(g => g.Members.Contains(italian)).Fragments, f => f.IsSpokenBy("Putin"));
    }
}
