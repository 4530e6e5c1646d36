using QuoteLens.Corpus;
using QuoteLens.Text;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Quotes;

/// <summary>
/// Canonical speakers for the quotes of one article. A quote whose speaker phrase names someone gets that name (titles
/// stripped). A pronoun ("he", "они"), a description ("the statement", "der Kanzler", "le locataire de la Maison-Blanche")
/// or no attribution at all is resolved to the nearest named speaker before the quote: named attributions of other quotes,
/// named subjects of speech verbs anywhere in the text (indirect speech too), and later mentions of those names. A
/// description prefers a named speaker whose own phrase shares one of its words ("the Pope" → "Pope Francis"). When
/// nothing named stands before the quote, the first named speaker after it is taken. Within the article a short form
/// takes the fullest form of the same name ("Putin" → "Vladimir Putin").
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Words for a message or a body rather than a person ("the statement", "the group", "заява"): they refer to the source named just before.</summary>
    private static readonly HashSet<string> SourceNouns = new(
        [
            "statement", "group", "groups", "message", "post", "communique", "communiqué", "declaration", "ministry", "legion", "corps",
            "organisation", "organization", "channel", "video", "letter", "заявление", "заява", "повідомлення", "сообщение", "группа",
            "група", "сообщении", "повідомленні", "заяві", "заявлении", "déclaration", "groupe", "message", "ministère", "erklärung",
            "mitteilung", "gruppe", "ministerium", "comunicado", "grupo", "ministerio", "comunicato", "gruppo", "ministero", "verklaring",
            "groep", "oświadczenie", "grupa", "declarația", "grupul", "avaldus", "rühm", "militia", "militias", "battalion", "battalions",
            "обращении", "обращение", "зверненні", "звернення", "заявлению", "заяву",
            // Romanian: the communiqué and the group with and without their article ("se arată în comunicat", "comunicatul Legiunii")
            "comunicat", "comunicatul", "comunicatului", "declarație", "declaraţia", "declaraţie", "gruparea", "grupările", "grupurile",
            // Estonian cases of the statement, the message and the group ("seisis avalduses", "leegioni teates", "rühmituse sõnul")
            "avalduse", "avalduses", "avaldusest", "avaldusele", "avaldust", "avaldused", "avaldustes", "teade", "teates", "teatest",
            "pöördumine", "pöördumises", "sõnum", "sõnumis", "postitus", "postituses", "rühmitus", "rühmituse", "rühmitused", "rühmad",
            // the groups in the plural, the Estonian joint statement, the Arabic statement and groups ("écrivent les groupes",
            // "escreveram os grupos", "seisis ühisavalduses", "جاء في البيان", "قالت المجموعات"; no answer key moves)
            "groupes", "gruppen", "grupos", "groepen", "gruppi", "группы", "групи", "ühisavaldus", "ühisavalduse", "ühisavalduses",
            "ühisavaldust", "بيان", "البيان", "بيانها", "بيانهم", "المجموعات", "الجماعات", "الفصائل",
            // Russian, Ukrainian and German fighters, volunteers and militias of a body ("— написали бойцы в Telegram", "— пишуть
            // добровольці", "teilten die Kämpfer mit", "erklärten die Milizen"): the body named before speaks (they had taken the last
            // capitalised word of a list named before, or no one; no answer key moves)
            "бойцы", "бійці", "добровольцы", "добровольці", "kämpfer", "milizen",
            // Polish cases of the statement, the communiqué, the post and the group ("czytamy w oświadczeniu", "w komunikacie
            // grupy", "we wpisie na Telegramie"), as Russian and Estonian have theirs above
            "oświadczeniu", "oświadczenia", "komunikat", "komunikacie", "komunikatu", "wpis", "wpisie", "grupy", "grupie", "ministerstwo",
            // Arabic: the authority, the ministry, the organisation, the company ("وقالت الهيئة" after "أعلنت هيئة الموانئ البحرية")
            "الهيئة", "الوزارة", "المنظمة", "الشركة", "الإدارة", "المؤسسة",
            // messages, posts and appeals in the other languages ("In der Telegram-Nachricht heißt es", "na mensagem", "в посте",
            // "у дописі", "in het bericht", "în mesajul", "w odezwie", "في الرسالة")
            "nachricht", "botschaft", "stellungnahme", "aufruf", "beitrag", "mensagem", "postagem", "publicação", "mensaje", "publicación",
            "messaggio", "bericht", "boodschap", "oproep", "mesaj", "mesajul", "postare", "postarea", "wiadomość", "wiadomości", "odezwa",
            "odezwie", "посте", "публикации", "дописі", "публікації", "رسالة", "الرسالة",
            // the statement in Portuguese, Spanish and Italian ("Na declaração lê-se:", "Na nota, pode ler-se:", "En la declaración se lee:", "Nella
            // dichiarazione si legge:"), as "In de verklaring staat:" and "În comunicat se arată:" are read (they had gone to a
            // person named later, Putin; measured on all 32 keys: no count moves)
            "declaração", "declaración", "dichiarazione", "nota",
        ],
        StringComparer.Ordinal);

    /// <summary>True for the noun that ends an organisation's name ("corps", "ministry", "service", "легион").</summary>
    internal static bool IsBodyNoun(string norm) => BodyNouns.Contains(norm) || UnitNames.IsUnitNoun(norm);

    /// <summary>True for a word of a message or a body ("statement", "сообщении", "communiqué").</summary>
    internal static bool IsSourceNoun(string norm) => SourceNouns.Contains(norm);

    /// <summary>
    /// The speaker phrase of a quote followed by a speech verb with no subject ("… – oznajmił.", "…», — добавил."): no name,
    /// read as a pronoun.
    /// </summary>
    public const string Implied = "\u2014";

    /// <summary>
    /// Canonical names for quotes at <paramref name="positions"/> (ending at <paramref name="ends"/>) with speaker phrases
    /// <paramref name="phrases"/> (null: none; <see cref="Implied"/>: a verb without subject); <paramref name="skip"/> marks
    /// scare quotes, whose phrase is not read: they take the speaker an unattributed quote would. Names and cues inside any of
    /// the quotes (dash speech included) are the speakers' words and name no one.
    /// </summary>
    public static string?[] Resolve(Article article, Attributor attributor, IReadOnlyList<int> positions, IReadOnlyList<int> ends, IReadOnlyList<int> paragraphStarts, IReadOnlyList<string?> phrases, IReadOnlyList<bool> skip, IReadOnlyList<string?>? cues = null)
    {
        HashSet<string>? outlets = null;
        string language = StopWords.Primary(article.Language ?? "en");

        // "Source: the press service of the Russian Defence Ministry … ¶ Quote: "…"": a quote with no attribution is the source line's.
        var written = phrases;
        phrases = SpeakerSourceLines.Fill(article, positions, phrases, skip);
        var names = new string?[positions.Count];
        var named = new List<Mention>();
        QuotedText? quotedText = null;
        QuotedText Quoted() => quotedText ??= QuotedText.Of(article.Text).With(positions, ends);
        List<Mention>? bodies = null;
        List<Mention> Bodies() => bodies ??= BodyNames(article.Text, Quoted());
        List<Mention>? unresolvedMentions = null;
        bool[]? reported = null;
        bool[]? spokesmen = null;
        bool[]? outletAfter = null;
        bool unresolved = !ReferenceEquals(written, phrases);
        for (int n = 0; n < positions.Count; n++)
        {
            if (skip[n])
            {
                // Scare quotes and short fragments quote someone too ("«жестоким» и «кровавым» терактом" are Putin's words):
                // they take the speaker of an unattributed quote.
                unresolved = true;
                continue;
            }

            // «…, — сказал Пушилин. — …»: with no attribution outside the marks, the writer's aside between dashes inside them.
            // «…», le parole di Putin: the owner of the words named right after the marks.
            var phrase = phrases[n] ?? SpeakerInnerCue.Phrase(article.Text, positions[n], ends[n]) ?? SpeakerInnerCue.WordsOf(article.Text, ends[n]);
            if (phrases[n] is { } given && SpeakerSources.ReportsBefore(article.Text, given, positions[n]))
            {
                // "according to Tass, the Russian president defines him as “…”": the agency reports; the office holder speaks.
                reported ??= new bool[positions.Count];
                reported[n] = true;
                unresolved = true;
                continue;
            }

            if (phrases[n] is { } passed
                && (SpeakerRelays.QuotedBy(passed) ?? (cues?[n] is { } cue && SpeakerRelays.Relays(article.Text, passed, cue, positions[n], ends[n], language) ? passed : null))
                    is { } outletPhrase)
            {
                // "«Мы готовы …», — пишет Meduza": the outlet passes on a first-person quote; "«…», ha dichiarato, citato da Sky
                // News": the outlet quotes him. Neither outlet speaks: the person it is about (the subject the verb dropped) does.
                reported ??= new bool[positions.Count];
                reported[n] = true;
                unresolved = true;
                if (SpeakerNames.Canonical(outletPhrase, language) is { } outlet)
                {
                    (outlets ??= new HashSet<string>(StringComparer.Ordinal)).Add(outlet);
                }

                continue;
            }

            if (phrases[n] is { } relaying && cues?[n] is { } relayCue && SpeakerRelays.IsOutlet(article.Text, relaying, relayCue, language)
                && article.Text.IndexOf(relaying, ends[n], Math.Min(TrailingOutletReach, article.Text.Length - ends[n]), StringComparison.Ordinal) >= 0)
            {
                // "Peskov … spreekt over een "Oekraïense sabotagegroep", meldt het staatspersbureau Ria Novosti": an outlet credited
                // after the quote may only report what the sentence's own subject said (read below, once the names are known).
                (outletAfter ??= new bool[positions.Count])[n] = true;
                unresolved = true;
            }

            // "в совместном заявлении ЛСР, РДК и СБ": the issuer named after a message noun first (the phrase's last name had been read).
            // "وقال الضيف في كلمة … قناة الأقصى" after "محمد الضيف": a lone Arabic surname with the article is the full name given before.
            names[n] = (language == "ar" ? SpeakerNames.ArabicSurnameFullName(article.Text, phrase, positions[n]) : null)
                ?? QuotedUnit(phrase, article.Text) ?? Issuer(phrase, language) ?? SpeakerInstitutions.Whole(phrase, SpeakerNames.Canonical(phrase, language), language)
                ?? (phrase is null ? null : SpeakerRelays.CompoundOutlet(phrase) ?? SpeakerRelays.NamedOutlet(phrase, cues?[n])
                    ?? (SpeakerRelays.OnlyOutletNoun(phrase) ? OutletBefore(names, phrases, cues, n) : null));
            if (phrase is not null && phrase != Implied && ListTail(article.Text, phrase, positions[n], paragraphStarts[n], Bodies) is { } lead)
            {
                // "The Legion, the Corps and the Battalion said: «…»": the phrase read is the list's last segment ("the Corps and the
                // Battalion"); the list speaks, reported under its first body (it had been the Corps, or the Battalion).
                names[n] = lead;
            }

            if (names[n] is { } name)
            {
                named.Add(new Mention(positions[n], name, phrase!));
                if (SpeakerOffices.SpokesmanTitleBefore(phrase!, name))
                {
                    // "заявив прес-секретар Петренка": the name may be the employer of a spokesman named elsewhere (read below).
                    (spokesmen ??= new bool[positions.Count])[n] = true;
                    unresolved = true;
                }
            }
            else
            {
                unresolved = true;
            }
        }

        if (unresolved)
        {
            var weak = new List<Mention>();
            var plain = new List<Mention>();
            var quoted = Quoted();
            var mentions = attributor.Mentions(language, weak, quoted, plain);
            ListHeads(article, mentions, Bodies);
            OutsideQuotes(mentions, positions, ends);
            OutsideQuotes(weak, positions, ends);
            OutsideQuotes(plain, positions, ends);
            if (plain.Exists(m => AfterNameConnector(article.Text, m.At) || UnitNames.IsLeadingUnitNoun(Tokenizer.NormalizeWord(TokenStrings.WordAfter(article.Text, m.At)))))
            {
                // "O porta-voz do Corpo de Voluntários Russos, Aleksei Baranovski, deu …": the words of a unit's name that opens with
                // its noun ("Voluntários Russos") are no person's full name standing before the spokesman in his sentence (the next
                // quote's "ele" had gone to the group named before); a name after the unit's lower-case words stays ("Corpo dei
                // volontari russi Denis Kapustin"). Measured on all 32 keys: no count moves. The article's bodies are read only
                // where a name stands after a connector or opens with a unit noun: read for every article, they had cost the
                // quote stage about a seventh of its CPU at 20,000 generated articles.
                var units = Bodies().FindAll(OpensWithUnitNoun);
                plain.RemoveAll(m => Covers(units, m.At) && (units.Exists(b => b.At == m.At) || AfterNameConnector(article.Text, m.At)));
            }

            SpeakerSources.DropReportSources(article.Text, mentions);
            SpeakerSources.DropReportSources(article.Text, weak);

            // "Об этом пишет РИА Новости. ¶ «…», — говорится в релизе": an outlet named by its shape reports, it is no speaker.
            mentions.RemoveAll(m => SpeakerRelays.IsNewsName(m.Name));
            weak.RemoveAll(m => SpeakerRelays.IsNewsName(m.Name));
            plain.RemoveAll(m => SpeakerRelays.IsNewsName(m.Name));
            if (outlets is not null)
            {
                // The outlet that relays a quote is no one a pronoun or an unattributed quote refers to.
                mentions.RemoveAll(m => outlets.Contains(m.Name));
                weak.RemoveAll(m => outlets.Contains(m.Name));
                plain.RemoveAll(m => outlets.Contains(m.Name));
            }

            if (mentions.Count == 0 && named.Count == 0)
            {
                mentions = weak.Count > 0 ? weak : plain.Count > 0 ? new List<Mention>(plain) : attributor.SentenceSubjects(language, quoted);
            }
            else if (weak.Count > 0)
            {
                PromoteKnown(mentions, weak, named);
                PromoteRepeated(mentions, weak, named);
            }

            mentions.AddRange(named);
            var speakers = new List<Mention>(mentions);
            var cueSpeakers = new List<Mention>(speakers);
            cueSpeakers.Sort((a, b) => a.At.CompareTo(b.At));
            var occurrences = Occurrences(article.Text, mentions, plain, quoted);
            if (language is "de" or "nl")
            {
                MarkPossessors(article.Text, occurrences);
            }

            mentions.AddRange(occurrences);
            mentions.Sort((a, b) => a.At.CompareTo(b.At));
            unresolvedMentions = mentions;
            var main = Main(speakers, mentions);
            string? headline = null;
            bool headlineRead = false;
            string? Headline()
            {
                if (!headlineRead)
                {
                    headlineRead = true;
                    headline = SpeakerHeadlines.Speaker(article, language);
                }

                return headline;
            }

            List<SpeakerOffices.Holder>? holders = null;
            List<SpeakerOffices.Holder> Holders() => holders ??= SpeakerOffices.Holders(article.Text, speakers, plain);
            for (int n = 0; n < positions.Count; n++)
            {
                if (spokesmen?[n] == true && (SpeakerOffices.SpokesmanOf(names[n]!, Holders(), mentions, LowerBound(mentions, positions[n]) - 1)
                    ?? SpeakerInstitutions.HeadSpokesman(names[n]!)) is { } spokesman)
                {
                    // "Прес-секретар Петренка Іван Сидоренко … — заявив прес-секретар Петренка": Сидоренко speaks, not Петренко.
                    // "purtătorul de cuvânt al lui Putin", "пресс-секретарь Путина" with no spokesman of his named: his spokesman on record.
                    names[n] = spokesman;
                }

                if (names[n] is null && phrases[n] is null && TrailingSpeaker(article.Text, ends[n], language) is { } credited)
                {
                    // "➡️ No te pierdas: «Habrá problemas» con Finlandia tras ingreso a OTAN: Putin": a headline line that ends in
                    // a colon and a name credits its quote to that name.
                    names[n] = credited;
                }

                if (written[n] is null && phrases[n] is not null && !skip[n] && CueSpeakerBefore(cueSpeakers, weak, paragraphStarts[n], positions[n]) is { } speaker)
                {
                    // "Source: the press service of the Ministry of Defence, the Legion, the Corps … ¶ RVC stressed that … . "…"": a
                    // speaker named with a cue in the quote's paragraph, before it, outranks the story's source line.
                    names[n] = speaker;
                }

                if (outletAfter?[n] == true && SentenceSubject(article.Text, positions[n], mentions, plain) is { } subject)
                {
                    names[n] = subject;
                }

                // A quote with no attribution at all (no phrase, no scare quote, not relayed): its neighbours may name its speaker.
                bool bare = phrases[n] is null && !skip[n] && reported?[n] != true;
                if (names[n] is null && bare && article.Text.AsSpan(paragraphStarts[n], positions[n] - paragraphStarts[n]).IsWhiteSpace()
                    && NextSentenceOpener(article.Text, ends[n], mentions, plain) is { } opener)
                {
                    // "„Visele devin realitate! …”. Igor Volobuiev, fost șef adjunct al Gazprombank, este …": a quote that opens its
                    // paragraph with no attribution is said by the person whose name opens the sentence right after it.
                    names[n] = opener;
                }

                if (names[n] is null && phrases[n] is null && reported?[n] != true && article.Text.AsSpan(paragraphStarts[n], positions[n] - paragraphStarts[n]).IsWhiteSpace()
                    && HeadingSource(article.Text, ends[n], mentions, plain) is { } source)
                {
                    // "“Aandacht afleiden” ¶ De Russische president Vladimir Poetin is volgens zijn woordvoerder Dmitri Peskov …": a
                    // quote that is its paragraph (a section heading, scare quote or not) is said by the source the next paragraph
                    // opens with.
                    names[n] = source;
                }

                if (names[n] is null && bare
                    && PreviousSentenceBody(article.Text, positions[n], paragraphStarts[n], Bodies(), language) is { } issuer
                    && SpeakerRelays.SpeaksInFirstPerson(article.Text[positions[n]..ends[n]], language))
                {
                    // "«Русский добровольческий корпус» предложил губернатору … . «Мы готовы …»": a first-person quote that opens
                    // its sentence, unattributed, speaks for the body that opens the sentence before (it had been the governor).
                    names[n] = issuer;
                }

                if (names[n] is null && bare && n > 0 && names[n - 1] is { } previous && phrases[n - 1] is not null
                    && SameClauseChain(article.Text, ends[n - 1], positions[n], mentions, plain))
                {
                    // "Auf Twitter schrieb er, dass „…“ und dass es notwendig ist, „…“": a second quote in the sentence of an attributed
                    // one, with no one named between them, hangs on the same verb (it had been the article's main speaker).
                    names[n] = previous;
                }

                if (names[n] is null && bare && LeadInIssuer(article, positions[n], paragraphStarts[n], Bodies(), mentions, plain) is { } announcer)
                {
                    // "A Legião …, o Corpo … e o Batalhão … publicaram uma declaração conjunta. ¶ Citação: “…”": a quote led in by
                    // a lead-in word alone is the statement the paragraph before announced, said by that sentence's subject (it
                    // had been the ministry named after the quote, or the list's second body).
                    names[n] = announcer;
                }

                if (names[n] is null)
                {
                    // "«…», disseram.": the subject a plural verb drops is "they" (it had been read as "he", the subject named last).
                    var phrase = phrases[n] == Implied && AttributionCues.IsPluralVerb(cues?[n]) ? "they" : AdverbsOnly(phrases[n]) ? Implied : phrases[n];
                    int previousParagraphStart = PreviousParagraphStart(article, paragraphStarts[n]);
                    var carried = Carried(n, names, skip, positions, ends, previousParagraphStart, mentions);
                    names[n] = Pick(article.Text, mentions, plain, weak, cueSpeakers, main, positions[n], paragraphStarts[n], previousParagraphStart, skip[n] || reported?[n] == true ? null : phrase, language, Bodies, Holders, carried);

                    if (n > 0 && names[n] is { } replier && names[n - 1] is { } asker && SpeakerNames.SameKey(SpeakerNames.Key(replier), SpeakerNames.Key(asker))
                        && IsReply(cues?[n]) && phrases[n] is { } pronoun && IsPronounPhrase(pronoun) && positions[n] - ends[n - 1] <= ReplyReach
                        && OtherSubject(mentions, positions[n], asker) is { } other)
                    {
                        // "„Hilfst du, dichtzumachen?“, habe Putin gefragt. „Mache ich“, habe er geantwortet.": the one who answers
                        // is not the one who asked, but the subject named before him (Lukaschenko, who tells the exchange).
                        names[n] = other;
                    }

                    // "Peskov: civilian at the ministry is logical" over a story that never names him: the headline's speaker, last.
                    names[n] ??= Headline();
                }
            }

            for (int n = positions.Count - 2; n >= 0; n--)
            {
                if (skip[n] && phrases[n] is null && !skip[n + 1] && phrases[n + 1] is not null && names[n + 1] is { } next
                    && SameClauseChain(article.Text, ends[n], positions[n + 1], mentions, plain))
                {
                    // "The Russian military said … its artillery had hit a “terrorist” group …, adding that “…”": a scare quote in the
                    // sentence of an attributed quote after it, with no one named between them, is that speaker's word.
                    names[n] = next;
                }
            }
        }

        Unglue(names, unresolvedMentions, language);
        Unify(names);
        if (unresolvedMentions is { } known)
        {
            SpeakerSources.Respell(names, known);
        }

        return names;
    }

    /// <summary>Most words before the colon of a lead-in paragraph ("Quote:", "The statement reads:", "Текст обращения:").</summary>
    private const int MaxLeadInWords = 4;

    /// <summary>
    /// When the quote at <paramref name="at"/> follows only a lead-in ("Quote:", "Цитата:", "Citação:", "Tsitaat:", "The
    /// statement reads:": at most <see cref="MaxLeadInWords"/> words holding a lead-in word, then a colon) at the start of its
    /// paragraph, or opens a paragraph after a paragraph that is such a lead-in alone ("Declaração:"), the subject of the last
    /// sentence of the paragraph before the lead-in: the body that opens it, else its first name that is no object. Null otherwise.
    /// </summary>
    private static string? LeadInIssuer(Article article, int at, int paragraphStart, List<Mention> bodies, List<Mention> mentions, List<Mention> plain)
    {
        var text = article.Text;
        int leadStart = paragraphStart;
        var lead = text.AsSpan(paragraphStart, at - paragraphStart).TrimEnd();
        if (lead.IsWhiteSpace())
        {
            // "Declaração:¶Dirigimo-nos aos moradores …": the lead-in is the paragraph before, alone.
            leadStart = PreviousParagraphStart(article, paragraphStart);
            lead = text.AsSpan(leadStart, paragraphStart - leadStart).TrimEnd();
        }

        int previousParagraphStart = PreviousParagraphStart(article, leadStart);
        if (previousParagraphStart >= leadStart || lead.Length < 2 || lead[^1] != ':')
        {
            return null;
        }

        var words = lead[..^1].ToString().Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxLeadInWords || !words.Any(w => UnmarkedSpeech.IsLeadInWord(Tokenizer.NormalizeWord(w))))
        {
            return null;
        }

        var (sentence, end) = SentenceBefore(text, leadStart, previousParagraphStart);
        if (OpeningBody(bodies, text, sentence, end) is { } opening)
        {
            return opening.Name;
        }

        return SubjectsIn(sentence, end, mentions, plain).Select(m => m.Name).FirstOrDefault();
    }

    /// <summary>
    /// The person (no object, of <paramref name="mentions"/> or <paramref name="plain"/>) whose name opens the sentence that starts
    /// right after a quote ending at <paramref name="end"/>, in the same paragraph (past the closing mark, a sentence end and
    /// spaces); null when another word opens it.
    /// </summary>
    private static string? NextSentenceOpener(string text, int end, List<Mention> mentions, List<Mention> plain)
    {
        int at = end;
        bool ended = end > 0 && text[end - 1] is '.' or '!' or '?' || (end > 1 && text[end - 2] is '.' or '!' or '?');
        while (at < text.Length && at < end + 4 && (text[at] is ' ' or '\u00A0' or '.' or '!' or '?' or '»' or '”' or '"' or '“'))
        {
            ended |= text[at] is '.' or '!' or '?';
            at++;
        }

        if (!ended || at >= text.Length || !char.IsUpper(text[at]))
        {
            return null;
        }

        return FullNameIn(SubjectsIn(at, at + 1, mentions, plain));
    }

    /// <summary>
    /// When the quote ending at <paramref name="end"/> ends its paragraph too (a quoted section heading), the full name that a
    /// report preposition ("volgens zijn woordvoerder Dmitri Peskov", "according to", "selon") names in the first sentence of
    /// the next paragraph; else null.
    /// </summary>
    private static string? HeadingSource(string text, int end, List<Mention> mentions, List<Mention> plain)
    {
        int at = end;
        while (at < text.Length && text[at] is ' ' or '\u00A0' or '»' or '”' or '"' or '“' or '’')
        {
            at++;
        }

        if (at >= text.Length || text[at] is not ('\n' or '\r'))
        {
            return null;
        }

        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        int stop = text.IndexOfAny(CharSets.SentenceEnds, at);
        stop = stop < 0 ? text.Length : stop;
        int after = SpeakerSources.AfterReportPreposition(text, at, stop);
        if (after < 0)
        {
            return null;
        }

        // The source is the preposition's object ("according to his spokesman X"): objects count here.
        return FullNameIn(MentionsIn(after, stop, objects: true, mentions, plain));
    }

    /// <summary>The first of <paramref name="found"/> named in full (a name of two words or more), or null.</summary>
    private static string? FullNameIn(IEnumerable<Mention> found) =>
        found.Where(m => m.Name.Contains(' ', StringComparison.Ordinal)).Select(m => m.Name).FirstOrDefault();

    /// <summary>The mentions of each of <paramref name="lists"/> (sorted by offset) in [<paramref name="from"/>, <paramref name="to"/>) that are no object, list by list.</summary>
    private static IEnumerable<Mention> SubjectsIn(int from, int to, params List<Mention>[] lists) => MentionsIn(from, to, objects: false, lists);

    /// <summary>The mentions of each of <paramref name="lists"/> (sorted by offset) in [<paramref name="from"/>, <paramref name="to"/>), objects only when <paramref name="objects"/>, list by list.</summary>
    private static IEnumerable<Mention> MentionsIn(int from, int to, bool objects, params List<Mention>[] lists)
    {
        foreach (var names in lists)
        {
            for (int k = LowerBound(names, from); k < names.Count && names[k].At < to; k++)
            {
                if (objects || !names[k].Object)
                {
                    yield return names[k];
                }
            }
        }
    }

    /// <summary>
    /// The sentence that ends before offset <paramref name="before"/> (past the spaces and stops there), not reaching back
    /// past <paramref name="floor"/>: its start and the offset of its last character.
    /// </summary>
    private static (int Start, int End) SentenceBefore(string text, int before, int floor)
    {
        int end = before - 1;
        while (end > floor && (char.IsWhiteSpace(text[end]) || text[end] is '.' or '!' or '?'))
        {
            end--;
        }

        return (Math.Max(floor, SpeakerSubjects.SentenceStart(text, end)), end);
    }

    /// <summary>
    /// When the quote at <paramref name="at"/> opens its sentence, the body of <paramref name="bodies"/> that opens the sentence
    /// before it in the same paragraph (<see cref="OpeningBody"/>), or, when that sentence holds a plural pronoun of
    /// <paramref name="language"/>, the body named last in the paragraph before that sentence; else null.
    /// </summary>
    private static string? PreviousSentenceBody(string text, int at, int paragraphStart, List<Mention> bodies, string language)
    {
        int start = SpeakerSubjects.SentenceStart(text, at);
        if (start <= paragraphStart + 1 || !text.AsSpan(start, at - start).IsWhiteSpace())
        {
            return null;
        }

        var (previous, _) = SentenceBefore(text, start, paragraphStart);
        if (OpeningBody(bodies, text, previous, start) is { } opening)
        {
            return opening.Name;
        }

        // "… opgeëist door het Legioen Vrijheid van Rusland … . Ook nu claimen ze de verantwoordelijkheid met een video. ‘We zijn
        // Russen …’": "they" in the sentence before is the body named last before it in the paragraph, agent or subject.
        if (!text[previous..start].Split(CharSets.SpacesCommasPeriods, StringSplitOptions.RemoveEmptyEntries).Any(w => IsPluralPronoun(w, language)))
        {
            return null;
        }

        string? last = null;
        foreach (var body in bodies)
        {
            if (body.At >= paragraphStart && body.At < previous)
            {
                last = body.Name;
            }
        }

        return last;
    }

    /// <summary>
    /// The last speaker of a cue (no object) in [<paramref name="from"/>, <paramref name="at"/>), sure (<paramref name="cueSpeakers"/>)
    /// or not (<paramref name="weak"/>: "RVC stressed that"), or null.
    /// </summary>
    private static string? CueSpeakerBefore(List<Mention> cueSpeakers, List<Mention> weak, int from, int at)
    {
        return SubjectsIn(from, at, cueSpeakers, weak).OrderByDescending(m => m.At).Select(m => m.Name).FirstOrDefault();
    }

    /// <summary>Most characters after a quote within which an outlet credited for it is written ("…", meldt … Ria Novosti).</summary>
    private const int TrailingOutletReach = 80;

    /// <summary>
    /// The first name of <paramref name="mentions"/> or <paramref name="plain"/> (no object) in the sentence of the quote at
    /// <paramref name="at"/>, before the quote: its subject ("Ook Kremlinadviseur Dmitri Peskov wijst … en spreekt over een
    /// "…""); null when the sentence names no one before it.
    /// </summary>
    private static string? SentenceSubject(string text, int at, List<Mention> mentions, List<Mention> plain)
    {
        int start = SpeakerSubjects.SentenceStart(text, at);
        return SubjectsIn(start, at, mentions, plain).OrderBy(m => m.At).Select(m => m.Name).FirstOrDefault();
    }

    /// <summary>Most characters between two quotes that <see cref="SameClauseChain"/> reads.</summary>
    private const int ClauseChainReach = 120;

    /// <summary>
    /// True when the text from <paramref name="end"/> (the end of one quote) to <paramref name="start"/> (the next) is short, stays in
    /// one sentence (no sentence end, no line break) and names no one as a subject (no mention in <paramref name="mentions"/> or
    /// <paramref name="plain"/> but objects): "“ und dass es notwendig ist, „", "” group near the village of Novaya Tavolzhanka,
    /// adding that “".
    /// </summary>
    private static bool SameClauseChain(string text, int end, int start, List<Mention> mentions, List<Mention> plain)
    {
        if (start <= end || start - end > ClauseChainReach)
        {
            return false;
        }

        for (int i = end; i < start; i++)
        {
            if (text[i] is '\n' or '.' or '!' or '?' or ';' or ':')
            {
                return false;
            }
        }

        return !SubjectsIn(end, start, mentions, plain).Any();
    }

    /// <summary>
    /// The outlet that an outlet noun alone ("schreibt die Zeitung", "the newspaper wrote") refers to: the named speaker of the
    /// nearest quote before <paramref name="n"/> whose cue is a verb of reporting ("So titelt die Frankfurter Rundschau online: „…“")
    /// or whose phrase names an outlet; null when there is none.
    /// </summary>
    private static string? OutletBefore(string?[] names, IReadOnlyList<string?> phrases, IReadOnlyList<string?>? cues, int n)
    {
        for (int m = n - 1; m >= 0; m--)
        {
            if (names[m] is { } name && phrases[m] is { } phrase && (SpeakerRelays.IsReporting(cues?[m]) || SpeakerRelays.CompoundOutlet(phrase) is not null)
                && !SpeakerRelays.OnlyOutletNoun(phrase))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds to <paramref name="mentions"/> (in reading order) the weak mentions whose name is the last name of a sure speaker
    /// ("selon Loukachenko" after "le président biélorusse Alexandre Loukachenko"): a surname already known is no common noun;
    /// so is a head of state's surname (<see cref="SpeakerNames.IsLeaderSurname"/>).
    /// </summary>
    private static void PromoteKnown(List<Mention> mentions, List<Mention> weak, List<Mention> named)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        void Know(string name)
        {
            var key = SpeakerNames.Key(name);
            if (!known.TryGetValue(key, out var best) || Better(name, best))
            {
                known[key] = name;
            }
        }

        mentions.ForEach(m => Know(m.Name));
        named.ForEach(m => Know(m.Name));
        int count = mentions.Count;
        foreach (var w in weak)
        {
            // Not "to contact Putin": a phrase with lower-case words may hold the name as an object. The surname takes the
            // full name it is known by ("Starovoyt said" → "Roman Starovoyt").
            if (known.TryGetValue(SpeakerNames.Key(w.Name), out var full) && !HasLowerCaseWord(w.Phrase))
            {
                mentions.Add(w with { Name = full });
            }
            else if (!HasLowerCaseWord(w.Phrase) && SpeakerNames.IsLeaderSurname(w.Name))
            {
                // "Putin further highlighted the purpose …, saying that … . “…,” he said" in a story that never gives his first
                // name: a head of state's surname is a name, and the pronoun after it is his (it had been the minister named
                // in full before). Measured: mobilization speakers 378 -> 380, same 117/163 -> 118/164, cross 826/1551 ->
                // 829/1552; biden-preference 220 -> 222; direct-line 317 -> 318; nothing else moves. A head of state on record
                // takes his full name ("Putin" → "Vladimir Putin").
                mentions.Add(w with { Name = Nations.PresidentBySurname(w.Name) ?? w.Name });
            }
        }

        if (mentions.Count > count)
        {
            mentions.Sort((a, b) => a.At.CompareTo(b.At));
        }
    }

    /// <summary>
    /// Adds to <paramref name="mentions"/> (in reading order) the weak mentions of a name (one word, not sure alone) that is the subject of two speech
    /// verbs or more while every sure mention stands as an object ("Biden, que descreveu o colapso … como um terrível incidente,
    /// falou da Casa Branca …, onde ele e a vice-presidente Kamala Harris …"): a capitalised word that speaks twice is a name, and
    /// the article's speaker, not the person named only beside him.
    /// </summary>
    private static void PromoteRepeated(List<Mention> mentions, List<Mention> weak, List<Mention> named)
    {
        if (named.Count > 0 || mentions.Exists(m => !m.Object))
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in weak)
        {
            if (!HasLowerCaseWord(w.Phrase) && !w.Object)
            {
                counts[w.Name] = counts.GetValueOrDefault(w.Name) + 1;
            }
        }

        int count = mentions.Count;
        foreach (var w in weak)
        {
            if (counts.GetValueOrDefault(w.Name) >= 2)
            {
                mentions.Add(w);
            }
        }

        if (mentions.Count > count)
        {
            mentions.Sort((a, b) => a.At.CompareTo(b.At));
        }
    }

    /// <summary>True when a word of <paramref name="phrase"/> opens with a lower-case letter.</summary>
    private static bool HasLowerCaseWord(string phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (char.IsLower(phrase[i]) && (i == 0 || phrase[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops the mentions (sorted by offset) that stand inside one of the quotes [<paramref name="starts"/>, <paramref name="ends"/>) (sorted by start).</summary>
    private static void OutsideQuotes(List<Mention> mentions, IReadOnlyList<int> starts, IReadOnlyList<int> ends)
    {
        if (mentions.Count == 0 || starts.Count == 0)
        {
            return;
        }

        int q = 0;
        mentions.RemoveAll(m =>
        {
            while (q < starts.Count && ends[q] <= m.At)
            {
                q++;
            }

            return q < starts.Count && starts[q] <= m.At && m.At < ends[q];
        });
    }

    /// <summary>
    /// The speaker the quote before quote <paramref name="n"/> resolved to, which an unattributed quote goes on with (news
    /// writing runs a statement on over paragraphs without naming its speaker again): that quote is no scare quote, stands in
    /// the same paragraph or the one before, and no one else is named as a subject between the two; quote <paramref name="n"/>
    /// is no scare quote either. Null otherwise. Read by <see cref="Pick"/> only where it would fall back on the article's main
    /// speaker ("„…”, afirmă Ion Marinescu. ¶ Europarlamentarul arată că … „…”. ¶ „Aşa au fost educaţi …”" had gone to the
    /// president the article names most). Measured: mobilization speakers 381 -> 384, houthi 148 -> 149, biden-preference
    /// 222 -> 223, sealed kakhovka 263 -> 264 (all keys 6969 -> 6975/7816); nothing else moves. Taking only a previous quote
    /// with an attribution phrase of its own gained half (+3); letting scare quotes inherit too gained nothing more.
    /// </summary>
    private static string? Carried(int n, string?[] names, IReadOnlyList<bool> skip, IReadOnlyList<int> positions, IReadOnlyList<int> ends, int previousParagraphStart, List<Mention> mentions)
    {
        if (n == 0 || skip[n] || skip[n - 1] || names[n - 1] is not { } prior || positions[n - 1] < previousParagraphStart)
        {
            return null;
        }

        for (int k = LowerBound(mentions, ends[n - 1]); k < mentions.Count && mentions[k].At < positions[n]; k++)
        {
            if (!mentions[k].Object && mentions[k].Name != prior)
            {
                return null;
            }
        }

        return prior;
    }

    /// <summary>
    /// The named speaker for a quote at <paramref name="at"/> whose phrase names no one. A pronoun: the nearest mention before.
    /// A description: the nearest mention before whose title shares one of its words ("der Papst" → "Papst Franziskus"), else
    /// for a message or a body ("the statement", "the group") the nearest mention in its paragraph or the one before (the Legion
    /// named just before), else the article's main speaker. No attribution: a mention earlier in the same paragraph, else the
    /// speaker of the quote it goes on from (<paramref name="carried"/>, see <see cref="Carried"/>), else the main speaker.
    /// </summary>
    private static string? Pick(string text, List<Mention> mentions, List<Mention> plain, List<Mention> weak, List<Mention> cueSpeakers, string? main, int at, int paragraphStart, int previousParagraphStart, string? phrase, string language, Func<List<Mention>> bodies, Func<List<SpeakerOffices.Holder>> holders, string? carried = null)
    {
        int before = LowerBound(mentions, at) - 1;
        string? nearest = before >= 0 ? mentions[before].Name : null;
        string? fallback = nearest ?? (before + 1 < mentions.Count ? mentions[before + 1].Name : null);
        if (phrase is null && SpeakerSubjects.OpensWithPronoun(text, at, out int sentence))
        {
            // "Er habe Gouverneur X versprochen, … „so schnell wie möglich“ …": the sentence's pronoun speaks, not the name after it.
            for (int k = LowerBound(mentions, sentence) - 1; k >= 0; k--)
            {
                if (!mentions[k].Object)
                {
                    // "Представители ЛСР и РДК опубликовали видео … Они также призвали: «…»": a plural pronoun is the list's first.
                    return (IsPluralPronoun(text[sentence..Math.Min(text.Length, sentence + 12)].TrimStart(), language) ? AcronymListHead(text, mentions[k]) : null)
                        ?? SpeakerSubjects.Pronoun(text, mentions, k, sentence) ?? mentions[k].Name;
                }
            }
        }

        if (phrase is null && ColonLeadIn(text, at, paragraphStart) is int leadStart)
        {
            // "Präsident Joe Biden verdächtigte Putin als Drahtzieher: "…"": a sentence led into the quote by a colon is said by
            // its subject, the first name in it, not by the object named nearer the quote.
            // "Het Vrijheid voor Rusland Legioen roept de inwoners op: “…”": a body that opens the sentence is its subject, before
            // any person named after it (it had been the body the article quoted before).
            var opening = OpeningBody(bodies(), text, leadStart, at);
            for (int k = LowerBound(mentions, leadStart); k <= before; k++)
            {
                if (!mentions[k].Object)
                {
                    return opening is { } first && first.At < mentions[k].At ? first.Name : mentions[k].Name;
                }
            }

            foreach (var name in plain)
            {
                if (name.At >= leadStart && name.At < at && !name.Object)
                {
                    // "O porta-voz da presidência russa, Dmitry Peskov, expressou a preocupação do Kremlin …: “…”": the name that
                    // is the lead-in's subject speaks though its verb is no speech verb (no cue made the name a sure mention).
                    return opening is { } first && first.At < name.At ? first.Name : name.Name;
                }
            }

            if (opening is { } subject)
            {
                return subject.Name;
            }
        }

        if (phrase is null)
        {
            if (ReportedNext(text, at) is int next)
            {
                // "Легіон … проводять операцію … для створення «смуги безпеки» … . Про це речник ГУР Андрій Юсов заявив …": the
                // sentence after the quote's own points back to it and names who said it.
                // The first name there that is no object: a cue's speaker or a titled name, else a full name read with no cue
                // ("Ciò è stato riportato dal portavoce del presidente della Federazione Russa Dmitry Peskov").
                if (SubjectsIn(next, next + ReportedNextReach, mentions, plain).Select(m => m.Name).FirstOrDefault() is { } reporter)
                {
                    return reporter;
                }
            }

            if (OwnSentenceBody(bodies(), text, Math.Max(paragraphStart, SpeakerSubjects.SentenceStart(text, at)), at, mentions, plain) is { } ownBody
                && IsUnitBody(ownBody.Name))
            {
                // "Jeudi 2 mars, le "Corps Bénévole Russe", un groupe de combattants …, a revendiqué des attaques … pour "libérer la
                // Russie" du "régime sanguinaire"": an armed unit that opens the quote's sentence is its subject and says the words
                // (they had gone to the article's main speaker, Putin). Units only: any body (a ministry) cost a kakhovka speaker.
                // Measured: rdk-bryansk speakers 248 -> 250/321; nothing else moves.
                return ownBody.Name;
            }

            for (int k = before; k >= 0 && mentions[k].At >= paragraphStart; k--)
            {
                if (!mentions[k].Object)
                {
                    if (SpeakerDescriptions.Subject(text, at, paragraphStart, out int described) is { } office && mentions[k].At > described
                        && SpeakerOffices.Pick(office, holders(), mentions, before, strict: true) is { } describedHolder)
                    {
                        // "Il leader russo, 71 anni, ha elogiato Biden … . “…”": the office that opens the sentence is its subject,
                        // not the name after its verb.
                        return describedHolder;
                    }

                    // "Vladimir Putin has praised Wagner boss Yevgeny Prigozhin as a “talented businessman”": in the quote's own
                    // sentence, the name that opens it as its subject says the words, not the one named after the verb.
                    // A "that" between the name and the quote makes the name the subject of the reported clause ("criticized Trump
                    // for suggesting that if members were “delinquent”"): the name stands.
                    return (mentions[k].At >= SpeakerSubjects.SentenceStart(text, at) && !SpeakerSubjects.ComplementizerBetween(text, mentions[k].At, at)
                        ? SpeakerSubjects.OpenerBefore(text, mentions, k) : null) ?? mentions[k].Name;
                }
            }

            if (before >= 0 && mentions[before].At >= paragraphStart)
            {
                // Only objects named in this paragraph ("at the request of Putin"): the subject named before them speaks, unless
                // the object leads into the quote ("о следующих словах Трампа: «…»").
                return LeadsIn(text, mentions[before].At, at) ? nearest : NearestSubject(mentions, at, 0) ?? nearest;
            }

            if (SpeakerDescriptions.Subject(text, at, paragraphStart) is { } subject && SpeakerOffices.Pick(subject, holders(), mentions, before, strict: true) is { } officeHolder)
            {
                // "Le président ukrainien assure … « … »": the office that opens the quote's sentence (SpeakerDescriptions).
                return officeHolder;
            }

            // "… Про це повідомив керівник прес-служби Ватикану Маттео Бруні …" ending the paragraph before: the quote in the
            // next paragraph, with no one named before it there ("Der Langzeitherrscher führte weiter aus: «…»"), is that speaker's.
            int cue = LowerBound(cueSpeakers, at) - 1;
            if (cue >= 0 && cueSpeakers[cue].At >= previousParagraphStart && cueSpeakers[cue].At < paragraphStart && !cueSpeakers[cue].Object)
            {
                // "Kapustin described his mission as fighting “injustice” under Russian President Vladimir Putin … ¶ “I want to
                // prove …": the subject that opens that sentence, not the name read last in it.
                // A sentence read back past the paragraph's start (a page's paragraphs run together with "..") has no opener here.
                return (SpeakerSubjects.SentenceStart(text, cueSpeakers[cue].At) >= previousParagraphStart ? SpeakerSubjects.OpenerBefore(text, cueSpeakers, cue) : null)
                    ?? cueSpeakers[cue].Name;
            }

            // "„…”, afirmă Ion Marinescu. ¶ … „…”. ¶ „Aşa au fost educaţi …”": the statement runs on; the quote before it speaks.
            return carried ?? main ?? fallback;
        }

        bool headOfGroup = SpeakerNames.HeadOfGroup(phrase);
        if (headOfGroup && (main ?? NearestSubject(mentions, at, 0)) is { } groupHead)
        {
            // "mówił szef Grupy Wagnera": the group's head is the article's main speaker, else the person named as a subject
            // before (it had been the defence minister named after his office, "ministra obrony Siergieja Szojgu").
            return groupHead;
        }

        if (AgeDescription(phrase) && (main ?? nearest) is { } protagonist)
        {
            // "the 71-year-old said", "sagte der 71-Jährige", "zei de 71-jarige": a person described by age is the article's
            // protagonist, its main speaker (it had been whoever was named last, "US President Joe Biden called the vote rigged").
            return protagonist;
        }

        if (InstitutionNames.Military(phrase, language) is { } ministry)
        {
            // "The Russian military said …, adding that “…”": the defence ministry speaks for the army (it had been the armed
            // group named last).
            return ministry;
        }

        if (InstitutionNames.Government(phrase, language) is { } government)
        {
            // "O governo local informou", "acrescentou o governo de Belgorod": the government, not the governor its words resemble.
            return government;
        }

        if (InvertedPronoun(phrase, language) is { } inverted)
        {
            // "“…”, zo richtten ze zich tot de lokale bevolking", "„…“, so wandten sie sich an die Bewohner": Dutch and German put
            // the verb before the pronoun that is its subject; the pronoun speaks, not the words after it.
            phrase = inverted;
        }

        if (StartsWithRelative(phrase) && SpeakerSubjects.Antecedent(text, phrase, at, language) is { } antecedent)
        {
            // "Volkov respondeu a Ivan Petrenko, que disse: «…»", "the FSB and Putin, who publicly said": the name right before
            // the relative pronoun, whether or not it speaks elsewhere.
            return antecedent;
        }

        if (StartsWithRelative(phrase) && before >= 0 && at - mentions[before].At <= RelativeReach)
        {
            // "the statements of the FSB and Putin, who publicly said that …": the name the relative clause hangs on, object or not.
            return nearest;
        }

        var description = DescriptionWords(phrase, language);
        if (BareSpokesman(phrase) && SpeakerOffices.Pick(phrase, holders(), mentions, before) is null
            && (SpeakerInstitutions.SpokesmanOnRecordNamed(text, at) ?? NamedWithoutOtherOffice(mentions, before, [TitleClasses.Spokesman])) is { } spokesman)
        {
            // "— заявил пресс-секретарь" after "По словам Пескова, … Об этом ранее заявлял президент РФ Владимир Путин", "disse o
            // porta-voz do presidente russo": a spokesman no one is titled as is the person named last who holds no other office
            // in the article (it had been the president he speaks for).
            return spokesman;
        }

        if (description.Select(UnitNames.UnitStem).FirstOrDefault(u => u is not null) is { } unit
            && UnitBody(bodies(), at, unit) is { } unitBody)
        {
            // "— отметили в легионе", "— зазначили в корпусі": the body with that unit noun named before.
            return unitBody;
        }

        if (description.FirstOrDefault(w => UnitNames.IsLeadingUnitNoun(w) || (UnitNames.UnitStem(w) is null && LatinUnit(w, language) is not null)) is { } leading)
        {
            if (LatinUnitBody(bodies(), at, LatinUnit(leading, language)!) is { } latinBody)
            {
                // "afirmou a Legião num vídeo", "a declarat Legiunea": a unit noun that opens a unit's name in its language stands
                // for the body of that unit named before, not for the list's first or the subject read last (it had been the Corps).
                // So does one that ends it ("teatas leegion" after "Vabaduse Venemaa leegion"; "aldus het legioen"): not the governor
                // named after the unit.
                return latinBody;
            }

            if (!HasTitle(phrase) && CapitalisedUnit(phrase, leading) is { } unitName)
            {
                // "the Legion said", "a Legion fighter told Reuters" with no body of that unit named before: the unit, as the
                // article names it (it had been the governor named last, or another unit).
                return unitName;
            }
        }

        if (AnyIn(description, GroupNouns))
        {
            if (SpokesmanBody(phrase, bodies, at, GroupNounAt, MaxTitleAt) is { } ofBody)
            {
                // "— написали бойцы РДК": the fighters of the body named right after them.
                return ofBody;
            }

            if (!NamesAMember(phrase, bodies()) && BodySince(bodies(), at, -1) is { } fighters)
            {
                // "the groups said in a joint statement", "the fighters wrote on Telegram", "у спільній заяві підрозділів": the
                // armed groups named before, under the first of their list; not the person named last (it had been the governor
                // who reported the attack). A title in the phrase is a member's ("un porte-parole du Corps des volontaires russes").
                return fighters;
            }
        }

        if (language == "en" && Tokenizer.NormalizeWord(phrase) == "it" && ThingBefore(text, at, language, bodies()) is { } thing)
        {
            // "Russia's defence ministry said the attack was repelled. “…,” it said": "it" is a body or an institution, never a person.
            return thing;
        }

        if (description.Count == 0 || (StartsWithPronoun(phrase) && !SpeakerSubjects.ArticleNotPronoun(phrase, language)))
        {
            // "they added" after "The Freedom of Russia Legion crossed the border": a plural pronoun takes the body named since the
            // last speaker named as a subject.
            if (IsPluralPronoun(phrase, language))
            {
                int subject = NearestSubjectIndex(mentions, before);
                if (BodySince(bodies(), at, subject >= 0 ? mentions[subject].At : -1) is { } group)
                {
                    return group;
                }

                // "The Legion, the Corps and the Battalion said … . "…," they wrote": the subject read last is a body that ends a
                // list ("het Russisch Vrijwilligerskorps en het Siberisch Bataljon zeggen", the segment after the last comma);
                // "they" are the whole list, reported under its first body (they had taken the Corps).
                if (subject >= 0 && ListLead(bodies(), mentions[subject].Name, mentions[subject].At + 1) is { } lead)
                {
                    return lead;
                }

                if (subject >= 0 && AcronymListHead(text, mentions[subject]) is { } head)
                {
                    // "Fighters of the LSR and the RDK posted a video. "…," they said": the list's first acronym (it had been the last).
                    return head;
                }
            }

            // "he said": the nearest name standing as a subject, not one named as an object just before ("spoke with Putin"); in
            // its sentence, the name that opens it ("X criticised Y. He added: …" is X's).
            // A pronoun opening the quote's sentence is none of the names after it there ("He had promised Governor X that …").
            int own = SpeakerSubjects.OpensWithPronoun(text, at, out int pronounSentence) ? pronounSentence : at;
            bool person = IsPersonPronoun(phrase, language);
            for (int k = Math.Min(before, LowerBound(mentions, own) - 1); k >= 0; k--)
            {
                if (!mentions[k].Object && !(person && IsPlaceName(mentions[k].Name)))
                {
                    if (SpeakerDescriptions.Subject(text, at, paragraphStart, out int described) is { } office && mentions[k].At > described
                        && SpeakerOffices.Pick(office, holders(), mentions, before, strict: true) is { } officeHolder)
                    {
                        // "The Kremlin leader mentioned Alexei Navalny by name. "…," he said": the office that opens the sentence is
                        // its subject, not the name after its verb.
                        return officeHolder;
                    }

                    // "Petrenko said … . Bij zijn bezoek noemde Marek Volkov … . "…", zei hij": a full name that opens a sentence
                    // after the speaker named before is the newer subject.
                    return SpeakerSubjects.NewerSubject(text, plain, mentions[k].At, own)
                        ?? SpeakerSubjects.Pronoun(text, mentions, k, own) ?? mentions[k].Name;
                }
            }

            // No speaker named before: the nearest person named as a subject before ("Władimir Putin wygłosił oświadczenie. … – oznajmił").
            return NearestSubject(plain, at, 0) ?? fallback;
        }

        if (SpokesmanBody(phrase, bodies, at, PressServices.End, MaxPressServiceAt) is { } served)
        {
            // "— сообщили в пресс-службе РДК", "the press service of the Legion": the body the press service speaks for, not the
            // person named last (it had been the governor named in the paragraph before).
            return served;
        }

        // "o chefe do Grupo Wagner" with no one to be its head: not the group named in the phrase either.
        if (!headOfGroup && (NamedIn(mentions, phrase, before) ?? NamedIn(plain, phrase, LowerBound(plain, at) - 1)) is { } inPhrase)
        {
            // "A male voice resembling that of Prigozhin can be heard saying": a description that names a speaker of the article.
            // "het Russische ministerie van Buitenlandse Zaken": the ministry, not the words of it named elsewhere.
            // "the spokesman for Petrenko" after "Petrenko spokesman Ivan Sidorenko": the spokesman, not the one he speaks for.
            return (SpeakerOffices.SpokesmanTitleBefore(phrase, inPhrase) ? SpeakerOffices.SpokesmanOf(inPhrase, holders(), mentions, before)
                    ?? SpeakerInstitutions.HeadSpokesman(inPhrase) : null)
                ?? SpeakerInstitutions.Whole(phrase, inPhrase, language);
        }

        if (SpeakerOffices.Pick(phrase, holders(), mentions, before) is { } holder)
        {
            // "the Turkish leader", "le chef de l'Etat turc", "il presidente turco": the person named with that office (and qualifier).
            return holder;
        }

        if (SpeakerInstitutions.Name(phrase, language) is { } institution)
        {
            // "the Russian defence ministry said": an unnamed institutional source is the institution (SpeakerInstitutions).
            return institution;
        }

        if (SpeakerInstitutions.Earlier(text, phrase, at, language) is { } earlier)
        {
            // "“…,” the ministry said" after "Russia's defence ministry said …": the institution named with that head just before.
            return earlier;
        }

        if (SpeakerInstitutions.Body(phrase) is { } institutionBody)
        {
            // "the Kremlin said": the person named with it ("Kremlin spokesman Dmitry Peskov"), else the institution itself.
            // An unnamed spokesman of an institution whose spokesman is a matter of record ("le porte-parole du Kremlin") is him.
            return SpeakerInstitutions.Member(phrase, mentions, before) ?? SpeakerInstitutions.TitledMember(text, phrase, plain)
                ?? SpeakerInstitutions.KnownSpokesman(institutionBody) ?? institutionBody;
        }

        // The titled person named as a subject first ("der Präsident von Belarus, Alexander Lukaschenko, habe"), then as an object.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int k = before; k >= 0; k--)
            {
                if (pass == 0 && mentions[k].Object)
                {
                    continue;
                }

                if (Describes(description, LowerCase(mentions[k].Phrase), LowerCase(mentions[k].Name)))
                {
                    return mentions[k].Name;
                }
            }
        }

        // "el Pontífice" after "el papa Francisco", "the Russian president" after "Президент Владимир Путин": one office in other words.
        var offices = description.Select(TitleClasses.Of).Where(c => c is not null).ToList();
        if (offices.Count > 0)
        {
            // "Der Präsident erklärte" after "des russischen Präsidenten Wladimir Putin" (an object) and "der Präsident von Belarus,
            // Alexander Lukaschenko": the office holder named as a subject, else any.
            string? after = OfficeHolder(mentions, before, offices, subjectsOnly: true) ?? OfficeHolder(mentions, before, offices, subjectsOnly: false);
            if (after is not null)
            {
                return after;
            }
        }

        if (SpokesmanBody(phrase, bodies, at, SpokesmanTitleAt, MaxTitleAt) is { } spokenFor)
        {
            // "A spokesman for the Russian Volunteer Corps said", "— сказал представитель РДК": no one of the body is named with
            // that title, so the body speaks through its spokesman; never the first of a list of bodies named before.
            return spokenFor;
        }

        // "the statement", "the group": the named source just before, in this paragraph or the one before it.
        bool source = AnyIn(description, SourceNouns);
        for (int k = before; k >= 0 && mentions[k].At >= previousParagraphStart; k--)
        {
            if (!mentions[k].Object && !(offices.Count > 0 && !source && OtherOffice(mentions[k].Name)))
            {
                if (source && BodySince(bodies(), at, mentions[k].At) is { } issuer)
                {
                    // "Peskow sagte: „…“ ¶ … die Erklärung einer »Legion Freies Russland«. In der Telegram-Nachricht heißt es": the
                    // body named after the person is the message's issuer (it had been the person).
                    return issuer;
                }

                // A body that ends a list of bodies ("..., and the Siberian Battalion, issued a statement"): the list's first.
                // An office no one was named with ("Vladimir Putin named Alexei Navalny … “…,” the president said") is the subject
                // that opens the sentence of the nearest name, not that name (it had been Navalny).
                return (source ? ListLead(bodies(), mentions[k].Name, at) ?? BodyAt(bodies(), mentions[k]) : null)
                    ?? (offices.Count > 0 ? SpeakerSubjects.OpenerBefore(text, mentions, k) : null) ?? mentions[k].Name;
            }
        }

        if (source && BodySince(bodies(), at, -1) is { } body)
        {
            // "The group, made up of ... the Freedom of Russia Legion, the Russian Volunteer Corps, and the Siberian Battalion,
            // issued a statement" ... "the statement said": the body named shortly before, the first of a list of bodies.
            return body;
        }

        var last = before >= 0 && mentions[before].At >= previousParagraphStart ? nearest : main ?? fallback;

        // "aldus de gouverneur" where no governor is named: not the article's president ("de Amerikaanse president Biden"),
        // whom the article names with another office; the speaker stays unnamed.
        return offices.Count > 0 && last is not null && OtherOffice(last) ? null : last;

        // Named in the article with an office and never with one of the description's.
        bool OtherOffice(string name) =>
            mentions.Exists(m => m.Name == name && TitleClasses.HoldsOther(m.Phrase, offices))
            && !mentions.Exists(m => m.Name == name && TitleClasses.Holds(m.Phrase, offices));
    }

    /// <summary>
    /// True when <paramref name="phrase"/> is a spokesman's title with no name in it ("пресс-секретарь", "o porta-voz do presidente
    /// russo", "the spokesman"): the words hold a spokesman's title (not a representative's) and no capitalised word after the first.
    /// </summary>
    private static bool BareSpokesman(string phrase)
    {
        var words = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        bool title = false;
        for (int w = 0; w < words.Length; w++)
        {
            var norm = Tokenizer.NormalizeWord(words[w]);
            title |= TitleClasses.Of(norm) == TitleClasses.Spokesman && !SpeakerInstitutions.IsRepresentative(norm);
            if (w > 0 && char.IsUpper(words[w][0]))
            {
                return false;
            }
        }

        return title;
    }

    /// <summary>
    /// The person named last at or before <paramref name="before"/> whom the article never names with an office other than
    /// <paramref name="offices"/>; null when there is none.
    /// </summary>
    private static string? NamedWithoutOtherOffice(List<Mention> mentions, int before, List<int?> offices)
    {
        for (int k = before; k >= 0; k--)
        {
            var name = mentions[k].Name;
            if (!mentions.Exists(m => m.Name == name && TitleClasses.HoldsOther(m.Phrase, offices)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "в «Свободе России»" (a phrase that ends with a name in quote marks after "в" or "у"): the unit of <paramref name="text"/>
    /// named with its noun whose quoted name that is, in another case (<see cref="UnitNames.ByQuotedName"/>); else null.
    /// </summary>
    private static string? QuotedUnit(string? phrase, string text)
    {
        int open = phrase is null ? -1 : phrase.IndexOfAny(CharSets.Openers);
        if (open < 2 || phrase![open - 1] != ' ' || !(phrase[open - 2] is 'в' or 'у' or 'В' or 'У' or 'о'))
        {
            return null;
        }

        return UnitNames.ByQuotedName(UnitNames.All(text), phrase[open..]);
    }

    /// <summary>
    /// Nouns for armed groups and their members, and the adjective of a joint statement ("the groups", "the fighters",
    /// "les combattants", "die Freiwilligen", "de milities", "os paramilitares", "luptătorii", "võitlejad", "у спільній заяві
    /// підрозділів"): they refer to the bodies named before, never to a person. ("The joint statement" is a message: the
    /// source-noun rule finds its issuer, the first of a list named as the object of "published by".)
    /// </summary>
    private static readonly HashSet<string> GroupNouns = new(
        new[]
        {
            "groups", "fighters", "militias", "militiamen", "volunteers", "paramilitaries", "partisans", "combatants", "insurgents", "units",
            "groupes", "combattants", "volontaires", "paramilitaires", "partisans", "milices",
            "gruppen", "kämpfer", "freiwilligen", "milizen", "partisanen", "einheiten",
            "groepen", "strijders", "milities", "vrijwilligers", "partizanen", "eenheden",
            "grupos", "combatentes", "combatientes", "voluntários", "voluntarios", "paramilitares", "milícias", "milicias", "guerrilheiros",
            "gruppi", "combattenti", "volontari", "paramilitari", "milizie",
            "grupările", "grupurile", "luptătorii", "luptatorii", "voluntarii", "paramilitarii", "miliții",
            "grupy", "bojownicy", "ochotnicy", "partyzanci", "oddziały",
            "rühmitused", "võitlejad", "vabatahtlikud", "üksused",
            "группы", "бойцы", "добровольцы", "боевики", "подразделения", "подразделений", "формирования",
            "групи", "бійці", "добровольці", "бойовики", "підрозділи", "підрозділів", "формування",
            "المقاتلون", "المقاتلين", "المتطوعون", "الفصائل", "المجموعات",
        }.Select(Tokenizer.NormalizeWord),
        StringComparer.Ordinal);

    /// <summary>
    /// The English unit noun of a Latin-script unit noun (<see cref="UnitNames.EnglishUnit"/>), Estonian cases included
    /// ("korpuse sõnul", "leegioni esindaja": the corps', the legion's); null for any other word.
    /// </summary>
    private static string? LatinUnit(string norm, string language) =>
        UnitNames.EnglishUnit(norm) ?? (language == "et" && EstonianUnit(norm) is { } estonian ? UnitNames.EnglishUnit(estonian) : null);

    /// <summary>The word of <paramref name="phrase"/> whose comparison form is <paramref name="unit"/>, when it is capitalised ("the Legion"); else null.</summary>
    private static string? CapitalisedUnit(string phrase, string unit)
    {
        foreach (var word in phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim(CharSets.WordEdges);
            if (trimmed.Length > 0 && char.IsUpper(trimmed[0]) && Tokenizer.NormalizeWord(trimmed) == unit)
            {
                return trimmed;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> holds a title ("un porte-parole du Corps des volontaires russes"), an acronym ("бойцы
    /// РДК") or the name of one of <paramref name="bodies"/>: it describes a member or names the body itself, which the other
    /// rules read.
    /// </summary>
    private static bool NamesAMember(string phrase, List<Mention> bodies) =>
        HasTitle(phrase) || phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries).Any(w => w.Trim(CharSets.CommaPeriod).Length >= 2 && w.Trim(CharSets.CommaPeriod).All(char.IsUpper))
        || bodies.Exists(b => phrase.Contains(b.Name, StringComparison.Ordinal));

    /// <summary>True when a word of <paramref name="phrase"/> is a person's title (<see cref="TitleClasses"/>: "spokesman", "porte-parole").</summary>
    private static bool HasTitle(string phrase) =>
        phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries).Any(w => TitleClasses.Of(Tokenizer.NormalizeWord(w.Trim(CharSets.CommaPeriod))) is not null);

    /// <summary>
    /// The body (<paramref name="bodies"/>) or the institution (<see cref="SpeakerInstitutions.Nearest"/>) named nearest before
    /// <paramref name="at"/>, within the institution's reach; null when neither is.
    /// </summary>
    private static string? ThingBefore(string text, int at, string language, List<Mention> bodies)
    {
        var institution = SpeakerInstitutions.Nearest(text, at, language);
        int k = LowerBound(bodies, at) - 1;
        bool body = k >= 0 && at - bodies[k].At <= SpeakerInstitutions.PronounReach;
        return body && (institution is null || bodies[k].At > institution.Value.At) ? ListStart(bodies, k) : institution?.Name;
    }

    /// <summary>The last index a spokesman's title or a noun of fighters may stand at in a phrase ("a spokesman for").</summary>
    private const int MaxTitleAt = 2;

    /// <summary>The last index a press service may end at ("la oficina de prensa del …").</summary>
    private const int MaxPressServiceAt = 4;

    /// <summary>The index of a spokesman's title in <paramref name="words"/>, or -1.</summary>
    private static int SpokesmanTitleAt(string[] words) =>
        Array.FindIndex(words, w => TitleClasses.Of(Tokenizer.NormalizeWord(w)) == TitleClasses.Spokesman);

    /// <summary>The index of a noun of fighters (<see cref="GroupNouns"/>) in <paramref name="words"/>, or -1.</summary>
    private static int GroupNounAt(string[] words) => Array.FindIndex(words, w => GroupNouns.Contains(Tokenizer.NormalizeWord(w)));

    /// <summary>
    /// The body an unnamed spokesman speaks for when <paramref name="phrase"/> names it after the title ("A spokesman for the
    /// Russian Volunteer Corps", "un porte-parole du Corps des volontaires russes", "представитель РДК"): the longest body
    /// of the article's bodies (<paramref name="bodiesOf"/>, read only when the phrase holds the title) named within <see cref="BodyReach"/> before <paramref name="at"/> whose name the words
    /// after the title hold, else an acronym of two capitals or more there (the corpus joins it to the body it stands for).
    /// Null when no title (<paramref name="titleAt"/>: the index of its last word, -1 for none) stands among the phrase's
    /// first <paramref name="maxTitleAt"/> + 1 words, or a capitalised word after the body names a person. The title is a
    /// spokesman's (<see cref="SpokesmanTitleAt"/>), a press service (<see cref="PressServices.End"/>: "в пресс-службе РДК",
    /// "the press service of the Legion") or a noun of fighters (<see cref="GroupNounAt"/>: "бойцы РДК").
    /// </summary>
    private static string? SpokesmanBody(string phrase, Func<List<Mention>> bodiesOf, int at, Func<string[], int> titleAt, int maxTitleAt)
    {
        var words = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        int title = titleAt(words);
        if (title < 0 || title > maxTitleAt || title == words.Length - 1)
        {
            return null;
        }

        // The article's bodies are read only now: most phrases hold no spokesman's title, and reading them costs a pass over the article.
        var bodies = bodiesOf();
        int restAt = phrase.IndexOf(words[title], StringComparison.Ordinal) + words[title].Length;
        var rest = phrase[restAt..];
        string? best = null;
        int bestEnd = -1;
        for (int k = LowerBound(bodies, at) - 1; k >= 0 && at - bodies[k].At <= BodyReach; k--)
        {
            int found = rest.IndexOf(bodies[k].Name, StringComparison.Ordinal);
            if (found >= 0 && (best is null || bodies[k].Name.Length > best.Length))
            {
                best = bodies[k].Name;
                bestEnd = found + best.Length;
            }
        }

        if (best is not null)
        {
            // "a spokesman for the Legion, Ivan Petrov": the person named after the body speaks, whom the name rules read.
            return rest[bestEnd..].Any(char.IsUpper) ? null : best;
        }

        var after = rest.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (after.Length is 0 or > 3)
        {
            return null;
        }

        var last = after[^1].Trim(CharSets.WordEdges);
        return last.Length >= 2 && last.All(char.IsUpper) && after.Take(after.Length - 1).All(w => !w.Any(char.IsUpper)) ? last : null;
    }

    /// <summary>Most characters a colon lead-in's sentence is looked back through.</summary>
    private const int LeadInReach = 300;

    /// <summary>Most words (articles) before a body that opens its sentence (<see cref="OpeningBody"/>).</summary>
    private const int MaxWordsBeforeBody = 2;

    /// <summary>Most characters from the quote to the end of its sentence, and from there to the name, that <see cref="ReportedNext"/> reads.</summary>
    private const int ReportedNextReach = 300;

    /// <summary>
    /// The openers of a sentence that reports the one before it: "Об этом заявил …", "Про це повідомив …", and the same in the
    /// passive of Western languages ("Ciò è stato riportato dal portavoce …", "This was stated by …", "Cela a été annoncé par …").
    /// </summary>
    private static readonly string[] ReportedOpeners =
    [
        "Об этом ", "О том ", "Про це ", "Об этом, ", "Про це, ",
        "Ciò è stato ", "Ciò è quanto ", "Lo ha riferito ", "Lo ha dichiarato ", "Lo ha detto ", "Lo ha annunciato ",
        "This was stated by ", "This was said by ", "This was reported by ", "This was announced by ", "This statement was made by ",
        "Cela a été ", "C'est ce qu'a ", "C’est ce qu’a ", "Isso foi ", "Isto foi ", "Esto fue ", "Así lo ", "Das sagte ", "Dies sagte ",
        "Dit zei ", "Dat zei ", "Acest lucru a fost ",
    ];

    /// <summary>
    /// The start of the sentence after the one that holds the quote at <paramref name="at"/>, when it opens with one of
    /// <see cref="ReportedOpeners"/>: that sentence names who said the quote's sentence. Null otherwise, or when the quote's sentence
    /// runs past <see cref="ReportedNextReach"/> characters or its paragraph.
    /// </summary>
    private static int? ReportedNext(string text, int at)
    {
        int limit = Math.Min(text.Length - 2, at + ReportedNextReach);
        for (int i = at; i < limit; i++)
        {
            if (text[i] == '\n')
            {
                return null;
            }

            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ')
            {
                int start = i + 2;
                foreach (var opener in ReportedOpeners)
                {
                    if (string.CompareOrdinal(text, start, opener, 0, opener.Length) == 0)
                    {
                        return start;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The body of <paramref name="bodies"/> that opens the sentence starting at <paramref name="sentenceStart"/> (only articles
    /// before it: "Het Vrijheid voor Rusland Legioen", "La Légion"), before <paramref name="at"/>; or null.
    /// </summary>
    private static Mention? OpeningBody(List<Mention> bodies, string text, int sentenceStart, int at)
    {
        foreach (var body in bodies)
        {
            if (body.At < sentenceStart || body.At >= at || body.Object)
            {
                continue;
            }

            // The mark that opens a name in quote marks is no word ("«Русский добровольческий корпус» предложил").
            var before = text[sentenceStart..body.At].Split(CharSets.SpacesOpeners, StringSplitOptions.RemoveEmptyEntries);
            return before.Length <= MaxWordsBeforeBody && before.All(w => SpeakerNames.IsArticle(Tokenizer.NormalizeWord(w))) ? body : null;
        }

        return null;
    }

    /// <summary>True when a word of the body <paramref name="name"/> is a unit noun in any case ("Corps", "Legion", "корпус", "легиону").</summary>
    private static bool IsUnitBody(string name) =>
        name.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries).Any(w => Tokenizer.NormalizeWord(w) is { Length: > 0 } norm && (UnitNames.IsUnitNoun(norm) || UnitNames.UnitStem(norm) is not null));

    /// <summary>Most words of a fronted adverbial ("Jeudi 2 mars,", "Later,") before the body that opens a quote's sentence.</summary>
    private const int MaxAdverbialWords = 4;

    /// <summary>
    /// The body that opens the sentence of the quote at <paramref name="at"/> (from <paramref name="sentenceStart"/>) as its subject,
    /// after at most a short fronted adverbial that ends in a comma and names no one ("Jeudi 2 mars, le "Corps Bénévole Russe", …, a
    /// revendiqué des attaques … pour "libérer la Russie""); null otherwise.
    /// </summary>
    private static Mention? OwnSentenceBody(List<Mention> bodies, string text, int sentenceStart, int at, List<Mention> mentions, List<Mention> plain)
    {
        if (OpeningBody(bodies, text, sentenceStart, at) is { } opening)
        {
            return opening;
        }

        int comma = text.IndexOf(',', sentenceStart, Math.Max(0, at - sentenceStart));
        if (comma < 0 || text[sentenceStart..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxAdverbialWords
            || mentions.Exists(m => m.At >= sentenceStart && m.At < comma) || plain.Exists(m => m.At >= sentenceStart && m.At < comma))
        {
            return null;
        }

        return OpeningBody(bodies, text, comma + 1, at);
    }

    /// <summary>
    /// The start of the sentence that ends with a colon right before the quote at <paramref name="at"/> ("X accused Y: «…»"),
    /// within its paragraph; null when no colon leads into the quote.
    /// </summary>
    private static int? ColonLeadIn(string text, int at, int paragraphStart)
    {
        int k = at - 1;
        while (k > paragraphStart && k >= at - 3 && text[k] == ' ')
        {
            k--;
        }

        if (k <= paragraphStart || text[k] != ':')
        {
            return null;
        }

        int limit = Math.Max(paragraphStart, at - LeadInReach);
        for (int j = k - 1; j > limit; j--)
        {
            if (text[j] == ' ' && text[j - 1] is '.' or '!' or '?')
            {
                return j + 1;
            }
        }

        return limit;
    }

    /// <summary>Most characters between a quote's end and the end of its headline line read by <see cref="TrailingSpeaker"/>.</summary>
    private const int TrailingReach = 120;

    /// <summary>Most words of the name after a headline's last colon.</summary>
    private const int TrailingWords = 3;

    /// <summary>
    /// The speaker a headline line credits after its last colon ("«Habrá problemas» con Finlandia tras ingreso a OTAN: Putin"):
    /// the line runs from the quote's end to a line break (or the text's end) within <see cref="TrailingReach"/> characters, holds
    /// no end of sentence, and ends in a colon and one to <see cref="TrailingWords"/> capitalised words that make a known name.
    /// </summary>
    private static string? TrailingSpeaker(string text, int end, string language)
    {
        int stop = end;
        while (stop < text.Length && text[stop] != '\n' && stop - end <= TrailingReach)
        {
            if (text[stop] is '.' or '!' or '?')
            {
                return null;
            }

            stop++;
        }

        if (stop - end > TrailingReach)
        {
            return null;
        }

        int colon = text.LastIndexOf(':', stop - 1, stop - end);
        if (colon < 0)
        {
            return null;
        }

        var name = text[(colon + 1)..stop].Trim();
        var words = name.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= TrailingWords && words.All(w => char.IsUpper(w[0])) ? SpeakerNames.Canonical(name, language) : null;
    }

    /// <summary>Most characters between a quote and the reply after it read as one exchange.</summary>
    private const int ReplyReach = 200;

    /// <summary>Verbs of answering: their speaker is not the one whose question came just before.</summary>
    private static readonly HashSet<string> ReplyVerbs = new(
        ["antwortete", "geantwortet", "replied", "answered", "responded", "respondió", "respondeu", "répondu", "risposto", "ответил", "ответила",
            "відповів", "відповіла", "odpowiedział", "odpowiedziała", "antwoordde", "răspuns"],
        StringComparer.Ordinal);

    /// <summary>True when the cue's last word is a verb of answering ("habe er geantwortet", "a répondu").</summary>
    private static bool IsReply(string? cue)
    {
        if (cue is null)
        {
            return false;
        }

        int space = cue.LastIndexOf(' ');
        return ReplyVerbs.Contains(Tokenizer.NormalizeWord(space < 0 ? cue : cue[(space + 1)..]));
    }

    /// <summary>A phrase of at most three words, one a pronoun ("er", "habe er", "he"), none capitalised but the first.</summary>
    private static bool IsPronounPhrase(string phrase)
    {
        var words = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && words.Skip(1).All(w => !char.IsUpper(w[0]))
            && words.Any(w => AttributionCues.Pronouns.Contains(Tokenizer.NormalizeWord(w)));
    }

    /// <summary>The nearest subject named before <paramref name="at"/> that is not <paramref name="name"/> (by name key), or null.</summary>
    private static string? OtherSubject(List<Mention> mentions, int at, string name)
    {
        var key = SpeakerNames.Key(name);
        for (int k = LowerBound(mentions, at) - 1; k >= 0; k--)
        {
            if (!mentions[k].Object && !SpeakerNames.SameKey(SpeakerNames.Key(mentions[k].Name), key))
            {
                return mentions[k].Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The last of <paramref name="mentions"/> up to index <paramref name="before"/> whose title holds one of <paramref name="offices"/>,
    /// else the first after it; with <paramref name="subjectsOnly"/> objects ("des russischen Präsidenten Putin") are passed over. Or null.
    /// </summary>
    private static string? OfficeHolder(List<Mention> mentions, int before, List<int?> offices, bool subjectsOnly)
    {
        string? after = null;
        for (int k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Phrase != mentions[k].Name && !(subjectsOnly && mentions[k].Object) && TitleClasses.Holds(mentions[k].Phrase, offices))
            {
                if (k <= before)
                {
                    after = mentions[k].Name;
                }
                else
                {
                    after ??= mentions[k].Name;
                    break;
                }
            }
        }

        return after;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> holds only adverbs in "-mente" or "-ment" ("ameaça diretamente, visivelmente irado"
    /// reads "diretamente"): the verb's subject is dropped, as with no phrase.
    /// </summary>
    private static bool AdverbsOnly(string? phrase) =>
        phrase is not null && phrase != Implied && phrase.Split(CharSets.SpaceComma, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(w => char.IsLower(w[0]) && w.Length > 7 && (w.EndsWith("mente", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal)));

    /// <summary>
    /// The speaker among <paramref name="mentions"/> whose last name is a capitalised word of the description <paramref name="phrase"/>
    /// (not its first word, which a sentence capitalises): the nearest at or before index <paramref name="before"/>, else the first after; or null.
    /// </summary>
    private static string? NamedIn(List<Mention> mentions, string phrase, int before)
    {
        string? found = null;
        bool afterArticle = false;
        bool afterAbout = false;
        bool afterOfNation = false;
        string previous = "";
        var words = phrase.Split(CharSets.SpacesCommas, StringSplitOptions.RemoveEmptyEntries);
        bool opensWithArticle = words.Length > 2 && AttributionCues.Determiners.Contains(TokenStrings.Word(words[0].AsSpan().Trim(NamedInTrim)).Norm);
        for (int w = 1; w < words.Length; w++)
        {
            if (opensWithArticle && w + 1 < words.Length && QualifierRun(words, w))
            {
                // "The United States president said": the capitalised words between the article and a lower-case title qualify
                // the title (its country or body); they name no one the phrase describes (it had been the speaker "United States").
                continue;
            }

            // The word and its comparison form from the thread's table of words (no copy of a word read before).
            var (word, norm) = TokenStrings.Word(words[w].AsSpan().Trim(NamedInTrim));
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                afterArticle = AttributionCues.Determiners.Contains(norm);
                afterAbout = AboutWords.Contains(norm);
                afterOfNation = OfWords.Contains(norm) && SpeakerNames.IsNationalAdjective(previous);
                previous = norm;
                continue;
            }

            previous = norm;
            if (afterAbout || afterOfNation)
            {
                // "iar despre Prigojin spune", "dijo sobre Prigozhin": the one spoken about is not the speaker.
                // "ha detto il presidente russo di Biden": an office with its nation is a person of its own; the name after
                // "of" is the one he spoke of.
                afterAbout = false;
                afterOfNation = afterOfNation && w + 1 < words.Length && char.IsUpper(words[w + 1][0]);
                continue;
            }

            if (word.Length < 3 || afterArticle || SpeakerNames.IsTitle(norm))
            {
                // "le locataire de la Maison Blanche": a name after an article is a place or a body, not the person described.
                continue;
            }

            if (SpeakerNames.IsNationalAdjective(norm))
            {
                // "The Russian military": a nationality describes; it names none of the article's speakers ("Insurgents of Russian").
                continue;
            }

            var key = SpeakerNames.Key(word);
            int best = -1;
            for (int k = 0; k < mentions.Count; k++)
            {
                if (SpeakerNames.SameKey(SpeakerNames.Key(mentions[k].Name), key) && (best < 0 || k <= before))
                {
                    best = k;
                }
            }

            if (best >= 0)
            {
                found = mentions[best].Name;
            }
        }

        return found;
    }

    /// <summary>
    /// True when the phrase's words from the second on are capitalised up to past <paramref name="from"/> and the first lower-case
    /// word after them is a title ("The United States president", "the Freedonia Republic president"): the capitalised words
    /// qualify the title. Measured: putin-mobilization speakers 372 -> 374, same 115/161 -> 117/163; nothing else moves.
    /// </summary>
    private static bool QualifierRun(string[] words, int from)
    {
        for (int k = 1; k < words.Length; k++)
        {
            var (word, norm) = TokenStrings.Word(words[k].AsSpan().Trim(NamedInTrim));
            if (word.Length == 0)
            {
                return false;
            }

            if (!char.IsUpper(word[0]))
            {
                return k > from && SpeakerNames.IsTitle(norm);
            }
        }

        return false;
    }

    /// <summary>The quote marks, brackets, stops and apostrophes trimmed off a phrase's words (<see cref="NamedIn"/>).</summary>
    private static readonly char[] NamedInTrim = ['.', '"', '“', '”', '«', '»', '(', ')', '\'', '’'];

    /// <summary>"Of" before a possessor ("il presidente russo di Biden", "le président russe de Biden").</summary>
    private static readonly HashSet<string> OfWords = new(["of", "di", "de", "du", "do", "da", "del", "von"], StringComparer.Ordinal);

    /// <summary>"About": the name after it is the one spoken about ("despre Prigojin", "sobre Prigozhin", "über Putin").</summary>
    private static readonly HashSet<string> AboutWords = new(["about", "sobre", "despre", "über", "sur", "su", "over", "про", "об", "о", "عن", "وعن"], StringComparer.Ordinal);

    /// <summary>True when the name at <paramref name="from"/> is followed by nothing but a colon before the quote at <paramref name="to"/> ("словах Трампа: «…»").</summary>
    private static bool LeadsIn(string text, int from, int to)
    {
        int i = from;
        while (i < to && (char.IsLetter(text[i]) || text[i] == '-' || TextChars.IsApostrophe(text[i])))
        {
            i++;
        }

        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= to || text[i] != ':')
        {
            return false;
        }

        for (i++; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last of <paramref name="names"/> (sorted by offset) before <paramref name="at"/> and from <paramref name="from"/> on that is no object, or null.</summary>
    private static string? NearestSubject(List<Mention> names, int at, int from)
    {
        for (int k = LowerBound(names, at) - 1; k >= 0 && names[k].At >= from; k--)
        {
            if (!names[k].Object)
            {
                return names[k].Name;
            }
        }

        return null;
    }

    /// <summary>The nearest mention before <paramref name="at"/> that is no object, of <paramref name="a"/> and <paramref name="b"/> (each sorted by offset), or null.</summary>
    private static string? NearerSubject(List<Mention> a, List<Mention> b, int at)
    {
        Mention? best = null;
        foreach (var list in (ReadOnlySpan<List<Mention>>)[a, b])
        {
            for (int k = LowerBound(list, at) - 1; k >= 0; k--)
            {
                if (!list[k].Object)
                {
                    if (best is not { } found || list[k].At > found.At)
                    {
                        best = list[k];
                    }

                    break;
                }
            }
        }

        return best?.Name;
    }

    /// <summary>The body named nearest before <paramref name="at"/> (within <see cref="BodyReach"/>) whose name holds the unit noun <paramref name="stem"/>.</summary>
    private static string? UnitBody(List<Mention> bodies, int at, string stem)
    {
        for (int k = LowerBound(bodies, at) - 1; k >= 0 && at - bodies[k].At <= BodyReach; k--)
        {
            if (LowerCase(bodies[k].Name).Contains(stem, StringComparison.Ordinal))
            {
                return bodies[k].Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The body named nearest before <paramref name="at"/> (within <see cref="BodyReach"/>) whose first or last word is a unit
    /// noun of the English unit <paramref name="english"/> ("Legião Liberdade da Rússia", "Vrijheid voor Rusland-legioen" for
    /// "legion"), or null.
    /// </summary>
    private static string? LatinUnitBody(List<Mention> bodies, int at, string english)
    {
        for (int k = LowerBound(bodies, at) - 1; k >= 0 && at - bodies[k].At <= BodyReach; k--)
        {
            var name = bodies[k].Name;
            int first = name.IndexOf(' ', StringComparison.Ordinal);
            int last = name.LastIndexOf(' ');
            if (first > 0 && (UnitNames.EnglishUnit(Tokenizer.NormalizeWord(name[..first])) == english
                || UnitNames.EnglishUnit(Tokenizer.NormalizeWord(name[(last + 1)..])) == english))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>How far before a message or body description ("the statement") a body's name may stand to be its source.</summary>
    private const int BodyReach = 1500;

    /// <summary>Body names within this many characters of one another form one list ("the Legion, the Corps, and the Battalion").</summary>
    private const int ListGap = 80;

    /// <summary>The index of the last of <paramref name="mentions"/> up to index <paramref name="before"/> that is no object, or -1.</summary>
    private static int NearestSubjectIndex(List<Mention> mentions, int before)
    {
        for (int k = before; k >= 0; k--)
        {
            if (!mentions[k].Object)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The body named nearest before <paramref name="at"/> (within <see cref="BodyReach"/>) and after <paramref name="since"/>
    /// (-1: any), the first of its list, which a joint statement is usually reported under; or null. A body named as a subject
    /// within reach comes before a nearer one named as a preposition's object.
    /// </summary>
    private static string? BodySince(List<Mention> bodies, int at, int since)
    {
        int k = LowerBound(bodies, at) - 1;
        if (k < 0 || at - bodies[k].At > BodyReach || bodies[k].At <= since)
        {
            return null;
        }

        // A body named as a preposition's object ("the joint statement, issued along with the Russian Volunteer Corps") is a
        // partner, not the issuer, when a body named as a subject stands within reach ("The Freedom of Russia Legion said").
        for (int j = k; j >= 0 && at - bodies[j].At <= BodyReach && bodies[j].At > since; j--)
        {
            if (!bodies[j].Object)
            {
                return ListStart(bodies, j);
            }
        }

        return ListStart(bodies, k);
    }

    /// <summary>
    /// The first body of the list of bodies that <paramref name="bodies"/>[<paramref name="k"/>] ends ("the Legion, the Corps, and
    /// the Battalion"). A body named as a preposition's or participle's object inside the run ("three groups opposed to the
    /// Kremlin, the Legion, the Corps and the Battalion") is no member: the list runs on past it, and its first member that is
    /// no object leads.
    /// </summary>
    private static string ListStart(List<Mention> bodies, int k)
    {
        int lead = k;
        while (k > 0 && bodies[k].At - bodies[k - 1].At <= ListGap)
        {
            k--;
            if (!bodies[k].Object)
            {
                lead = k;
            }
        }

        return bodies[bodies[lead].Object ? k : lead].Name;
    }

    /// <summary>Words that join the last two members of a list of bodies ("the Corps and the Battalion", "РДК и Сибирский батальон").</summary>
    private static readonly HashSet<string> ListConjunctions = new(
        ["and", "et", "und", "en", "e", "y", "и", "і", "й", "та", "și", "şi", "ja", "i"], StringComparer.Ordinal);

    /// <summary>
    /// True when a word of <paramref name="phrase"/> (cut at spaces) other than its first and its last is one of
    /// <see cref="ListConjunctions"/>; read in place for the phrase of every attributed quote (the words from the thread's table).
    /// </summary>
    private static bool HasInnerConjunction(string phrase)
    {
        var rest = phrase.AsSpan();
        int index = 0;
        ReadOnlySpan<char> previous = default;
        while (rest.Length > 0)
        {
            int cut = rest.IndexOfAny(' ', '\u00A0');
            var word = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            if (word.Length == 0)
            {
                continue;
            }

            // The word before this one is neither the first nor, now that another follows it, the last.
            if (index >= 2 && ListConjunctions.Contains(TokenStrings.Word(previous).Text))
            {
                return true;
            }

            previous = word;
            index++;
        }

        return false;
    }

    /// <summary>
    /// The first body of a list of bodies whose last segment, after the list's last comma, is <paramref name="phrase"/> ("The
    /// Legion, the Corps and the Battalion said: «…»" reads "the Corps and the Battalion"; "Vabaduse Venemaa leegion, Vene
    /// vabatahtlike korpus ja Siberi pataljon teatasid"): the phrase is written in the quote's paragraph before the quote, joins two
    /// names with a list conjunction, holds a body's name, and a comma right before it ends another body's name at most
    /// <see cref="ListGap"/> characters before, in the same sentence. Null otherwise, or when the list's first is in the phrase.
    /// A spokesman for a body of a list ("a spokesman for the Corps and the Battalion") is no list: the phrase must open with a
    /// body's name (an article before it aside) or hold the conjunction before its first body ends.
    /// </summary>
    private static string? ListTail(string text, string phrase, int at, int paragraphStart, Func<List<Mention>> bodiesOf)
    {
        if (phrase.Length < 3 || !HasInnerConjunction(phrase))
        {
            return null;
        }

        int p = at > paragraphStart ? text.LastIndexOf(phrase, at - 1, at - paragraphStart, StringComparison.Ordinal) : -1;
        if (p <= paragraphStart)
        {
            return null;
        }

        int c = p;
        while (c > paragraphStart && char.IsWhiteSpace(text[c - 1]))
        {
            c--;
        }

        if (c <= paragraphStart || text[c - 1] != ',')
        {
            return null;
        }

        var bodies = bodiesOf();
        int k = LowerBound(bodies, p);
        if (k <= 0 || k >= bodies.Count || bodies[k].At >= p + phrase.Length || bodies[k - 1].At >= c || p - bodies[k - 1].At > ListGap)
        {
            return null;
        }

        // The phrase opens with the body ("the Corps and …", "Vene vabatahtlike korpus ja …"), an article aside, or with a name
        // the body reading misses and the conjunction ("das Russische Freiwilligenkorps und das Sibirische Bataillon"): capitalised
        // words, articles and the conjunction only.
        var opening = text[p..bodies[k].At].Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        bool joined = opening.Any(ListConjunctions.Contains);
        if (!(opening.Length == 0 || (opening.Length == 1 && AttributionCues.Determiners.Contains(Tokenizer.NormalizeWord(opening[0])))
            || (joined && opening.All(w => char.IsUpper(w[0]) || ListConjunctions.Contains(w) || AttributionCues.Determiners.Contains(Tokenizer.NormalizeWord(w))))))
        {
            return null;
        }

        // One sentence: no full stop, semicolon or line break between the member before and the phrase.
        if (text.AsSpan(bodies[k - 1].At, c - bodies[k - 1].At).IndexOfAny(".;\n") >= 0)
        {
            return null;
        }

        var lead = ListStart(bodies, k);
        return phrase.Contains(lead, StringComparison.Ordinal) ? null : lead;
    }

    /// <summary>"they", "они", "вони", "ils", "elles" opening the phrase: a group speaks.</summary>
    /// <summary>
    /// The pronoun after a lower-case verb that opens <paramref name="phrase"/> in Dutch or German ("richtten ze zich tot de
    /// bevolking": "ze"), the verb-second order that puts the subject after its verb; else null.
    /// </summary>
    private static string? InvertedPronoun(string phrase, string language)
    {
        if (language is not ("nl" or "de"))
        {
            return null;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !char.IsLower(words[0][0]))
        {
            return null;
        }

        var first = Tokenizer.NormalizeWord(words[0]);
        var second = Tokenizer.NormalizeWord(words[1]);
        return AttributionCues.Pronouns.Contains(second) && !AttributionCues.Pronouns.Contains(first) && !AttributionCues.Determiners.Contains(first)
            && !StopWords.Contains(language, first) ? words[1] : null;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> opens with a pronoun that only a person can be: English "he" and "she", German
    /// "er", Dutch "hij" (a country or a capital is "it", "es", "het"; Dutch "zij" is also "they").
    /// </summary>
    private static bool IsPersonPronoun(string phrase, string language) =>
        FirstWord(phrase) switch
        {
            "he" or "she" => language == "en",
            "er" => language == "de",
            "hij" => language == "nl",
            _ => false,
        };

    /// <summary>The first word of <paramref name="phrase"/> in its comparison form.</summary>
    private static string FirstWord(string phrase)
    {
        int cut = phrase.IndexOf(' ', StringComparison.Ordinal);
        return Tokenizer.NormalizeWord(cut < 0 ? phrase : phrase[..cut]);
    }

    /// <summary>
    /// True when <paramref name="name"/> is a country or a capital that news prose makes a speaker ("Russia immediately blamed
    /// Ukraine", "Moscow claimed"): never what "he" refers to.
    /// </summary>
    private static bool IsPlaceName(string name) => PlaceNames.Contains(Tokenizer.NormalizeWord(name));

    private static readonly HashSet<string> PlaceNames = new(
        ["russia", "ukraine", "belarus", "moscow", "kyiv", "kiev", "minsk", "washington", "america", "france", "paris", "germany",
            "berlin", "turkey", "ankara", "israel", "china", "beijing", "iran", "tehran", "poland", "warsaw", "britain", "london",
            "russland", "moskau", "kiew", "weißrussland", "rusland", "oekraïne", "moskou", "wit-rusland"],
        StringComparer.Ordinal);

    private static bool IsPluralPronoun(string phrase, string language) =>
        FirstWord(phrase) switch
        {
            "they" or "они" or "вони" or "ils" or "elles" => true,

            // Dutch "ze" and "zij" ("“…”, schrijven ze op Telegram") are "they" and "she": a body named since the last subject
            // (BodySince) is what "they" refers to; the Portuguese "eles", "elas" and the Estonian "nad" are plural only.
            "ze" or "zij" => language == "nl",
            "eles" or "elas" => language == "pt",
            "nad" => language == "et",
            _ => false,
        };

    /// <summary>
    /// The first body of the list whose member, named at most <see cref="ListGap"/> characters before <paramref name="mention"/>,
    /// opens with its name and runs on past it ("Vabaduse Venemaa" of "Vabaduse Venemaa leegion", whose unit noun Estonian writes
    /// in lower case), or whose head noun opens the mention ("Batalionul" of "Batalionul Siberian"); else null.
    /// </summary>
    private static string? BodyAt(List<Mention> bodies, Mention mention)
    {
        for (int k = LowerBound(bodies, mention.At + 1) - 1; k >= 0 && mention.At - bodies[k].At <= ListGap; k--)
        {
            if (bodies[k].Name.StartsWith(mention.Name + " ", StringComparison.Ordinal)
                || mention.Name.StartsWith(bodies[k].Name + " ", StringComparison.Ordinal))
            {
                return ListStart(bodies, k);
            }
        }

        return null;
    }

    /// <summary>
    /// The first acronym of a pair of acronyms that <paramref name="last"/> (an acronym) ends: "ЛСР и РДК", "the LSR and the RDK",
    /// "LSR et RDK"; null when no acronym and a conjunction stand right before it.
    /// </summary>
    private static string? AcronymListHead(string text, Mention last)
    {
        if (last.Name.Length < 2 || last.Name.Length > 6 || !last.Name.All(char.IsUpper) || last.At <= 0 || last.At >= text.Length)
        {
            return null;
        }

        // The mention's offset may be its phrase's or its cue's: the acronym is read where it stands last before its end.
        int end = Math.Min(text.Length, last.At + last.Name.Length);
        int at = text.LastIndexOf(last.Name, end - 1, Math.Min(end, 80), StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var words = text[Math.Max(0, at - 40)..at].Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        int w = words.Length - 1;
        if (w >= 0 && SpeakerNames.IsArticle(Tokenizer.NormalizeWord(words[w])))
        {
            w--;
        }

        if (w < 1 || !AcronymConjunctions.Contains(words[w]))
        {
            return null;
        }

        var first = words[w - 1].Trim(CharSets.CommaBracketsQuotes);
        return first.Length is >= 2 and <= 6 && first.All(char.IsUpper) ? first : null;
    }

    private static readonly HashSet<string> AcronymConjunctions = new(["and", "и", "і", "й", "та", "et", "und", "en", "e", "y", "și", "ja", "i", "oraz"], StringComparer.Ordinal);

    /// <summary>
    /// True for a person described by age ("the 71-year-old", "der 71-Jährige", "de 71-jarige", "71-летний", "71-річний",
    /// "71-aastane"), or the phrase the reader cut at the number ("year-old", "der 71").
    /// </summary>
    internal static bool AgeDescription(string phrase)
    {
        var words = phrase.Split(CharSets.Spaces, StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var norm = word.ToLowerInvariant();
            if (norm.EndsWith("year-old", StringComparison.Ordinal) || norm.Contains("jährig", StringComparison.Ordinal)
                || norm.Contains("jarige", StringComparison.Ordinal) || norm.Contains("aastane", StringComparison.Ordinal)
                || (norm.Length > 3 && char.IsDigit(norm[0]) && (norm.Contains("летн", StringComparison.Ordinal) || norm.Contains("річн", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return words.Length == 2 && SpeakerNames.IsArticle(Tokenizer.NormalizeWord(words[0])) && words[1].All(char.IsDigit);
    }

    /// <summary>The first body of the list that <paramref name="name"/> ends, when it is named as a body in a list before <paramref name="at"/>.</summary>
    private static string? ListLead(List<Mention> bodies, string name, int at)
    {
        for (int k = LowerBound(bodies, at) - 1; k >= 0 && at - bodies[k].At <= BodyReach; k--)
        {
            if (string.Equals(bodies[k].Name, name, StringComparison.Ordinal))
            {
                return ListStart(bodies, k);
            }
        }

        return null;
    }

    /// <summary>
    /// The names of organisations in <paramref name="text"/> outside <paramref name="quoted"/> text, in reading order: a
    /// capitalised body noun with the capitalised words before it, and "of"/"de" complements around it ("the Freedom of Russia
    /// Legion", "the Russian Volunteer Corps", "Ministry of Defence", "Russia's Defense Ministry").
    /// </summary>
    internal static List<Mention> BodyNames(string text, QuotedText quoted)
    {
        var words = BodyWords(text);

        // A capitalised article ("The Freedom of Russia Legion") opens the sentence; it is no part of the name.
        // A capitalised word that is never a name ("Nach Angaben des Russischen Freiwilligenkorps") opens no body's name either,
        // nor does a person's title German capitalises ("Ein Sprecher der Legion": the Legion, not "Sprecher der Legion").
        bool Capital(int w) => char.IsUpper(text[words[w].Start]) && Norm(w) is var norm
            && !AttributionCues.Determiners.Contains(norm) && !SpeakerNames.IsNeverName(norm) && !SpeakerNames.IsPersonTitle(norm);

        // A word's string and comparison form come from the thread's table of words (TokenStrings.Word): every capitalised word
        // of the article is read, some several times over, and news text repeats its words, so none is copied again.
        string Word(int w) => TokenStrings.Word(text.AsSpan(words[w].Start, words[w].End - words[w].Start)).Text;
        string Norm(int w) => TokenStrings.Word(text.AsSpan(words[w].Start, words[w].End - words[w].Start)).Norm;

        // Words of one name stand apart by spaces only: not by a line break, a comma or a quote mark.
        bool Joined(int a, int b) => text.AsSpan(words[a].End, words[b].Start - words[a].End) is var gap && gap.Length > 0 && !gap.ContainsAnyExcept(' ', '\u00A0');
        bool Connector(int w) => BodyConnectors.Contains(Word(w));
        var found = new List<Mention>();
        for (int w = 0; w < words.Count; w++)
        {
            if (!Capital(w) || quoted.Contains(words[w].Start) || !IsBodyNoun(Norm(w)))
            {
                continue;
            }

            int first = w;
            while (w - first < 5 && first > 0 && Joined(first - 1, first)
                && (Capital(first - 1) || (first > 1 && Connector(first - 1) && Capital(first - 2) && Joined(first - 2, first - 1))))
            {
                first -= Capital(first - 1) ? 1 : 2;
            }

            int last = w;
            while (last + 2 < words.Count && last - w < 4 && Connector(last + 1) && Capital(last + 2) && Joined(last, last + 1) && Joined(last + 1, last + 2))
            {
                last += 2;
            }

            if (last == w && last + 2 < words.Count && UnitNames.EnglishUnit(Norm(w)) is not null
                && Connector(last + 1) && Joined(last, last + 1) && Joined(last + 1, last + 2) && UnitNameWords.Contains(Norm(last + 2)))
            {
                // "le Corps des volontaires russes": its complement in lower case, and the adjectives after it.
                last += 2;
                while (last + 1 < words.Count && Joined(last, last + 1) && UnitNameWords.Contains(Norm(last + 1)))
                {
                    last++;
                }
            }

            if (first == w && UnitNames.IsLeadingUnitNoun(Norm(w)))
            {
                // "Legião Liberdade da Rússia", "Corpo de Voluntários Russos", "Batalionul Siberian": a unit noun that opens the
                // name runs on over the capitalised words after it and the articles and prepositions between them.
                for (int n = w + 1; n < words.Count && n - w <= 5 && Joined(n - 1, n); n++)
                {
                    if (Capital(n))
                    {
                        last = Math.Max(last, n);
                    }
                    else if (UnitNameWords.Contains(Norm(n)))
                    {
                        // "le Bataillon sibérien", "le Corps des volontaires russes": French writes the name's other words in lower case.
                        last = n;
                    }
                    else if (!LeadingNameConnectors.Contains(Word(n)))
                    {
                        break;
                    }
                }
            }

            var name = text[words[first].Start..words[last].End];
            found.Add(new Mention(words[first].Start, name, name, BodyInObjectPosition(text, words[first].Start)));
            w = last;
        }

        for (int w = 1; w < words.Count; w++)
        {
            // "Vabaduse Venemaa leegion", "Vene vabatahtlike korpus", "Siberi pataljoni avalduses": Estonian writes the unit noun
            // in lower case after the capitalised words of its name, with at most one lower-case adjective between.
            if (quoted.Contains(words[w].Start) || EstonianUnit(text.AsSpan(words[w].Start, words[w].End - words[w].Start)) is not { } unit)
            {
                continue;
            }

            int first = w;
            if (first > 1 && !Capital(first - 1) && char.IsLower(text[words[first - 1].Start]) && Joined(first - 1, first)
                && !Connector(first - 1) && !AttributionCues.Conjunctions.Contains(Word(first - 1)))
            {
                first--;
            }

            while (w - first < 4 && first > 0 && Joined(first - 1, first) && Capital(first - 1))
            {
                first--;
            }

            if (first == w || !Capital(first) || Covers(found, words[first].Start))
            {
                continue;
            }

            var name = text[words[first].Start..words[w - 1].End] + " " + unit;
            found.Add(new Mention(words[first].Start, name, name, BodyInObjectPosition(text, words[first].Start)));
        }

        for (int w = 0; w < words.Count; w++)
        {
            // "نشرت الكتيبة السيبيرية مقطع فيديو", "وفيلق المتطوعين الروس": Arabic writes no capitals; a unit noun opens the name.
            if (text[words[w].Start] is < '\u0600' or > '\u06FF' || quoted.Contains(words[w].Start))
            {
                continue;
            }

            var opening = text[words[w].Start..words[w].End];
            if (!UnitNames.IsArabicUnitNoun(opening) && !(opening.Length > 1 && opening[0] == 'و' && UnitNames.IsArabicUnitNoun(opening[1..])))
            {
                // Only a unit noun (or one with a list's glued و) opens a name: no other word is read further.
                continue;
            }

            var ahead = new List<string>(6);
            var comma = new List<bool>(6);
            for (int n = w; n < words.Count && n < w + 6; n++)
            {
                ahead.Add(text[words[n].Start..words[n].End]);
                comma.Add(n + 1 < words.Count && text.AsSpan(words[n].End, words[n + 1].Start - words[n].End).IndexOfAny(',', '،', '.') >= 0);
            }

            if (SpeakerNames.ArabicUnitAt(ahead, comma) is { } unitPhrase && ArabicRunningName(unitPhrase) is { } arabic)
            {
                // A glued و is no part of the name: the name starts after it.
                int at = words[w].Start + (arabic.StartsWith(opening, StringComparison.Ordinal) ? 0 : 1);
                found.Add(new Mention(at, arabic, arabic, BodyInObjectPosition(text, at)));
                w += arabic.Count(c => c == ' ');
            }
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));

        // Unit names ("легион «Свобода России»", "Русского добровольческого корпуса", "la Légion « … »"), in the nominative.
        var units = UnitNames.All(text);
        if (units.Count > 0)
        {
            found.RemoveAll(m => units.Exists(c => c.At <= m.At && m.At < c.At + c.Length));
            found.AddRange(units.Where(c => !quoted.Contains(c.At)).Select(c => new Mention(c.At, c.Name, c.Name, BodyInObjectPosition(text, c.At))));
            found.Sort((a, b) => a.At.CompareTo(b.At));
        }

        return found;
    }

    /// <summary>True when the word right before <paramref name="at"/> is a preposition or article inside a unit's name ("de", "da", "dos"; <see cref="LeadingNameConnectors"/>).</summary>
    private static bool AfterNameConnector(string text, int at) => LeadingNameConnectors.Contains(TokenStrings.WordBefore(text, at));

    /// <summary>True when a body's name opens with a unit noun of a language that writes it first ("Corpo de Voluntários Russos", "Corpului de Voluntari Ruși").</summary>
    private static bool OpensWithUnitNoun(Mention body)
    {
        int space = body.Name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && UnitNames.IsLeadingUnitNoun(TokenStrings.Word(body.Name.AsSpan(0, space)).Norm);
    }

    /// <summary>
    /// True when a mention of <paramref name="found"/> covers offset <paramref name="at"/> (a loop, not a lambda: a lambda over the
    /// body pass's locals had every word of the article allocate their closure).
    /// </summary>
    private static bool Covers(List<Mention> found, int at)
    {
        foreach (var m in found)
        {
            if (m.At <= at && at < m.At + m.Name.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The bounds of the words of <paramref name="text"/> as <see cref="BodyNames"/> reads them: runs of letters, with a hyphen or
    /// an apostrophe between two letters inside the word. The list is the thread's own, refilled on every call (one article's
    /// words, read once per article): read it before the next call on the thread.
    /// </summary>
    private static List<(int Start, int End)> BodyWords(string text)
    {
        var words = _bodyWords ??= [];
        words.Clear();
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            words.Add((i, end));
            i = end;
        }

        return words;
    }

    [ThreadStatic]
    private static List<(int Start, int End)>? _bodyWords;

    /// <summary>
    /// An Arabic unit's name as running text bounds it, its noun first: the words after it that take the article (adjectives
    /// and genitives: "الكتيبة السيبيرية", "فيلق المتطوعين الروس"), or, after a noun without the article, the two words of its
    /// construct ("فيلق حرية روسيا"); an indefinite word after them is the verb's object ("نشرت الكتيبة السيبيرية مقطع فيديو").
    /// Null when no word qualifies the noun.
    /// </summary>
    private static string? ArabicRunningName(string phrase)
    {
        var words = phrase.Split(' ');
        int end = 1;
        bool construct = !words[0].StartsWith("ال", StringComparison.Ordinal) && words.Length > 1 && !words[1].StartsWith("ال", StringComparison.Ordinal);
        while (end < words.Length && (construct ? end <= 2 : words[end].StartsWith("ال", StringComparison.Ordinal)))
        {
            end++;
        }

        return end < 2 ? null : string.Join(' ', words[..end]);
    }

    /// <summary>
    /// <see cref="InObjectPosition"/> for a body's name, except a name that an article alone parts from a comma before it (", la
    /// Légion « Liberté de la Russie »", ", the Russian Volunteer Corps"): a member of a list or an apposition, whatever the
    /// article may mean in another language (Romanian "la" is "to").
    /// </summary>
    private static bool BodyInObjectPosition(string text, int at) => InObjectPosition(text, at) && !AfterCommaArticle(text, at);

    /// <summary>True when one determiner ("la", "le", "the") stands between a comma and offset <paramref name="at"/>.</summary>
    private static bool AfterCommaArticle(string text, int at)
    {
        int i = at;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        int end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || TextChars.IsApostrophe(text[i - 1])))
        {
            i--;
        }

        if (i == end || !AttributionCues.Determiners.Contains(Tokenizer.NormalizeWord(text[i..end])))
        {
            return false;
        }

        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > 0 && text[i - 1] == ',';
    }

    /// <summary>Estonian unit nouns in the nominative ("leegion", "korpus", "pataljon").</summary>
    private static readonly string[] EstonianUnits = ["leegion", "korpus", "pataljon"];

    /// <summary>The case endings an Estonian unit noun takes ("leegioni", "korpuse", "pataljonis", "leegionile").</summary>
    private static readonly string[] EstonianEndings = ["", "i", "e", "it", "t", "ile", "ele", "is", "es", "ist", "est", "iga", "ega"];

    /// <summary>The nominative of <paramref name="word"/> when it is a lower-case Estonian unit noun in any case ("pataljoni" → "pataljon"); else null.</summary>
    internal static string? EstonianUnit(ReadOnlySpan<char> word)
    {
        // Read on every word of an article that names a body: compared in place, no word copied.
        foreach (var unit in EstonianUnits)
        {
            if (word.StartsWith(unit, StringComparison.Ordinal) && IsEstonianEnding(word[unit.Length..]))
            {
                return unit;
            }
        }

        return null;
    }

    private static bool IsEstonianEnding(ReadOnlySpan<char> ending)
    {
        foreach (var e in EstonianEndings)
        {
            if (ending.SequenceEqual(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower-case prepositions and articles inside the name of a unit whose noun opens it ("Legião Liberdade da Rússia", "Légion
    /// Liberté pour la Russie", "Legión Libertad de Rusia", "Corpo de Voluntários Russos"): the name runs on over them to its
    /// last capitalised word (it had stopped at the unit noun, "Legião", and "Corpo" was no body at all).
    /// </summary>
    /// <summary>Lower-case words of a unit's name after its leading noun ("Bataillon sibérien", "Corps des volontaires russes").</summary>
    private static readonly HashSet<string> UnitNameWords = new(
        ["sibérien", "sibérienne", "siberiano", "siberiana", "siberian", "volontaires", "voluntários", "voluntarios", "volontari", "russes",
            "russe", "russos", "rusos", "russi", "ruși", "ruşi"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> LeadingNameConnectors = new(
        ["de", "da", "do", "dos", "das", "del", "della", "dei", "di", "du", "des", "la", "pour", "para", "per", "voor", "van"], StringComparer.Ordinal);

    /// <summary>
    /// Lower-case words that join the parts of an organisation's name ("Freedom of Russia Legion", "Ministry for Foreign Affairs",
    /// Dutch "Vrijheid voor Rusland-legioen": read as "Rusland-legioen" after the preposition "voor", the Legion had been the
    /// object of a preposition and its list's statement went to the next body; no answer key moves).
    /// </summary>
    private static readonly HashSet<string> BodyConnectors = new(["of", "for", "de", "du", "des", "der", "voor", "van"], StringComparer.Ordinal);

    /// <summary>Nouns that end an organisation's name, besides the unit nouns of <see cref="UnitNames"/> (in the nominative).</summary>
    private static readonly HashSet<string> BodyNouns = new(
        [
            "brigade", "army", "forces", "guard", "ministry", "office", "service", "agency",
            "council", "committee", "party", "movement", "front", "union", "institute", "directorate", "command", "government", "embassy", "kremlin",
            "бригада", "министерство", "міністерство", "минобороны", "міноборони",
            "ministère", "armée", "ministerium", "armee",
        ],
        StringComparer.Ordinal);

    /// <summary>Words after which a name is the object of a preposition or stands in a reported clause, not a sentence's subject.</summary>
    private static readonly HashSet<string> ObjectMarkers = new(
        [
            "that", "with", "to", "by", "against", "about", "for", "from", "of", "between", "toward", "towards", "at", "on", "into", "than",
            "que", "qu'", "avec", "à", "contre", "de", "par", "pour", "sur", "entre", "au", "aux", "du", "des",
            "dass", "mit", "gegen", "an", "um", "für", "von", "über", "zu", "bei", "zwischen", "vom", "zum", "zur", "den", "dem",
            "con", "a", "ad", "por", "para", "sobre", "com", "ao", "do", "da", "dos", "das", "di", "per", "su", "contro", "al", "che",
            "что", "що", "с", "со", "к", "ко", "против", "о", "об", "про", "для", "от", "у", "з", "із", "до", "проти", "між", "между", "на",
            "met", "tegen", "aan", "voor", "van", "naar", "bij", "dat", "cu", "împotriva", "lui", "pe", "la", "că", "z", "ze", "przeciw", "dla", "od", "że",
        ],
        StringComparer.Ordinal);

    /// <summary>True for a preposition or complementizer after which a name is an object (<see cref="ObjectMarkers"/>).</summary>
    internal static bool IsObjectMarker(string norm) => ObjectMarkers.Contains(norm);

    /// <summary><see cref="ObjectMarkers"/> by length, to look a word up without making a string of it.</summary>
    private static readonly string[][] MarkersByLength = [.. Enumerable.Range(0, ObjectMarkers.Max(m => m.Length) + 1)
        .Select(n => ObjectMarkers.Where(m => m.Length == n).Order(StringComparer.Ordinal).ToArray())];

    /// <summary>
    /// Marks as objects the occurrences in <paramref name="occurrences"/> (of a German or Dutch article) whose word is the
    /// person's surname in the genitive before the noun it owns (<see cref="GenitiveBeforeNoun"/>): "Er warnte davor, sich durch
    /// Putins Drohungen einschüchtern zu lassen", "Putins Rede für Selenskyj": a possessor is no subject, so a lead-in or an
    /// unattributed quote after it goes to the sentence's subject or the speaker before (they had gone to Putin).
    /// Measured: putin-mobilization speakers 381 -> 386/442 (M29_puls24_de, M30_finanznachrichten_de: Zelensky's); nothing else
    /// moves. Tried and dropped: any genitive in -s (after its noun too, "Die Drohungen Putins lassen Selenskyj …") cost sealed
    /// kakhovka a speaker and cross 555/737 -> 553/732; the English possessive ("Lukashenko’s account, however, …") cost
    /// lukashenko a speaker (a later "he said" is the possessor's).
    /// </summary>
    private static void MarkPossessors(string text, List<Mention> occurrences)
    {
        for (int k = 0; k < occurrences.Count; k++)
        {
            var m = occurrences[k];
            if (!m.Object && GenitiveBeforeNoun(text, m.At, m.Name))
            {
                occurrences[k] = m with { Object = true };
            }
        }
    }

    /// <summary>
    /// True when the word at <paramref name="at"/> is the surname of <paramref name="name"/> with the genitive -s, and a
    /// capitalised word (the noun it owns) follows it ("Putins Drohungen", "Poetins toespraak" is not: Dutch nouns are lower
    /// case, and a lower-case word after it may be the sentence's verb).
    /// </summary>
    private static bool GenitiveBeforeNoun(string text, int at, string name)
    {
        var surname = name.AsSpan(name.LastIndexOf(' ') + 1);
        int end = at + surname.Length + 1;
        return surname.Length >= 3 && surname[^1] != 's' && end + 1 < text.Length && text[end - 1] == 's' && text[end] == ' '
            && char.IsUpper(text[end + 1]) && text.AsSpan(at, surname.Length).SequenceEqual(surname);
    }

    /// <summary>
    /// True when the name at <paramref name="at"/> follows, within its sentence and three lower-case words, a preposition or a complementizer
    /// ("spoke with Russian leader Vladimir Putin", "the fact that Putin addressed"): the object of the sentence, not its subject.
    /// </summary>
    internal static bool InObjectPosition(string text, int at)
    {
        int i = at;
        Span<char> buffer = stackalloc char[24];
        for (int words = 0, read = 0; words < 3 && read < 8; read++)
        {
            while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '"' or '«' or '»' or '“' or '”' or '„'))
            {
                if (text[i - 1] == '\n')
                {
                    // A paragraph's start ends the sentence: "… to leave Belgorod ¶ The Freedom of Russia Legion, …" had read the
                    // headline's "to" as the Legion's preposition.
                    return false;
                }

                i--;
            }

            if (i == 0 || !char.IsLetter(text[i - 1]))
            {
                return false;
            }

            int end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || ((TextChars.IsApostrophe(text[i - 1]) || (text[i - 1] == '-' && char.IsLower(text[i]))) && i > 1 && char.IsLetter(text[i - 2]))))
            {
                // "a vice-presidente Kamala Harris": a lower-case hyphenated title is one word ("US-Präsident" still ends the read).
                i--;
            }

            if (char.IsUpper(text[i]))
            {
                // The name's own words and the capitalised title before it ("Russian leader Vladimir Putin").
                continue;
            }

            words++;
            if (end - i > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..(end - i)];

            for (int c = 0; c < lower.Length; c++)
            {
                lower[c] = Tokenizer.NormalizeChar(text[i + c]);
            }

            if (lower.Length < MarkersByLength.Length)
            {
                foreach (var marker in MarkersByLength[lower.Length])
                {
                    if (lower.SequenceEqual(marker))
                    {
                        // "This was stated by … John Kirby": the agent of a passive speech verb says the words.
                        return !(marker is "by" && PassiveSpeechBefore(text, i));
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Past participles of speech verbs whose agent follows "by" ("stated by", "said by", "announced by").</summary>
    private static readonly HashSet<string> PassiveSpeechVerbs = new(
        ["stated", "said", "announced", "reported", "made", "voiced", "expressed", "written", "posted", "told", "declared", "claimed",
         "described", "called", "termed", "dubbed", "labelled", "labeled", "branded", "characterised", "characterized"],
        StringComparer.Ordinal);

    /// <summary>True when the word before the one at <paramref name="at"/> is a speech verb's past participle (<see cref="PassiveSpeechVerbs"/>).</summary>
    private static bool PassiveSpeechBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && PassiveSpeechVerbs.Contains(Tokenizer.NormalizeWord(text[start..end]));
    }

    /// <summary>
    /// True when one of <paramref name="words"/> is in <paramref name="set"/>. A loop: a set's method group passed to
    /// <c>Exists</c> made a new delegate for every call (in <see cref="Pick"/> and in <see cref="SpeakerOffices"/>' head-of-state
    /// reading; same answers, fewer allocations).
    /// </summary>
    internal static bool AnyIn(List<string> words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="description"/> stands in a mention's lower-cased phrase but not in its name: the mention's title.</summary>
    private static bool Describes(List<string> description, string title, string name)
    {
        foreach (var d in description)
        {
            int at = title.IndexOf(d, StringComparison.Ordinal);
            if (at >= 0 && !name.Contains(d, StringComparison.Ordinal) && !TitleClasses.IsDeputyPrefix(WordBefore(title, at)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of the word of <paramref name="text"/> that stands before offset <paramref name="at"/> ("vice-" in "vice-presidente").</summary>
    private static string WordBefore(string text, int at)
    {
        int start = at;
        while (start > 0 && text[start - 1] != ' ')
        {
            start--;
        }

        return text[start..at];
    }

    /// <summary><paramref name="text"/> in lower case (invariant), from a per-thread table: the same mentions are read for every quote of an article.</summary>
    private static string LowerCase(string text)
    {
        if (text.Length > 160)
        {
            return text.ToLowerInvariant();
        }

        var table = _lower ??= new SpanCache<string>(12);
        if (!table.TryGet(text, 0, out var lower, out _))
        {
            lower = text.ToLowerInvariant();
            table.Add(text, 0, lower);
        }

        return lower;
    }

    [ThreadStatic]
    private static SpanCache<string>? _lower;

    /// <summary>
    /// Gives a cue's speaker that is the last segment of a list of bodies ("The Legion, the Corps and the Battalion published
    /// a statement": "the Corps and the Battalion") the list's first body, as <see cref="ListTail"/> does for a quote's own
    /// phrase: a quote led in by the next paragraph ("Цитата: «…»") is the list's, reported under its first.
    /// </summary>
    private static void ListHeads(Article article, List<Mention> mentions, Func<List<Mention>> bodies)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int end = Math.Min(article.Text.Length, m.At + m.Phrase.Length);
            if (!m.Object && ListTail(article.Text, m.Phrase, end, ParagraphStartOf(article, m.At), bodies) is { } lead)
            {
                mentions[i] = m with { Name = lead };
            }
        }
    }

    /// <summary>The start of the paragraph that holds offset <paramref name="at"/> (a binary search over the paragraphs).</summary>
    private static int ParagraphStartOf(Article article, int at)
    {
        var paragraphs = article.Paragraphs;
        int lo = 0, hi = paragraphs.Count - 1, start = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (paragraphs[mid].Start <= at)
            {
                start = paragraphs[mid].Start;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return start;
    }

    /// <summary>
    /// The start of the paragraph before the one at <paramref name="paragraphStart"/>; a label line between them ("Details",
    /// "Деталі") is no paragraph of the story: then the start of the paragraph before the label.
    /// </summary>
    private static int PreviousParagraphStart(Article article, int paragraphStart)
    {
        int at = -1;
        for (int p = 0; p < article.Paragraphs.Count && article.Paragraphs[p].Start < paragraphStart; p++)
        {
            at = p;
        }

        if (at < 0)
        {
            return paragraphStart;
        }

        return at > 0 && UnmarkedSpeech.IsLabel(article.Text, article.Paragraphs[at]) ? article.Paragraphs[at - 1].Start : article.Paragraphs[at].Start;
    }

    /// <summary>
    /// The article's main speaker: the name most often the speaker of a cue or a quote in <paramref name="speakers"/>, then the
    /// one mentioned most often in <paramref name="mentions"/> (name occurrences included), then the one named first; or null.
    /// A country named often in passing ("Ukraine", "Russians") does not outweigh the person who speaks.
    /// </summary>
    internal static string? Main(List<Mention> speakers, List<Mention> mentions)
    {
        var counts = new Dictionary<string, (int Speaks, int Count, int First, string Name)>(StringComparer.Ordinal);
        foreach (var m in speakers)
        {
            var key = SpeakerNames.Key(m.Name);
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Speaks + 1, c.Count, Math.Min(c.First, m.At), Better(m.Name, c.Name) ? m.Name : c.Name) : (1, 0, m.At, m.Name);
        }

        foreach (var m in mentions)
        {
            var key = SpeakerNames.Key(m.Name);
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Speaks, c.Count + 1, Math.Min(c.First, m.At), Better(m.Name, c.Name) ? m.Name : c.Name) : (0, 1, m.At, m.Name);
        }

        return counts.Count == 0 ? null : counts.Values.OrderByDescending(c => c.Speaks).ThenByDescending(c => c.Count).ThenBy(c => c.First).First().Name;
    }

    private static int LowerBound(List<Mention> mentions, int at)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].At < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How far before the quote the name a relative pronoun refers to may stand.</summary>
    private const int RelativeReach = 160;

    /// <summary>Relative pronouns that open a speaker phrase ("who publicly said", "qui a déclaré", "который заявил").</summary>
    private static readonly HashSet<string> Relatives = new(
        ["who", "qui", "который", "которая", "которые", "який", "яка", "які", "quien", "quienes", "welcher", "welche", "który", "która", "którzy"],
        StringComparer.Ordinal);

    /// <summary>
    /// Relative pronouns that are other words too (the complementizer "que", the article "der", "die"): a relative only when
    /// they make the whole speaker phrase ("Petrenko, que disse", "Petrenko, die zei", "Petrenko, care a spus").
    /// </summary>
    private static readonly HashSet<string> LoneRelatives = new(
        ["que", "che", "care", "die", "der", "kes", "kes", "الذي", "التي", "والذي", "والتي", "who", "qui", "который", "яка", "який"],
        StringComparer.Ordinal);

    /// <summary>True when the phrase opens with a relative pronoun ("who publicly", "que"): it speaks for the name just before it.</summary>
    private static bool StartsWithRelative(string phrase)
    {
        int cut = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = Tokenizer.NormalizeWord(cut < 0 ? phrase : phrase[..cut]);
        return Relatives.Contains(first) || (cut < 0 && LoneRelatives.Contains(first));
    }

    /// <summary>"He explicitly", "She also": a pronoun opening the phrase makes it a pronoun, whatever adverbs follow.</summary>
    internal static bool StartsWithPronoun(string phrase)
    {
        int cut = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = Tokenizer.NormalizeWord(cut < 0 ? phrase : phrase[..cut]);
        return AttributionCues.Pronouns.Contains(first);
    }

    /// <summary>
    /// The issuer a message phrase names after its message noun: "le communiqué de la Légion" → "Légion", "the statement of
    /// the Freedom of Russia Legion" → "Freedom of Russia Legion", "в заявлении Легиона" → "Легиона"; null for any other phrase.
    /// </summary>
    internal static string? Issuer(string? phrase, string language)
    {
        if (phrase is null)
        {
            return null;
        }

        var words = phrase.Split(IssuerSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k + 1 < words.Length; k++)
        {
            if (!IsMessageNoun(TokenStrings.Word(words[k]).Norm, language))
            {
                continue;
            }

            int next = k + 1;
            while (next < words.Length && TokenStrings.Word(words[next]).Norm is var link && (IssuerLinks.Contains(link) || AttributionCues.Determiners.Contains(link)))
            {
                next++;
            }

            if (next < words.Length && char.IsUpper(words[next][0]) && !GroupNouns.Contains(TokenStrings.Word(words[next]).Norm))
            {
                // "в совместном заявлении ЛСР, РДК и СБ": a list of issuers is reported under its first (the acronyms together
                // had read as the last); "der Gruppen" names none (the bodies named before issued it).
                int from = phrase.IndexOf(words[next], StringComparison.Ordinal);
                int comma = phrase.IndexOf(',', from);
                var rest = comma > from ? phrase[from..comma] : string.Join(' ', words[next..]);
                return SpeakerNames.Canonical(rest, language) ?? words[next];
            }

            return null;
        }

        return null;
    }

    private static readonly char[] IssuerSeparators = [' ', '\u00A0', ','];

    /// <summary>The nouns of a message that its issuer follows ("the statement of", "le communiqué de", "в заявлении").</summary>
    private static readonly HashSet<string> MessageNouns = new(
        [
            "statement", "communique", "communiqué", "declaration", "déclaration", "message", "erklärung", "mitteilung", "comunicado",
            "comunicato", "verklaring", "заявлении", "заявление", "заяві", "заява", "сообщении", "повідомленні", "обращении", "зверненні",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// True for a message noun (<see cref="MessageNouns"/>), a post or a tweet ("a Telegram post from the RDK read", "în
    /// postarea lui …") or a German compound that ends in one ("heißt es in einem Telegrammpost von RDK", "in der
    /// Telegram-Nachricht der Legion"): its issuer follows it. Measured: rdk-bryansk speakers 250 -> 251 (the Corps' Telegram post
    /// had gone to the governor named before); nothing else moves.
    /// </summary>
    private static bool IsMessageNoun(string norm, string language)
    {
        if (MessageNouns.Contains(norm) || PostNouns.Contains(norm))
        {
            return true;
        }

        if (language != "de")
        {
            return false;
        }

        foreach (var tail in GermanMessageTails)
        {
            if (norm.Length > tail.Length + 2 && norm.EndsWith(tail, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Posts, tweets and messages on a channel, whose issuer follows them ("post from", "Beitrag von", "mesajul lui").</summary>
    private static readonly HashSet<string> PostNouns = new(
        [
            "post", "tweet", "posting", "nachricht", "beitrag", "botschaft", "mensagem", "postagem", "publicação", "messaggio", "mesajul",
            "postarea", "comunicatul", "посте", "посту", "дописі", "допису",
        ],
        StringComparer.Ordinal);

    /// <summary>The German message nouns a compound ends in ("telegrammpost", "telegram-nachricht", "online-erklärung").</summary>
    private static readonly string[] GermanMessageTails = ["post", "nachricht", "erklärung", "mitteilung", "beitrag", "botschaft"];

    /// <summary>Prepositions between a message noun and its issuer.</summary>
    private static readonly HashSet<string> IssuerLinks = new(["of", "from", "by", "de", "du", "des", "d'", "von", "der", "des", "del", "da", "do", "van"], StringComparer.Ordinal);

    /// <summary>The content words of a description ("the Pope" → "pope"; "der Kanzler" → "kanzler"), four letters or more.</summary>
    private static List<string> DescriptionWords(string? phrase, string language)
    {
        var words = new List<string>();
        if (phrase is null)
        {
            return words;
        }

        foreach (var word in phrase.Split(CharSets.SpacesCommasHyphens, StringSplitOptions.RemoveEmptyEntries))
        {
            // The word's comparison form from the thread's table of words (no copy of a word read before).
            var norm = TokenStrings.Word(word.AsSpan().Trim(DescriptionTrim)).Norm;
            if (norm.Length >= 4 && !StopWords.Contains(language, norm) && !AttributionCues.Pronouns.Contains(norm) && !Connectives.Contains(norm))
            {
                words.Add(norm);
            }
        }

        return words;
    }

    /// <summary>The quote marks, brackets and stops trimmed off a description's words (<see cref="DescriptionWords"/>).</summary>
    private static readonly char[] DescriptionTrim = ['.', '"', '“', '”', '«', '»', '(', ')'];

    /// <summary>
    /// Sentence connectives ("No entanto, ressaltou que …", "Cependant, a-t-il souligné", "Однако, добавил"): before a verb with no
    /// subject they describe no one; the subject named before speaks.
    /// </summary>
    private static readonly HashSet<string> Connectives = new(
        [
            "however", "nevertheless", "meanwhile", "entanto", "contudo", "porém", "todavia", "entretanto", "cependant", "pourtant",
            "toutefois", "néanmoins", "jedoch", "allerdings", "trotzdem", "однако", "впрочем", "проте", "однак", "втім", "tuttavia",
            "però", "comunque", "embargo", "obstante", "totuși", "totusi", "însă", "insa", "echter", "evenwel", "niettemin", "siiski",
            "kuid", "jednak", "jednakże", "natomiast",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Every later occurrence in the text of a named speaker's last name (in any inflection the name key absorbs: Путина, Путину),
    /// as a mention: "Biden arrived ... “…,” he said" is Biden's even when another speaker's cue stands between. Names inside
    /// <paramref name="quoted"/> text are the speaker's words ("this lowlife Putin") and do not count.
    /// </summary>
    internal static List<Mention> NameOccurrences(string text, List<Mention> mentions, QuotedText quoted)
    {
        var found = new List<Mention>();
        var byPrefix = new Dictionary<long, List<(string Key, string Name)>>();
        var keys = _wordKeys ??= new SpanCache<string>(16);
        foreach (var m in mentions)
        {
            int cut = m.Name.LastIndexOf(' ');
            var key = WordKey(keys, m.Name.AsSpan(cut + 1));
            if (key.Length < 3 || HasUncapitalisedWord(m.Name))
            {
                continue;
            }

            var prefix = Prefix(key);
            if (!byPrefix.TryGetValue(prefix, out var list))
            {
                byPrefix[prefix] = list = [];
            }

            if (!list.Exists(e => e.Key == key))
            {
                list.Add((key, m.Name));
            }
        }

        if (byPrefix.Count == 0)
        {
            return found;
        }

        // The first characters of the names' keys (those in ASCII): a Latin word whose key cannot start with one of them is not
        // keyed at all, since its key could not have the prefix of any name (keying is the costly part of the walk).
        Span<bool> firsts = stackalloc bool[128];
        foreach (var prefix in byPrefix.Keys)
        {
            if ((prefix >> 32) < 128)
            {
                firsts[(int)(prefix >> 32)] = true;
            }
        }

        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            if (char.IsUpper(text[i]) && end - i >= 3 && end - i <= 24 && !quoted.Contains(i) && MayKeyStartWith(text.AsSpan(i, end - i), firsts))
            {
                var key = WordKey(keys, text.AsSpan(i, end - i));
                if (key.Length >= 3 && byPrefix.TryGetValue(Prefix(key), out var list))
                {
                    foreach (var (candidate, name) in list)
                    {
                        if (NameKey.KeySimilarity(key, candidate) >= NameKey.DefaultThreshold)
                        {
                            found.Add(new Mention(i, name, name, InObjectPosition(text, i)));
                            break;
                        }
                    }
                }
            }

            i = end;
        }

        return found;
    }

    /// <summary>
    /// The occurrences of the names of <paramref name="mentions"/> (<see cref="NameOccurrences"/>), and the surname of a person
    /// the article names in full only without a cue (<paramref name="plain"/>: "las declaraciones de Donald Trump") where it
    /// opens a sentence before a word in lower case ("Trump reprocha a menudo …", "Trump märkis, et …"): the sentence's
    /// subject, whom a description or a pronoun after it refers to ("El exmandatario estadounidense dijo que “animaría” …").
    /// Only there: such a surname anywhere else may be an object or a possessive. One walk of the text reads both.
    /// </summary>
    private static List<Mention> Occurrences(string text, List<Mention> mentions, List<Mention> plain, QuotedText quoted)
    {
        HashSet<string>? others = null;
        HashSet<string>? known = null;
        foreach (var m in plain)
        {
            if (PersonName(m.Name, 2, 3) && !(known ??= new HashSet<string>(mentions.Select(k => k.Name), StringComparer.Ordinal)).Contains(m.Name))
            {
                (others ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Name);
            }
        }

        if (others is null)
        {
            return NameOccurrences(text, mentions, quoted);
        }

        var names = new List<Mention>(mentions.Count + others.Count);
        names.AddRange(mentions);
        names.AddRange(plain.Where(m => others.Contains(m.Name)));
        var found = NameOccurrences(text, names, quoted);
        found.RemoveAll(m => others.Contains(m.Name) && !(OpensSentence(text, m.At) && LowerWordAfter(text, m.At)));
        return found;
    }

    /// <summary>True when only spaces stand between the word at <paramref name="at"/> and a line break or a sentence's end.</summary>
    private static bool OpensSentence(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\u00A0')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '.' or '!' or '?';
    }

    /// <summary>True when the word after the one at <paramref name="at"/> (past one space) opens in lower case: a verb, not a first name.</summary>
    private static bool LowerWordAfter(string text, int at)
    {
        int i = at;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i + 1 < text.Length && text[i] == ' ' && char.IsLower(text[i + 1]);
    }

    /// <summary>
    /// True when a word of <paramref name="name"/> (cut at spaces) opens with no capital letter (a digit too, unlike
    /// <see cref="HasLowerCaseWord"/>): as
    /// <c>name.Split(' ').Any(w =&gt; w.Length &gt; 0 &amp;&amp; !char.IsUpper(w[0]))</c>, read in place for every mention of an article.
    /// </summary>
    private static bool HasUncapitalisedWord(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] != ' ' && (i == 0 || name[i - 1] == ' ') && !char.IsUpper(name[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False only when the name key of <paramref name="word"/> surely starts with none of the characters marked in
    /// <paramref name="firsts"/>: for a word in Latin letters that opens with an ASCII letter, the key's first character is that
    /// letter in lower case or the symbol of a spelling it opens (sh → S, ch → C, ph → f, w → v, y → i ...), or the i or e that
    /// <see cref="NameKey"/> makes of an opening oi, ie or io. Any other word may start with anything (true).
    /// </summary>
    internal static bool MayKeyStartWith(ReadOnlySpan<char> word, ReadOnlySpan<bool> firsts)
    {
        char first = word[0];
        if (first is not (>= 'A' and <= 'Z' or >= 'a' and <= 'z'))
        {
            return true;
        }

        foreach (char c in word)
        {
            if (c >= '\u0400')
            {
                // Cyrillic (and any other script past it) is romanised before keying.
                return true;
            }
        }

        foreach (char k in KeyStarts[(first | ' ') - 'a'])
        {
            if (firsts[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each ASCII letter a to z opening a Latin word, the characters its name key may open with (see <see cref="MayKeyStartWith"/>).</summary>
    private static readonly string[] KeyStarts =
    [
        "a", "b", "Cck", "d", "e", "f", "g", "H", "ie", "ie", "Hk", "l", "m", "n", "oie", "fp", "k", "r", "Ss", "Cct", "u", "v", "v", "H", "ie", "Zz",
    ];

    /// <summary>The name keys of the capitalised words read by <see cref="NameOccurrences"/>, per thread.</summary>
    [ThreadStatic]
    private static SpanCache<string>? _wordKeys;

    /// <summary>The name key of <paramref name="word"/>, from <paramref name="keys"/> when it was keyed before.</summary>
    private static string WordKey(SpanCache<string> keys, ReadOnlySpan<char> word)
    {
        if (!keys.TryGet(word, 0, out var key, out _))
        {
            var made = word.ToString();
            key = NameKey.For(made);
            keys.Add(made, 0, key);
        }

        return key;
    }

    /// <summary>The first three characters of a key (three letters or more) as one number.</summary>
    private static long Prefix(string key) => ((long)key[0] << 32) | ((long)key[1] << 16) | key[2];

    /// <summary>Within one article, every name takes the fullest form written with the same last name ("Putin" → "Vladimir Putin").</summary>
    /// <summary>
    /// Two names read as one ("väitis Trump Putini ja Bideni suhete kohta", "ütles Trump Lõuna-Carolinas"): a name of two words
    /// whose first word is the surname of another person of the article (another quote's speaker, or a name of two or three
    /// words it mentions, with another key) is that person; the word after it is someone or somewhere else (it had been Putin,
    /// or "Trump Lõuna-Carolina"). In German, English and Dutch a second name ending in "s" is a possessive, left alone.
    /// </summary>
    private static void Unglue(string?[] names, List<Mention>? mentions, string language)
    {
        if (!Array.Exists(names, n => n is not null && n.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && n.IndexOf(' ', space + 1) < 0))
        {
            // No name of two words: nothing to read apart (most articles, read with no allocation).
            return;
        }

        var speakers = names.Where(n => n is not null).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
        var full = speakers.Where(n => PersonName(n, 1, 3))
            .Concat(mentions?.Select(m => m.Name).Distinct(StringComparer.Ordinal).Where(n => !speakers.Contains(n) && PersonName(n, 2, 3)) ?? [])
            .ToList();
        if (full.Count < 2)
        {
            return;
        }

        var keys = full.Select(SpeakerNames.Key).ToArray();
        for (int n = 0; n < names.Length; n++)
        {
            if (names[n] is not { } name || !PersonName(name, 2, 2))
            {
                continue;
            }

            int space = name.IndexOf(' ', StringComparison.Ordinal);
            if (language is "de" or "en" or "nl" && name[^1] == 's')
            {
                // "zitierte Peskow Putins Worte": a possessive second name owns the words relayed; the phrase is no two people.
                continue;
            }

            var first = SpeakerNames.Key(name[..space]);
            var own = SpeakerNames.Key(name);
            string? person = null;
            for (int o = 0; o < full.Count; o++)
            {
                var (other, key) = (full[o], keys[o]);
                if (key.Length > 0 && first.Length > 0 && key != own && !SpeakerNames.SameKey(key, own) && key == first
                    && (person is null || Better(other, person)))
                {
                    person = other;
                }
            }

            if (person is not null)
            {
                names[n] = person;
            }
        }
    }

    /// <summary>True when <paramref name="name"/> has <paramref name="min"/> to <paramref name="max"/> words, each capitalised and none an acronym, a title, a nationality, a body's noun or a group's ("Grupo Wagner"): a person's name, not a body's ("ПВК Вагнер").</summary>
    internal static bool PersonName(string name, int min, int max)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= min && words.Length <= max && words.All(w =>
        {
            var norm = Tokenizer.NormalizeWord(w);
            return char.IsUpper(w[0]) && !SpeakerNames.IsAcronym(w) && !SpeakerNames.IsTitle(norm) && !SpeakerNames.IsNationalAdjective(norm) && !IsBodyNoun(norm)
                && !SpeakerNames.IsGroupNameNoun(norm);
        });
    }

    private static void Unify(string?[] names)
    {
        var fullest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is null)
            {
                continue;
            }

            var key = SpeakerNames.Key(name);
            if (!fullest.TryGetValue(key, out var best) || Better(name, best))
            {
                fullest[key] = name;
            }
        }

        for (int n = 0; n < names.Length; n++)
        {
            if (names[n] is { } name)
            {
                names[n] = fullest[SpeakerNames.Key(name)];
            }
        }
    }

    /// <summary>More words wins, then the ordinal order, so the choice does not depend on reading order.</summary>
    internal static bool Better(string a, string b)
    {
        int wa = a.AsSpan().Count(' '), wb = b.AsSpan().Count(' ');
        return wa != wb ? wa > wb : string.CompareOrdinal(a, b) < 0;
    }
}
