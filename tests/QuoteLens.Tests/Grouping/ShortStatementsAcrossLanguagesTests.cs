using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Five short statements of one press remark, each quoted by seven made-up articles in English, Russian, Ukrainian,
/// French and German (the kind of coverage the grouping issue describes: "Such is life", "Unfortunately, what happened
/// happened"). Every statement is one group holding its seven versions and nothing else.
/// </summary>
public sealed class ShortStatementsAcrossLanguagesTests
{
    private static readonly (string File, string Text)[] Articles =
    [
        ("a1_en.txt", "Putin says he agreed to a prisoner swap days before the death\n\nRussian President Vladimir Putin on Sunday spoke publicly about Alexei Navalny for the first time.\n\"As for Mr Navalny, yes, he passed away. This is always a sad event,\" Putin told reporters after the results were announced.\nPutin said that colleagues had told him about an idea to exchange the politician for people held in Western countries. \"I said: I agree,\" Putin said.\n\"But unfortunately, what happened happened. Such is life,\" he added.\n"),
        ("a2_ru.txt", "Путин впервые прокомментировал смерть Навального\n\nПрезидент России Владимир Путин в воскресенье впервые публично высказался о смерти Алексея Навального.\n«Что касается господина Навального, да, он ушел из жизни. Это всегда печальное событие», — сказал Путин журналистам.\nПо словам Путина, коллеги предложили обменять политика на людей, находящихся в местах заключения в западных странах. «Я сказал: я согласен», — заявил Путин.\n«Но, к сожалению, то, что случилось, то случилось. Такова жизнь», — добавил он.\n"),
        ("a3_fr.txt", "Poutine dit avoir accepté un échange\n\nLe président russe Vladimir Poutine a évoqué dimanche pour la première fois publiquement Alexeï Navalny.\n« Quant à M. Navalny, oui, il est décédé. C'est toujours un événement triste », a déclaré Poutine aux journalistes.\nSelon Poutine, des collègues lui ont parlé d'une idée d'échanger l'opposant contre des personnes détenues dans des pays occidentaux. « J'ai dit : je suis d'accord », a affirmé Poutine.\n« Mais malheureusement, ce qui est arrivé est arrivé. C'est la vie », a-t-il ajouté.\n"),
        ("a4_de.txt", "Putin sagt, er habe einem Austausch zugestimmt\n\nDer russische Präsident Wladimir Putin hat sich am Sonntag erstmals öffentlich zu Alexej Nawalny geäußert.\n„Was Herrn Nawalny betrifft, ja, er ist verstorben. Das ist immer ein trauriges Ereignis“, sagte Putin vor Journalisten.\nKollegen hätten ihm von der Idee erzählt, den Oppositionspolitiker gegen Menschen auszutauschen, die in westlichen Ländern inhaftiert sind. „Ich sagte: Ich bin einverstanden“, sagte Putin.\n„Aber leider ist passiert, was passiert ist. So ist das Leben“, fügte er hinzu.\n"),
        ("a5_en.txt", "Putin breaks silence, says he backed a swap\n\nVladimir Putin has for the first time spoken Alexei Navalny's name in public.\n\"As for Mr Navalny, yes, he has passed away. This is always a sad event,\" the Russian president said at his campaign headquarters.\nHe said he had been told of a plan to swap Navalny for prisoners held in the West. \"I said: I agree,\" Putin said, adding: \"Unfortunately, what happened happened. But such is life.\"\n"),
        ("a6_uk.txt", "Путін вперше назвав Навального на ім'я\n\nПрезидент Росії Володимир Путін у неділю вперше публічно висловився про смерть Олексія Навального.\n«Що стосується пана Навального, так, він пішов з життя. Це завжди сумна подія», — сказав Путін журналістам.\nЗа словами Путіна, йому запропонували обміняти політика на людей, які утримуються в західних країнах. «Я сказав: я згоден», — заявив Путін.\n«Але, на жаль, те, що сталося, те сталося. Таке життя», — додав він.\n"),
        ("a7_ru.txt", "Путин: обмен был согласован\n\nВладимир Путин рассказал журналистам, что был готов обменять Алексея Навального.\n«Что касается господина Навального — да, он ушел из жизни, это всегда печальное событие», — отметил президент.\n«Я сказал: я согласен», — подчеркнул Путин. «Но, к сожалению, то, что случилось, то случилось. Ну что ж, такова жизнь», — сказал он.\n"),
    ];

    private static readonly Lazy<Analysis> Grouped = new(() =>
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in Articles)
        {
            folder.Write(file, text);
        }

        return Analysis.Run(folder.Path);
    });

    [Theory]
    [InlineData("a1_en", "As for Mr Navalny", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    [InlineData("a1_en", "I said: I agree", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    [InlineData("a1_en", "But unfortunately, what happened happened", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    [InlineData("a1_en", "Such is life", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    [InlineData("a6_uk", "Що стосується пана Навального", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    [InlineData("a6_uk", "Таке життя", "a1_en a2_ru a3_fr a4_de a5_en a6_uk a7_ru")]
    public void EachShortStatementIsOneGroupOfItsSevenVersions(string article, string opening, string articles)
    {
        // The Ukrainian "Що стосується пана Навального, так, він пішов з життя" had joined "Such is life" (its "так" glossed
        // "such", "життя" "life") and left the statement it renders.
        var group = Assert.Single(Grouped.Value.Groups, g => g.Members.Any(m => m.ArticleId == article && m.Text.StartsWith(opening, StringComparison.Ordinal)));
        Assert.Equal(articles, string.Join(' ', group.Members.Select(m => m.ArticleId)));
        Assert.Empty(group.Fragments);
    }
}
