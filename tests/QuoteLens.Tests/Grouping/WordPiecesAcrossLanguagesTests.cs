using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A scare quote of one word that no outlet of its language quotes in a sentence ("fenêtre" in a French article) joins, as a
/// fragment, the one statement whose versions in other languages say that word; a word two statements say ("préparée") stays
/// alone. Real sentences of the Crocus address key (C.U11: the 'window' prepared on the Ukrainian side; C.U20: "we will
/// identify and punish everyone ... who prepared this villainy"; C25_mediapart_fr's scare quotes).
/// </summary>
public class WordPiecesAcrossLanguagesTests
{
    private const string WindowEn = "The terrorists who orchestrated the shooting at Crocus City Hall were headed towards Ukraine, where, according to preliminary data, a 'window' for crossing the state border was prepared for them,";
    private const string WindowEs = "Intentaron darse a la fuga y se dirigían a Ucrania, donde, según datos preliminares, les habían preparado una ventana del lado ucraniano para cruzar la frontera";
    private const string WindowPl = "Próbowali się ukryć i ruszyli w kierunku Ukrainy, gdzie – według wstępnych danych – po tamtej stronie przygotowano dla nich „okno”, by mogli przekroczyć granicę";
    private const string PunishEn = "Let me repeat, we will identify and punish everyone who stands behind the terrorists, who prepared this villainy.";
    private const string PunishEs = "Repito: identificaremos y castigaremos a cada uno de los que están detrás de los terroristas y que prepararon esta atrocidad, este golpe contra Rusia y nuestro pueblo";
    private const string Window = "fenêtre";
    private const string Prepared = "préparée";

    /// <summary>Each word's language-neutral keys, as a dictionary would gloss it.</summary>
    private static readonly Dictionary<string, string[]> Glossary = new(StringComparer.Ordinal)
    {
        ["window"] = ["window"], ["ventana"] = ["window"], ["okno"] = ["window"], ["fenêtre"] = ["window"],
        ["prepared"] = ["prepare"], ["preparado"] = ["prepare"], ["przygotowano"] = ["prepare"], ["prepararon"] = ["prepare"], ["préparée"] = ["prepare"],
        ["ukraine"] = ["ukraine"], ["ucrania"] = ["ukraine"], ["ukrainy"] = ["ukraine"],
        ["border"] = ["border"], ["frontera"] = ["border"], ["granicę"] = ["border"],
        ["preliminary"] = ["preliminary"], ["preliminares"] = ["preliminary"], ["wstępnych"] = ["preliminary"],
        ["punish"] = ["punish"], ["castigaremos"] = ["punish"],
        ["identify"] = ["identify"], ["identificaremos"] = ["identify"],
        ["terrorists"] = ["terrorist"], ["terroristas"] = ["terrorist"],
        ["repeat"] = ["repeat"], ["repito"] = ["repeat"],
    };

    private static IReadOnlyList<QuoteGroup> Group()
    {
        var articles = new (string Id, string Language, (string Text, QuoteKind Kind)[] Texts)[]
        {
            ("C12_dagens_en", "en", [(WindowEn, QuoteKind.Full), (PunishEn, QuoteKind.Full)]),
            ("C20_andaluciainformacion_es", "es", [(WindowEs, QuoteKind.Full), (PunishEs, QuoteKind.Full)]),
            ("C17_wprost_pl", "pl", [(WindowPl, QuoteKind.Full)]),
            ("C25_mediapart_fr", "fr", [(Window, QuoteKind.Scare), (Prepared, QuoteKind.Scare)]),
        };
        var quotes = new List<Quote>();
        foreach (var (id, language, texts) in articles)
        {
            int at = 0;
            for (int i = 0; i < texts.Length; i++)
            {
                quotes.Add(new Quote($"{id}-q{i}", id, texts[i].Text, at, at + texts[i].Text.Length, texts[i].Kind, false, "\"", null, null, language, []));
                at += texts[i].Text.Length + 10;
            }
        }

        var options = GroupingOptions.Default with
        {
            CrossLanguageLinks = sentences =>
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                var wordKeys = sentences.Select(s => Words(s.Text).Select(w => Glossary[w].Select(k => ids.TryGetValue(k, out var id) ? id : ids[k] = ids.Count).ToArray()).ToArray()).ToArray();
                var sentenceKeys = wordKeys.Select(w => w.SelectMany(k => k).Distinct().Order().ToArray()).ToArray();
                var links = new List<CrossLanguageLink>();
                void Add(string x, string y) => links.Add(GlossaryGrouping.Link(sentences, x, y));

                // The links the dictionary match makes between the versions of each statement.
                Add(WindowEn, WindowEs);
                Add(WindowEn, WindowPl);
                Add(WindowEs, WindowPl);
                Add(PunishEn, PunishEs);
                return new LinkedTexts(links, wordKeys, sentenceKeys, new bool[ids.Count]);
            },
        };
        return QuoteGrouper.Group(quotes, options);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([.. text.Where(c => !char.IsLetter(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Where(Glossary.ContainsKey);

    [Fact]
    public void AWordOnlyOneStatementSaysInOtherLanguagesJoinsItAsAFragment()
    {
        var groups = Group();
        var window = GlossaryGrouping.GroupOf(groups, WindowEn);
        Assert.Same(window, GlossaryGrouping.GroupOf(groups, WindowEs));
        Assert.Same(window, GlossaryGrouping.GroupOf(groups, WindowPl));
        Assert.Same(window, GlossaryGrouping.GroupOf(groups, Window));
        Assert.Contains(window.Fragments, f => f.Text == Window);
    }

    [Fact]
    public void AWordTwoStatementsSayStaysAlone()
    {
        var groups = Group();
        var prepared = GlossaryGrouping.GroupOf(groups, Prepared);
        Assert.NotSame(prepared, GlossaryGrouping.GroupOf(groups, WindowEn));
        Assert.NotSame(prepared, GlossaryGrouping.GroupOf(groups, PunishEn));
    }
}
