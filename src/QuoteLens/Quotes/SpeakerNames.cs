using System.Text;
using QuoteLens.Text;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Quotes;

/// <summary>
/// The name in a speaker phrase, without titles, roles, weekdays and descriptions: "Russian President Vladimir Putin" →
/// "Vladimir Putin", "Bundeskanzler Olaf Scholz" → "Olaf Scholz", "mardi la ministre des Transports, Anna Petrovska" →
/// "Anna Petrovska", "в РДК" → "РДК"; a pronoun or a description ("he", "the statement", "der Kanzler", "глава
/// государства") names no one. Names are runs of capitalised words (connectors such as of, de, von, der inside);
/// the first run of two words or more wins, else the last single word.
/// </summary>
internal static class SpeakerNames
{
    /// <summary>Titles and roles in lower case: stripped before a name; a run made only of them names no one.</summary>
    private static readonly HashSet<string> Titles = Set(
        // Turkish titles in the compound form they take after their complement ("Dışişleri Bakanı Hakan Fidan", "Cumhurbaşkanı
        // Selim Kaya", "AK Parti Sözcüsü Ömer Çelik")
        "cumhurbaşkanı", "başbakanı", "başbakan", "bakanı", "bakan", "sözcüsü", "başkanı", "genel",
        "president", "presidente", "président", "présidente", "präsident", "präsidentin", "президент", "президента", "prezydent",
        "kremlchef", "kremlchefs", "kremlherrscher", "kremlboss", "kremlinleider", "kremlinbaas", "kremlin-baas", "kremlin-leider",
        "kreml-chef", "kremlin-chef", "kremlin-boss", "سيد",
        "președintele", "președinte", "presidenti", "vice", "pope", "papa", "pape", "papst", "папа", "папа римський", "papież", "paus",
        "pontiff", "pontefice", "pontife", "santo", "padre", "saint", "holy", "father", "chancellor", "kanzler", "kanzlerin",
        "chancelier", "chancelière", "канцлер", "cancelliere", "canciller", "kanclerz", "cancelarul", "kantsler", "bondskanselier",
        "minister", "ministre", "ministro", "министр", "міністр", "ministrul", "ministerin", "prime", "pm", "premier", "premiere", "premierul", "premierului", "primer",
        "primo", "primeiro", "governor", "gouverneur", "губернатор", "gobernador", "governatore", "governador", "gouverneure",
        // Polish, Romanian and Estonian governors and mayors ("Gubernator Biełgorodu, Wiaczesław Gładkow, opublikował",
        // "Primarul, Ana Stoica, a publicat"), and the mayors of the other languages
        "gubernator", "guvernatorul", "guvernator", "kuberner", "primarul", "primar", "mayor", "maire", "bürgermeister",
        "bürgermeisterin", "alcalde", "alcaldesa", "sindaco", "prefeito", "burgemeester", "burmistrz", "мэр", "мер",
        // the representatives of a body ("Представители ЛСР и РДК опубликовали видео"): the body speaks
        "представители", "представники", "representatives", "vertreter", "vertegenwoordigers", "przedstawiciele", "représentants",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "sprecher", "sprecherin", "porte-parole", "portavoce", "portavoz",
        "porta-voz", "пресс-секретарь", "прес-секретар", "прес-секретарка", "речник", "speaker", "spokesman's", "mr", "mrs", "ms", "miss", "m", "mme", "mlle", "herr",
        "frau", "dr", "prof", "sir", "lord", "lady", "dame", "signor", "señor", "senhor", "pan", "pani", "secretary", "general",
        "secretary-general", "senator", "sénateur", "senatore", "senador", "congressman", "congresswoman", "rep", "sen", "gov",
        "leader", "líder", "lider", "диктатор", "dictator", "diktator", "dictateur", "dictador", "dittatore", "head", "chief", "chef", "chefin", "director", "directeur", "direttore", "directora", "ambassador",
        "ambassadeur", "ambasciatore", "embajador", "mayor", "maire", "sindaco", "alcalde", "bürgermeister", "king", "queen", "prince",
        "princess", "roi", "reine", "könig", "emir", "sheikh", "cardinal", "kardinal", "bishop", "archbishop", "rev", "reverend",
        "foreign", "defence", "defense", "interior", "state", "federal", "deputy", "commander", "gen", "col", "lt", "capt", "captain",
        "colonel", "general", "admiral", "sgt", "officer", "official", "adviser", "advisor", "aide", "demokrat", "demokratin",
        "politiker", "politikerin", "republican", "democrat", "leaders", "staatschef", "regierungschef", "bundeskanzler",
        "bundespräsident", "außenminister", "verteidigungsminister", "us", "u.s", "uk", "eu", "un", "nato", "ministerpräsident",
        "kremlin", "kreml", "cremlino", "white", "house", "élysée", "vatican", "vaticano", "press", "office", "secretary's", "premierminister",
        "глава", "лидер", "лідер", "президентом", "премьер", "прем'єр", "прем'єр-міністр", "премьер-министр", "міністра", "спикер",
        "речниця", "представник", "представитель", "голова", "керівник", "руководитель", "посол", "генсек", "генеральный", "секретарь",
        "رئيس", "الرئيس", "وزير", "ملك", "حاكم",
        // the commander-in-chief, bare ("Главком рассказал", "a spus comandantul-șef"): a title, whose holder the article names
        "главком", "главкома", "главкому", "головком", "comandantul-șef", "comandantul",
        // Arabic ranks and offices before a name ("المتحدث العسكري للحوثيين العميد يحيى سريع", brigadier; "اللواء", major general):
        // titles, so the name after them is the holder's
        "العميد", "عميد", "اللواء", "العقيد", "الجنرال", "الوزير", "الوزيرة", "وزيرة", "الرئيسة", "رئيسة", "المتحدثة", "الناطقة", "الملك",
        "المستشار", "السفير", "القائد", "الزعيم", "زعيم", "المبعوث", "szef", "szefowa", "римський", "римский", "римського", "римского", "римському", "римскому", "кремля", "кремль", "kremlin's", "vaticana",
        // the Duma and the Rada whose speaker or deputy speaks ("— подчеркнул спикер Думы", "спікер Ради"): a title, no name
        "думы", "госдумы", "дума", "госдума", "думи", "держдуми", "рады", "ради", "верховной", "верховної",
        "sala", "stampa", "mandatario", "jefe", "capo", "ministra", "premiê", "presidenta", "embaixador", "cardeal", "arcebispo", "pontífice", "sumo", "pontifex", "понтифик", "понтифік", "mandataria", "staatsoberhaupt",
        // inflected forms (genitive, dative, instrumental): "papieża Franciszka", "президенту Путину", "des Papstes Franziskus"
        "papieża", "papieżowi", "papieżem", "prezydenta", "prezydentowi", "prezydentem", "premiera", "ministra", "kanclerza",
        "папы", "папе", "папой", "папи", "папі", "президенту", "президентові", "канцлера", "министра", "министру", "міністру",
        "губернатора", "пресс-секретаря", "речника", "papstes", "präsidenten", "kanzlers", "ministers", "președintelui", "premierului",
        "przywódca", "przywódcy", "rzecznik", "rzeczniczka",
        // Polish commanders and founders ("Dowódca Korpusu Denis Kapustin", "Założyciel Korpusu Ochotniczego Denis Kapustin")
        "dowódca", "dowódcy", "założyciel", "założyciela", "komendant", "komendanta",
        // Russian and Ukrainian commanders and generals ("Командующий группировкой Сергей Суровикин", "генерал армии")
        "командующий", "командующего", "командующему", "главнокомандующий", "командувач", "командувача", "командувачу",
        "головнокомандувач", "генерал", "генерала", "генералу",
        // spokesmen in Dutch, Romanian, Estonian, Slovene, Arabic and Persian: "Kremlin-woordvoerder", "purtătorul de cuvânt al
        // Kremlinului", "Kremli pressiesindaja", "tiskovni predstavnik", "المتحدث باسم الكرملين", "سخنگوی کرملین"
        "woordvoerder", "woordvoerster", "woordvoerders", "purtătorul", "purtătoarea", "purtător", "purtătoare", "pressiesindaja",
        "kõneisik", "pressisekretär", "purtătorului", "purtătoarei", "pressiesindaja", "pressiesindajale", "tiskovni", "predstavnik", "predstavnica", "predsednik", "predsednica", "المتحدث", "الناطق",
        "سخنگوی",
        // the Arabic spokesman's title without its article, as a construct before whom he speaks for ("وأكد متحدث الحوثيين", a
        // spokesman of the Houthis): a title, no name (it had been the speaker "متحدث"). Measured: houthi speakers 130 -> 132;
        // nothing else moves
        "متحدث", "متحدثة", "ناطق", "ناطقة",
        // the Kremlin in the genitive after a spokesman title ("tiskovni predstavnik Kremlja Dmitrij Peskov", "Kremli pressiesindaja",
        // "purtătorul de cuvânt al Kremlinului"): the office's complement, never part of the name
        "kremlja", "kremlju", "kremli", "kremlinului", "kremlu", "kremla",
        // the Kremlin's master in Polish ("Gospodarz Kremla został zapytany"): a description of the head of state, no name
        "gospodarz", "gospodarza", "gospodarzem", "władca", "władcy",
        // founders, bosses and chairs of a company or a group: "Wagner Group founder Yevgeny Prigozhin", "основатель ЧВК «Вагнер»"
        "founder", "co-founder", "boss", "chairman", "chairwoman", "ceo", "owner", "основатель", "основателя", "засновник", "засновника",
        "fondateur", "fondatrice", "gründer", "fundador", "fondatore", "oprichter", "fondatorul", "asutaja", "مؤسس", "ватажок", "главарь",
        "vorsitzende", "vorsitzender", "voorzitter", "leiter", "leiterin",
        // Estonian titles and their genitives ("Vene riigipea Marek Volkov", "ministri Anna Kowalska sõnul", "presidendi Volkovi")
        "riigipea", "riigipea", "peaminister", "peaministri", "ministri", "presidendi", "kantsler", "kantsleri", "paavst", "paavsti",
        "liider", "liidri", "juht", "juhi", "diktaator", "diktaatori", "kindral", "kindrali", "suursaadik", "suursaadiku", "kuberner", "kuberneri",
        // coordinators: "White House National Security Council Coordinator John Kirby"
        "coordinator", "coordinateur", "coordinatrice", "koordinator", "koordinatorin", "coordinador", "coordinadora", "coordinatore",
        "coordenador", "coördinator", "coordonator", "координатор", "koordynator",
        // police and other commissioners: "Baltimore's Police Commissioner Richard Worley"
        "commissioner", "commissaire", "kommissar", "kommissarin", "comisario", "commissario", "comissário", "комиссар", "комісар",
        // ombudsmen: "el Defensor del Pueblo ucraniano, Dmitró Lubinets" (the office had been the speaker), "Provedor de Justiça",
        // "le Défenseur des droits", "Уповноважений Верховної Ради з прав людини Дмитро Лубінець"
        "ombudsman", "ombudswoman", "ombudsperson", "ombudsmann", "ombudsfrau", "omboedsman", "defensor", "defensora", "provedor", "provedora",
        "défenseur", "défenseure", "médiateur", "médiatrice", "difensore", "омбудсмен", "омбудсман", "омбудсмена", "омбудсмана",
        "уполномоченный", "уполномоченного", "уповноважений", "уповноваженого");

    /// <summary>Endings of compound titles ("Bundeskanzler", "Verteidigungsminister", "US-Präsident").</summary>
    private static readonly string[] TitleEndings =
    [
        "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "sprecher", "sprecherin", "chef", "chefin",
        "politiker", "politikerin", "führer", "beauftragte", "sekretär", "president", "secretary", "министр", "міністр", "секретарь",
        "ministri", "presidendi",
        // an adviser or spokesman of an institution in one compound ("Kremlinadviseur Dmitri Peskov", "Kremlberater", "Kremlinwoordvoerder")
        "adviseur", "berater", "beraterin", "woordvoerder",
    ];

    /// <summary>The seats that stand for a government ("del Cremlino", "de l'Élysée", "du Kremlin"): a title's complement ends at them.</summary>
    private static readonly HashSet<string> Seats = Set("kremlin", "kreml", "cremlino", "élysée", "vatican", "vaticano", "кремля", "кремль");

    /// <summary>Lower-case words that may stand inside a name between capitalised words.</summary>
    private static readonly HashSet<string> Connectors = Set(
        "of", "de", "du", "des", "von", "van", "der", "den", "di", "da", "do", "dos", "das", "del", "della", "dei", "degli", "delle", "al", "bin", "ibn", "la", "le", "y", "for", "voor");

