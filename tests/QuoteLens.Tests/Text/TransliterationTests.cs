using FsCheck;
using FsCheck.Fluent;
using QuoteLens.Corpus;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Tests.Text;

public class TransliterationTests
{
    /// <summary>Russian, and Ukrainian (the national system for the popular spelling, the Ukrainian tables of the others).</summary>
    [Theory]
    [InlineData("Старовойт", "ru", RomanizationSystem.Popular, "Starovoyt")]
    [InlineData("Старовойт", "ru", RomanizationSystem.BgnPcgn, "Starovoyt")]
    [InlineData("Старовойт", "ru", RomanizationSystem.Iso9, "Starovojt")]
    [InlineData("Старовойт", "ru", RomanizationSystem.Scholarly, "Starovojt")]
    [InlineData("Старовойт", "ru", RomanizationSystem.LibraryOfCongress, "Starovoĭt")]
    [InlineData("Тёткино", "ru", RomanizationSystem.Popular, "Tyotkino")]
    [InlineData("Тёткино", "ru", RomanizationSystem.BgnPcgn, "Tëtkino")]
    [InlineData("Грайворон", "ru", RomanizationSystem.Popular, "Grayvoron")]
    [InlineData("Песков", "ru", RomanizationSystem.Popular, "Peskov")]
    [InlineData("Дмитрий Песков", "ru", RomanizationSystem.Popular, "Dmitry Peskov")]
    [InlineData("Дмитрий", "ru", RomanizationSystem.BgnPcgn, "Dmitriy")]
    [InlineData("Щукин", "ru", RomanizationSystem.Iso9, "Ŝukin")]
    [InlineData("Щукин", "ru", RomanizationSystem.Scholarly, "Ščukin")]
    [InlineData("Цветаева", "ru", RomanizationSystem.LibraryOfCongress, "T͡svetaeva")]
    [InlineData("Цветаева", "ru", RomanizationSystem.BgnPcgn, "Tsvetayeva")]
    [InlineData("Ельцин", "ru", RomanizationSystem.BgnPcgn, "Yel’tsin")]
    [InlineData("Ельцин", "ru", RomanizationSystem.Popular, "Yeltsin")]
    [InlineData("Хабаровск", "ru", RomanizationSystem.Scholarly, "Xabarovsk")]
    [InlineData("Юрий", "ru", RomanizationSystem.Iso9, "Ûrij")]
    [InlineData("Киев", "ru", RomanizationSystem.Popular, "Kiev")]
    [InlineData("НАТО", "ru", RomanizationSystem.Popular, "NATO")]
    [InlineData("ЩИТ", "ru", RomanizationSystem.Popular, "SHCHIT")]
    [InlineData("Київ", "uk", RomanizationSystem.Popular, "Kyiv")]
    [InlineData("Київ", "uk", RomanizationSystem.Iso9, "Kiïv")]
    [InlineData("Київ", "uk", RomanizationSystem.Scholarly, "Kyjiv")]
    [InlineData("Харків", "uk", RomanizationSystem.Popular, "Kharkiv")]
    [InlineData("Запоріжжя", "uk", RomanizationSystem.Popular, "Zaporizhzhia")]
    [InlineData("Згурівка", "uk", RomanizationSystem.Popular, "Zghurivka")]
    [InlineData("Юрій", "uk", RomanizationSystem.Popular, "Yurii")]
    [InlineData("Олексій", "uk", RomanizationSystem.LibraryOfCongress, "Oleksiĭ")]
    [InlineData("Зеленський", "uk", RomanizationSystem.Popular, "Zelenskyi")]
    [InlineData("Слов'янськ", "uk", RomanizationSystem.Popular, "Sloviansk")]
    [InlineData("Слов’янськ", "uk", RomanizationSystem.Iso9, "Slovʼânsʹk")]
    public void RomanisesUnderEachSystem(string cyrillic, string language, RomanizationSystem system, string expected) =>
        Assert.Equal(expected, Transliterator.Romanize(cyrillic, system, language));

    [Fact]
    public void GuessesUkrainianFromItsLetters()
    {
        Assert.Equal("Kyiv", Transliterator.Romanize("Київ"));
        Assert.Equal("Kiev", Transliterator.Romanize("Киев"));
    }

    [Fact]
    public void LatinTextPassesUnchangedAndMixedTextKeepsItsLatin()
    {
        Assert.Equal("Peskov said", Transliterator.Romanize("Peskov said", RomanizationSystem.Iso9));
        Assert.Equal("Peskov (Peskov)", Transliterator.Romanize("Peskov (Песков)"));
    }

    [Fact]
    public void AllRomanizationsAreDistinct()
    {
        var all = Transliterator.AllRomanizations("Старовойт");
        Assert.Equal(["Starovoyt", "Starovojt", "Starovoĭt"], all);
    }

