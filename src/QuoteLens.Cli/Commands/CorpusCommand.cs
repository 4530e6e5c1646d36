using System.CommandLine;
using QuoteLens.Corpus;

namespace QuoteLens.Cli.Commands;

/// <summary>`quotelens corpus DIR`: lists the articles of a corpus and what went wrong loading it.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The corpus folder." };
        var command = new Command("corpus", "List the articles of a corpus folder.") { dir };
        command.SetAction(parse =>
        {
            var corpus = CorpusLoader.Load(parse.GetValue(dir)!);
            foreach (var a in corpus.Articles)
            {
                Console.WriteLine($"{a.Id}\t{a.DisplayName}\t{a.Published}\t{a.Language}\t{a.Paragraphs.Count} paragraphs");
            }

            foreach (var issue in corpus.Issues)
            {
                Console.Error.WriteLine(issue);
            }

            return 0;
        });
        return command;
    }
}