    /// <summary>Capitalised words that are never names: weekdays, months, sentence-opening adverbs.</summary>
    private static readonly HashSet<string> NotNames = Set(
        // Portuguese prepositions glued to an article, capitalised at a sentence's start ("Em causa está, diz o chefe …")
        "em", "no", "na", "nos", "nas", "ao", "aos", "num", "numa", "pelo", "pela", "pelos", "pelas",
        // Spanish, French, Italian and Romanian prepositions opening a sentence before an implied subject's verb ("En ese sentido,
        // dijo que: “…”": the speaker named before speaks; it had been "En"). Spanish and the others have no function-word list
        // of their own (they fall back to English's).
        "en", "con", "sobre", "tras", "ante", "entre", "hacia", "hasta", "sin", "avec", "sans", "sous", "vers", "chez", "entre", "con",
        "su", "tra", "fra", "verso", "senza", "în", "cu", "pe", "din", "spre", "fără",
        // German adverbs that open a sentence before its verb ("Dann sagt der Wagner-Chef", "Anschließend rastet Prigoschin aus")
        "dann", "danach", "anschließend", "später", "zuvor", "zudem", "außerdem", "jetzt", "nun",
        // "Autoridades da região de Belgorod afirmaram", "Die Behörden": the authorities, capitalised at a sentence's start, are no name
        "authorities", "autoridades", "autorités", "behörden", "autorità", "autoritățile", "autoritatile", "autoriteiten", "władze", "власти", "влада",
        // the labels of a story's parts ("Деталі: у заяві …", "Details:", "Quote:"), capitalised before their colon
        "details", "деталі", "детали", "подробности", "подробиці", "détails", "einzelheiten", "detalhes", "detalles", "dettagli", "quote", "цитата",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes",
        "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
        "domenica", "понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница", "субботу", "воскресенье",
        "понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "luni", "marți",
        "miercuri", "joi", "vineri", "sâmbătă", "duminică", "esmaspäeval", "teisipäeval", "kolmapäeval", "neljapäeval", "reedel",
        "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "earlier", "later", "also",
        "but", "and", "after", "before", "when", "while", "asked", "speaking", "während", "auch", "dabei", "zudem", "doch", "aber",
        // German sentence openers before "hieß es" and "sagte er" ("Weiter hieß es: »…«", "Darin hieß es")
        "weiter", "ferner", "darin", "weiterhin", "demnach",
        // the question a reply answers, opening the sentence ("Küsimusele, miks …, vastas Peskov", "На вопрос, …, Песков ответил")
        "küsimusele", "küsimuse", "küsimus", "вопрос", "питання",
        "після", "під", "як", "также", "como", "comme", "come", "wie", "zoals", "cum", "nagu", "jak", "после", "как", "однако", "но", "и", "а", "во", "в", "у", "на", "поки", "пока", "cependant",
        "mais", "après", "ainsi", "quand", "lors", "dans", "pero", "después", "cuando", "además", "también", "sin", "embargo", "poi",
        "dopo", "quando", "però", "ma", "anche", "infine", "inoltre", "mas", "depois", "quando", "também", "ale", "po", "gdy", "także",
        "enquanto", "mientras", "mentre", "tandis", "whereas", "terwijl",
        "maar", "na", "toen", "ook", "dar", "după", "când", "însă", "kuid", "pärast", "kui", "ka", "pope's", "this", "that", "these",
        "those", "ранее", "раніше", "позже", "пізніше", "сегодня", "сьогодні", "вчера", "вчора", "затем", "потом", "потім", "теперь", "тепер", "أن", "إن", "أنه", "في", "على", "من", "إلى", "عن", "مع", "قد", "وفي", "وقت", "سابق", "كما", "وقد", "حيث", "بعد", "قبل", "خلال",
        "عندما", "لكن", "ولكن", "وكان", "كان", "وأن", "بينما", "وبعد", "ومن", "وعلى", "هذا", "هذه", "ذلك", "تلك", "x", "twitter", "telegram", "facebook", "instagram", "it", "his", "her", "their", "in", "on", "at", "for", "with", "from", "during", "about", "with", "his", "one", "some",
        "many", "most", "several", "all", "other", "others", "such", "any", "each", "both", "via", "por", "para", "selon", "secondo",
        "según", "segundo", "laut", "volgens", "potrivit", "according", "citing", "quoted", "the", "a", "an", "le", "la", "les", "il", "lo", "el", "los",
        "las", "der", "die", "das", "dem", "den", "het", "een", "o", "os", "um", "uma", "un", "une", "ein", "eine", "einer", "des",
        "dalla", "dallo", "dal", "dagli", "dalle", "nella", "nello", "nel", "negli", "nelle", "sulla", "sullo", "sul", "alla", "allo",
        "agli", "alle", "pela", "pelo", "pelos", "pelas", "desde", "durante",
        // "Quanto ai mandanti, ha aggiunto …", "Quant à …", "En cuanto a …": the "as for" that opens a sentence; Arabic nouns of
        // institutions in a construct ("رئيس جهاز الأمن", the head of the security service), never a name alone.
        "quanto", "quant", "cuanto", "جهاز", "هيئة", "دائرة", "وزارة", "لجنة",
        // "Così Matteo Bruni, direttore della Sala stampa": "thus", closing a quote, opens no name.
        "così", "thus", "así", "assim", "aldus", "astfel",
        // "Verschillende waarnemers vermoeden": "several", opening a sentence, names no one; Arabic "and about".
        "verschillende", "mehrere", "plusieurs", "varios", "vários", "diversi", "câteva", "несколько", "кілька", "وعن",
        // "Trois groupes … ont annoncé", "Three groups … said": a number opening a sentence counts its subjects, names none.
        "two", "three", "four", "five", "deux", "trois", "quatre", "cinq", "zwei", "drei", "vier", "fünf", "tres", "cuatro",
        "cinco", "due", "tre", "quattro", "dois", "três", "quatro", "twee", "drie", "doi", "trei", "patru", "kaks", "kolm",
        "dwa", "dwie", "trzy", "cztery", "два", "две", "три", "четыре", "дві", "чотири",
        // Arabic complementizers typed without the hamza ("ان بلاده", "انه"): a clause, never a name.
        "ان", "انه", "انها", "بان", "وان",
        // Sentence-opening adverbs of time and manner ("Dorénavant, la ville refuse …, a averti le maire"): never the speaker.
        "dorénavant", "désormais", "aujourd'hui", "hier", "ensuite", "enfin", "pourtant", "toutefois", "néanmoins", "d'ailleurs",
        "auparavant", "actuellement", "jusqu'ici", "jusqu'à", "depuis", "alors", "puis", "ainsi", "aussi", "certes", "or", "donc",
        "ahora", "hoy", "ayer", "entonces", "luego", "finalmente", "actualmente", "asimismo", "mientras", "agora", "hoje", "ontem",
        "então", "finalmente", "entretanto", "contudo", "porém", "acum", "astăzi", "azi", "ieri", "apoi", "totuși", "totuşi", "deja",
        "nu", "nou", "gisteren", "vandaag", "intussen", "inmiddels", "daarna", "sindsdien", "heute", "gestern", "jetzt", "nun",
        "inzwischen", "seitdem", "danach", "täna", "eile", "nüüd", "seejärel", "samas", "hiljem",
        // Sentence-opening prepositions and quantifiers ("Tussen de berichten stond …", "Kogu Graivoroni rajoonis …", "No entanto,
        // ressaltou") and the plural of a people ("Rosjanie walczący po stronie ukraińskiej"): never a speaker's name (they had
        // been taken as the subject a later "ze", "nad" or "he" refers to).
        "tussen", "naast", "tijdens", "ondanks", "sinds", "kogu", "kõik", "mõlemad", "rosjanie", "ukraińcy",
        "amerykanie", "polacy", "россияне", "украинцы", "росіяни", "українці",
        // German capitalises the nouns of armed groups and their members ("in einer gemeinsamen Erklärung der Gruppen", "erklärten
        // die Freiwilligen"): they refer to the bodies named before, they are no names.
        "gruppen", "gruppe", "kämpfer", "freiwilligen", "freiwillige", "milizen", "einheiten", "partisanen",
        // "Der 71-Jährige betonte", "De 71-jarige zei": a person described by age, whom the resolver finds among those named
        // before ("Jährige" had been the speaker); "Stating that …", "Déclarant que …": a participle opening the sentence; German
        // demonstratives ("Dieses Meeresgebiet sei … geschlossen worden", "Diese Mission"); the Russian and Ukrainian nouns
        // that refer back to the person named before ("Військовий пояснив", "Политик добавил", "Дипломат отметил").
        "dieser", "diese", "dieses", "diesem", "diesen", "військовий", "военный", "політик", "политик", "дипломат", "посадовець", "чиновник", "jährige", "jährigen", "jarige", "stating", "saying", "adding", "noting", "déclarant", "affirmant", "ajoutant", "soulignant",
        // "Nach Angaben des Russischen Freiwilligenkorps": the source cue's words, capitalised, are no part of the name after them
        "nach", "angaben", "aussagen", "worten", "zufolge",
        // "В Telegram-канале легиона сообщили": the channel is where it was said; its owner is named after it
        "telegram-канал", "telegram-канале", "telegram-канала", "telegram-каналу", "telegram-каналі", "телеграм-канал",
        "телеграм-канале", "телеграм-канала", "телеграм-каналі", "telegram-kanal", "telegram-kanaal", "telegram-kanale",
        // Greek sentence openers ("Επίσης δήλωσε ότι …", "Παράλληλα ανέφερε …": "also", "meanwhile" before a verb whose subject
        // the sentence leaves out), in the accented and the plain spelling.
        "επίσης", "επισης", "παράλληλα", "παραλληλα", "ακόμη", "ακομη", "ακόμα", "ακομα", "μάλιστα", "μαλιστα", "ωστόσο", "ωστοσο",
        "επιπλέον", "επιπλεον", "τέλος", "τελος", "όμως", "ομως", "αλλά", "αλλα", "και", "σήμερα", "σημερα", "χθες", "νωρίτερα",
        "νωριτερα", "αργότερα", "αργοτερα", "όπως", "οπως", "μετά", "μετα", "πριν", "ενώ", "ενω", "όταν", "οταν", "έτσι", "ετσι",
        "εξάλλου", "εξαλλου", "πάντως", "παντως", "συγκεκριμένα", "συγκεκριμενα", "ειδικότερα", "ειδικοτερα", "στη", "στο", "στην");

    /// <summary>
    /// A Cyrillic word with the ending of a feminine adjective in the accusative ("Відповідну заяву опублікувала пресслужба …",
    /// "Такую позицию …"): it opens a sentence whose subject comes later; no speaker's name ends so. A vowel before the
    /// "-ну" is a surname's dative ("Путину", "Путіну"), which stays a name.
    /// </summary>
    internal static bool IsSlavicAccusativeAdjective(string norm) =>
        norm.Length >= 6 && norm[0] is >= '\u0400' and <= '\u04FF'
        && ((norm.EndsWith("ну", StringComparison.Ordinal) && !"аеёиоуыэюяіїє".Contains(norm[^3], StringComparison.Ordinal))
            || norm.EndsWith("ую", StringComparison.Ordinal) || norm.EndsWith("юю", StringComparison.Ordinal));

    /// <summary>
    /// A Cyrillic adjective in the genitive plural ("Речник Військово-морських сил ЗСУ Дмитро Плетенчук", "представитель
    /// Военно-морских сил"): the body's name after a title, capitalised as Ukrainian official style writes it, never a
    /// person's name (it had been the speaker, the holder after it left unread).
    /// </summary>
    internal static bool IsSlavicGenitivePluralAdjective(string norm) =>
        norm.Length >= 7 && norm[0] is >= '\u0400' and <= '\u04FF'
        && (norm.EndsWith("ських", StringComparison.Ordinal) || norm.EndsWith("ских", StringComparison.Ordinal)
            || norm.EndsWith("цьких", StringComparison.Ordinal) || norm.EndsWith("цких", StringComparison.Ordinal));

    /// <summary>True for a capitalised word that is never a name (a weekday, a month, a sentence-opening adverb).</summary>
    internal static bool IsNeverName(string norm) => NotNames.Contains(norm);

    /// <summary>
    /// Arabic complementizers (with their attached pronouns) that open a reported clause: a phrase that starts with one after a
    /// speech verb names no speaker, the verb's own subject being implicit ("وأضاف أن روسيا لديها", "وقالت إنها مستمرة"); inside a
    /// phrase the words after one are the reported clause; after a fronted adverbial's verb one means the subject is implicit.
    /// One list for the three readings (the phrase's reported-clause list had lacked إنه, إنها, بأنه, بأنها, so "قالت جماعة
    /// الحوثي اليمنية إنها استولت على" named the verb استولت). Measured: houthi speakers 146 -> 148, cross 136/374 -> 138/364;
    /// mobilization speakers 380 -> 381; nothing else moves.
    /// </summary>
    internal static readonly HashSet<string> ArabicThatOpeners = Set(
        "أن", "أنه", "أنها", "بأن", "بأنه", "بأنها", "إن", "إنه", "إنها", "ان", "انه", "انها", "بان", "أنّ", "إنّ");

    /// <summary>German "that": inside a phrase the words after it are the reported clause.</summary>
    private static readonly HashSet<string> GermanThat = Set("dass", "daß");

    /// <summary>Indefinite articles: a capitalised word after one is a common noun ("einem Bürgergespräch"), never a name.</summary>
    private static readonly HashSet<string> IndefiniteArticles = Set(
        "a", "an", "ein", "eine", "einem", "einen", "einer", "eines", "un", "une", "una", "uno", "um", "uma", "een");

    /// <summary>Prepositions before a run of capitalised words: the run is a place or an object ("in Dresden", "in South Carolina", "with Putin"), not the speaker.</summary>
    private static readonly HashSet<string> PlacePrepositions = Set(
        "in", "at", "from", "into", "near", "with", "against", "bei", "nach", "aus", "im", "mit", "gegen", "am", "vom", "zum", "zur", "beim", "auf", "vor", "dans", "à", "au", "aux",
        "avec", "contre", "em", "no", "na", "nos", "nas", "com", "contra", "con", "en", "nel", "nella", "ad", "a", "al", "alla", "da", "dal", "مع", "في", "فى", "إلى", "على", "ضد",
        // "dijo sobre Prigozhin", "iar despre Prigojin spune", "وعن دور فاغنر": the one spoken about, not the speaker.
        "sobre", "despre", "about", "über", "sur", "su", "over", "про", "об", "عن", "وعن",
        // a region noun written before the region's name ("de regio Belgorod", "regiunea Belgorod", "provincie Koersk"): a place
        // ("meldde de regio Belgorod te zijn binnengevallen" had made Belgorod the speaker of "aldus de groep"). Not English "region",
        // which may stand before a governor's title ("Belgorod region Governor …").
        "regio", "provincie", "regiunea", "regiune", "regione", "región", "região");

    /// <summary>
    /// Russian and Ukrainian "in", "to", "from", "with" inside a phrase ("Президент Молдавии отменила поездку в Рим и сказала"):
    /// the place or object after one is no speaker. Opening the phrase they name the source ("заявили в РДК", "в Кремле").
    /// </summary>
    /// <summary>
    /// Region and city nouns whose complement after "of", "de", "di" is a place ("Autoridades da região de Belgorod", "the city
    /// of Belgorod", "les autorités de la région de Belgorod"): the place is no speaker.
    /// </summary>
    private static readonly HashSet<string> RegionNouns = Set(
        "region", "province", "city", "oblast", "région", "ville", "província", "provincia", "região", "cidade", "región", "ciudad",
        "regione", "città", "regiunea", "orașul", "oraşul", "regio", "provincie", "stad", "gemeente");

    /// <summary>True for a region or city noun ("region", "região", "regiunea", "città"; <see cref="RegionNouns"/>).</summary>
    internal static bool IsRegionNoun(string norm) => RegionNouns.Contains(norm);

    private static readonly HashSet<string> SlavicPlacePrepositions = Set("в", "во", "из", "к", "ко", "до", "с", "со", "у", "з", "із", "зі");

    /// <summary>
    /// The name that <paramref name="phrase"/> holds, titles stripped, or null for a pronoun or a description.
    /// <paramref name="language"/> picks the stop words that never start a name.
    /// </summary>
    public static string? Canonical(string? phrase, string language) => Canonical(phrase, language, out _);

    /// <summary>
    /// As <see cref="Canonical(string?, string)"/>; <paramref name="strong"/> tells whether the name is surely a person's or an
    /// organisation's: two words or more, or one word right after a title ("Mr Macron", "le président Macron", "Kanzler Scholz").
    /// </summary>
    public static string? Canonical(string? phrase, string language, out bool strong)
    {
        if (phrase is null || phrase.Length > MaxCachedPhrase)
        {
            return Read(phrase, language, out strong);
        }

        return Canonical(phrase.AsSpan(), language, out strong, out _);
    }

    /// <summary>
    /// As <see cref="Canonical(string?, string, out bool)"/> for the characters of <paramref name="phrase"/>, looked up in a
    /// per-thread table of the phrases already read (news text names the same people over and over); <paramref name="text"/>
    /// is the phrase as a string.
    /// </summary>
    public static string? Canonical(ReadOnlySpan<char> phrase, string language, out bool strong, out string text)
    {
        if (phrase.Length > MaxCachedPhrase)
        {
            text = phrase.ToString();
            return Read(text, language, out strong);
        }

        var tables = _canonicals ??= new Dictionary<string, SpanCache<(string? Name, bool Strong)>>(StringComparer.Ordinal);
        if (!tables.TryGetValue(language, out var table))
        {
            tables[language] = table = new SpanCache<(string? Name, bool Strong)>(14);
        }

        if (table.TryGet(phrase, 0, out var read, out var stored))
        {
            text = stored!;
            strong = read.Strong;
            return read.Name;
        }

        text = phrase.ToString();
        var name = Read(text, language, out strong);
        table.Add(text, 0, (name, strong));
        return name;
    }

