using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The linker reads all its sentences' words at once (<c>PreparedRun.ContentWords</c>), each distinct word worked out once:
/// per text, the same keys in the same order as reading the text alone (<c>PreparedRun.ContentKeys</c>).
/// </summary>
public class RunWordsTests
{
    private static readonly CrossLanguageBridge Bridge = CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), []);

    [Fact]
    public void AllTextsAtOnceGiveEachTextTheKeysItGivesAlone()
    {
        (string Text, string Language)[] texts =
        [
            ("Der Frieden kommt, sagte Schmidt, der Frieden kommt bald", "de"),
            ("The summit opens at 21:00 on 16 March, and 9.30 is no time", "en"),
            ("Le sommet s'ouvre à 21h00, le 16 mars, avec 1 200 délégués", "fr"),
            ("Мы не допустим эскалации, сказал Песков 16 марта в 21:00", "ru"),
            ("Ukrainian-Russian talks: the peace comes soon", "en"),
            ("Der Frieden kommt bald quorb", "de"),
        ];
        var run = Bridge.Prepared(texts);
        var all = run.ContentWords(texts);
        Assert.Equal(texts.Length, all.Words.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            var alone = run.ContentKeys(texts[i].Text, texts[i].Language);
            Assert.Equal(alone, all.Words[i].Select(f => all.Keys[f]));
        }

        // A word met twice is one entry; the same characters in another language are another.
        Assert.Equal(all.Words[0][0], all.Words[5][0]);
        int ClockTime(int text) => Assert.Single(all.Words[text], f => all.Keys[f].Contains("time:21:00"));
        Assert.NotEqual(ClockTime(1), ClockTime(3));
    }

    [Fact]
    public void FormsAreNumberedInTheOrderFirstMetWhateverTheirCount()
    {
        var forms = new NumberedForms();
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, 5000), words.Select(w => forms.IndexOf(w.AsSpan(), 0)));
        Assert.Equal(Enumerable.Range(0, 5000), words.Select(w => forms.IndexOf(w, 0)));
        Assert.Equal(5000, forms.IndexOf("w0".AsSpan(), 1));
        Assert.Equal("w4999", forms.Form(4999));
        Assert.Equal(1, forms.Tag(5000));
    }
}