    [Theory]
    [InlineData("Starovoyt", "Starovoit", "Starovojt", "Starovit", "Старовойт")]
    [InlineData("Tyotkino", "Tetkino", "Tëtkino", "Тёткино", "Tjotkino")]
    [InlineData("Graivoron", "Grayvoron", "Грайворон", "Grajvoron", "Graiworon")]
    [InlineData("Peskov", "Песков", "Peskow", "PESKOV", "Peskov")]
    [InlineData("Zelensky", "Zelenskyy", "Zelenskyi", "Зеленський", "Zelenskij")]
    [InlineData("Dmitry", "Dmitriy", "Dmitri", "Дмитрий", "Dmitrij")]
    [InlineData("Shchukin", "Ščukin", "Ŝukin", "Щукин", "Schukin")]
    public void SpellingsOfOneNameShareOneKey(params string[] spellings)
    {
        var keys = spellings.Select(s => NameKey.For(s)).Distinct().ToList();
        Assert.True(keys.Count == 1, "keys: " + string.Join(", ", spellings.Zip(spellings.Select(s => NameKey.For(s)), (s, k) => s + "→" + k)));
    }

    [Theory]
    [InlineData("Putin", "fr", "Poutine")]
    [InlineData("Putin", "nl", "Poetin")]
    [InlineData("Bakhmut", "nl", "Bachmoet")]
    [InlineData("Bakhmut", "de", "Bachmut")]
    [InlineData("Bakhmut", "fr", "Bakhmout")]
    [InlineData("Shoigu", "fr", "Choïgou")]
    [InlineData("Shoigu", "nl", "Sjojgoe")]
    [InlineData("Shoigu", "ro", "Șoigu")]
    [InlineData("Kharkiv", "de", "Charkiw")]
    [InlineData("Chernihiv", "de", "Tschernihiw")]
    public void ALanguagesOwnSpellingOfANameMeetsTheEnglishOne(string english, string language, string spelling) =>
        Assert.Equal(NameKey.For(english), NameKey.For(spelling, language));

    [Fact]
    public void WithoutItsLanguageAForeignSpellingKeepsItsOwnKey()
    {
        // Read as English, "Poutine" and "Bachmut" are other names: "ou" and "ch" are respelled only for their languages.
        Assert.NotEqual(NameKey.For("Putin"), NameKey.For("Poutine"));
        Assert.NotEqual(NameKey.For("Bakhmut"), NameKey.For("Bachmut"));
        Assert.Equal(NameKey.For("Putin"), NameKey.For("Putin", "fr"));
    }

    [Fact]
    public void EverySystemsRomanisationMeetsTheCyrillicName()
    {
        foreach (var name in new[] { "Старовойт", "Тёткино", "Грайворон", "Песков", "Шебекино", "Белгород", "Київ", "Харків" })
        {
            var key = NameKey.For(name);
            foreach (var system in Transliterator.Systems)
            {
                var romanized = Transliterator.Romanize(name, system);
                Assert.True(NameKey.Matches(romanized, name), $"{name} → {romanized} ({system}): {NameKey.For(romanized)} vs {key}");
            }
        }
    }

    [Fact]
    public void KyivAndKievMeetButDifferentNamesDoNot()
    {
        Assert.True(NameKey.Matches("Kyiv", "Kiev"));
        Assert.True(NameKey.Matches("Київ", "Киев"));
        Assert.True(NameKey.Matches("Kyiv", "Киев"));
        Assert.False(NameKey.Matches("Peskov", "Putin"));
        Assert.False(NameKey.Matches("Belgorod", "Graivoron"));
        Assert.False(NameKey.Matches("Kursk", "Kyiv"));
        Assert.InRange(NameKey.Similarity("Starovoyt", "Старовойт"), 1, 1);
        Assert.Equal(0, NameKey.Similarity("", "Peskov"));
    }

    [Fact]
    public void NameKeysOfArbitraryTextAreLowerLatinWordsWithoutDoubledLetters() =>
        Prop.ForAll((string s) =>
        {
            var key = NameKey.For(s ?? "");
            var words = key.Split(' ');
            return key.Length == 0 || words.All(w => w.Length > 0 && w.All(char.IsLetter) && !w.Zip(w.Skip(1)).Any(p => p.First == p.Second));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void NamesFromTheSampleCorpusMeetAcrossOutlets()
    {
        var corpus = CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"));
        var text = string.Concat(corpus.Articles.Select(a => a.Text));
        Assert.Contains("Starovoyt", text);
        Assert.Contains("Starovit", text);
        Assert.True(NameKey.Matches("Starovoyt", "Starovit"));
    }
}
