namespace QuoteLens.Quotes;

/// <summary>
/// Which characters of an article stand inside quote marks, found in one pass over the text: a name or a speech verb
/// inside a quote ("this lowlife Putin ... kept silent", «Путин сказал») is the speaker's words, not the writer's
/// attribution, and names no speaker. Marks pair as quotes do: « », „ “ (German), „ ” and „ „ (Polish), “ ”, and straight " toggling; a
/// paragraph break ends whatever is open, so a stray mark never runs past its paragraph.
/// </summary>
internal sealed class QuotedText
{
    private readonly List<(int Start, int End)> _spans = [];

    private QuotedText()
    {
    }

    /// <summary>The quoted spans of <paramref name="text"/>.</summary>
    public static QuotedText Of(string text)
    {
        var quoted = new QuotedText();
        int open = -1;
        char close = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                open = -1;
                continue;
            }

            if (open >= 0)
            {
                if (c == close || (close == '“' && (c == '”' || (c == '„' && ClosesLow(text, i)))))
                {
                    if (!UnitNames.IsQuotedUnitName(text.AsSpan(open + 1, i - open - 1)))
                    {
                        // "Grupos conhecidos como “Legião da Liberdade da Rússia”": marks around a unit's name set off the name,
                        // which is a body the text names, not words someone said.
                        quoted._spans.Add((open, i));
                    }

                    open = -1;
                }

                continue;
            }

            (open, close) = c switch
            {
                '«' => (i, '»'),
                '„' => (i, '“'),
                '“' => (i, '”'),
                '"' => (i, '"'),
                _ => (-1, '\0'),
            };
        }

        return quoted;
    }

    /// <summary>
    /// True when the low mark „ at <paramref name="i"/> closes a quote as sloppy Polish pages print it („Nie zgodzimy się„ – powiedział):
    /// right after a word or punctuation, and before a space, punctuation or the end.
    /// </summary>
    private static bool ClosesLow(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));

    /// <summary>
    /// These spans together with the quotes found in the text, [<paramref name="starts"/>, <paramref name="ends"/>) in reading
    /// order: dash speech ("– Terroryści … Wszyscy zostali aresztowani – oznajmił") has no marks, but is the speaker's words too.
    /// </summary>
    public QuotedText With(IReadOnlyList<int> starts, IReadOnlyList<int> ends)
    {
        var all = new List<(int Start, int End)>(_spans.Count + starts.Count);
        int a = 0, b = 0;
        while (a < _spans.Count || b < starts.Count)
        {
            (int Start, int End) next = b >= starts.Count || (a < _spans.Count && _spans[a].Start <= starts[b]) ? _spans[a++] : (starts[b], ends[b++]);
            if (all.Count > 0 && next.Start <= all[^1].End)
            {
                all[^1] = (all[^1].Start, Math.Max(all[^1].End, next.End));
            }
            else
            {
                all.Add(next);
            }
        }

        var merged = new QuotedText();
        merged._spans.AddRange(all);
        return merged;
    }

    /// <summary>True when offset <paramref name="at"/> stands inside a quote.</summary>
    public bool Contains(int at)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_spans[mid].End <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < _spans.Count && _spans[lo].Start < at;
    }
}