    /// <summary>French honorifics that pages glue to the name after their full stop ("M.Poutine", "Mme.Lagarde").</summary>
    private static readonly string[] GluedHonorifics = ["M.", "Mme.", "Mlle."];

    /// <summary><paramref name="phrase"/> with a space after each honorific glued to a capitalised name; the same string when there is none.</summary>
    private static string Unglued(string phrase)
    {
        foreach (var honorific in GluedHonorifics)
        {
            int at = phrase.IndexOf(honorific, StringComparison.Ordinal);
            while (at >= 0)
            {
                int next = at + honorific.Length;
                if ((at == 0 || !char.IsLetter(phrase[at - 1])) && next < phrase.Length && char.IsUpper(phrase[next]))
                {
                    phrase = string.Concat(phrase.AsSpan(0, next), " ", phrase.AsSpan(next));
                }

                at = phrase.IndexOf(honorific, next, StringComparison.Ordinal);
            }
        }

        return phrase;
    }

    /// <summary>Phrases longer than this are read afresh, not kept.</summary>
    private const int MaxCachedPhrase = 160;

    /// <summary>The canonical names of the phrases read, per thread and language.</summary>
    [ThreadStatic]
    private static Dictionary<string, SpanCache<(string? Name, bool Strong)>>? _canonicals;

