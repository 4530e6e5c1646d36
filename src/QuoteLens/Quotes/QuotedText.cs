namespace QuoteLens.Quotes;

/// <summary>
/// Which characters of an article stand inside quote marks, found in one pass over the text: a name or a speech verb
/// inside a quote ("this lowlife Putin ... kept silent", «Путин сказал») is the speaker's words, not the writer's
/// attribution, and names no speaker. Marks pair as quotes do: « », „ “ (German), “ ”, and straight " toggling; a
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
                if (c == close || (close == '“' && c == '”'))
                {
                    quoted._spans.Add((open, i));
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
