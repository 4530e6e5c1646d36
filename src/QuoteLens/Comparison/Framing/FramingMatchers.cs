namespace QuoteLens.Comparison.Framing;

/// <summary>A lexicon compiled for matching: one phrase matcher per list.</summary>
internal sealed class FramingMatchers(FramingLexicon lexicon)
{
    public PhraseMatcher<LexiconEntry> Labels { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Labels);

    public PhraseMatcher<LexiconEntry> Modifiers { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Modifiers);

    public PhraseMatcher<LexiconEntry> Names { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Names);

    public PhraseMatcher<LexiconEntry> Speakers { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Speakers);

    public PhraseMatcher<LexiconEntry> Verbs { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Verbs);

    public PhraseMatcher<LexiconEntry> Hedges { get; } = PhraseMatcher<LexiconEntry>.For(lexicon.Hedges);
}
