using System.Collections.Concurrent;
using QuoteLens.Quotes;
using QuoteLens.Text;
using QuoteLens.Text.Stemming;

namespace QuoteLens.Grouping;

/// <summary>The comparison keys of a quote: what grouping compares.</summary>
public static class QuoteKeys
{
    /// <summary>How many words' keys are remembered per language.</summary>
    private const int RememberedWords = 1 << 18;

    private static readonly ConcurrentDictionary<string, WordMemo<string?>> WordKeys = new(StringComparer.Ordinal);

    /// <summary>A small number per language, the tag of its words in <see cref="_seen"/>.</summary>
    private static readonly ConcurrentDictionary<string, int> LanguageTags = new(StringComparer.Ordinal);

    /// <summary>
    /// The thread's table of the keys of words it met, by their characters and language tag: a word met again is looked up
    /// without making its string (the same word and language, so the same key as the memory gives).
    /// </summary>
    [ThreadStatic]
    private static SpanCache<string?>? _seen;

    /// <summary>Distinct content keys of a quote: its words (normalized, stemmed with the quote language's Snowball stemmer, stop words left out) and numbers, in order of first use.</summary>
    public static IReadOnlyCollection<string> Content(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var words = WordKeys.GetOrAdd(quote.Language, language => new WordMemo<string?>(word => ContentKey(word, language), RememberedWords));
        int tag = LanguageTags.GetOrAdd(quote.Language, static (_, tags) => tags.Count, LanguageTags);
        var seen = _seen ??= new SpanCache<string?>(15);
        var keys = new List<string>();
        var text = quote.Text.AsSpan();

        // The last word of a quote the page cut off may be cut too, and a cut word's stem is no word's ("«В эт"; "This NATO
        // creed keep" loses a key it shared with "keeps", but most cut words stand for nothing).
        int last = quote.CutOff ? LastWordStart(text) : -1;
        for (int end = 0; Tokenizer.Next(text, end, out int start, out end, out var kind);)
        {
            if (start == last)
            {
                break;
            }

            var key = kind switch
            {
                TokenKind.Word when !Censored(text, start, end) => KeyOf(text[start..end], tag, words, seen),
                TokenKind.Number => Tokenizer.Normalize(text[start..end], kind),
                _ => null,
            };
            if (key is not null && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>Where the last word token of <paramref name="text"/> starts, or -1 when its last token is no word.</summary>
    private static int LastWordStart(ReadOnlySpan<char> text)
    {
        int last = -1;
        for (int end = 0; Tokenizer.Next(text, end, out int start, out end, out var kind);)
        {
            last = kind == TokenKind.Word ? start : -1;
        }

        return last;
    }

    /// <summary>
    /// Whether the word at [<paramref name="start"/>, <paramref name="end"/>) is censored with asterisks ("Wo, verdammte Sch****,
    /// ist die Munition?", "C**ve!"): outlets print one oath as "Scheiße" and "Sch****", so its letters are no key.
    /// </summary>
    private static bool Censored(ReadOnlySpan<char> text, int start, int end) =>
        (end < text.Length && text[end] == '*') || (start > 0 && text[start - 1] == '*');

    /// <summary>The content key of <paramref name="word"/> (a language's <paramref name="tag"/>), from the thread's table, else from the language's memory.</summary>
    private static string? KeyOf(ReadOnlySpan<char> word, int tag, WordMemo<string?> memory, SpanCache<string?> seen)
    {
        if (!seen.TryGet(word, tag, out var key, out _))
        {
            var written = word.ToString();
            key = memory[written];
            seen.Add(written, tag, key);
        }

        return key;
    }

    /// <summary>The content key of a word as written in <paramref name="language"/>: its normalized stem, or null for a stop word.</summary>
    private static string? ContentKey(string word, string language)
    {
        var norm = Tokenizer.NormalizeWord(word);
        if (StopWords.Contains(language, norm) || EnglishContraction(language, norm))
        {
            return null;
        }

        if (StopWords.Primary(language) == "ar")
        {
            // Arabic writes short vowels, tanween and the shadda only now and then, and one word's alef with or without its
            // hamza ("الابتزاز النوويّ" and "الابتزاز النووي", "هدفاً" and "هدفا"): the key is the letters as a dictionary writes
            // them (no stemmer: a letter that looks like a clitic or an ending is often the word's own).
            var letters = CrossLanguage.BridgeWords.ArabicLetters(norm);
            return StopWords.Contains(language, letters) ? null : letters;
        }

        return Stemmer.For(language).Stem(WordKey(norm));
    }

    /// <summary>Spoken forms that outlets write differently for one utterance ("gotta", "you've got to", "have to").</summary>
    private static readonly HashSet<string> EnglishInformal = new(["gonna", "gotta", "wanna", "ain't"], StringComparer.Ordinal);

    /// <summary>
    /// Whether an English word is a contracted function word ("won't", "we're", "I've", "they'll", "I'd") or an informal
    /// auxiliary ("gonna", "gotta"): outlets transcribe one utterance as "I won't" and "I would not", "It's gonna" and "This
    /// is going to", so these carry no content.
    /// </summary>
    private static bool EnglishContraction(string language, string norm) =>
        language.StartsWith("en", StringComparison.Ordinal)
        && (EnglishInformal.Contains(norm)
            || norm.EndsWith("n't", StringComparison.Ordinal) || norm.EndsWith("'re", StringComparison.Ordinal) || norm.EndsWith("'ve", StringComparison.Ordinal)
            || norm.EndsWith("'ll", StringComparison.Ordinal) || norm.EndsWith("'m", StringComparison.Ordinal) || norm.EndsWith("'d", StringComparison.Ordinal));

    /// <summary>The key of one normalized word: possessive endings removed.</summary>
    internal static string WordKey(string norm) =>
        norm.EndsWith("'s", StringComparison.Ordinal) && norm.Length > 3 ? norm[..^2] : norm;
}
