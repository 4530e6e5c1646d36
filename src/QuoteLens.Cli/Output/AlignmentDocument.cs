using System.Globalization;
using System.Text.Json;
using QuoteLens.Comparison;
using QuoteLens.Grouping;
using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens.Cli.Output;

/// <summary>
/// The JSON document of `quotelens align --format json`, written as it goes (hundreds of megabytes at 100,000
/// articles): <c>{ corpus, articles: [{ id, file, outlet, language, published, sha256 }], skipped: [{ file, reason }],
/// warnings: [{ file, reason }], groups: [{ id, text, shared, members: [{ id, article, text, start, end, speaker, cue,
/// language, kind, unclosed }], fragments: [the same], links: [{ from, to, evidence }], wordings: [{ text, articles: [ids] }],
/// first: { article, published } }], bridges: { ... } }</c>, in that order, as documented in the README. Links name members
/// and fragments by id and say what joined them.
/// </summary>
internal static class AlignmentDocument
{
    /// <summary>Pending bytes past which the writer hands its buffer to the stream.</summary>
    private const int FlushBytes = 1 << 20;

    /// <summary>A quote kind as the document names it ("full", "partial", "scare"), by the kind's value.</summary>
    private static readonly Dictionary<QuoteKind, JsonEncodedText> KindNames =
        Enum.GetValues<QuoteKind>().ToDictionary(k => k, k => JsonEncodedText.Encode(k.ToString().ToLowerInvariant()));

