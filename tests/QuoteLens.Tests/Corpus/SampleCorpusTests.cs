using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

public class SampleCorpusTests
{
    [Fact]
    public void BundledSampleCorpusLoadsEveryArticleWithOffsets()
    {
        var corpus = CorpusLoader.Load(TestPaths.Data("belgorod-2024-03"));
        Assert.Equal(5, corpus.Articles.Count);
        foreach (var article in corpus.Articles)
        {
            Assert.NotEmpty(article.Paragraphs);
            Assert.All(article.Paragraphs, p => Assert.InRange(p.End, p.Start + 1, article.Text.Length));
        }
    }
}
