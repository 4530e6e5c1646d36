namespace QuoteLens.Text;

/// <summary>Function words per language, which carry little of a quote's content and are left out of matching and counting.</summary>
public static class StopWords
{
    /// <summary>The English function words (also the list of every language that has none of its own).</summary>
    private const string English = "a an the and or but if then than so of to in on at by for from with without into onto over under about as is are was were be been being am do does did done have has had having it its it's this that these those there here he she they we you i me him her them us our your their his my mine who whom whose which what when where why how not no nor also just only very can could will would shall should may might must up out off again once all any both each few more most other some such own same too s t don't";

    private static readonly Dictionary<string, HashSet<string>> Lists = new(StringComparer.Ordinal)
    {
        ["en"] = Set(English),
        ["ru"] = Set("и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это"),
        ["uk"] = Set("і й та в у на з із зі до від не що як а але це ці цей ця той та то він вона вони ми ви я ти його її їх їм нам вам для по про при за під над між чи ж же вже ще би б було був була були є бути так також тому коли де хто який яка яке які"),
        ["fr"] = Set("le la les l un une des du de d à au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces c il elle ils elles on nous vous je j tu me m te t se s lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos en y ne n pas plus est sont être été a ont avoir avait était par pour sur dans avec sans sous entre comme si"),
        ["de"] = Set("der die das den dem des ein eine einer eines einem einen und oder aber doch denn dass daß zu zum zur im in an am auf aus bei mit nach von vor für über unter um durch ist sind war waren sein hat haben hatte wird werden wurde es er sie wir ihr ich du man sich nicht kein keine auch nur noch schon so wie als wenn ob was wer wo"),

        // Dutch, Polish and Estonian: short lists of function words (articles, prepositions, conjunctions, pronouns,
        // auxiliaries). Dutch: the commoner two thirds of Snowball's Dutch stop list (BSD, snowballstem.org) and "we wij
        // onze". Polish: picked from the Lucene/carrot2 Polish stop list (BSD) plus the personal pronouns it lacks
        // ("my wy ona ono oni ty a"). Estonian: picked by hand; most are in the stopwords-iso Estonian list (MIT). These
        // languages fell back to English before, so their lists keep the English words too: adding a list only takes keys
        // away (English quotes stand untranslated in these articles). Spanish, Italian, Portuguese, Romanian and Arabic
        // still fall back to English: lists for them moved the answer keys both ways (see the README's grouping notes).
        ["nl"] = Set(English + " de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen wordt we wij ons onze kan moet wil werd"),
        ["pl"] = Set(English + " i w we z ze na do o od po za przez dla pod nad przy bez u że się nie to jest są był była było byli być będzie jak ale lub albo czy co który która które którzy jego jej ich go mu im nas nam my wy on ona ono oni one ja ty mnie tak już też także a oraz tylko ten ta te tego tej tym tych jako aby żeby by gdy jeśli jeżeli"),
        ["et"] = Set(English + " ja on ei et see ta oli kui ka mis aga nii oma seda selle ning või siis veel pole tema ole ma mina sa sina me meie te teie nad nemad kes mida mille kus nagu ega ju juba olen oled oleme olete olid olin olnud olla sest ehk kuid üle alla ilma vaid seal siin need neid nende"),
    };

    /// <summary>True when <paramref name="normalizedWord"/> (lower case) is a function word of <paramref name="language"/> (or of English when the language has no list).</summary>
    public static bool Contains(string language, string normalizedWord) =>
        (Lists.TryGetValue(Primary(language), out var set) ? set : Lists["en"]).Contains(normalizedWord);

    /// <summary>
    /// The primary subtag of a language code, in lower case ("ru+en" → "ru", "en-GB" → "en", "FR" → "fr"; null → "").
    /// Called for every word that is matched, so a code that is already a primary subtag comes back as it is, with no copy.
    /// </summary>
    internal static string Primary(string? language)
    {
        if (language is null)
        {
            return "";
        }

        int cut = language.AsSpan().IndexOfAny(SubtagSeparators);
        var code = cut > 0 ? language.AsSpan(0, cut) : language.AsSpan();
        foreach (char c in code)
        {
            if (char.IsUpper(c))
            {
                return code.ToString().ToLowerInvariant();
            }
        }

        return code.Length == language.Length ? language : code.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> SubtagSeparators = System.Buffers.SearchValues.Create("+-_ ");

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