    /// <summary>Writes the document of <paramref name="analysis"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Analysis analysis)
    {
        using (var json = new Utf8JsonWriter(stream, Json.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(Names.Corpus, analysis.Corpus.Name);
            WriteArray(json, Names.Articles, analysis.Corpus.Articles, WriteArticle);
            WriteArray(json, Names.Skipped, analysis.Corpus.Skipped, WriteIssue);
            WriteArray(json, Names.Warnings, analysis.Corpus.Issues.Where(i => i.Severity == IssueSeverity.Warning), WriteIssue);
            WriteArray(json, Names.Groups, analysis.Groups, (writer, group) => WriteGroup(writer, group, analysis));
            WriteBridges(json, Commands.CorpusSession.BridgeReport(analysis));
            json.WriteEndObject();
        }

        Json.EndDocument(stream);
    }

    private static void WriteArray<T>(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
            if (json.BytesPending > FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString(Names.Id, article.Id);
        json.WriteString(Names.File, article.File);
        json.WriteString(Names.Outlet, article.Outlet);
        json.WriteString(Names.Language, article.Language);
        json.WriteString(Names.Published, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString(Names.Sha256, article.ContentHash);
        json.WriteEndObject();
    }

    private static void WriteIssue(Utf8JsonWriter json, CorpusIssue issue)
    {
        json.WriteStartObject();
        json.WriteString(Names.File, issue.File);
        json.WriteString(Names.Reason, issue.Message);
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, QuoteGroup group, Analysis analysis)
    {
        json.WriteStartObject();
        json.WriteString(Names.Id, group.Id);
        json.WriteString(Names.Text, group.Text);
        json.WriteBoolean(Names.Shared, group.IsShared);
        json.WriteStartArray(Names.Members);
        foreach (var member in group.Members)
        {
            WriteMember(json, member);
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.Fragments);
        foreach (var fragment in group.Fragments)
        {
            WriteMember(json, fragment);
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.Links);
        foreach (var link in group.Links)
        {
            json.WriteStartObject();
            json.WriteString(Names.From, link.From);
            json.WriteString(Names.To, link.To);
            json.WriteString(Names.Evidence, link.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteWordings(json, group, analysis);
        json.WriteEndObject();
    }

    /// <summary>The group's distinct wordings (<c>"wordings": [{ text, articles }]</c>, most carried first) and its earliest dated version (<c>"first": { article, published }</c>, null when no version is dated; a version that gives only its day counts as of the end of that day, never before one that gives a time).</summary>
    private static void WriteWordings(Utf8JsonWriter json, QuoteGroup group, Analysis analysis)
    {
        json.WriteStartArray(Names.Wordings);
        // A group of one version is one wording: no need to tokenize it (most groups of a large corpus).
        List<(string Text, IReadOnlyList<string> Articles)> wordings = group.Members.Count == 1
            ? [(group.Members[0].Text, (IReadOnlyList<string>)[group.Members[0].ArticleId])]
            : WordingFinder.Find(group).Wordings.Select(w => (w.Text, w.ArticleIds)).ToList();
        foreach (var (text, articles) in wordings)
        {
            json.WriteStartObject();
            json.WriteString(Names.Text, text);
            json.WriteStartArray(Names.Articles);
            foreach (var id in articles)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        string? first = null;
        PublicationTime? earliest = null;
        foreach (var member in group.Members)
        {
            if (analysis.Published(member.ArticleId) is { } time
                && (earliest is null || time.SortKey < earliest.Value.SortKey || (time.SortKey == earliest.Value.SortKey && string.CompareOrdinal(member.ArticleId, first) < 0)))
            {
                (first, earliest) = (member.ArticleId, time);
            }
        }

        if (first is null)
        {
            json.WriteNull(Names.First);
            return;
        }

        json.WriteStartObject(Names.First);
        json.WriteString(Names.Article, first);
        json.WriteString(Names.Published, earliest!.Value.ToString());
        json.WriteEndObject();
    }

    /// <summary>The bridges between the corpus's languages: <c>bridges: { pairs: [{ languages, way }], languages: [{ language, sources: [{ name, target, entries, licence }] }], warnings: [] }</c>.</summary>
    private static void WriteBridges(Utf8JsonWriter json, QuoteLens.Grouping.CrossLanguage.BridgeReport? report)
    {
        json.WriteStartObject("bridges");
        json.WriteStartArray("pairs");
        foreach (var pair in report?.Pairs ?? [])
        {
            json.WriteStartObject();
            json.WriteString("languages", pair.A + "-" + pair.B);
            json.WriteString("way", pair.Way);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("languages");
        foreach (var language in report?.Languages ?? [])
        {
            json.WriteStartObject();
            json.WriteString(Names.Language, language.Language);
            json.WriteStartArray("sources");
            foreach (var source in language.Sources)
            {
                json.WriteStartObject();
                json.WriteString("name", source.Name);
                json.WriteString("target", source.Target);
                json.WriteNumber("entries", source.Entries);
                json.WriteString("licence", source.Licence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.Warnings);
        foreach (var warning in report?.Warnings ?? [])
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter json, Quote member)
    {
        json.WriteStartObject();
        json.WriteString(Names.Id, member.Id);
        json.WriteString(Names.Article, member.ArticleId);
        json.WriteString(Names.Text, member.Text);
        json.WriteNumber(Names.Start, member.Start);
        json.WriteNumber(Names.End, member.End);
        json.WriteString(Names.Speaker, member.Speaker);
        json.WriteString(Names.Cue, member.Cue);
        json.WriteString(Names.Language, member.Language);
        json.WriteString(Names.Kind, KindNames[member.Kind]);
        json.WriteBoolean(Names.Unclosed, member.Unclosed);
        json.WriteEndObject();
    }

    /// <summary>The property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Corpus = JsonEncodedText.Encode("corpus");
        public static readonly JsonEncodedText Articles = JsonEncodedText.Encode("articles");
        public static readonly JsonEncodedText Skipped = JsonEncodedText.Encode("skipped");
        public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
        public static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        public static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Sha256 = JsonEncodedText.Encode("sha256");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Shared = JsonEncodedText.Encode("shared");
        public static readonly JsonEncodedText Members = JsonEncodedText.Encode("members");
        public static readonly JsonEncodedText Fragments = JsonEncodedText.Encode("fragments");
        public static readonly JsonEncodedText Links = JsonEncodedText.Encode("links");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Unclosed = JsonEncodedText.Encode("unclosed");
        public static readonly JsonEncodedText Wordings = JsonEncodedText.Encode("wordings");
        public static readonly JsonEncodedText First = JsonEncodedText.Encode("first");
    }
}
