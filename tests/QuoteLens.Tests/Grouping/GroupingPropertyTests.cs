using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Comparison;
using QuoteLens.Corpus;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>Properties of grouping, alignment and diffs over random corpora of adversarial text.</summary>
public class GroupingPropertyTests
{
    // Sentences that share words in many ways (versions, fragments, near-misses), and marks that break them up.
    private static readonly string[] Pieces =
    [
        "Putin’s killers are carrying out massive attacks", "Putin's assassins are carrying out massive strikes", "on peaceful Ukrainian cities",
        "we are forced", "to fire upon military positions", "не о вероятности, а о неизбежности", "the inevitability", "forced",
        "“", "”", "\"", "‘", "’", "«", "»", ", ", ". ", "\n", " the statement said ", " — сказал он ", "!", "(", ")", "…", " 13 ", "\u200f",
    ];

    private static Arbitrary<string[]> Corpora()
    {
        var text = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);
        return Gen.Choose(1, 5).SelectMany(n => text.ArrayOf(n)).ToArbitrary();
    }

    private static ArticleCorpus Build(string[] texts)
    {
        var articles = texts.Select((t, i) => Written(t) with { Id = $"A{i}", File = $"A{i}.txt", Language = i % 3 == 2 ? "ru" : "en" }).ToList();
        return new ArticleCorpus("random", "random", articles, []);
    }

    private static string Render(Analysis analysis) => string.Join("\n", analysis.Groups.SelectMany(g =>
    {
        var table = analysis.Align(g);
        var variations = analysis.Variations(g);
        var diffs = analysis.Diff(g);
        return table.Rows.Select(r => $"{g.Id}|{r.Member.Id}|{r.Member.Start}|{r.Member.End}|{string.Join("·", r.Cells.Select(c => c?.Text))}")
            .Concat(variations.Select(v => $"{v.FirstSlot}-{v.LastSlot}:{string.Join("/", v.Readings.Select(x => x.Text))}"))
            .Concat(diffs.Select(d => string.Join("", d.Pieces.Select(p => $"{p.Operation}:{p.Text}"))));
    }));

    [Fact]
    public void GroupingAlignmentAndDiffsNeverThrowAndMembersStayInsideTheirArticles() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Corpora(), texts =>
        {
            var corpus = Build(texts);
            var analysis = Analysis.Run(corpus);
            var members = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments)).ToList();
            bool inside = members.All(m => m.Start >= 0 && m.Start < m.End && m.End <= corpus.Find(m.ArticleId)!.Text.Length
                && corpus.Find(m.ArticleId)!.Text[m.Start..m.End] == m.Text);
            bool tables = analysis.Groups.All(g => analysis.Align(g).Rows.All(r => r.Cells.Count == analysis.Align(g).Width));
            bool pieces = analysis.Groups.All(g => analysis.Diff(g).All(d => d.Pieces.All(p => p.Text.Length > 0)));
            bool rebuilt = analysis.Groups.All(g => analysis.Diff(g).All(d =>
                Letters(d.Pieces.Where(p => p.Operation != DiffOperation.Inserted)) == Letters(d.Base.Text)
                && Letters(d.Pieces.Where(p => p.Operation != DiffOperation.Deleted)) == Letters(d.Other.Text)));
            return inside && tables && pieces && rebuilt;
        }));

    /// <summary>The letters and digits of a text, in order: what a diff's pieces must give back of each version.</summary>
    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static string Letters(IEnumerable<DiffPiece> pieces) => Letters(string.Concat(pieces.Select(p => p.Text)));

    /// <summary>
    /// Found by the random corpora (replay 7972812192213649375,9063937930185360577,48): a quote carried over paragraphs and closed at the
    /// next paragraph's start, then dash speech in that paragraph; the speech began inside the quote and the quotes overlapped.
    /// </summary>
    [Fact]
    public void DashSpeechAfterAQuoteClosedAtAParagraphStartDoesNotOverlapIt()
    {
        const string text = "Opening words. « the statement said we are forced to fire upon military positions\n«)\n»\"\")to fire upon military positions… — сказал он «we are forced»";
        var corpus = Build([text]);
        var analysis = Analysis.Run(corpus);
        var quotes = analysis.Quotes.OrderBy(q => q.Start).ToList();
        Assert.All(quotes.Zip(quotes.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start, $"{p.First.Id} overlaps {p.Second.Id}"));
    }

    /// <summary>
    /// Found by the random corpora (replay 16589864505152374809,17470856551064932817,83): a stray closing mark with an attribution after
    /// it made a speech from the paragraph's start that ended one character before an unclosed quote's end; the two overlapped.
    /// </summary>
    [Fact]
    public void SpeechBeforeAStrayCloserDoesNotOverlapAnUnclosedQuote()
    {
        const string text = ", \u2026!\u2018. . \u2018\u2026Putin's assassins are carrying out massive strikesPutin\u2019s killers are carrying out massive attacks the statement said \u201dforced(\u043d\u0435 \u043e \u0432\u0435\u0440\u043e\u044f\u0442\u043d\u043e\u0441\u0442\u0438, \u0430 \u043e \u043d\u0435\u0438\u0437\u0431\u0435\u0436\u043d\u043e\u0441\u0442\u0438\u2018\u201dforcedon peaceful Ukrainian citiesto fire upon military positions!forced!\u200fthe inevitability\u2026we are forcedforced(the inevitabilityPutin's assassins are carrying out massive strikes\"Putin\u2019s killers are carrying out massive attacksPutin's assassins are carrying out massive strikes, (, \n \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d \u2019Putin\u2019s killers are carrying out massive attacks, ,  \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d \u00bb)\u200fto fire upon military positionswe are forcedthe inevitability) the statement said \u043d\u0435 \u043e \u0432\u0435\u0440\u043e\u044f\u0442\u043d\u043e\u0441\u0442\u0438, \u0430 \u043e \u043d\u0435\u0438\u0437\u0431\u0435\u0436\u043d\u043e\u0441\u0442\u0438, !the inevitabilitythe inevitability\u201dforced\u00ab!\u043d\u0435 \u043e \u0432\u0435\u0440\u043e\u044f\u0442\u043d\u043e\u0441\u0442\u0438, \u0430 \u043e \u043d\u0435\u0438\u0437\u0431\u0435\u0436\u043d\u043e\u0441\u0442\u0438 \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d on peaceful Ukrainian citiesPutin\u2019s killers are carrying out massive attacks\u201dPutin's assassins are carrying out massive strikes\u201d 13 ";
        var corpus = Build([text]);
        var analysis = Analysis.Run(corpus);
        var quotes = analysis.Quotes.OrderBy(q => q.Start).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes.Zip(quotes.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start, $"{p.First.Id} overlaps {p.Second.Id}"));
    }

    [Fact]
    public void SameInputGivesSameOutput() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Corpora(), texts =>
            Render(Analysis.Run(Build(texts))) == Render(Analysis.Run(Build(texts.Select(t => new string(t.ToCharArray())).ToArray())))));

    [Fact]
    public void EveryQuotedSentenceLandsInExactlyOneGroup() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Corpora(), LandsOnce));

    /// <summary>
    /// The corpus a clean-clone CI run drew (2026-12-04) on which a group was left with fragments only and numbering threw:
    /// replayed from its seed, so the case stays covered whatever the random runs draw.
    /// </summary>
    [Fact]
    public void AGroupLeftWithFragmentsOnlyIsNumbered() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1).WithReplay(3216106731311989595UL, 14613085796444528819UL, 98), Prop.ForAll(Corpora(), LandsOnce));

    /// <summary>Every quote of the corpus <paramref name="texts"/> make lands in exactly one group, as a member or a fragment.</summary>
    private static bool LandsOnce(string[] texts)
    {
        var analysis = Analysis.Run(Build(texts));
        var ids = analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments).Select(m => m.Id)).ToList();
        return ids.Count == ids.Distinct().Count()
            && analysis.Quotes.All(q => ids.Any(id => id == q.Id || id.StartsWith(q.Id + ".", StringComparison.Ordinal)));
    }
}
