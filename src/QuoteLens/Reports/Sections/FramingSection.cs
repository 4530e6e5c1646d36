using System.Text;
using QuoteLens.Comparison.Framing;
using QuoteLens.Views;
using QuoteLens.Views.Charts;
using QuoteLens.Views.Framing;

namespace QuoteLens.Reports.Sections;

/// <summary>
/// Framing and naming: the labels each source gives the actors (own words and inside quotes), the verbs it
/// reports speakers with, its hedges, its distinctive words and the names it spells its own way, each explained
/// in plain words for a reader new to media analysis. In a blind report the analysis runs on the masked corpus,
/// so sources appear as "Source A" … here too.
/// </summary>
/// <param name="lexicon">The framing lexicon; when null, the report options' lexicon, else the bundled data/lexicons.</param>
public sealed class FramingSection(FramingLexicon? lexicon = null) : IReportSection
{
    /// <summary>Past this many articles, framing reads only the articles the report links to, at most this many.</summary>
    public const int MaxArticles = 100;

    /// <inheritdoc/>
    public string Id => "framing";

    /// <inheritdoc/>
    public string Title => "Framing and naming";

    /// <inheritdoc/>
    public string? Render(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FramingReport report;
        string? scope = null;
        try
        {
            var corpus = context.Analysis.Corpus;
            if (corpus.Articles.Count <= MaxArticles)
            {
                report = context.Analysis.Framing(lexicon ?? context.Options.Lexicon);
            }
            else
            {
                // Hundreds of sources make per-source tables no one can read, and the scan costs seconds per thousand articles:
                // frame the articles the report links to (the first printers of the wordings shown), at most MaxArticles.
                var chosen = ArticlesSection.LinkedInOrder(context).Take(MaxArticles).ToHashSet(StringComparer.Ordinal);
                var articles = corpus.Articles.Where(a => chosen.Contains(a.Id)).ToList();
                report = Comparison.Framing.FramingAnalysis.Run(corpus with { Articles = articles }, context.Analysis.Quotes.Where(q => chosen.Contains(q.ArticleId)).ToList(), lexicon ?? context.Options.Lexicon);
                scope = $"This corpus has {corpus.Articles.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} articles: this part reads the {articles.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} that first printed the wordings shown above, not every article.";
            }
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException)
        {
            return "<p class=\"ql-note\">The framing part is left out: " + Html.Encode(e.Message) + "</p>\n";
        }

        var html = new StringBuilder(
            "<p>Beyond the quotes they share, sources tell the same story in their own words. This part counts the words that "
            + "frame a story: what the actors are called, how speakers are introduced, where a source signals doubt, which words "
            + "set a source apart, and how it spells names. The word lists behind the counts are plain files (data/lexicons) "
            + "anyone can read and change.</p>\n");
        if (scope is not null)
        {
            html.Append("<p class=\"ql-note\">").Append(Html.Encode(scope)).Append("</p>\n");
        }

        Part(html, "framing-labels", "Labels: what each source calls the actors",
            "The same armed men can be “militants”, “fighters”, “volunteers”, “partisans” or “rebels”. Each word carries a judgement: "
            + "“partisans” and “volunteers” sound sympathetic, “militants” and “insurgents” hostile. The table separates a source’s "
            + "own words from words inside quotes, because quoting someone who says “scum” is not the same as writing it.");
        html.Append(new LabelMatrix(report).ToHtml());
        Chart(html, FramingCharts.LabelHeatmap(report), "How often each source uses each label in its own words; the number in each cell is the count, darker means more.");
        Chart(html, FramingCharts.LabelHeatmap(report, quoted: true), "The same, for labels inside quotes: words the source reports others using.");
        Details(html, "Every label with the words written before it (“anti-Kremlin”, “pro-Kyiv”)", FramingTables.Labels(report).ToHtml());
        if (report.CandidateLabels.Count > 0)
        {
            Details(html, "Words used like labels that the word list does not know yet", FramingTables.CandidateLabels(report).ToHtml());
        }

        Part(html, "framing-verbs", "Attribution verbs: said, claimed, vowed",
            "“said” is neutral; “claimed” or “alleged” keeps a distance, hinting the statement may not be true; “admitted” or “revealed” "
            + "suggests it is; “vowed” or “warned” adds emotion. Compare how a source introduces each side: “Moscow claimed” next to "
            + "“Kyiv said” is a choice.");
        Chart(html, FramingCharts.AttributionVerbs(report), "For each source, one bar per side it reports, split by kind of verb (each kind its own colour and pattern); the verbs are written on the bars. Speakers whose side the word list does not know (“he”, “the statement”) are only in the table.");
        html.Append(Html.Scrollable("Attribution verbs by speaker", FramingTables.AttributionVerbs(report).ToHtml()));

        Part(html, "framing-hedges", "Hedges: what a source says it could not check",
            "“could not be verified”, “reportedly”, “purported” or “it was unclear” tell the reader the source did not confirm a "
            + "claim itself. A source that never hedges may be careful, or may be passing on claims as facts.");
        html.Append(report.Hedges.Count == 0
            ? "<p class=\"ql-note\">No hedge from the word list occurs in these articles.</p>\n"
            : Html.Scrollable("Hedges by source", FramingTables.Hedges(report).ToHtml()));

        Part(html, "framing-words", "Distinctive words: what sets each source apart",
            "For every word, how much more often one source uses it than all the others, allowing for how common the word is "
            + "(the “weighted log-odds ratio” δ, Monroe, Colaresi and Quinn 2008). The z-score says how sure that is: beyond about 2, "
            + "the difference is unlikely to be chance. Only each source’s own words count, not quotes; common words (the, and) and numbers are left out.");
        Chart(html, FramingCharts.DistinctiveWords(report), "Each source’s most distinctive words; the longer the bar, the more the word is that source’s own.");
        Details(html, "Every distinctive word with its counts, δ and z", FramingTables.DistinctiveWords(report).ToHtml());

        Part(html, "framing-names", "Names spelled differently",
            "Russian and Ukrainian names reach English through several spelling systems, so one person can be “Starovoyt” in one "
            + "source and “Starovit” in another. Spellings can hint at which agency or language a text came through.");
        html.Append(report.NameVariants.Count == 0
            ? "<p class=\"ql-note\">Every name is spelled the same way in every source.</p>\n"
            : FramingTables.NameVariants(report).ToHtml());
        return html.ToString();
    }

    private static void Part(StringBuilder html, string id, string heading, string explanation) =>
        html.Append("<h3 id=\"").Append(id).Append("\">").Append(Html.Encode(heading)).Append("</h3>\n<p>").Append(Html.Encode(explanation)).Append("</p>\n");

    private static void Chart(StringBuilder html, Figure? figure, string caption)
    {
        if (figure is not null)
        {
            html.Append("<figure class=\"ql-chart\">\n").Append(figure.ToHtml()).Append("<figcaption>").Append(Html.Encode(caption)).Append("</figcaption>\n</figure>\n");
        }
    }

    private static void Details(StringBuilder html, string summary, string content) =>
        html.Append("<details class=\"ql-more\">\n<summary>").Append(Html.Encode(summary)).Append("</summary>\n").Append(Html.Scrollable(summary, content)).Append("</details>\n");
}
