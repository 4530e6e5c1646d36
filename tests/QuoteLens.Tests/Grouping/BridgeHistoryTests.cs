using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A bridge gives a prepared word the same keys whatever it prepared before: the analyses it keeps (Apertium lemmas, chain
/// translations) are a function of the word alone, every word a text's keys read is sent when that text is prepared, and
/// what it remembered of a word's keys is forgotten when it learns anything. Otherwise a corpus grouped after another (a
/// batch evaluation, a test process, a server) groups differently from the same corpus grouped alone.
/// </summary>
public class BridgeHistoryTests
{
    private static CrossLanguageBridge Fresh() => CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), DictionaryCatalog.Installed());

    private static bool ChainsInstalled() =>
        DictionaryCatalog.Installed().Any(d => d.Format == DictionaryFormat.ApertiumChain && d.Language == "en")
        && DictionaryCatalog.Installed().Any(d => d.Format == DictionaryFormat.Apertium);

    [Theory]
    // An English phrase inside a Russian text is read as English: its lemma (fought → fight) whether or not an English text had the word.
    [InlineData("Он ответил по-английски: we fought back", "ru", "fought", "They fought for the bridge", "en")]
    // A part of a hyphenated word is read through the analyser's lemmas (пошли → пойти) whether or not it stood alone in a text before.
    [InlineData("Ну что, пошли-поехали домой", "ru", "пошли-поехали", "Они пошли домой", "ru")]
    public void AWordGetsTheSameKeysWhateverWasPreparedBefore(string text, string language, string word, string earlier, string earlierLanguage)
    {
        if (!ChainsInstalled())
        {
            return;
        }

        var alone = Fresh();
        alone.Prepare([(text, language)]);

        var after = Fresh();
        after.Prepare([(earlier, earlierLanguage)]);
        after.Prepare([(text, language)]);

        Assert.Equal(alone.Keys(word, language), after.Keys(word, language));
    }

    [Fact]
    public void KeysRememberedBeforeAWordWasPreparedAreForgottenWhenAnotherLanguageLearnsIt()
    {
        if (!ChainsInstalled())
        {
            return;
        }

        var alone = Fresh();
        alone.Prepare([("Он ответил по-английски: we fought back", "ru")]);

        // Asked before anything was prepared (remembered without the English lemma), then the English chain learns the word.
        var asked = Fresh();
        _ = asked.Keys("fought", "ru");
        asked.Prepare([("They fought for the bridge", "en")]);
        asked.Prepare([("Он ответил по-английски: we fought back", "ru")]);

        Assert.Contains("en:fight", alone.Keys("fought", "ru"));
        Assert.Equal(alone.Keys("fought", "ru"), asked.Keys("fought", "ru"));
    }

    [Fact]
    public void ARunKeysItsTextsFromAMemoryOfItsOwn()
    {
        if (!ChainsInstalled())
        {
            return;
        }

        var text = "Он ответил по-английски: we fought back";
        var alone = Fresh().Prepared([(text, "ru")]).ContentKeys(text, "ru");

        // The shared memory held keys of the word worked out before it was prepared; the run's keys are the same as alone.
        var bridge = Fresh();
        _ = bridge.Keys("fought", "ru");
        var run = bridge.Prepared([(text, "ru")]).ContentKeys(text, "ru");
        Assert.Equal(alone.Select(k => string.Join(' ', k)), run.Select(k => string.Join(' ', k)));
        Assert.Contains(run, k => k.Contains("en:fight"));
    }
}
