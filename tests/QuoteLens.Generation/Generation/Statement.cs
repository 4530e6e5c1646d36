namespace QuoteLens.Benchmarks.Generation;

/// <summary>
/// One sentence a speaker said: two clauses of words, some of which are slots that outlets fill with different
/// synonyms (killers/assassins, attacks/strikes). Outlets quote it whole, cut, with clauses swapped, or with other words.
/// </summary>
/// <param name="Clauses">The clauses; each word is a plain word or a synonym slot.</param>
/// <param name="Joiner">What joins the clauses (", and ", ", but ", "; ").</param>
public sealed record Statement(IReadOnlyList<IReadOnlyList<StatementWord>> Clauses, string Joiner)
{
    private static readonly string[] Joiners = [", and ", ", but ", "; ", ", while ", " because "];

    /// <summary>A new statement of two clauses of 7 to 11 words, with one or two synonym slots.</summary>
    public static Statement Create(Vocabulary vocabulary, Rng rng)
    {
        var clauses = new List<IReadOnlyList<StatementWord>>(2);
        for (int c = 0; c < 2; c++)
        {
            var words = Enumerable.Range(0, rng.Between(7, 11)).Select(_ => new StatementWord(vocabulary.Word(rng), -1)).ToList();
            if (c == 0 || rng.Chance(0.6))
            {
                words[rng.Next(words.Count)] = new StatementWord(null, rng.Next(Synonyms.Sets.Count));
            }

            if (rng.Chance(0.15))
            {
                words[rng.Next(words.Count)] = new StatementWord(rng.Between(2, 400).ToString(System.Globalization.CultureInfo.InvariantCulture), -1);
            }

            clauses.Add(words);
        }

        return new Statement(clauses, rng.Pick(Joiners));
    }

    /// <summary>A short statement of one clause, 3 to 6 content words with one synonym slot ("we will destroy their bases"): the kind of soundbite that many outlets carry.</summary>
    public static Statement CreateShort(Vocabulary vocabulary, Rng rng)
    {
        var words = Enumerable.Range(0, rng.Between(3, 6)).Select(_ => new StatementWord(vocabulary.Content(rng), -1)).ToList();
        words[rng.Next(words.Count)] = new StatementWord(null, rng.Next(Synonyms.Sets.Count));
        return new Statement([words], "");
    }

    /// <summary>The number of synonym slots.</summary>
    public int Slots => Clauses.Sum(c => c.Count(w => w.IsSlot));

    /// <summary>The words of clause <paramref name="clause"/>, slots filled with <paramref name="choices"/> (one per slot, in order over all clauses).</summary>
    public IEnumerable<string> Words(int clause, IReadOnlyList<int> choices)
    {
        int slot = Clauses.Take(clause).Sum(c => c.Count(w => w.IsSlot));
        foreach (var word in Clauses[clause])
        {
            yield return word.IsSlot ? Synonyms.Sets[word.SynonymSet][choices[slot++] % Synonyms.Sets[word.SynonymSet].Count] : word.Text!;
        }
    }

    /// <summary>The sentence as one outlet renders it: clauses in the given order, first letter capitalised, no final punctuation.</summary>
    public string Render(IReadOnlyList<int> choices, bool reorder)
    {
        if (Clauses.Count == 1)
        {
            return Vocabulary.Capitalize(string.Join(' ', Words(0, choices)));
        }

        var first = string.Join(' ', Words(reorder ? 1 : 0, choices));
        var second = string.Join(' ', Words(reorder ? 0 : 1, choices));
        return Vocabulary.Capitalize(first) + Joiner + second;
    }

    /// <summary>The canonical wording (first synonym of every slot, clauses in order), for descriptions.</summary>
    public string Canonical => Render(new int[Slots], reorder: false);
}

/// <summary>A word of a statement: plain text, or a slot (<see cref="SynonymSet"/> ≥ 0) that outlets fill differently.</summary>
/// <param name="Text">The word, when it is no slot.</param>
/// <param name="SynonymSet">Index into <see cref="Synonyms.Sets"/>, or -1.</param>
public readonly record struct StatementWord(string? Text, int SynonymSet)
{
    /// <summary>True for a synonym slot.</summary>
    public bool IsSlot => SynonymSet >= 0;
}

/// <summary>Word choices that outlets make differently when they render the same statement (seen in the bundled corpora).</summary>
public static class Synonyms
{
    /// <summary>Sets of interchangeable renderings; the first is the canonical one.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sets { get; } =
    [
        ["killers", "assassins", "murderers"],
        ["attacks", "strikes", "raids"],
        ["carrying out", "launching", "conducting"],
        ["cities", "towns"],
        ["civilians", "residents", "people"],
        ["soldiers", "troops", "servicemen"],
        ["bases", "positions", "installations"],
        ["placing", "setting up", "putting", "deploying"],
        ["evacuate", "leave", "flee"],
        ["weapons", "arms"],
        ["destroy", "wipe out", "eliminate"],
        ["border", "frontier"],
        ["peaceful", "civilian"],
        ["regime", "government", "authorities"],
        ["aggression", "invasion"],
        ["warn", "caution"],
        ["immediately", "at once", "without delay"],
        ["massive", "large-scale", "heavy"],
        ["negotiations", "talks"],
        ["agreement", "deal", "accord"],
        ["support", "backing", "aid"],
        ["possibility", "probability", "likelihood"],
        ["ruled out", "excluded"],
        ["militants", "fighters", "volunteers", "partisans"],
    ];
}
