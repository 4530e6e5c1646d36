using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A joint statement of armed groups named in a list is the list's first body's, in every language the coverage of the
/// Belgorod raids was read in: a body named as the object of a preposition or participle before the list ("opposés au
/// Kremlin", "opposed to the Kremlin", "противостоящие Кремлю") neither speaks nor ends the list; an Arabic name ends where "and"
/// glued to the next body noun starts ("فيلق حرية روسيا وفيلق المتطوعين الروس"); Estonian writes the unit noun in lower case
/// after the name's capitalised words ("Vabaduse Venemaa leegion") and the statement in its cases ("seisis avalduses");
/// Romanian puts the unit noun first ("Batalionul Siberian", "se arată în comunicat"). The
/// sentences are made up in the style of that coverage (the readable keys hold no such list); the readable Belgorod set reads
/// "Three Russian anti-Kremlin militias issued a joint statement on March 13", whose number opens a sentence as here.
/// </summary>
public class SpeakerArmedGroupListTests
{
    [Theory]
    [InlineData("fr", "Trois groupes de combattants russes opposés au Kremlin, la Légion « Liberté de la Russie », le Corps des volontaires russes et le Bataillon sibérien, ont annoncé mardi être entrés dans la région de Belgorod.\n\n« Nous sommes russes, comme vous », indique le communiqué.")]
    [InlineData("en", "Three groups of Russian fighters opposed to the Kremlin, the Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion, said on Tuesday they had entered the region.\n\n\"We are Russians, like you,\" the statement said.")]
    [InlineData("en", "Three groups of Russian fighters opposed to the Kremlin, the Freedom of Russia Legion, the Russian Volunteer Corps and the Siberian Battalion, said on Tuesday they had entered the region.\n\n\"We are Russians, like you,\" the groups said.")]
    [InlineData("ru", "Три группы российских добровольцев, противостоящие Кремлю, — легион «Свобода России», Русский добровольческий корпус и Сибирский батальон — заявили во вторник о прорыве в область.\n\n«Мы такие же русские, как вы», — говорится в заявлении.")]
    [InlineData("ro", "Trei grupuri de luptători ruși care se opun Kremlinului, Legiunea «Libertatea Rusiei», Corpul Voluntarilor Ruși și Batalionul Siberian, au anunțat marți că au intrat în regiune.\n\n«Suntem ruși ca și voi», se arată în comunicat.")]
    [InlineData("pt", "Três grupos de combatentes russos que se opõem ao Kremlin, a Legião Liberdade da Rússia, o Corpo de Voluntários Russos e o Batalhão Siberiano, anunciaram na terça-feira que entraram na região.\n\n«Somos russos como vocês», lê-se no comunicado.")]
    [InlineData("nl", "Drie groepen Russische strijders die tegen het Kremlin vechten, het Vrijheid voor Rusland-legioen, het Russisch Vrijwilligerskorps en het Siberisch Bataljon, zeiden dinsdag dat ze de regio waren binnengevallen.\n\n“Wij zijn Russen, net als jullie”, aldus de verklaring.")]
    public void TheBodyOpposedIsNoMemberOfTheListThatSpeaks(string language, string text)
    {
        var quote = QuoteStarting(Written(text, language), language switch { "ru" => "Мы такие", "fr" => "Nous sommes", "ro" => "Suntem", "pt" => "Somos", "nl" => "Wij zijn", _ => "We are" });
        Assert.Equal("legen", quote.SpeakerKey);
        Assert.DoesNotContain("Kreml", quote.CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyAfterACommaAndAnArticleIsNoPrepositionsObject()
    {
        const string Text = "Trois groupes opposés au Kremlin, la Légion « Liberté de la Russie », le Corps des volontaires russes et le Bataillon sibérien, ont annoncé mardi être entrés dans la région.";
        var bodies = SpeakerResolver.BodyNames(Text, QuotedText.Of(Text));
        Assert.True(bodies.Single(b => b.Name == "Kremlin").Object);
        Assert.False(bodies.Single(b => b.Name.StartsWith("Légion", StringComparison.Ordinal)).Object);
    }

    [Theory]
    [InlineData("أعلن فيلق حرية روسيا وفيلق المتطوعين الروس أنهما عبرا الحدود إلى منطقة بيلغورود.\n\n«نحن روس مثلكم»، قال البيان.")]
    [InlineData("وقال فيلق حرية روسيا وفيلق المتطوعين الروس في بيان مشترك: «نحن روس مثلكم».")]
    public void AnArabicBodysNameEndsBeforeTheNextBodyOfTheList(string text)
    {
        Assert.Equal("فيلق حرية روسيا", SpeakerNames.Canonical("فيلق حرية روسيا وفيلق المتطوعين الروس", "ar"));
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ar")));
        Assert.Equal("فيلق حرية روسيا", quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Vabaduse Venemaa leegion ja Vene vabatahtlike korpus teatasid teisipäeval, et nad on piiri ületanud.\n\n„Me oleme venelased nagu teie,“ seisis avalduses.")]
    [InlineData("Vabaduse Venemaa leegion, Vene vabatahtlike korpus ja Siberi pataljon teatasid teisipäeval, et nad on piiri ületanud.\n\n„Me oleme venelased nagu teie,“ seisis nende avalduses.")]
    public void AnEstonianStatementIsTheFirstUnitsOfTheList(string text)
    {
        var bodies = SpeakerResolver.BodyNames(text, QuotedText.Of(text));
        Assert.Contains(bodies, b => b.Name == "Vene vabatahtlike korpus");
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "et")));
        Assert.Equal("Vabaduse Venemaa leegion", quote.CanonicalSpeaker);
        Assert.Equal("legen", quote.SpeakerKey);
    }
}
