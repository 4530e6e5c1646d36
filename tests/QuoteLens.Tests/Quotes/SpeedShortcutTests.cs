using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Quotes;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Tests.Quotes;

/// <summary>The shortcuts the quote stage takes for speed change no result: each is checked against the work it skips.</summary>
public class SpeedShortcutTests
{
    /// <summary>Letters that make the key's rules fire at a word's start: digraphs, oi/ie/io, doubles, diacritics, hyphens.</summary>
    private const string Alphabet = "aeioushcztkpxwqyjlrnmbdgfv-éöłßč'’";

    [Fact]
    public void ANameKeyStartsWithOneOfTheCharactersItsFirstLetterMayGive()
    {
        var words = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and < 12)
            .SelectMany(rest => Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()).Select(first => first + new string(rest)))
            .ToArbitrary();
        Prop.ForAll(words, word =>
        {
            var key = NameKey.For(word);
            if (key.Length == 0 || key[0] >= 128)
            {
                return true;
            }

            var firsts = new bool[128];
            firsts[key[0]] = true;
            return SpeakerResolver.MayKeyStartWith(word, firsts);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20000));
    }

    [Fact]
    public void TheThreadsTokenStringsAreTheTokenizers()
    {
        const string letters = "aAbBёЁéÉ’'‐-—…. ,«»\"1ß";
        var texts = Gen.Elements(letters.ToCharArray()).ArrayOf().Select(a => new string(a)).ToArbitrary();
        var tokens = new List<QuoteLens.Text.Token>();
        Prop.ForAll(texts, text =>
        {
            TokenStrings.Tokenize(text, 3, tokens);
            return tokens.SequenceEqual(QuoteLens.Text.Tokenizer.Tokenize(text, 3));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000));
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("putin")]
    [InlineData("Путина")]
    [InlineData("l’OTAN")]
    [InlineData("Ёлка")]
    public void AWordsStringsAreTheTokenizers(string word)
    {
        Assert.Equal((word, QuoteLens.Text.Tokenizer.NormalizeWord(word)), TokenStrings.Word(word));
        Assert.Equal((word, QuoteLens.Text.Tokenizer.NormalizeWord(word)), TokenStrings.Word(word));
    }

    [Fact]
    public void EveryCapitalisedWordOfTheBundledCorporaKeepsItsKeysFirstCharacter()
    {
        int checkedWords = 0;
        foreach (var file in Directory.EnumerateFiles(TestPaths.Data(), "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            for (int i = 0; i < text.Length; i++)
            {
                if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
                {
                    continue;
                }

                int end = i;
                while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
                {
                    end++;
                }

                var word = text[i..end];
                var key = NameKey.For(word);
                if (word.Length >= 3 && key.Length > 0 && key[0] < 128)
                {
                    var firsts = new bool[128];
                    firsts[key[0]] = true;
                    Assert.True(SpeakerResolver.MayKeyStartWith(word, firsts), word);
                    checkedWords++;
                }

                i = end;
            }
        }

        Assert.True(checkedWords > 1000);
    }
}
