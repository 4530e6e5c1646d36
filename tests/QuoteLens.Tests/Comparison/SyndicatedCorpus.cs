using QuoteLens.Tests.Reports;

namespace QuoteLens.Tests.Comparison;

/// <summary>
/// A small syndicated story: a wire text printed with "killers" and copied, The Moscow Times' translation with
/// "assassins" copied by an aggregator; times in the manifest, one article with only a day and one with no date.
/// </summary>
internal static class SyndicatedCorpus
{
    public const string Killers = "The killers will be found and punished without mercy, and the attacks on our cities will not go unanswered";
    public const string Assassins = "The assassins will be found and punished without mercy, and the attacks on our cities will not go unanswered";

    public static TempCorpus Create() => new(new Dictionary<string, string>
    {
        ["articles.csv"] = "file,outlet,published,language\n"
            + "a1.txt,Wire Agency,2024-03-15T06:00:00Z,en\n"
            + "a2.txt,Daily One,2024-03-15T07:10:00Z,en\n"
            + "a3.txt,The Moscow Times,2024-03-15T08:00:00Z,en\n"
            + "a4.txt,News Aggregator,2024-03-15T09:30:00Z,en\n"
            + "a5.txt,Harbour Herald,2024-03-15T10:00:00+01:00,en\n"
            + "a6.txt,Valley Post,2024-03-15,en\n"
            + "a7.txt,Northern Gazette,,en\n",
        ["a1.txt"] = Article("Governor vows revenge", $"“{Killers},” the governor said on Friday."),
        ["a2.txt"] = Article("Revenge vowed after attack", $"The governor said: \"{Killers.ToUpperInvariant()[..3]}{Killers[3..]}.\""),
        ["a3.txt"] = Article("Governor promises punishment", $"“{Assassins},” the governor said."),
        ["a4.txt"] = Article("Top stories", $"‘{Assassins},’ the governor said, according to The Moscow Times."),
        ["a5.txt"] = Article("Border region", $"“{Killers}!” the governor said."),
        ["a6.txt"] = Article("Evening round-up", $"“{Killers},” the governor said in a video."),
        ["a7.txt"] = Article("Aggregated", $"«{Assassins}», the governor said."),
    });

    private static string Article(string title, string quote) =>
        $"{title}\n\nResidents of the border region spent another night in shelters after the drones came.\n\n{quote}\n\nOfficials said repairs would take several weeks.\n";
}
