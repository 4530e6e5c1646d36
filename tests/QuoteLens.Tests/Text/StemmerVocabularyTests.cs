using QuoteLens.Text.Stemming;

namespace QuoteLens.Tests.Text;

/// <summary>Every line of Snowball's published vocabularies: word → stem.</summary>
public class StemmerVocabularyTests
{
    [Theory]
    [InlineData("english", "en")]
    [InlineData("russian", "ru")]
    [InlineData("french", "fr")]
    [InlineData("german", "de")]
    public void StemsTheWholeOfficialVocabulary(string folder, string language)
    {
        var words = File.ReadAllLines(TestPaths.TestData("stemmer-vocabularies", folder, "voc.txt"));
        var stems = File.ReadAllLines(TestPaths.TestData("stemmer-vocabularies", folder, "output.txt"));
        Assert.Equal(words.Length, stems.Length);
        var stemmer = Stemmer.For(language);
        Assert.Equal(language, stemmer.Language);

        var mismatches = new List<string>();
        int count = 0;
        for (int i = 0; i < words.Length; i++)
        {
            var actual = stemmer.Stem(words[i]);
            if (actual != stems[i])
            {
                count++;
                if (mismatches.Count < 25)
                {
                    mismatches.Add($"line {i + 1}: {words[i]} → {actual}, expected {stems[i]}");
                }
            }
        }

        Assert.True(count == 0, $"{count} of {words.Length} words differ:\n" + string.Join("\n", mismatches));
    }
}