    /// <summary>
    /// True when a letter of <paramref name="phrase"/> runs into a symbol, a currency sign, a control character or a single
    /// guillemet ("È™i", "contribuÈ›ia", "Ã©"): text decoded with the wrong code page, whose words are no names.
    /// </summary>
    internal static bool Garbled(string phrase)
    {
        for (int i = 1; i < phrase.Length; i++)
        {
            if (char.IsLetter(phrase[i - 1]) && (phrase[i] is '\u2039' or '\u203A' || char.GetUnicodeCategory(phrase[i])
                is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.CurrencySymbol or System.Globalization.UnicodeCategory.Control))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nouns of a group in its capitalised name ("Grupy Wagnera", "Grupo Wagner", "the Wagner Group" reads as "Group" last).</summary>
    private static readonly HashSet<string> GroupNameNouns = Set("grupy", "grupa", "grupo", "group", "gruppe", "groupe", "gruppo", "groep", "grupul", "grupului");

    /// <summary>True for a noun that names a group ("Grupo Wagner", "Gruppe Wagner"): a name holding it is no person's.</summary>
    internal static bool IsGroupNameNoun(string norm) => GroupNameNouns.Contains(norm);

    /// <summary>The leaders and founders of a group ("leader", "founder", "założyciel") besides the heads of <see cref="SpeakerOffices.IsHeadWord"/> ("szef", "chefe").</summary>
    private static readonly HashSet<string> GroupLeaders = Set(
        "leader", "líder", "leider", "lider", "boss", "founder", "fondateur", "gründer", "fundador", "fondatore", "założyciel", "oprichter", "fondatorul");

    /// <summary>
    /// True when <paramref name="words"/> open with a group's head or founder in lower case and then, past lower-case words
    /// only ("do", "of the"), name the group by a capitalised group noun ("szef Grupy Wagnera", "o chefe do Grupo Wagner").
    /// </summary>
    private static bool HeadOfGroup(List<Word> words)
    {
        bool head = false;
        foreach (var w in words)
        {
            if (char.IsLower(w.Text[0]))
            {
                head |= SpeakerOffices.IsHeadWord(w.Norm) || GroupLeaders.Contains(w.Norm);
                continue;
            }

            return head && GroupNameNouns.Contains(w.Norm);
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> describes a group's head or founder by the group's name ("o chefe do Grupo Wagner").</summary>
    internal static bool HeadOfGroup(string phrase) => HeadOfGroup(Words(phrase, new List<Word>(8)));

    private static string? Read(string? phrase, string language, out bool strong)
    {
        strong = false;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return null;
        }

        if (Garbled(phrase))
        {
            // "PreÈ™edintele rus … È™i a promis": UTF-8 read as Windows-1252 ("și" as "È™i") names no one.
            return null;
        }

        // "a encore insisté M.Poutine": an honorific glued to the name is read as written apart ("M. Poutine").
        phrase = Unglued(phrase);

        var words = Words(phrase, _words ??= new List<Word>(16));
        if (words.Count == 0 || (words.Count == 1 && AttributionCues.Pronouns.Contains(words[0].Norm)))
        {
            return null;
        }

        if (HeadOfGroup(words))
        {
            // "mówił szef Grupy Wagnera", "disse o chefe do Grupo Wagner": the head of a group is a person the article names
            // elsewhere, not the group (it had been "Grupy Wagnera").
            return null;
        }

        if (words.Exists(w => InstitutionNames.MayNameIsraeliArmy(w.Norm)) && InstitutionNames.IsraeliArmy(phrase) is { } israeliArmy)
        {
            // "у ЦАХАЛ заявили", "the IDF wrote", "Армии обороны Израиля": one speaker by any of its names.
            strong = true;
            return israeliArmy;
        }

        if (InstitutionNames.RussianFederalPolice(phrase) is { } fsb)
        {
            // "la police fédérale russe a déclaré", "de Russische federale politie zei": the FSB (it had been the person named last).
            strong = true;
            return fsb;
        }

        if (words.Count >= 2 && char.IsLower(words[0].Text[0]) && words.Exists(w => char.IsUpper(w.Text[0]))
            && words.TrueForAll(w => char.IsLower(w.Text[0]) || IsNationalAdjective(w.Norm)
                || (Text.Transliteration.Transliterator.HasCyrillic(w.Text) && Nations.Of(w.Norm) is not null)))
        {
            // "пояснив глава Української держави", "глава Української": a title whose only capitalised word is its nation's is a
            // description (it had been the person "Української"). Latin words count by their whole form only: "papa Francesco"
            // starts as "France" does.
            return null;
        }

        if (words.Count >= 2 && IsArticle(words[^2].Norm) && IsAcronym(words[^1].Text)
            && words.Take(words.Count - 2).All(w => char.IsLower(w.Text[0]) && NotNames.Contains(w.Norm) && !IsArticle(w.Norm)))
        {
            // "the RDK said", "the FSB said": the article before an acronym does not make it a description; nor does the
            // conjunction that opens the clause ("enquanto a LLR anunciou").
            strong = true;
            return words[^1].Text;
        }

        if (UnitNames.Named(phrase) is { } body)
        {
            // "в легионе «Свобода России»", "Русский добровольческий корпус": a body, in the nominative.
            strong = true;
            return body;
        }

        if (words.Count == 1 && InstitutionNames.IsHeadquartersNoun(words[0].Norm))
        {
            // "Штаб наголосив": the body noun alone names no one; it refers back to the body named before (it had been the
            // speaker "Штаб"). Measured with the rule below: il76 speakers 277 -> 279; nothing else moves.
            return null;
        }

        if (words.Exists(w => InstitutionNames.IsHeadquartersNoun(w.Norm)) && InstitutionNames.CoordinationHeadquarters(phrase) is { } headquarters)
        {
            // "Координаційний штаб заявив": the POW headquarters, one speaker (it had been the adjective "Координаційний").
            // Measured: il76 speakers 275 -> 277; nothing else moves.
            strong = true;
            return headquarters;
        }

        if (InstitutionNames.Bare(phrase, language) is { } ministry)
        {
            // "— сообщили в Минобороны": the article's own country's ministry (it had named no one).
            strong = true;
            return ministry;
        }

        if (InstitutionNames.Intelligence(phrase) is { } agency)
        {
            // "Головне управління розвідки Міністерства оборони України", "Ukraine's main intelligence agency": the service, in
            // English (it had been "Головне", or the person named last).
            strong = true;
            return agency;
        }

        if (ArabicUnitName(words) is { } arabicUnit)
        {
            // "فيلق المتطوعين الروس في بيان", "الكتيبة السيبيرية": an Arabic unit with its name.
            strong = true;
            return arabicUnit;
        }

        if (language == "et" && EstonianBody(words) is { } estonianBody)
        {
            // "Vene vabatahtlike korpus ja Siberi pataljon teatasid", "Siberi pataljon": Estonian writes the unit noun in lower case
            // after its capitalised name; the phrase is the body (the first of a list), not the capitalised "Siberi" alone.
            strong = true;
            return estonianBody;
        }

        if (LowerCaseSurname(words) is { } lowered)
        {
            // "лукашенко заявил", "— сказал лукашенко", "олександр лукашенко заявив": outlets that write some names in lower case
            // on purpose; a phrase made only of a Cyrillic word with a surname's ending (and a first name before it) is that name.
            strong = words.Count == 2;
            return lowered;
        }

        if (TitledLowerCaseName(words) is { } titled)
        {
            // "Російський диктатор володимир путін офіційно підтвердив": a lower-case name after its title.
            strong = true;
            return titled;
        }

        if (HasCredit(words))
        {
            // "Immagini Cremlino Fonte: Agenzia Vista": a picture or source credit, not a speaker.
            return null;
        }

        if (AttributionCues.Complementizers.Contains(words[0].Norm))
        {
            // "que Rusia debería poder hacer", "that the Russians": the reported clause, not its speaker.
            return null;
        }

        if (ArabicThatOpeners.Contains(words[0].Norm))
        {
            // "وأضاف أن روسيا لديها «…»", "وقالت إنها مستمرة": an Arabic verb carries its subject; the phrase after it that opens
            // with "that" is the reported clause, not a speaker (it had been "روسيا لديها"). Measured: speakers mobilization
            // 374 -> 375, houthi 144 -> 145, netanyahu 370 -> 371, il76 279 -> 280, oreshnik 223 -> 224; cross il76 689/960 ->
            // 691/968, black-sea 142/205 -> 143/209 (a changed speaker moves a group); nothing else moves.
            return null;
        }

        bool description = AttributionCues.Determiners.Contains(words[0].Norm);
        List<string>? firstMulti = null;
        List<string>? complementMulti = null;
        bool complement = false;
        List<string>? lastSingle = null;
        bool lastSingleTitled = false;
        List<string>? firstSingle = null;
        bool firstSingleTitled = false;
        bool titleBefore = false;
        bool spokesTitleBefore = false;
        bool adjectiveTitleBefore = false;
        bool nationalTitleBefore = false;
        bool constructBefore = false;
        bool afterConstruct = false;
        bool afterPreposition = false;
        bool titleGenitive = false;
        bool arabicAddressee = false;
        List<string>? lastMulti = null;
        List<string>? titledMulti = null;
        var run = new List<Word>();
        void Close()
        {
            if (run.Count == 0)
            {
                return;
            }

            while (run.Count > 0 && (Connectors.Contains(run[^1].Norm) || ArabicPrepositions.Contains(run[^1].Text)))
            {
                // "سليم كايا أمام": an Arabic preposition ends the name before its object (which has the article, so no name).
                run.RemoveAt(run.Count - 1);
            }

            if (arabicAddressee && run.Count >= 2)
            {
                // "وقال سميرنوف في تقرير قدمه للرئيس الروسي فلاديمير بوتين": a name after a title that carries "to the" (لل) is
                // the one spoken to, not the speaker (it had taken the quote from Smirnov, the single name after the verb).
                run.Clear();
                return;
            }

            int lastTitle = run.FindLastIndex(w => IsTitle(w.Norm));
            if (titleGenitive && lastTitle < 0 && run.Count >= 3)
            {
                // "der Chef des ukrainischen Präsidialbüros Andrij Jermak": the genitive noun the title owns, then its holder's name.
                run.RemoveAt(0);
            }
            else if (afterPreposition && lastTitle < 0)
            {
                // "Bei einem Bürgergespräch in Dresden", "en una entrevista con Putin": the place or the object of a preposition.
                run.Clear();
                return;
            }

            int nameStart = lastTitle + 1;
            while (nameStart < run.Count && Connectors.Contains(run[nameStart].Norm))
            {
                nameStart++;
            }

            var name = new List<string>(run.Count - nameStart);
            for (int k = nameStart; k < run.Count; k++)
            {
                name.Add(run[k].Text);
            }

            if (name.Count > 1 && PlacePrefixes.Contains(Tokenizer.NormalizeWord(name[0])))
            {
                // "entre Moscovo e São Petersburgo", "in Sankt Petersburg", "à Saint-Pétersbourg": a place, not a speaker.
                run.Clear();
                return;
            }

            if (name.Count > 0 && AllGroupModifiers(run, lastTitle + 1))
            {
                // "Three Russian anti-Kremlin militias", "Anti-Kremlin Russian fighters": a number and a nationality describe a
                // group; capitalised in English, they name no one.
                run.Clear();
                return;
            }

            if (name.Count > 1 && IsNationalAdjective(Tokenizer.NormalizeWord(name[^1])))
            {
                // "Independent Ukrainian media outlet Ukrainska Pravda said": capitalised words that end with a nationality describe
                // what follows them; they name no one (the run had been the speaker "Independent Ukrainian", and lent its form to
                // every quote keyed Ukrainian).
                run.Clear();
                return;
            }

            int possessive = name.FindIndex(w => WithoutPossessive(w).Length < w.Length);
            if (possessive == 0 && name.Count >= 3)
            {
                // "Russia’s Vladimir Putin", "Turkey’s Recep Tayyip Erdogan": a one-word possessive before a name of two words or
                // more is the country the person belongs to.
                name.RemoveRange(0, 1);
            }
            else if (possessive == 0 && name.Count == 2 && IsAcronym(name[1]) && Nations.Of(Tokenizer.NormalizeWord(WithoutPossessive(name[0]))) is not null)
            {
                // "Russia’s FSB security service says": a country's possessive before a body's acronym is the country the body
                // belongs to; the body speaks (it had been "Russia").
                name.RemoveRange(0, 1);
            }
            else if (possessive >= 0 && possessive < name.Count - 1)
            {
                // "Vladimir Putin’s TV address": the name ends with its possessive; what follows is what it owns.
                name.RemoveRange(possessive + 1, name.Count - possessive - 1);
            }

            if (lastTitle >= 0 && lastTitle + 1 < run.Count && Connectors.Contains(run[lastTitle + 1].Norm))
            {
                if (name.Count >= 3 && Nations.Of(Tokenizer.NormalizeWord(name[0])) is not null
                    && name.Skip(1).All(w => char.IsUpper(w[0]) && !IsTitle(Tokenizer.NormalizeWord(w)) && Nations.Of(Tokenizer.NormalizeWord(w)) is null))
                {
                    // "Adviser to the Head of the Office of President of Ukraine Mykhailo Podolyak": the country the title belongs to,
                    // then the holder's full name; the holder speaks (the run had been cleared, and the quote went to Zelensky).
                    name.RemoveAt(0);
                }
                else if (name.Count >= 3 && language == "de" && run[lastTitle + 1].Text is "der" or "des")
                {
                    // "Sprecher der Stadt Peter Albrecht": the German genitive noun of the title's body, then the holder's name (TitleGenitive).
                    name.RemoveAt(0);
                }
                else
                {
                    // "President of Ukraine", "Secretary General of NATO", "Presidente dos Estados Unidos": the body or country a title belongs to, not a person.
                    run.Clear();
                    return;
                }
            }

            if (name.Count == 1 && IsAcronym(name[0]) && (lastTitle >= 0 ? SpokesTitles.Contains(run[lastTitle].Norm) : spokesTitleBefore))
            {
                // "Rzecznik SBU stwierdził", "речник СБУ заявив": a spokesman speaks for the body the acronym names, which is the
                // speaker (the phrase had named no one, and the quote went to the person named last, Putin).
                run.RemoveRange(0, run.Count - 1);
            }
            else if ((name.Count == 1 || (name.Count == 2 && IsCountryGenitive(name[1]))) && (lastTitle >= 0 || titleBefore || adjectiveTitleBefore) && IsAcronym(name[0]))
            {
                // "szef MSZ", "Szef MSZ Ukrainy", "президент РФ", "le chef de l'OTAN": an acronym after a title is the body the title belongs to.
                run.Clear();
                return;
            }

            if (name.Count == 1 && constructBefore)
            {
                // "وقال حاكم بيلغورود إن": an Arabic title without its article governs the word after it ("the governor of
                // Belgorod"); that word is a place or a body, not the person, whom the office rules find.
                run.Clear();
                return;
            }

            if (name.Count == 1 && (lastTitle >= 0 || titleBefore)
                && (IsCountryGenitive(name[0]) || PolishCountryGenitives.Contains(Tokenizer.NormalizeWord(name[0]))))
            {
                // "президент России", "президента України", "szef MSZ Rosji", "premier Izraela": the country a title belongs to,
                // not a person.
                run.Clear();
                return;
            }

            if (name.Count > 2 && IsAcronym(name[0]) && !AnyAcronymAfterFirst(name))
            {
                // "MSZ Dmytro Kułeba", "NATO Jens Stoltenberg": the body's acronym before a person's name.
                name.RemoveAt(0);
            }

            if (name.Count > 2 && name.TrueForAll(w => Transliterator.HasCyrillic(w)))
            {
                // "президента России Дмитрий Песков": a Cyrillic name is first name, patronymic and surname at most; what stands before is a genitive.
                int keep = name[^2].EndsWith("вич", StringComparison.Ordinal) || name[^2].EndsWith("вна", StringComparison.Ordinal) ? 3 : 2;
                name.RemoveRange(0, name.Count - keep);
            }

            if (name.Count > 2 && language == "pl" && (lastTitle >= 0 || titleBefore))
            {
                // "Prezydent Rosji Władimir Putin", "Gubernator Biełgorodu Wiaczesław Gładkow", "Założyciel Korpusu Ochotniczego
                // Denis Kapustin": Polish puts the country, place or body a title belongs to in the genitive, capitalised, between
                // the title and the name, with no preposition; the name after it is first name and surname.
                name.RemoveRange(0, name.Count - 2);
            }
            else if (name.Count > 2 && (language == "pl" || (language == "ro" && IsCountryGenitive(name[0])))
                && Nations.Of(Tokenizer.NormalizeWord(name[0])) is not null)
            {
                // "doradca ministra obrony Ukrainy Jurij Sak", "Președintele Rusiei Vladimir Putin": Polish and Romanian name the
                // country a title belongs to in the genitive, capitalised, before the name; the country ends the title's complement
                // (it had been "Ukrainy Jurij Sak", "Rusiei Vladimir Putin") and the name after it is first name and surname.
                name.RemoveAt(0);
            }

            if (name.Count >= 2 && complement && lastTitle >= 0 && Seats.Contains(run[lastTitle].Norm))
            {
                // "il portavoce del Cremlino Dmitry Peskov": the complement ends at its body's word; the name after it is a person's.
                complement = false;
            }

            if (name.Count >= 2 && (complement || (constructBefore && name.Count == 2)))
            {
                // "حاكم مقاطعة بيلغورود الروسية فياتشيسلاف غلادكوف": the two words an Arabic title without its article governs
                // are its complement (the Belgorod region); the name after them is the titled person's. A longer run ("حاكم منطقة
                // بيلجورود فياتشيسلاف جلادكوف") holds the name at its end, which the Arabic rule below reads.
                complementMulti ??= name;
                afterConstruct |= constructBefore;
            }
            else if (name.Count >= 2)
            {
                firstMulti ??= name;
                lastMulti = name;
                if (lastTitle >= 0 || titleBefore || adjectiveTitleBefore || afterConstruct)
                {
                    titledMulti ??= name;
                }
            }
            else if (name.Count == 1)
            {
                lastSingle = name;
                lastSingleTitled = lastTitle >= 0 || titleBefore || nationalTitleBefore;
                if (firstSingle is null && firstMulti is null)
                {
                    firstSingle = name;
                    firstSingleTitled = lastSingleTitled;
                }
            }

            run.Clear();
        }

        for (int k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (k > 0 && (AttributionCues.Complementizers.Contains(w.Norm) || ArabicThatOpeners.Contains(w.Norm) || GermanThat.Contains(w.Norm)))
            {
                // "الرئيس الأميركي جو بايدن أن أعمال البحث ما تزال جارية": what follows "that" is the reported clause.
                break;
            }

            if (language is "de" or "nl" && LeaderGenitive(w.Norm))
            {
                // A head of state's German or Dutch genitive: read once per word.
                if (run.Count > 0)
                {
                    // "begründete Peskow Putins Wahl", "Kremlsprecher Dmitri Peskow Putins Entscheidung": the genitive of a head
                    // of state after a name opens the object; the name before it speaks (it had been "Peskow Putins", keyed as
                    // Putin), and is surely a name even as one word: a common noun takes no genitive name after it in German or Dutch.
                    titleBefore |= run.Count == 1;
                    Close();
                    break;
                }

                if (k + 1 == words.Count || OwnedWords.Contains(words[k + 1].Norm))
                {
                    // "zitierte Putins Worte", "citeerde Poetins woorden": the words are the head of state's (the phrase read may
                    // end at the genitive, before the lower-case noun).
                    run.Add(w with { Text = w.Text[..^1], Norm = w.Norm[..^1] });
                    titleBefore = true;
                    Close();
                    break;
                }

                if (char.IsUpper(words[k + 1].Text[0]))
                {
                    // "Zu Bidens Gesundheitszustand sagte Putin", "Putins Krieg": a head of state's genitive and the noun it owns
                    // are no one's name (they had been the speaker "Bidens Gesundheitszustand").
                    k++;
                    continue;
                }
            }

            if (run.Count > 0 && ArabicJoinedBody(w.Text))
            {
                // "فيلق حرية روسيا وفيلق المتطوعين الروس": "and" glued to another body noun ends the first body's name; the list's
                // first body is the one read.
                Close();
                break;
            }

            bool nameLike = IsNameLike(w, language) || (run.Count is > 0 and < 3 && !run[^1].CommaAfter && ArabicGivenNames.Contains(run[0].Text) && IsArabicArticleSurname(w, run[^1].Text));
            // "Ursula von der Leyen": two particles in a row before the surname.
            bool connector = run.Count > 0 && Connectors.Contains(w.Norm) && k + 1 < words.Count && (IsNameLike(words[k + 1], language)
                || (k + 2 < words.Count && Connectors.Contains(words[k + 1].Norm) && IsNameLike(words[k + 2], language)));
            if (nameLike || connector)
            {
                if (run.Count == 0)
                {
                    titleBefore = k > 0 && IsTitle(words[k - 1].Norm) && !words[k - 1].CommaAfter;
                    spokesTitleBefore = titleBefore && SpokesTitles.Contains(words[k - 1].Norm);
                    // "للرئيس الروسي فلاديمير بوتين" (to the Russian president): the name is spoken to; "للحوثيين العميد يحيى سريع" (the
                    // Houthis' brigadier Yahya Saree): a rank between the "for the" complement and the name makes it the holder's.
                    arabicAddressee = (k > 0 && ArabicToThe(words[k - 1].Text)) || (k > 1 && ArabicToThe(words[k - 2].Text) && HasArabicArticle(words[k - 1].Text)
                        && !IsTitle(words[k - 1].Norm));
                    constructBefore = titleBefore && HasArabic(words[k - 1].Text) && !HasArabicArticle(words[k - 1].Text);
                    afterPreposition = k > 0 && (PlacePrepositions.Contains(words[k - 1].Norm) || IndefiniteArticles.Contains(words[k - 1].Norm)
                        || (k > 1 && SlavicPlacePrepositions.Contains(words[k - 1].Norm))
                        || (k > 1 && Connectors.Contains(words[k - 1].Norm) && RegionNouns.Contains(words[k - 2].Norm))
                        || (language == "de" && GermanNounPhrase(words, k))) && !words[k - 1].CommaAfter;
                    titleGenitive = afterPreposition && language == "de" && TitleGenitive(words, k);
                    adjectiveTitleBefore = k > 1 && IsTitle(words[k - 2].Norm) && !char.IsUpper(words[k - 1].Text[0]);

                    // "le président turc Erdogan", "il presidente turco Erdogan": a nationality between the title and the surname.
                    nationalTitleBefore = adjectiveTitleBefore && !words[k - 2].CommaAfter && !words[k - 1].CommaAfter && IsNationalAdjective(words[k - 1].Norm);

                    // "ministro de Relaciones Exteriores", "ministre des Transports": the complement of a title, not a name.
                    // "the head of the Federal Security Service (FSB)": the same with an article between.
                    complement = (k > 1 && Connectors.Contains(words[k - 1].Norm) && !char.IsUpper(words[k - 2].Text[0]))
                        || (k > 2 && AttributionCues.Determiners.Contains(words[k - 1].Norm) && Connectors.Contains(words[k - 2].Norm)
                            && IsTitle(words[k - 3].Norm) && !char.IsUpper(words[k - 3].Text[0]));
                }

                run.Add(w);
            }
            else
            {
                if (run.Count == 1 && IsTitle(w.Norm) && !char.IsUpper(w.Text[0]) && !run[0].CommaAfter)
                {
                    // "Rosyjski przywódca", "Russian president": a capitalised adjective before a title, not a name.
                    run.Clear();
                }
                else if (run.Count > 1 && IsTitle(w.Norm) && char.IsLower(w.Text[0]) && !run[^1].CommaAfter
                    && (k + 1 == words.Count || IsNameLike(words[k + 1], language)))
                {
                    // "the Grand National Assembly speaker", "Freedom Legion spokesman Ivan Petrov": the body a title belongs to, not a person.
                    run.Clear();
                }

                if (run.Count > 0 && IsTitle(w.Norm) && WithoutPossessive(run[^1].Text).Length < run[^1].Text.Length)
                {
                    // "NATO’s secretary-general", "Russia's president": the body or country the title belongs to.
                    run.Clear();
                }

                Close();
            }

            if (w.CommaAfter)
            {
                Close();
            }
        }

        Close();
        if (firstMulti is null && complementMulti is not null)
        {
            // "presidente de Estados Unidos", "ministre des Transports": a title's complement names its country or office, not the speaker.
            return null;
        }
        if (firstMulti is { Count: 2 } && IsPatronymic(firstMulti[1]))
        {
            // "Владимир Владимирович пообещал": first name and patronymic, no surname: the person named just before.
            return null;
        }

        bool arabicPhrase = words.Exists(w => w.Text.Length > 0 && w.Text[0] is >= '\u0600' and <= '\u06FF');
        if (arabicPhrase && firstSingle is not null && words.Count > 1 && words[0].Text == firstSingle[0] && ArabicClauseOpeners.Contains(words[1].Norm))
        {
            // "وقال بوتين خلال كلمة ألقاها أمام المشاركين في البرنامج التعليمي لمدرسة مينتور": the name right after the verb is the
            // subject; the clause that follows it ("during a speech to … the Mentor school") names where he spoke, not who.
            firstMulti = null;
        }
        else if (arabicPhrase && firstMulti is not null && words.Count > firstMulti.Count && words[0].Text == firstMulti[0]
            && ArabicClauseOpeners.Contains(words[firstMulti.Count].Norm))
        {
            strong = true;
            return NotInstitution(phrase, WithoutPossessive(string.Join(' ', firstMulti.Count > 4 ? firstMulti[..4] : firstMulti)));
        }

        if (firstMulti is not null)
        {
            strong = true;
            if (arabicPhrase)
            {
                // "الأمين العام لحلف شمال الأطلسي ينس ستولتنبرج": in Arabic the title and its complement come first, the name last;
                // but the name right after its title comes first when other words follow it ("الرئيس التركي سليم كايا في كلمته
                // أمام نواب حزبه": what follows is where he spoke).
                firstMulti = titledMulti ?? lastMulti!;
            }

            return NotInstitution(phrase, WithoutPossessive(string.Join(' ', firstMulti.Count > 4 ? firstMulti[..4] : firstMulti)));
        }

        if (firstSingle is not null && firstSingle != lastSingle && CoordinatedVerbs.Contains(words[^1].Norm))
        {
            // "Путін підтвердив смерть Пригожина та [заявив]", "Putin praised Prigozhin and [said]": the cue is the second verb
            // of the clause; its subject is the name that opens it, not the object of the first verb.
            lastSingle = firstSingle;
            lastSingleTitled = firstSingleTitled;
        }

        if (firstSingle is not null && firstSingle != lastSingle && words.Count > 1 && words[0].Text == firstSingle[0]
            && words[0].Text.Length > 0 && words[0].Text[0] is >= '\u0600' and <= '\u06FF' && ArabicClauseOpeners.Contains(words[1].Norm))
        {
            // "وقال فولكوف بعد ساعات من اجتماع المجلس إنّ": the name right after the verb is the subject; a time or place clause
            // that follows it ("after hours of the council's meeting") holds nouns, not the speaker.
            lastSingle = firstSingle;
            lastSingleTitled = firstSingleTitled;
        }

        if (description && lastSingle is { Count: 1 } && IndexOfWord(words, lastSingle[0]) is > 0 and var at
            && (GroupNameNouns.Contains(words[at - 1].Norm) || (at > 1 && GroupNameNouns.Contains(words[at - 2].Norm) && char.IsLower(words[at - 1].Text[0])))
            && !words.Take(at).Any(w => Connectors.Contains(w.Norm) || IsTitle(w.Norm) || GroupLeaders.Contains(w.Norm) || SpeakerOffices.IsHeadWord(w.Norm)))
        {
            // "The militant group Hamas said", "O grupo terrorista Hamas afirmou" (an adjective after the noun): the group's name in
            // apposition to the noun is the speaker, not a description of someone of it (it had named no one, and the group was
            // resolved to a person). Not so for the head of a group ("The head of Russia's mercenary group Wagner said").
            description = false;
        }

        if (lastSingle is null || (description && !lastSingleTitled) || SpeakerInstitutions.IsHead(Tokenizer.NormalizeWord(lastSingle[0]))
            || lastSingle[0].Length < 2 || IsNationalAdjective(Tokenizer.NormalizeWord(lastSingle[0])))
        {
            // "The German Foreign Ministry posted": a ministry is no person's name (see SpeakerInstitutions).
            return null;
        }

        int acronym = words.Count - 1;
        while (acronym >= 0 && words[acronym].Text != lastSingle[0])
        {
            acronym--;
        }

        if (!lastSingleTitled && IsAcronym(lastSingle[0]) && acronym > 0 && !char.IsUpper(words[acronym - 1].Text[0])
            && words[acronym - 1].Norm.Length >= 4 && !StopWords.Contains(language, words[acronym - 1].Norm) && !Connectors.Contains(words[acronym - 1].Norm))
        {
            // "ватажок ПВК", "head of NATO": a common noun before the body's acronym describes someone of the body.
            return null;
        }

        strong = lastSingleTitled;
        return NotInstitution(phrase, WithoutPossessive(lastSingle[0]));
    }

    /// <summary>
    /// <paramref name="name"/>, or null when it is a word of an institution the phrase names ("La Casa Blanca", "У Білому домі"):
    /// the institution speaks, read by <see cref="SpeakerInstitutions.Body"/>.
    /// </summary>
    private static string? NotInstitution(string phrase, string name) =>
        SpeakerInstitutions.Body(phrase) is { } body && body.Contains(name, StringComparison.Ordinal) ? null : name;

    /// <summary>
    /// German capitalises every noun: a run after an article ("der Deutschen Presse-Agentur") or after an article and an
    /// adjective ("einem falschen Einsatz Moskau") is a noun phrase, not a name.
    /// </summary>
    private static bool GermanNounPhrase(List<Word> words, int k)
    {
        static bool Article(Word w) => GermanArticles.Contains(w.Text);
        return Article(words[k - 1]) || (k > 1 && !char.IsUpper(words[k - 1].Text[0]) && Article(words[k - 2]) && !words[k - 2].CommaAfter);
    }

    /// <summary>
    /// German writes the body a title belongs to in the genitive between the title and the holder's name ("der Sprecher der Stadt
    /// Peter Albrecht", "der Chef des ukrainischen Präsidialbüros Andrij Jermak"): true when the capitalised run at
    /// <paramref name="k"/> follows a genitive article (and at most one lower-case adjective) right after a title. Such a run of
    /// three words or more is the genitive noun, then the name (it had been read as one noun phrase, and named no one).
    /// Measured: zaluzhny speakers 276 -> 280 ("Das antwortete der Chef des ukrainischen Präsidialbüros Andrij Jermak": "sagte er"
    /// had gone to Selenskyj), cross predicted 669 -> 671 (true pairs unchanged); nothing else moves.
    /// </summary>
    private static bool TitleGenitive(List<Word> words, int k)
    {
        static bool Genitive(Word w) => w.Text is "des" or "der" && !w.CommaAfter;
        return (k > 1 && Genitive(words[k - 1]) && IsTitle(words[k - 2].Norm) && !words[k - 2].CommaAfter)
            || (k > 2 && !char.IsUpper(words[k - 1].Text[0]) && Genitive(words[k - 2]) && IsTitle(words[k - 3].Norm) && !words[k - 3].CommaAfter);
    }

    private static readonly HashSet<string> GermanArticles = Set(
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "seiner", "seinem", "seinen", "ihrer", "ihrem");

    /// <summary>
    /// True for an article ("der", "einer", "la", "the"): capitalised words right after it are a noun phrase or a body
    /// ("der Deutschen Presse-Agentur", "la Maison Blanche"), not a person.
    /// </summary>
    internal static bool IsArticle(string norm) =>
        IndefiniteArticles.Contains(norm) || GermanArticles.Contains(norm) || AttributionCues.Determiners.Contains(norm);

    /// <summary>"Donald Trump’s comments": the possessive ending is no part of the name.</summary>
    private static string WithoutPossessive(string name) =>
        name.Length > 4 && (name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal)) ? name[..^2] : name;

    /// <summary>
    /// The key of every word of a speaker's name (words split at spaces and hyphens): a name read from a headline ("Vladimir
    /// Putin Says Wagner") still meets the person's key through one of them.
    /// </summary>
    internal static IEnumerable<string> WordKeys(string name) =>
        name.Split(CharSets.SpacesHyphens, StringSplitOptions.RemoveEmptyEntries).Select(Key);

    /// <summary>The key of a canonical name that speakers are matched by: the name key of its last word (the surname), in any script.</summary>
    public static string Key(string canonical)
    {
        if (canonical.Length > MaxCachedPhrase)
        {
            return MakeKey(canonical);
        }

        var keys = _keys ??= new SpanCache<string>(14);
        if (!keys.TryGet(canonical, 0, out var key, out _))
        {
            key = MakeKey(canonical);
            keys.Add(canonical, 0, key);
        }

        return key;
    }

    /// <summary>The keys of the canonical names already keyed, per thread.</summary>
    [ThreadStatic]
    private static SpanCache<string>? _keys;

    private static string MakeKey(string canonical)
    {
        if (InstitutionNames.Key(canonical) is { } ministry)
        {
            // "Russian defence ministry": the whole name, not its last word, which every ministry shares.
            return ministry;
        }

        if (canonical.EndsWith('»') && canonical.IndexOf(" «", StringComparison.Ordinal) is > 0 and var quoted)
        {
            // "Легион «Свобода России»": the unit noun before the quoted name is the word the body is keyed by.
            canonical = canonical[..quoted];
        }

        int cut = canonical.LastIndexOf(' ');
        var last = cut < 0 ? canonical : canonical[(cut + 1)..];
        if (UnitNames.EnglishUnit(Tokenizer.NormalizeWord(last)) is { } unit)
        {
            last = unit;
        }
        else if ((HasArabic(last) ? UnitNames.ArabicUnit(canonical) : UnitNames.LeadingUnit(canonical)) is { } leading)
        {
            // "Corpo de Voluntários Russos", "Batalionul Siberian", "فيلق حرية روسيا": the unit noun leads the name in the Romance
            // languages, Romanian and Arabic.
            last = leading;
        }

        if (HasArabic(last))
        {
            return ArabicMark + ArabicSkeleton(last);
        }

        return KnownForm(LatinKey(last));
    }

    /// <summary>The one key of every form of a name a head of state or church takes in each language (<see cref="NameForms"/>), else <paramref name="key"/>.</summary>
    private static string KnownForm(string key) => NameForms.TryGetValue(key, out var canonicalKey) ? canonicalKey : key;

    /// <summary>
    /// The key of a person's name as English spells it, for a name written in the way of <paramref name="language"/> ("Vladimir
    /// Poetin" in Dutch, "Poutine" in French: putin); null for a body, a name in another script, or a language whose spelling is
    /// English's.
    /// </summary>
    internal static string? RespelledKey(string canonical, string language)
    {
        if (language is not ("fr" or "nl" or "de" or "pl" or "ro") || HasArabic(canonical) || Text.Transliteration.Transliterator.HasCyrillic(canonical)
            || InstitutionNames.Key(canonical) is not null || canonical.Contains('«', StringComparison.Ordinal))
        {
            return null;
        }

        return NamesUnit(canonical, out var last) ? null : KnownForm(LatinKey(last, language));
    }

    /// <summary>
    /// True when <paramref name="canonical"/> names a unit ("Freedom of Russia Legion", "Corpo de Voluntários Russos"): its last
    /// word is a unit noun, or a unit noun leads it. <paramref name="last"/> is its last word.
    /// </summary>
    private static bool NamesUnit(string canonical, out string last)
    {
        int cut = canonical.LastIndexOf(' ');
        last = cut < 0 ? canonical : canonical[(cut + 1)..];
        return UnitNames.EnglishUnit(Tokenizer.NormalizeWord(last)) is not null || UnitNames.LeadingUnit(canonical) is not null;
    }

    /// <summary>
    /// True for the German or Dutch genitive of a head of state named in the coverage ("Putins", "Poetins", "Selenskyjs",
    /// "Bidens", "Trumps", "Macrons", "Lukaschenkos", "Erdogans").
    /// </summary>
    private static bool LeaderGenitive(string norm) =>
        norm.Length > 5 && norm[^1] == 's' && norm[^2] != 's' && LeaderKeys.Contains(KnownForm(LatinKey(norm[..^1])));

    /// <summary>
    /// True when <paramref name="name"/> is one word that names a head of state of the coverage by surname ("Putin", "Poetin",
    /// "Selenskyj", "Biden"): a capitalised word that is surely a person, even where the article never gives the full name.
    /// </summary>
    internal static bool IsLeaderSurname(string name) =>
        name.Length > 3 && !name.Contains(' ', StringComparison.Ordinal) && LeaderKeys.Contains(KnownForm(LatinKey(name)));

    /// <summary>German and Dutch nouns for what someone said, owned by the genitive before them ("Putins Worte", "Poetins woorden").</summary>
    private static readonly HashSet<string> OwnedWords = Set("worte", "aussage", "aussagen", "äußerung", "äußerungen", "rede", "woorden", "uitspraak", "uitspraken", "toespraak");

    /// <summary>The keys of the heads of state whose genitive <see cref="LeaderGenitive"/> reads.</summary>
    private static readonly HashSet<string> LeaderKeys = new(
        new[] { "Putin", "Poetin", "Selenskyj", "Zelensky", "Biden", "Trump", "Macron", "Lukaschenko", "Erdogan" }.Select(n => LatinKey(n)),
        StringComparer.Ordinal);

    /// <summary>German and Italian z is the ts that Cyrillic spells ц (Scholz, Шольц): one symbol for both.</summary>
    private static string LatinKey(string word, string? language = null) => NameKey.For(word, language).Replace('z', 'c');

    /// <summary>Marks the key of an Arabic name: a consonant skeleton, matched against the skeleton of Latin keys.</summary>
    private const char ArabicMark = '#';

    /// <summary>
    /// The names that heads of state and church take in each language (exonyms), one key for all forms of a name: Pope
    /// Francis is Franciszek, Francesco, Franziskus, François, Francisco, Franciscus, Франциск, Франциско. Only names whose
    /// forms the name key does not already bring together are listed; the first form names the entry.
    /// </summary>
    private static readonly string[][] NameFormTable =
    [
        ["Francis", "Franciszek", "Francesco", "Franziskus", "François", "Francisco", "Franciscus", "Francisc", "Franjo", "Франциск", "Франциско", "Франціск", "Франциськ",
            "Franciszka", "Franciszkowi", "Franciszkiem", "Франциска", "Франциску", "Франциском", "Франциска", "Францискові", "Франциском"],
        ["Benedict", "Benedikt", "Benedetto", "Benedicto", "Benoît", "Benedykt", "Benedictus", "Бенедикт"],
        ["Charles", "Karl", "Carlo", "Carlos", "Karol", "Carol", "Карл"],
        ["Leo", "León", "Leone", "Léon", "Лев"],
        // The call sign of the Freedom of Russia Legion's spokesman, which outlets translate as they do a pope's name.
        ["Caesar", "Cezar", "César", "Cesare", "Cäsar", "Cesar", "Цезарь", "Цезар", "Цезаря", "Цезарем", "Цезарю", "Cezara", "Cezarem", "Cezarowi"],
    ];

    private static readonly Dictionary<string, string> NameForms = BuildNameForms();

    private static Dictionary<string, string> BuildNameForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in NameFormTable)
        {
            var key = LatinKey(row[0]);
            foreach (var form in row)
            {
                forms.TryAdd(LatinKey(form), key);
            }
        }

        return forms;
    }

    /// <summary>
    /// True when an Arabic word carries the definite article ("الرئيس", "والرئيس", "للرئيس"): a title without it stands in the
    /// construct state and governs the word after it ("حاكم بيلغورود", the governor of Belgorod).
    /// </summary>
    private static bool HasArabicArticle(string word) =>
        word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)
        || (word.Length > 3 && "وفبلك".Contains(word[0], StringComparison.Ordinal) && word.AsSpan(1).StartsWith("ال", StringComparison.Ordinal));

    private static bool HasArabic(string word)
    {
        foreach (char c in word)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The consonant skeleton of an Arabic name in Latin letters (بايدن → bdn, ترامب → trmb, بوتين → btn): long vowels and
    /// the letters that write them (ا و ي ى ة ء) dropped, each consonant one Latin letter as in <see cref="LatinSkeleton"/>.
    /// </summary>
    private static string ArabicSkeleton(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            char latin = c switch
            {
                'ب' or 'پ' => 'b',
                'ت' or 'ط' => 't',
                'ث' or 'س' or 'ص' => 's',
                'غ' or 'گ' or 'ك' or 'ق' or 'ک' => 'k',

                // ج writes g, j and the zh of Slavic names (بريغوجين, Prigozhin): a letter of its own, read either way (SkeletonForms).
                'ج' => 'j',
                'ح' or 'ه' or 'خ' => 'h',
                'د' or 'ض' or 'ذ' or 'ظ' => 'd',
                'ر' => 'r',
                'ز' => 's',
                'ش' => 'x',
                'ف' or 'ڤ' => 'f',
                'ل' => 'l',
                'م' => 'm',
                'ن' => 'n',
                _ => '\0',
            };
            if (latin == 's' && sb.Length > 0 && sb[^1] == 't')
            {
                sb.Length--; // تس is the ts of Scholz (شولتس)
            }

            if (latin != '\0' && (sb.Length == 0 || sb[^1] != latin))
            {
                sb.Append(latin);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The consonant skeleton a speaker key is matched by across Arabic and other scripts: an Arabic key's own skeleton, a
    /// Latin (or Cyrillic, transliterated) key's in the letters Arabic writes (<see cref="LatinSkeleton"/>).
    /// </summary>
    internal static string Skeleton(string key) => key.Length > 0 && key[0] == ArabicMark ? key[1..] : LatinSkeleton(key);

    /// <summary>
    /// The skeletons <paramref name="skeleton"/> may stand for: an Arabic ج ('j') is a g (k), the zh or z of a Slavic name (s:
    /// بريغوجين for Prigozhin), or an English j, which Latin skeletons drop (جونسون for Johnson); letters doubled so fold into one.
    /// A skeleton without ج is its only form.
    /// </summary>
    internal static IEnumerable<string> SkeletonForms(string skeleton)
    {
        if (!skeleton.Contains('j', StringComparison.Ordinal))
        {
            yield return skeleton;
            yield break;
        }

        // Each ج three ways (k, s, dropped), at most 27 forms; a letter equal to the one before it folds into it.
        static string Append(string form, char letter) => form.Length > 0 && form[^1] == letter ? form : form + letter;
        var forms = new List<string> { "" };
        foreach (char c in skeleton)
        {
            forms = c == 'j'
                ? forms.SelectMany(form => new[] { Append(form, 'k'), Append(form, 's'), form }).Take(27).ToList()
                : forms.ConvertAll(form => Append(form, c));
        }

        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            yield return form;
        }
    }

    /// <summary>
    /// The consonant skeletons of the first and last words of a full name in any script, in the letters Arabic writes ("Yahya
    /// Saree" and "يحيى سريع" → ("h", "sr"); "Sergei Shoigu" and "سيرغي شويغو" → ("srk", "xk")), or null for a name of one word.
    /// A surname of two consonants is too short to be matched alone (<see cref="SameKey"/> wants three); with the first name it is
    /// one person.
    /// </summary>
    internal static (string First, string Last)? FullSkeleton(string canonical)
    {
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        string Of(string word) => HasArabic(word) ? ArabicSkeleton(WithoutArabicArticle(word)) : LatinSkeleton(LatinKey(word));
        return (Of(words[0]), Of(words[^1]));
    }

    /// <summary>
    /// An Arabic surname without its article ("الضيف" → "ضيف"), which the Latin spelling of the name drops or writes apart
    /// ("Mohammed Deif", "Saleh al-Arouri"); a word of three letters or fewer after it is kept whole.
    /// </summary>
    private static string WithoutArabicArticle(string word) =>
        HasSurnameArticle(word) ? word[2..] : word;

    /// <summary>True when an Arabic word of five letters or more opens with the article ال (a surname may: "الضيف").</summary>
    private static bool HasSurnameArticle(string word) =>
        word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>True for the key of a name written in Arabic letters (<see cref="Key"/>).</summary>
    internal static bool IsArabicKey(string key) => key.Length > 0 && key[0] == ArabicMark;

    /// <summary>
    /// True when <paramref name="canonical"/> (keyed <paramref name="key"/>) may be a person's name: no ministry or other body
    /// keyed whole, no unit ("Freedom of Russia Legion", "Легион «Свобода России»"), no institution ("White House").
    /// </summary>
    internal static bool IsPersonKey(string canonical, string key)
    {
        if (key.Contains(':', StringComparison.Ordinal) || canonical.Contains('«', StringComparison.Ordinal) || InstitutionNames.Key(canonical) is not null
            || SpeakerInstitutions.Body(canonical) is not null)
        {
            return false;
        }

        return !NamesUnit(canonical, out _);
    }

    /// <summary>
    /// The consonant skeleton of a Latin name key in the letters <see cref="ArabicSkeleton"/> uses: vowels, y, w and j-as-y
    /// dropped; p is b, v is f, g, k and q are k, c and z are s, sh and ch (the name key's S and C) are x, ts is s.
    /// </summary>
    private static string LatinSkeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            char next = i + 1 < key.Length ? key[i + 1] : '\0';
            char latin;
            if ((c is 's' or 'c') && next == 'h')
            {
                latin = 'x';
                i++;
            }
            else
            {
                latin = c switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'j' or ' ' => '\0',
                    'p' => 'b',
                    'v' => 'f',
                    'g' or 'q' or 'k' => 'k',
                    'c' => 's',
                    'z' => 's',
                    'x' => 'k',
                    'S' or 'C' => 'x',
                    'Z' => 's',
                    'H' => 'h',
                    _ => c,
                };
            }

            if (latin == 's' && sb.Length > 0 && sb[^1] == 't')
            {
                sb.Length--;
            }

            if (latin != '\0' && (sb.Length == 0 || sb[^1] != latin))
            {
                sb.Append(latin);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The consonants of a full name in any script: the first two of its first word and all of its last ("Andrew Bates" and
    /// "Ендрю Бейтс" → "nd bs"; "Donald Trump" and "Дональда Трампа" → "dn trmp"), or null for a single word or too few consonants.
    /// </summary>
    internal static string? Signature(string canonical)
    {
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || HasArabic(canonical))
        {
            return null;
        }

        // The first name by its first two consonants only: its endings vary more across scripts (Andrew, Ендрю).
        var first = LatinSkeleton(LatinKey(words[0]));
        var last = LatinSkeleton(LatinKey(words[^1]));
        return first.Length >= 2 && last.Length >= 2 ? first[..2] + " " + last : null;
    }

    /// <summary>
    /// True when two speaker keys name the same speaker: name keys at least 0.8 alike, or one the start of the other over five
    /// letters or more (Francis, Franziskus).
    /// </summary>
    public static bool SameKey(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a[0] == ArabicMark || b[0] == ArabicMark)
        {
            // An Arabic name against another: consonant skeletons equal (three consonants or more).
            var sa = a[0] == ArabicMark ? a[1..] : LatinSkeleton(a);
            var sb = b[0] == ArabicMark ? b[1..] : LatinSkeleton(b);
            foreach (var fa in SkeletonForms(sa))
            {
                foreach (var fb in SkeletonForms(sb))
                {
                    if (fa.Length >= 3 && string.Equals(fa, fb, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return NameKey.KeySimilarity(a, b) >= NameKey.DefaultThreshold || (shorter.Length >= 5 && longer.StartsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>True for a title that names a person's office ("Pope", "Kanzler", "président"), not an institution ("Kremlin", "White House").</summary>
    public static bool IsPersonTitle(string norm) => IsTitle(norm) && !Institutions.Contains(norm);

    private static readonly HashSet<string> Institutions = Set(
        "kremlin", "white", "house", "élysée", "vatican", "vaticano", "vaticana", "press", "office", "sala", "stampa", "us", "u.s", "uk",
        "eu", "un", "nato", "foreign", "defence", "defense", "interior", "state", "federal", "holy", "saint", "santo", "general",
        "kremlin's", "кремля", "кремль", "prime", "primo", "primer", "primeiro", "vice", "deputy", "думы", "госдумы", "дума", "госдума",
        "думи", "держдуми", "рады", "ради", "верховной", "верховної");

    /// <summary>
    /// <paramref name="norm"/> with Romanian s and t with a cedilla (ş, ţ: legacy code points many Romanian pages still use) written
    /// with the comma below (ș, ț), or null when it has neither.
    /// </summary>
    internal static string? CommaBelow(string norm) =>
        norm.AsSpan().IndexOfAny('ş', 'ţ') < 0 ? null : norm.Replace('ş', 'ș').Replace('ţ', 'ț');

    /// <summary>True when <paramref name="norm"/> is a title or role ("President", "Bundeskanzler", "US-Präsident").</summary>
    public static bool IsTitle(string norm)
    {
        if (Titles.Contains(norm))
        {
            return true;
        }

        if (CommaBelow(norm) is { } romanian)
        {
            // "Preşedintele", "purtătorul": older Romanian pages write s and t with a cedilla (ş, ţ); the lists hold ș and ț.
            return IsTitle(romanian);
        }

        int hyphen = norm.LastIndexOf('-');
        var tail = hyphen >= 0 ? norm[(hyphen + 1)..] : norm;
        if (hyphen >= 0 && Titles.Contains(tail))
        {
            return true;
        }

        foreach (var ending in TitleEndings)
        {
            if (tail.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Polish genitives of countries whose ending <see cref="IsCountryGenitive"/> does not know ("premier Izraela", "kanclerz Niemiec").</summary>
    private static readonly HashSet<string> PolishCountryGenitives = Set("izraela", "niemiec", "iranu", "chin", "węgier", "włoch", "stanów");

    /// <summary>
    /// True for the genitive of a country name after a title in Slavic languages and Romanian (России, Росії, Украины, України,
    /// Туреччини, Rosji, Ukrainy, Francji; Rusiei, Ucrainei, Franței, Belarusului): endings that nominative surnames rarely have.
    /// </summary>
    internal static bool IsCountryGenitive(string word) =>
        word.Length > 3 && (word.EndsWith("ии", StringComparison.Ordinal) || word.EndsWith("ії", StringComparison.Ordinal)
            || word.EndsWith("ины", StringComparison.Ordinal) || word.EndsWith("їни", StringComparison.Ordinal) || word.EndsWith("ини", StringComparison.Ordinal)
            || word.EndsWith("ji", StringComparison.Ordinal) || word.EndsWith("iny", StringComparison.Ordinal)
            || word.EndsWith("iei", StringComparison.Ordinal) || word.EndsWith("nei", StringComparison.Ordinal)
            || word.EndsWith("ței", StringComparison.Ordinal) || word.EndsWith("ţei", StringComparison.Ordinal)
            || word.EndsWith("ului", StringComparison.Ordinal));

    /// <summary>
    /// A nationality adjective ("Russian"), a number word ("Three") or an "anti-"/"pro-" compound ("Anti-Kremlin"): the
    /// words that describe a group in English, where they are capitalised like names.
    /// </summary>
    private static bool IsGroupModifier(string norm) =>
        Demonyms.Contains(norm) || FormerWords.Contains(norm) || GroupNumbers.Contains(norm) || norm.StartsWith("anti-", StringComparison.Ordinal) || norm.StartsWith("pro-", StringComparison.Ordinal);

    private static readonly HashSet<string> Demonyms = Set(
        "russian", "russians", "ukrainian", "ukrainians", "american", "americans", "british", "french", "german", "germans", "chinese",
        "polish", "belarusian", "belarussian", "israeli", "israelis", "palestinian", "palestinians", "iranian", "european", "europeans",
        "western", "soviet", "syrian", "turkish", "georgian", "moldovan", "estonian", "latvian", "lithuanian", "finnish", "swedish",
        "norwegian", "danish", "dutch", "belgian", "italian", "spanish", "portuguese", "romanian", "hungarian", "czech", "slovak",
        "bulgarian", "serbian", "croatian", "greek", "japanese", "korean", "indian", "pakistani", "afghan", "iraqi", "saudi", "egyptian",
        "arab", "african", "canadian", "mexican", "brazilian", "australian", "swiss", "austrian", "irish", "scottish", "welsh", "english",
        "chechen", "crimean", "kazakh", "armenian", "azerbaijani", "lebanese", "yemeni", "qatari", "jordanian", "nato-backed");

    /// <summary>
    /// A nationality adjective alone ("De Russische president zegt", "Російський диктатор заявив", "le Russe"): capitalised
    /// in Dutch and German, or at a sentence's start, it describes the speaker and names no one.
    /// </summary>
    internal static bool IsNationalAdjective(string norm) => Demonyms.Contains(norm) || ForeignDemonyms.Contains(norm);

    private static readonly HashSet<string> ForeignDemonyms = Set(
        "russische", "russischer", "russischen", "russisch", "russe", "russes", "russo", "russa", "russi", "ruso", "rusa", "rus", "rusă",
        "rusul", "российский", "российская", "российские", "русский", "російський", "російська", "російські", "vene", "روسي", "الروسي",
        "oekraïense", "ukrainische", "ukrainischer", "ukrainien", "ukrainienne", "ucraino", "ucraniano", "ucraniana",
        "ucrainean", "украинский", "український", "українська", "wit-russische", "belarussische", "belarusische",
        "biélorusse", "bielorusso", "bielorruso", "belarusă", "белорусский", "білоруський", "amerikaanse", "amerikanische",
        "amerikanischer", "américain", "américaine", "americano", "americana", "american", "американский", "американський",
        "franse", "französische", "français", "francese", "francés", "francês", "duitse", "deutsche", "allemand", "tedesco", "alemán",
        "alemão", "turkse", "türkische", "turc", "turco", "turca", "britse", "britische", "britannique", "britannico", "británico",
        "britânico", "poolse", "polnische", "polonais", "israëlische", "israelische", "israélien", "chinese", "chinesische", "chinois",
        "moldave", "moldavo", "moldava", "moldovean", "roumain", "rumeno", "rumano", "romeno", "iranien", "iraniano", "iraní", "iraniana",
        "israeliano", "israelí", "israelense", "syrien", "siriano", "sirio", "égyptien", "egiziano", "egipcio", "egípcio", "palestinien",
        "palestinese", "palestino", "libanais", "libanese", "libanés", "saoudien", "saudita", "qatarien", "catarí", "hongrois", "ungherese",
        "húngaro", "géorgien", "georgiano", "estonien", "estone", "estonio", "letton", "lituanien", "finlandais", "suédois", "norvégien",
        "danois", "néerlandais", "belge", "italien", "italiano", "espagnol", "spagnolo", "español", "espanhol", "portugais", "portoghese",
        "portugués", "grec", "greco", "griego", "grego", "japonais", "giapponese", "japonés", "indien", "indiano", "pakistanais",
        "afghan", "irakien", "iracheno", "iraquí", "jordanien", "giordano", "jordano", "serbe", "serbo", "tchèque", "ceco", "checo",
        "slovaque", "bulgare", "bulgaro", "croate", "croato", "azerbaïdjanais", "arménien", "armeno", "armenio", "kazakh", "tchétchène",
        "ceceno", "checheno", "vénézuélien", "venezuelano", "venezolano", "brésilien", "brasiliano", "brasileño", "brasileiro",
        "mexicain", "messicano", "mexicano", "argentin", "argentino", "canadien", "canadese", "canadiense", "australien", "australiano",
        "autrichien", "austriaco", "austríaco", "suisse", "svizzero", "suizo", "suíço", "nord-coréen", "nordcoreano", "sud-africain");

    /// <summary>
    /// Words of a picture or source credit ("Immagini Cremlino Fonte: Agenzia Vista", "Foto: Reuters", "Source: AFP"): a
    /// phrase that holds one credits an image or a text, it names no speaker.
    /// </summary>
    private static readonly HashSet<string> CreditNouns = Set(
        "fonte", "foto", "fotos", "photo", "photos", "immagini", "immagine", "images", "image", "bron", "sursa", "sursă", "quelle",
        "источник", "джерело", "fotografia", "crédito",
        // "segundo as agências russas Tass e Ria Novosti", "according to the state news agency": an agency relays the words.
        "agência", "agências", "agency", "agencies", "agence", "agences", "agenzia", "agenzie", "agencia", "agencias", "agentur",
        "nachrichtenagentur", "agenția", "agenţia", "agentschap", "persbureau", "агентство", "агентства", "агенція",
        "агенції", "وكالة");

    /// <summary>Conjunctions that end a speaker phrase when the cue is a clause's second verb ("X did this and [said]").</summary>
    private static readonly HashSet<string> CoordinatedVerbs = Set("and", "та", "і", "й", "и", "et", "e", "y", "und", "en", "și", "ja", "و");

    /// <summary>The words that open the names of places after saints ("São Paulo", "Sankt Petersburg", "San Diego").</summary>
    private static readonly HashSet<string> PlacePrefixes = Set("são", "san", "santa", "santo", "saint", "sainte", "sankt", "st", "sint", "sfântul", "санкт");

    private static bool HasCredit(List<Word> words)
    {
        foreach (var w in words)
        {
            if (CreditNouns.Contains(w.Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Former Russian president Dmitry Medvedev": words that make an office a past one, capitalised at a sentence's start but no name.</summary>
    private static readonly HashSet<string> FormerWords = Set("former", "ex", "ehemalige", "ehemaliger", "ancien", "ancienne", "antiguo", "antigo", "fostul", "fosta");

    private static readonly HashSet<string> GroupNumbers = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "both", "dozens", "hundreds", "thousands");

    /// <summary>A Russian or Ukrainian patronymic (Владимирович, Олександрович, Сергеевна, Ильич).</summary>
    private static bool IsPatronymic(string word) =>
        word.Length > 4 && Transliterator.HasCyrillic(word) && (word.EndsWith("вич", StringComparison.Ordinal) || word.EndsWith("вна", StringComparison.Ordinal)
            || word.EndsWith("ична", StringComparison.Ordinal) || word.EndsWith("ич", StringComparison.Ordinal));

    /// <summary>Endings of East Slavic and Caucasian surnames (Лукашенко, Путін, Песков, Шойгу excepted): the shape a lower-case name must have.</summary>
    private static readonly string[] SurnameEndings =
        ["енко", "ов", "ев", "єв", "ин", "ін", "ський", "ский", "цький", "цкий", "чук", "юк", "ук", "ян", "швили", "швілі"];

    /// <summary>
    /// The capitalised name when <paramref name="words"/> are one or two lower-case Cyrillic words, the last of five letters or
    /// more with a surname's ending, none a stop word, pronoun or title ("лукашенко" → "Лукашенко"); else null.
    /// </summary>
    private static string? LowerCaseSurname(List<Word> words)
    {
        if (words.Count is < 1 or > 2)
        {
            return null;
        }

        foreach (var w in words)
        {
            if (w.Text.Length < 3 || !IsLowerCyrillic(w.Text)
                || NotNames.Contains(w.Norm) || AttributionCues.Pronouns.Contains(w.Norm) || IsTitle(w.Norm)
                || StopWords.Contains("ru", w.Norm) || StopWords.Contains("uk", w.Norm))
            {
                return null;
            }
        }

        var last = words[^1].Text;
        if (last.Length < 5 || !EndsWithSurnameEnding(last))
        {
            return null;
        }

        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w.Text[0]) + w.Text[1..]));
    }

    /// <summary>
    /// The index of the first of <paramref name="words"/> written <paramref name="text"/>, or -1. A loop, not a lambda: a lambda
    /// over <see cref="Read"/>'s last single name made every call of it allocate a closure (about 2 % of the quote stage's
    /// allocations in a sampled profile; same answers).
    /// </summary>
    private static int IndexOfWord(List<Word> words, string text)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Text == text)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when every character of <paramref name="word"/> is a lower-case Cyrillic letter of Russian or Ukrainian or an
    /// apostrophe. A loop, not LINQ over the string: <see cref="LowerCaseSurname"/> runs for most phrases read, and its
    /// enumerator and the closure over the last word had been about 1.5 % of the quote stage's allocations (same answers).
    /// </summary>
    private static bool IsLowerCyrillic(string word)
    {
        foreach (char c in word)
        {
            if (c is not (>= '\u0430' and <= '\u044F' or 'ё' or 'і' or 'ї' or 'є' or 'ґ' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="word"/> ends with one of <see cref="SurnameEndings"/>.</summary>
    private static bool EndsWithSurnameEnding(string word)
    {
        foreach (var ending in SurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name written in lower case right after a title, or after a title and one genitive ("диктатор володимир путін",
    /// "президент росії володимир путін"): outlets that write one name in lower case on purpose still give it its title.
    /// </summary>
    private static string? TitledLowerCaseName(List<Word> words)
    {
        for (int t = 0; t + 1 < words.Count; t++)
        {
            if (!IsTitle(words[t].Norm))
            {
                continue;
            }

            for (int skip = 1; skip <= 2 && t + skip < words.Count; skip++)
            {
                char first = words[t + skip].Text[0];
                if (first is < 'а' or > 'я' and not ('і' or 'ї' or 'є' or 'ґ'))
                {
                    break;
                }

                for (int length = Math.Min(2, words.Count - t - skip); length >= 1; length--)
                {
                    if (LowerCaseSurname(words.GetRange(t + skip, length)) is { } name && !NamedAfter(words, t + skip + length))
                    {
                        return name;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when a capitalised word stands at <paramref name="at"/> of <paramref name="words"/>, right after a lower-case word
    /// read as a name: that word is the genitive of whom the title serves, and the capitalised name after it is the holder
    /// ("пресс-секретарь хуситов Яхья Сареа": Yahya Saree, not "Хуситов").
    /// Measured: houthi speakers 130 -> 132; nothing else moves.
    /// </summary>
    private static bool NamedAfter(List<Word> words, int at) => at < words.Count && char.IsUpper(words[at].Text[0]);

    /// <summary>
    /// The words of a speaker phrase (split at spaces, commas and brackets, quote marks and stops trimmed) that are acronyms
    /// holding a letter (<see cref="IsAcronym"/>: "LLR" in "enquanto a LLR", "FSB" in "Russlands Inlandsgeheimdienst FSB"),
    /// in order; <paramref name="words"/> is how many words the phrase has.
    /// </summary>
    internal static List<string> AcronymWords(string phrase, out int words)
    {
        var split = phrase.Split(CharSets.SpacesCommasBrackets, StringSplitOptions.RemoveEmptyEntries);
        words = split.Length;
        var acronyms = new List<string>();
        foreach (var raw in split)
        {
            var word = raw.Trim(CharSets.WordQuotesNoComma);
            if (IsAcronym(word) && word.Any(char.IsLetter))
            {
                acronyms.Add(word);
            }
        }

        return acronyms;
    }

    /// <summary>A word of two to five letters, all capitals (MSZ, РФ, NATO, ПВК).</summary>
    internal static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 5 && word.All(c => char.IsUpper(c) || c == '-');

    /// <summary>A preposition or conjunction glued to the Arabic article ال: the word is a common noun's complement, never a name.</summary>
    private static readonly List<string> ArabicArticlePrefixes = ["لل", "بال", "كال", "فال", "ولل", "وبال", "وكال"];

    /// <summary>Arabic words without the article that name no one: "in the name of", "day", "yesterday", "morning", "evening", "via", "statement".</summary>
    /// <summary>Arabic words that open a time or place clause after the subject: after, before, during, in, since, yesterday, on the day.</summary>
    private static readonly HashSet<string> ArabicClauseOpeners = Set("بعد", "قبل", "خلال", "في", "فى", "عقب", "منذ", "أمس", "امس", "يوم", "اليوم", "لدى", "أثناء", "اثناء",
        // "وأشار بوغوماز عبر تليغرام": "via" opens the channel the words went out on, not their speaker.
        "عبر");

    /// <summary>Arabic prepositions that may stand right after a name ("سليم كايا أمام البرلمان"): never its last word.</summary>
    /// <summary>Arabic nouns that head the name of an armed group or a body (corps, battalion, brigade, army, movement, party, ministry, front, council, regiment).</summary>
    /// <summary>The titles of one who speaks for a body: before its acronym ("rzecznik SBU"), the body is the speaker.</summary>
    private static readonly HashSet<string> SpokesTitles = Set(
        "spokesman", "spokeswoman", "spokesperson", "rzecznik", "rzeczniczka", "sprecher", "sprecherin", "porte-parole", "portavoce",
        "portavoz", "porta-voz", "woordvoerder", "речник", "речниця", "пресс-секретарь", "прессекретарь");

    private static readonly HashSet<string> ArabicBodyNouns = Set("فيلق", "كتيبة", "لواء", "جيش", "حركة", "حزب", "وزارة", "جبهة", "مجلس", "فوج",
        // authority, organisation, company, agency, administration ("هيئة الموانئ البحرية")
        "هيئة", "منظمة", "شركة", "وكالة", "إدارة", "مؤسسة");

    /// <summary>
    /// Arabic nouns that open the name of an institution as a unit noun opens a unit's ("هيئة الموانئ البحرية", "وزارة الدفاع",
    /// "منظمة الصحة العالمية"): the authority, ministry, organisation, company, agency, administration, council.
    /// </summary>
    private static readonly HashSet<string> ArabicInstitutionNouns = Set("هيئة", "وزارة", "منظمة", "شركة", "وكالة", "إدارة", "مؤسسة", "مجلس");

    /// <summary>
    /// True for an Arabic word that is the conjunction و glued to a body noun, with or without its article ("وفيلق", "والكتيبة"):
    /// the next member of a list of bodies.
    /// </summary>
    private static bool ArabicJoinedBody(string word)
    {
        if (word.Length < 4 || word[0] != 'و')
        {
            return false;
        }

        var rest = word[1..];
        return ArabicBodyNouns.Contains(rest) || (rest.StartsWith("ال", StringComparison.Ordinal) && ArabicBodyNouns.Contains(rest[2..]));
    }

    /// <summary>
    /// The name of an Arabic unit that opens the phrase, its noun first (فيلق, كتيبة, فوج, with or without the article) and up to
    /// four words after it, ending before a preposition, a word of <see cref="ArabicNotNames"/>, a comma or the next body of a
    /// list ("فيلق المتطوعين الروس في بيان" → فيلق المتطوعين الروس, "الكتيبة السيبيرية" → الكتيبة السيبيرية); else null. The name
    /// words take the article (المتطوعين, السيبيرية), which the reading of a person's name stops at: the phrase had been read as
    /// "فيلق" alone or as no name. No answer key holds Arabic (every figure unchanged).
    /// </summary>
    /// <summary>
    /// The Arabic unit name (see <see cref="ArabicUnitName"/>) that opens <paramref name="words"/> (as written; a comma after a
    /// word as <paramref name="commaAfter"/> says), a list's glued و taken off its noun ("وفيلق المتطوعين الروس"); else null.
    /// </summary>
    internal static string? ArabicUnitAt(IReadOnlyList<string> words, IReadOnlyList<bool> commaAfter)
    {
        if (words.Count < 2)
        {
            return null;
        }

        var list = new List<Word>(Math.Min(words.Count, 6));
        for (int w = 0; w < words.Count && w < 6; w++)
        {
            var text = w == 0 && ArabicJoinedBody(words[0]) ? words[0][1..] : words[w];
            list.Add(new Word(text, Tokenizer.NormalizeWord(text), commaAfter[w]));
        }

        return UnitNames.IsArabicUnitNoun(list[0].Text) ? ArabicUnitName(list) : null;
    }

    private static string? ArabicUnitName(List<Word> words)
    {
        if (words.Count < 2 || words[0].CommaAfter || !(UnitNames.IsArabicUnitNoun(words[0].Text) || ArabicInstitutionNouns.Contains(words[0].Text)))
        {
            return null;
        }

        int end = 1;
        while (end < words.Count && end <= 4 && !ArabicPrepositions.Contains(words[end].Text) && !ArabicNotNames.Contains(words[end].Text)
            && !ArabicNameStops.Contains(words[end].Text) && !ArabicJoinedBody(words[end].Text))
        {
            end++;
            if (words[end - 1].CommaAfter)
            {
                break;
            }
        }

        return end < 2 ? null : string.Join(' ', words.Take(end).Select(w => w.Text));
    }

    /// <summary>
    /// The full name an Arabic phrase's first word stands for when that word is a surname with the article written in full
    /// earlier in <paramref name="text"/> (before <paramref name="before"/>) after a common given name: "وقال الضيف في كلمة
    /// مسجلة بثتها قناة الأقصى" after "محمد الضيف" is Mohammed Deif, not the channel named after the verb. Null otherwise.
    /// Measured: netanyahu speakers 360 -> 369 of 432 (albahaasite's Deif had been "قناة"), same 188/271 -> 190/275, cross
    /// 1053/1591 -> 1053/1587; nothing else moves.
    /// </summary>
    internal static string? ArabicSurnameFullName(string text, string? phrase, int before)
    {
        if (phrase is null)
        {
            return null;
        }

        int space = phrase.IndexOf(' ', StringComparison.Ordinal);
        string surname = space < 0 ? phrase : phrase[..space];
        if (!HasSurnameArticle(surname))
        {
            return null;
        }

        var word = new Word(surname, Tokenizer.NormalizeWord(surname), false);
        for (int at = text.IndexOf(" " + surname, StringComparison.Ordinal); at > 0 && at < before; at = text.IndexOf(" " + surname, at + 1, StringComparison.Ordinal))
        {
            int end = at + 1 + surname.Length;
            if (end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }

            int start = text.LastIndexOfAny(CharSets.WordStarts, at - 1) + 1;
            string given = text[start..at];
            if (ArabicGivenNames.Contains(given) && IsArabicArticleSurname(word, given))
            {
                return Canonical(given + " " + surname, "ar");
            }
        }

        return null;
    }

    /// <summary>
    /// True for an Arabic word with the article that may go on a name read before it as its surname ("محمد الضيف" Mohammed Deif,
    /// "عبد الملك الحوثي" Abdul-Malik al-Houthi): Arabic writes the al- of a family name glued to it, so the article alone marks no
    /// common noun there. A time word ("بوتين الأحد", "الأسبوع الماضي"), a relative ("الذي"), a title, an institution's noun or a
    /// common noun the name lists know is none. Read only after a common given name (<see cref="ArabicGivenNames"/>): after any
    /// name word it had made "قناة الأقصى" and "لكتائب القسام" names. Measured (with the article-less surname skeleton of
    /// <see cref="WithoutArabicArticle"/>): netanyahu speakers 350 -> 360 of 432 (albaladfm's "محمد الضيف" is Mohammed Deif),
    /// same 190/275 -> 188/271, cross 1053/1595 -> 1053/1591; nothing else moves.
    /// </summary>
    private static bool IsArabicArticleSurname(Word w, string before) =>
        HasSurnameArticle(w.Text)
        && (ArabicServantNames.Contains(before)
            || (!ArabicTimeWords.Contains(w.Text) && !ArabicNameStops.Contains(w.Text) && !Titles.Contains(w.Norm) && !IsArabicCommonNoun(w.Text)
                && !ArabicBodyNouns.Contains(w.Text[2..]) && !IsArabicNationality(w.Text)));

    /// <summary>"Servant of" and "father of", which an attribute of God or a name with the article completes ("عبد الملك", "أبو الوليد").</summary>
    private static readonly HashSet<string> ArabicServantNames = Set("عبد", "أبو", "ابو");

    /// <summary>
    /// Common Arabic given names (and عبد, أبو, which open compound ones): the first word of a name whose surname may carry the
    /// article ("محمد الضيف", "بشار الأسد", "صالح العاروري").
    /// </summary>
    private static readonly HashSet<string> ArabicGivenNames = Set("محمد", "أحمد", "احمد", "علي", "عبد", "عبدالله", "عبدالملك", "أبو", "ابو", "حسن", "حسين",
        "خالد", "عمر", "يحيى", "يحي", "إسماعيل", "اسماعيل", "صالح", "مصطفى", "إبراهيم", "ابراهيم", "يوسف", "سعيد", "ناصر", "بشار", "حافظ", "فيصل",
        "سلمان", "عادل", "سامي", "طارق", "هشام", "جمال", "كمال", "وليد", "فهد", "مروان", "أسامة", "اسامة", "أيمن", "ايمن", "حمزة", "زياد", "نبيل",
        "ماجد", "موسى", "عيسى", "سليمان", "عثمان", "حازم", "حزام", "نايف", "منصور", "أنور", "رياض", "عماد", "نزار", "سمير", "محمود", "عبدالفتاح");

    /// <summary>Arabic time words with the article that follow a speaker's name ("قال بوتين الأحد", "الأسبوع الماضي", "اليوم").</summary>
    private static readonly HashSet<string> ArabicTimeWords = Set("الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس",
        "الجمعة", "السبت", "اليوم", "الأسبوع", "الاسبوع", "الشهر", "العام", "الماضي", "الماضية", "الجاري", "الحالي", "الليلة", "الصباح", "المساء",
        "الأمس", "الذين", "اللذين");

    /// <summary>True for an Arabic adjective of nationality or origin with the article ("الروسي", "الأوكرانية", "الإسرائيلي").</summary>
    private static bool IsArabicNationality(string word) =>
        word.EndsWith("ية", StringComparison.Ordinal) || word.EndsWith("يين", StringComparison.Ordinal) || word.EndsWith("يون", StringComparison.Ordinal);

    /// <summary>Arabic prepositions and particles that end a unit's name ("في بيان", "على تلغرام", "عبر", "أن").</summary>
    private static readonly HashSet<string> ArabicNameStops = Set("في", "فى", "على", "عن", "من", "إلى", "الى", "مع", "بعد", "قبل", "أن", "إن", "أنه", "إنه", "الذي", "التي", "يوم");

    private static readonly HashSet<string> ArabicPrepositions = Set("أمام", "امام", "خلال", "لدى", "عند", "حول", "ضد", "نحو", "منذ", "عقب", "أثناء", "اثناء");

    private static readonly HashSet<string> ArabicNotNames = Set("في", "فى", "باسم", "يوم", "أمس", "امس", "صباح", "مساء", "عبر", "بيان", "لدى", "أيضا", "أيضاً", "ايضا",
        // function words: "what", "who", "not", "as", "then", "that", "was", "this", "where", "after", "before", "since", "or",
        // "but", "he", "she", "they" ("تفعيل ما سماه", activating what he called, had been read as a name)
        "ما", "من", "لا", "لم", "لن", "قد", "كما", "ثم", "أن", "إن", "ان", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "حيث", "بعد",
        "قبل", "عند", "منذ", "حتى", "أو", "أم", "بل", "لكن", "هو", "هي", "هم", "نحن", "أنه", "أنها", "إنه", "إنها",
        // "joint" ("بيان مشترك", "البيان المشترك"): a statement's adjective, no name (it had been read as the speaker of "هذا ما
        // جاء في بيان مشترك"; no answer key moves)
        "مشترك", "المشترك", "مشتركا", "مشتركاً",
        // "so" and "the group" ("وبحسب البيان فإن الجماعة “…”", according to the statement, the group …; "باسم جماعة الحوثي"):
        // a particle and the noun before a group's name, no names (the speaker had been "فإن"). Measured: houthi-red-sea
        // speakers 135 -> 136 (Y03); nothing else moves. The spelling "فان" without the hamza is left out: it also writes the
        // Dutch "van" of a name ("فان دير بيلين")
        "فإن", "جماعة", "الجماعة",
        // the participles that follow a speaker and lead into his words ("وأضاف بوتين قائلاً:", "saying", "adding", "stressing",
        // "explaining", "pointing out", "considering"): what he did, no part of his name ("بوتين قائلا" had been the speaker)
        "قائلا", "قائلاً", "قائلة", "قائلةً", "قائلين", "قائلتا", "مضيفا", "مضيفاً", "مضيفة", "مؤكدا", "مؤكداً", "مؤكدة", "موضحا", "موضحاً",
        "موضحة", "مشيرا", "مشيراً", "مشيرة", "معتبرا", "معتبراً", "معتبرة", "متابعا", "متابعاً",
        // "as" of an agency's credit and the page or site a body wrote on ("حسبما ذكرت وكالة …", "على صفحتها بموقع إكس"): no names
        "حسبما", "بحسب", "حسب", "بموقع", "موقع", "صفحتها", "صفحته", "حسابها", "حسابه",
        // "press" of a press statement or conference ("في بيان صحفي", "في مؤتمر صحافي"): the statement's adjective, no name (it
        // had been read as the speaker of "وقالت الحركة في بيان صحفي"; the corpus stage then finds Hamas, named before). Measured:
        // houthi-red-sea speakers 142 -> 144 (Y47); nothing else moves
        "صحفي", "صحافي", "الصحفي", "الصحافي");

    /// <summary>
    /// An Arabic word that a name cannot be: a noun with a possessive suffix after its feminine ending ("زيارته" his visit,
    /// "كلمتها" her speech, "حكومتنا" our government) or a verbal noun of the pattern إفعال ("إلغاء" cancelling, "إنهاء",
    /// "إجراء"): after a title ("وأعلن الرئيس التركي إلغاء زيارته") they are what the office holder did, not his name.
    /// </summary>
    internal static bool IsArabicCommonNoun(string word) =>
        word.EndsWith("ته", StringComparison.Ordinal) || word.EndsWith("تها", StringComparison.Ordinal) || word.EndsWith("تهم", StringComparison.Ordinal)
        || word.EndsWith("تنا", StringComparison.Ordinal) || word.EndsWith("تكم", StringComparison.Ordinal)
        || (word.Length >= 4 && word[0] == 'إ' && word.EndsWith("اء", StringComparison.Ordinal))
        // "لعملية مكافحة الإرهاب" (for the operation of countering terrorism): the feminine -iyya of abstract nouns and adjectives
        // (عملية, إرهابية, عسكرية), which a foreign name written in Arabic never ends with (ناتاليا, ماريا end in alif)
        || (word.Length >= 5 && word.EndsWith("ية", StringComparison.Ordinal));

    /// <summary>
    /// The Estonian body that <paramref name="words"/> open: a capitalised word, at most two more words (capitalised or a lower-case
    /// adjective), then a lower-case unit noun in the nominative ("Vene vabatahtlike korpus", "Siberi pataljon"); else null.
    /// </summary>
    private static string? EstonianBody(List<Word> words)
    {
        if (words.Count < 2 || !char.IsUpper(words[0].Text[0]) || words[0].CommaAfter)
        {
            return null;
        }

        for (int u = 1; u < words.Count && u <= 3; u++)
        {
            var text = words[u].Text;
            if (text.Length > 0 && char.IsLower(text[0]) && SpeakerResolver.EstonianUnit(text) is { } unit && unit == text)
            {
                return string.Join(' ', words.Take(u + 1).Select(w => w.Text));
            }

            if (words[u].CommaAfter || AttributionCues.Conjunctions.Contains(words[u].Norm))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Estonian case endings (inessive, elative, illative, adessive, ablative, allative, comitative, translative, essive, terminative, abessive).</summary>
    private static readonly string[] EstonianEndings = ["sse", "st", "s", "lt", "le", "l", "ga", "ks", "na", "ni", "ta"];

    /// <summary>
    /// True when <paramref name="norm"/> is an Estonian case form of a message noun or of a word that is never a name
    /// ("avalduses" in the statement, "telegramis" on Telegram, "avaldusest"): capitalised opening a sentence or as a platform,
    /// it had been read as a name. The stem is tried with and without its stem vowel ("telegrami-s", "avalduse-s").
    /// </summary>
    internal static bool IsEstonianCommonNoun(string norm)
    {
        if (SpeakerResolver.IsSourceNoun(norm))
        {
            return true;
        }

        foreach (var ending in EstonianEndings)
        {
            if (norm.Length < ending.Length + 3 || !norm.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = norm[..^ending.Length];
            if (NotNames.Contains(stem) || SpeakerResolver.IsSourceNoun(stem)
                || (stem[^1] is 'a' or 'e' or 'i' or 'u' && (NotNames.Contains(stem[..^1]) || SpeakerResolver.IsSourceNoun(stem[..^1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameLike(Word w, string language)
    {
        if (w.Text.Length == 0 || NotNames.Contains(w.Norm) || AttributionCues.Pronouns.Contains(w.Norm) || IsSlavicAccusativeAdjective(w.Norm)
            || IsSlavicGenitivePluralAdjective(w.Norm))
        {
            return false;
        }

        char first = w.Text[0];
        if (w.Text.Length > 2 && (w.Norm.StartsWith("l'", StringComparison.Ordinal) || w.Norm.StartsWith("d'", StringComparison.Ordinal)) && char.IsLower(w.Text[2]))
        {
            // "L’organisation État islamique", "D’après": an elided article before a common noun opens no name.
            return false;
        }

        if (ElidedBeforeCommonNoun(w.Text))
        {
            // "Quest'anno, ha rivelato, «…»" (this year), "Nell'intervista", "Quell'uomo": an elided word before a lower-case noun is
            // no name ("D'Alema", "O'Brien" go on in capitals; "Putin's" has one letter after its apostrophe).
            return false;
        }

        if (IsRelationalAdjective(w.Norm))
        {
            // "главы Североатлантического альянса", "Північноатлантичного альянсу": an adjective of a body, no surname.
            return false;
        }

        if (IsAdverb(w.Norm))
        {
            // "Implicitement il confirme …", "Ovviamente il governo …": a sentence-opening adverb, capitalised, is no name.
            return false;
        }

        if (language == "et" && IsEstonianCommonNoun(w.Norm))
        {
            // "Avalduses öeldakse", "rühmitused Telegramis": a message noun or a word that is never a name, in a case form.
            return false;
        }

        if (language == "de" && IsGermanAbstractNoun(w.Norm))
        {
            // "Verwicklung Deutschlands", "Ablehnung der Taurus-Lieferung": German capitalises nouns; these endings make no names.
            return false;
        }

        if (first is >= '\u0600' and <= '\u06FF')
        {
            // Arabic has no capitals: a word without the article ال is taken for a name.
            // A preposition glued to the article ("للصحفيين" to the journalists, "بالوضع", "ولل…") opens a complement, and a few
            // words are no names ("باسم" in the name of: "المتحدث باسم الكرملين"; "يوم" day: "بوتين يوم الثلاثاء").
            return !w.Text.StartsWith("ال", StringComparison.Ordinal) && !w.Text.StartsWith("وال", StringComparison.Ordinal) && w.Text.Length > 1
                && !StartsWithArabicPrefix(w.Text) && !ArabicNotNames.Contains(w.Text) && !Titles.Contains(w.Norm) && !IsArabicCommonNoun(w.Text);
        }

        return (char.IsUpper(first) || IsParticleName(w.Text)) && !(StopWords.Contains(language, w.Norm) && !IsTitle(w.Norm));
    }

    /// <summary>
    /// True for a word whose apostrophe (after one to five letters) elides a short word before a lower-case word of three letters
    /// or more: "quest'anno", "nell'intervista", "qu'il".
    /// </summary>
    private static bool ElidedBeforeCommonNoun(string text)
    {
        int apostrophe = text.AsSpan().IndexOfAny('\'', '’');
        return apostrophe is >= 1 and <= 5 && text.Length - apostrophe - 1 >= 3 && char.IsLower(text[apostrophe + 1]);
    }

    /// <summary>
    /// True for an Arabic surname written in Latin letters with its article in lower case and a hyphen ("al-Asad", "el-Sisi",
    /// "ash-Sharaa"): a capitalised name word, though its first letter is not ("Hezam al-Asad" had been "Hezam").
    /// </summary>
    internal static bool IsParticleName(string text)
    {
        int hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen is < 2 or > 3 || hyphen + 1 >= text.Length || !char.IsUpper(text[hyphen + 1]))
        {
            return false;
        }

        var particle = text.AsSpan(0, hyphen);
        return particle is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "adh" or "ath" or "ul" or "ud";
    }

    /// <summary>
    /// True when <paramref name="word"/> opens with one of <see cref="ArabicArticlePrefixes"/>; a loop of its own, since a lambda
    /// over the word would make <see cref="IsNameLike"/> allocate a closure at every call.
    /// </summary>
    private static bool StartsWithArabicPrefix(string word)
    {
        foreach (var prefix in ArabicArticlePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Russian or Ukrainian adjective in -ческ- or -ичн-/-ічн- ("Североатлантического", "Північноатлантичного",
    /// "исторический"): surnames do not take these endings.
    /// </summary>
    internal static bool IsRelationalAdjective(string norm) =>
        norm.Length >= 8 && Transliterator.HasCyrillic(norm)
            && (norm.Contains("ческ", StringComparison.Ordinal) || norm.Contains("ичн", StringComparison.Ordinal) || norm.Contains("ічн", StringComparison.Ordinal));

    /// <summary>
    /// A French adverb in -ment or a Spanish, Italian, Portuguese or Romanian one in -mente, nine letters or more
    /// ("Implicitement", "Finalmente", "Ovviamente"): names with these endings are short ("Clément", "Clemente").
    /// </summary>
    internal static bool IsAdverb(string norm) =>
        norm.Length >= 9 && (norm.EndsWith("ement", StringComparison.Ordinal) || norm.EndsWith("emment", StringComparison.Ordinal)
            || norm.EndsWith("amment", StringComparison.Ordinal) || norm.EndsWith("mente", StringComparison.Ordinal));

    /// <summary>A German noun of eight letters or more with an abstract-noun ending (-ung, -heit, -keit, -schaft, -tion, -ismus, -nahme).</summary>
    private static bool IsGermanAbstractNoun(string norm) =>
        norm.Length >= 8 && (norm.EndsWith("ung", StringComparison.Ordinal) || norm.EndsWith("ungen", StringComparison.Ordinal)
            || norm.EndsWith("heit", StringComparison.Ordinal) || norm.EndsWith("keit", StringComparison.Ordinal)
            || norm.EndsWith("schaft", StringComparison.Ordinal) || norm.EndsWith("tion", StringComparison.Ordinal)
            || norm.EndsWith("ismus", StringComparison.Ordinal) || norm.EndsWith("nahme", StringComparison.Ordinal));

    /// <summary>True when every word of <paramref name="run"/> from <paramref name="from"/> on describes a group or joins a name.</summary>
    private static bool AllGroupModifiers(List<Word> run, int from)
    {
        for (int k = from; k < run.Count; k++)
        {
            if (!IsGroupModifier(run[k].Norm) && !Connectors.Contains(run[k].Norm))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyAcronymAfterFirst(List<string> name)
    {
        for (int k = 1; k < name.Count; k++)
        {
            if (IsAcronym(name[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words of <paramref name="phrase"/> (parted by <see cref="Spaces"/>): letters and digits, with the apostrophes, hyphens
    /// and dots inside a word; a part with none makes no word, but its comma or bracket ends the word before. A word's string
    /// and comparison form come from the thread's table of token strings (the same strings the tokenizer gives).
    /// They are written into <paramref name="words"/>, which is cleared first and returned.
    /// </summary>
    private static List<Word> Words(string phrase, List<Word> words)
    {
        words.Clear();
        Span<char> buffer = phrase.Length <= 256 ? stackalloc char[256] : new char[phrase.Length];
        var rest = phrase.AsSpan();
        while (true)
        {
            int start = rest.IndexOfAnyExcept(Spaces);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            int length = rest.IndexOfAny(Spaces);
            var raw = length < 0 ? rest : rest[..length];
            rest = length < 0 ? [] : rest[length..];
            int kept = 0;
            foreach (char c in raw)
            {
                if (char.IsLetterOrDigit(c) || (kept > 0 && (TextChars.IsApostrophe(c) || c == '-' || c == '.')))
                {
                    buffer[kept++] = c;
                }
            }

            // The word ends in a letter or digit, so it has no dot to trim before its comparison form is made.
            while (kept > 0 && !char.IsLetterOrDigit(buffer[kept - 1]))
            {
                kept--;
            }

            if (kept > 0)
            {
                var (text, norm) = TokenStrings.Word(buffer[..kept]);
                words.Add(new Word(text, norm, raw.Length > 0 && raw[^1] is ',' or ';'));
            }
            else if (words.Count > 0 && (raw.Contains(',') || raw.Contains('(')))
            {
                words[^1] = words[^1] with { CommaAfter = true };
            }
        }

        return words;
    }

    /// <summary>An Arabic word that opens with "to the" (لل: "للرئيس", "to the president"): what it names is spoken to.</summary>
    private static bool ArabicToThe(string word) => word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal);

    private static HashSet<string> Set(params string[] words) => new(words.Select(Tokenizer.NormalizeWord), StringComparer.Ordinal);

    private readonly record struct Word(string Text, string Norm, bool CommaAfter);

    /// <summary>The word list <see cref="Read"/> fills for each phrase, per thread (Read only reads it, and never runs inside itself).</summary>
    [ThreadStatic]
    private static List<Word>? _words;

    /// <summary>The characters that part the words of a phrase (made once: a phrase is read at every cue).</summary>
    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create([' ', '\u00A0', '\u202F', '\t', '\n', '\r']);
}
