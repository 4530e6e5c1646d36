using QuoteLens.Corpus;
using QuoteLens.Text;

namespace QuoteLens.Quotes;

/// <summary>
/// Direct speech that no quote mark encloses, in the conventions real pages use:
/// dash dialogue (Polish, Russian, Ukrainian and translations from them: "– To, co widzimy, to cios w plecy – powiedział Putin.
/// – Dalej …", "…, – зазначив Шольц. – А якщо …", "…, - Peskov said.") and a lead-in that ends in a colon with the words after it
/// unmarked ("وأضاف: سنعمل …", "Цитата:" closing a paragraph before an unmarked one). Dash speech may hold quoted words,
/// which then belong to it; it never crosses a quote. Lead-ins are taken only in paragraphs with no quote mark; each speech is at
/// least three words. Every paragraph is read once, so the work is linear.
/// </summary>
internal static class UnmarkedSpeech
{
    private const int MinWords = 3;
    private const int CueLookahead = 80;
    private const int LeadInMaxWords = 8;

    /// <summary>The most words of an institution's label ("Минобороны России:", opening a paragraph or standing as one) read as a lead-in.</summary>
    private const int MaxLabelWords = 3;

    /// <summary>How many words may stand before the speech verb of an attribution after a lost mark or on the next line ("Polish Prime Minister Donald Tusk said").</summary>
    private const int LostMarkCueWords = 7;

    /// <summary>The longest tail a quote card's signature or share button may have.</summary>
    private const int MaxCardTail = 80;

    /// <summary>The share buttons that pages glue to the end of a quote card.</summary>
    private static readonly string[] ShareButtons = ["share", "поделиться", "поділитися", "partager", "teilen", "compartir", "condividi", "udostępnij", "partilhar", "compartilhar", "delen", "distribuie"];

    /// <summary>Lower-case words a signature's title may hold ("President of Ukraine").</summary>
    private static readonly HashSet<string> CardConnectors = new(["of", "the", "for", "and", "de", "du", "des", "la", "le", "del", "der", "für", "von", "и", "і"], StringComparer.Ordinal);

    /// <summary>
    /// The verbs of a news agency's credit after unmarked speech ("…, – цитирует его ТАСС.", "…, — передают РИА Новости", "…, – наводить
    /// слова міністра агентство"): the agency passes on the speaker's words.
    /// </summary>
    private static readonly HashSet<string> CreditVerbs = new(
        ["цитирует", "цитируют", "цитировал", "цитировало", "передают", "передало", "приводит", "приводят", "цитує", "цитують", "цитувало",
         "передає", "передають", "наводить", "наводять"],
        StringComparer.Ordinal);

    /// <summary>Third-person pronouns that may be the subject of an attribution after speech that lost its marks ("…, he argued").</summary>
    private static readonly HashSet<string> ThirdPersonPronouns = new(
        ["he", "she", "they", "il", "elle", "ils", "er", "sie", "он", "она", "они", "він", "вона", "вони", "ele", "ela", "él", "ella", "lui", "lei", "hij", "zij", "ze", "on", "ona"],
        StringComparer.Ordinal);

    /// <summary>The longest embedded post taken (a post's length limit, with room for its line breaks).</summary>
    private const int MaxPostChars = 360;

    /// <summary>Words that announce a quotation by themselves ("Quote:", "Цитата:", "Заява:", "The statement reads:").</summary>
    private static readonly HashSet<string> LeadInWords = new(
        ["quote", "цитата", "заява", "заявление", "citation", "zitat", "cita", "citação", "citazione", "cytat", "statement",
         "заявления", "обращение", "обращения", "звернення", "déclaration", "erklärung", "verklaring", "declarația", "declaraţia", "declaração",
         "avaldus", "tsitaat", "citaat", "citat"], StringComparer.Ordinal);

    /// <summary>True for a word (in its comparison form) that announces a quotation by itself ("quote", "цитата", "citação", "tsitaat").</summary>
    internal static bool IsLeadInWord(string norm) => LeadInWords.Contains(norm);

    /// <summary>The unmarked speeches of <paramref name="article"/> that overlap none of <paramref name="marked"/>, in reading order.</summary>
    public static List<RawQuote> Find(Article article, IReadOnlyList<RawQuote> marked) => Find(article, marked, null);

    /// <summary>
    /// As <see cref="Find(Article, IReadOnlyList{RawQuote})"/>, reading whole paragraphs from <paramref name="paragraphs"/> (the
    /// article's windows, shared with the attributor) when given.
    /// </summary>
    internal static List<RawQuote> Find(Article article, IReadOnlyList<RawQuote> marked, ParagraphTokens? paragraphs)
    {
        if (paragraphs is not null)
        {
            return Find(article, marked, paragraphs, article.Text);
        }

        using var own = new ParagraphTokens(article);
        return Find(article, marked, own, article.Text);
    }

    private static List<RawQuote> Find(Article article, IReadOnlyList<RawQuote> marked, ParagraphTokens paragraphs, string text)
    {
        var found = new List<RawQuote>();
        int m = 0;
        int lastBlock = -2;
        int lastDialogue = -2;
        int? plainTail = null;
        int blockStart = -1;
        int labelStatement = -2; // the last paragraph of a statement under an institution's label
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            var para = article.Paragraphs[p];
            if (para.Start < 0 || para.End > text.Length || para.Start >= para.End)
            {
                continue;
            }

            while (m < marked.Count && marked[m].CloseEnd <= para.Start)
            {
                m++;
            }

            bool hasMarks = (m < marked.Count && marked[m].OpenPos < para.End) || HasMarks(text, para);
            int before = found.Count;
            if (p + 1 < article.Paragraphs.Count && AttributedBelow(text, para, article.Paragraphs[p + 1]) && !Crosses(new RawQuote(para.Start, para.Start, para.End, para.End, ' ', false, p, p), marked, m))
            {
                // "… мої зусилля¶сказав Байден.", "… at increased risk¶- NATO Secretary General Jens Stoltenberg said": the attribution on the next line.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                continue;
            }

            if (CaptionedCard(article, paragraphs, p, marked, m))
            {
                // A quote card printed as two paragraphs: the statement, then a caption with its speaker's name and title.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                continue;
            }

            if (CardEnd(article, para) is int cardEnd and > 0 && !Crosses(new RawQuote(para.Start, para.Start, cardEnd, cardEnd, ' ', false, p, p), marked, m))
            {
                // A quote card: the statement, then its speaker's name and title or the card's share button glued on
                // ("… And they always blame others. Volodymyr Zelenskyy President of Ukraine", "… completely predictable. Share").
                Add(text, para.Start, para.Start, cardEnd, cardEnd, p, found);
                continue;
            }

            if (p > 0 && IsPostSignature(text, para))
            {
                // An embedded post: its paragraphs stand just above "— Name (@handle) March 26, 2024".
                Post(paragraphs, article.Paragraphs, p, marked, found);
                continue;
            }

            Dashes(text, para.Start, para.End, p, found);
            bool dialogue = IsDialogueLine(text, para);
            if (dialogue && found.Count == before && lastDialogue == p - 1 && text[para.End - 1] != '?'
                && !Crosses(new RawQuote(para.Start, para.Start, para.End, para.End, ' ', false, p, p), marked, m))
            {
                // "– …, siger hun.¶– Det kan vi ikke vente med.": a line of dash dialogue with no attribution of its own goes on with
                // the speech of the line before; a question is the interviewer's. (Dash bullets after a lead-in such as "Главное из
                // заявлений:" are left alone: they condense what was said.)
                Add(text, para.Start, para.Start + 1, para.End, para.End, p, found);
            }
            else if (dialogue && found.Count == before && p > 0 && lastDialogue != p - 1 && text[para.End - 1] != '?'
                && ReportsSpeech(paragraphs, article.Paragraphs[p - 1]) && !EndsWithColon(text, article.Paragraphs[p - 1])
                && !Crosses(new RawQuote(para.Start, para.Start, para.End, para.End, ' ', false, p, p), marked, m))
            {
                // "Путин отметил, что …, и пообещал, что Россия не оставит действия Киева без ответа.¶- Ответ со стороны России на
                // теракт, конечно, будет.": a line of dash dialogue with no attribution of its own, right after a paragraph that
                // reports what someone said, is that speech in his words (bullets after a lead-in's colon are left alone).
                Add(text, para.Start, para.Start + 1, para.End, para.End, p, found);
            }

            if (hasMarks)
            {
                // Dash speech may hold quoted words ("Słowo "negocjować" jest odważne"), but never cross a quote.
                // In a paragraph with quote marks, dash dialogue is a paragraph opening with a dash, a speech opened by a dash after a
                // sentence ("…flagi”. – Silniejszy jest … – oświadczył papież.") or a speech from the paragraph's start that ends in an
                // attribution after a comma or a sentence's end and not in a quote mark ("«…», — сказал он" is the marked quote's own
                // attribution, "Associated PressNEW YORK — Donald Trump said that" a dateline).
                RemoveBesideMarks(text, para, marked, m, found);
                lastDialogue = dialogue && found.Count > before ? p : lastDialogue;
                if (found.Count == before)
                {
                    StrayCloser(paragraphs, para, p, marked, m, found, p > 0 ? article.Paragraphs[p - 1] : null);
                }

                if (found.Count == before && article.Language == "ar")
                {
                    // "وقال مؤسس “فاغنر”: هؤلاء الشباب … “أيها العهرة، اللعنة عليكم”: …": Arabic speech after a speech verb and a colon
                    // runs on unmarked, though the lead-in quotes a name and the speech quotes words of its own (they belong to it);
                    // a marked quote the speech would cut across keeps the paragraph to its marks.
                    // The lead-in's quoted name is three tokens ("مؤسس “فاغنر”"): the verb is looked for two tokens further back.
                    Colon(text, para, p, article.Language, found, lookBack: 6);
                    if (found.Count > before && (Crosses(found[^1], marked, m) || StartsWithMark(text, found[^1].Start, para.End)))
                    {
                        found.RemoveAt(found.Count - 1);
                    }
                }

                if (found.Count == before && p > 0 && LeadsIn(text, article.Paragraphs[p - 1]) && OnlyShortQuotes(text, para, marked, m)
                    && !Crosses(new RawQuote(para.Start, para.Start, para.End, para.End, ' ', false, p, p), marked, m))
                {
                    // "Putin said:¶The so-called "partners" …": after a lead-in, a paragraph that only quotes a word or two is speech.
                    Add(text, para.Start, para.Start, para.End, para.End, p, found);
                    lastBlock = found.Count > before ? p : lastBlock;
                }
                else if (found.Count == before && p > 0 && (lastBlock == p - 1 || Quoted(article.Paragraphs[p - 1], marked, m)) && OnlyShortQuotes(text, para, marked, m) && FirstPersonBlock(paragraphs, para, article.Language) && (lastBlock == p - 1 || Cued(paragraphs, article.Paragraphs[p - 1]))
                    && !Cued(paragraphs, para))
                {
                    // A paragraph of a block quote that lost its marks may still quote a name ("… сотрудники компании «Вагнер» …");
                    // not one whose short quote has its own speech cue („Me jätkame,“ ütlesid nad: that quote is the speech).
                    Add(text, para.Start, para.Start, para.End, para.End, p, found);
                    lastBlock = p;
                }
                else if (EndsUnclosed(para, marked, m))
                {
                    // "«Пожар на складе потушен.¶Мы эвакуировали персонал …": a quote that opens and never closes may go on
                    // in the next paragraph, when that one speaks in the first person.
                    lastBlock = p;
                    if (StatementTail(paragraphs, article, p + 1, marked, m))
                    {
                        // "Про це йдеться у заяві президента¶"Сьогодні – історичний день. …¶Але спеціальні підрозділи вже у місті.¶…¶Я
                        // щасливий бачити …¶Україна прийде до всіх своїх люд": a statement opened once and never closed, every
                        // paragraph after it to the end of the page unmarked and unattributed, one of them in the first person:
                        // the whole tail is the statement (the page, cut off, lost its closing mark).
                        for (int t = p + 1; t < article.Paragraphs.Count; t++)
                        {
                            var tail = article.Paragraphs[t];
                            Add(text, tail.Start, tail.Start, tail.End, tail.End, t, found);
                        }

                        break;
                    }
                }

                continue;
            }

            lastDialogue = dialogue && found.Count > before ? p : lastDialogue;
            if (found.Count == before)
            {
                Colon(text, para, p, article.Language, found);
                labelStatement = found.Count > before && OpensWithInstitutionLabel(text, para) ? p : labelStatement;
            }

            if (found.Count == before && labelStatement == p - 1 && !dialogue && !Cued(paragraphs, para))
            {
                // "Минобороны России: Сегодня в 11 часов 15 минут киевским режимом совершен террористический акт …¶Поражение
                // самолета осуществлено вооруженными силами Украины …¶Экипаж и все пассажиры самолета погибли.": a statement
                // pasted under its institution's label goes on, in whatever person it speaks, through the paragraphs after it
                // that have no quote mark, no dash and no speech cue of their own (the writer's text names who said what).
                // Measured: il76 quotes 230 -> 236, speakers 267 -> 273, same 80/98 -> 82/105 (grouping joins two of the
                // statement's sentences), cross 687/965 -> 688/956; nothing else moves and no quote outside the keys is added.

                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                labelStatement = p;
            }

            if (found.Count == before && p > 0 && p + 1 < article.Paragraphs.Count && !dialogue && !Cued(paragraphs, para)
                && RunsOnUnclosed(article.Paragraphs[p - 1], marked, m) && m < marked.Count && marked[m].OpenPos == article.Paragraphs[p + 1].Start)
            {
                // ""The same will be in those cities that are still waiting for our return.¶Ukraine will come to all its people.¶"And I
                // am grateful …": in the convention that opens each paragraph of a long quote with a mark and closes only the last, an
                // unmarked paragraph with no cue between a paragraph whose quote runs on unclosed and one that opens with a mark lost
                // its opening mark. Measured: kherson quotes 284 -> 285, speakers 316 -> 317, same 119/137 -> 120/138, cross
                // 652/912 -> 654/914; nothing else moves and no quote outside the keys is added.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
            }

            if (found.Count == before && p > 0 && LeadsIn(text, article.Paragraphs[p - 1]))
            {
                // "Putin said:¶…¶…": the paragraph after the lead-in is speech, and so are paragraphs of a block quote after it.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                lastBlock = found.Count > before ? p : lastBlock;
            }

            if (found.Count == before)
            {
                LostMarks(paragraphs, para, p, article.Language, found);
            }

            if (found.Count == before && p > 0 && !dialogue && EditorNote(text, para.Start, para.End) && Cued(paragraphs, article.Paragraphs[p - 1]) && !Cued(paragraphs, para))
            {
                // "Про це повідомив речник … Дмитро Плетенчук в ефірі телемарафону.¶Скоріш за все втрати (на кораблі- ред.) там досить
                // серйозні. Це інформація верифікується. …": an unmarked paragraph whose words an editor glosses in brackets, right
                // after a paragraph that names who spoke, is that speaker's words with no first person of its own. Measured:
                // black-sea-fleet quotes 158 -> 162, speakers 139 -> 143, cross 140/203 -> 141/204; nothing else moves.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                blockStart = lastBlock == p - 1 ? blockStart : p;
                lastBlock = p;
            }

            if (found.Count == before && p > 0 && FirstPersonBlock(paragraphs, para, article.Language)
                && (lastBlock == p - 1 || (Quoted(article.Paragraphs[p - 1], marked, m) && Cued(paragraphs, article.Paragraphs[p - 1])) || WhollyQuoted(text, article.Paragraphs[p - 1], marked, m) || ReportsSpeech(paragraphs, article.Paragraphs[p - 1]) || SpeaksAt(paragraphs, article.Paragraphs[p - 1])
                    || (p >= 2 && IsLabel(text, article.Paragraphs[p - 1]) && HasSpeechVerb(paragraphs, article.Paragraphs[p - 2]))))
            {
                // A block quote that lost its marks: whole paragraphs in the first person right after a paragraph that quotes and
                // names its speaker ("По словам Путина, Пригожин «…».¶Что касается …, хочу выразить …¶Пригожина я знал …"), or
                // that reports what the speaker said ("Prigozhin says that … are not a military coup.¶This is no military coup. … Our actions …").
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                blockStart = lastBlock == p - 1 ? blockStart : p;
                lastBlock = p;
            }
            else if (found.Count == before && lastBlock == p - 1 && blockStart >= 0 && blockStart >= (plainTail ??= PlainTail(paragraphs, article.Paragraphs))
                && article.Paragraphs.Count - blockStart >= PlainListMinLines)
            {
                // Remarks listed one to a line that lost their block quote's marks and close the page: the lines after a
                // first-person line need no first person when that line and every line to the end is one short sentence with no
                // mark and no attribution ("Nous ferons tout …¶Il n'y a pas de consensus …¶C'est une guerre européenne.", a page
                // that listed the remarks under "Macron s'exprimait …"). A paragraph of several sentences is a block of its
                // own, and one short line after it is the article going on ("… will be back on the docks in a week.¶The port
                // was closed on Monday.").
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                lastBlock = p;
            }

            if (found.Count == before && p > 0 && p + 1 < article.Paragraphs.Count && CountWords(text, para.Start, para.End) >= 8 && !HasSpeechVerb(paragraphs, para)
                && ReportsSpeech(paragraphs, article.Paragraphs[p - 1]) && !Cued(paragraphs, para) && OpensReporting(paragraphs, article.Paragraphs[p + 1])
                && !HasMarks(text, article.Paragraphs[p - 1]))
            {
                // "лукашенко заявив, що терористи не могли б сховатися в білорусі …¶Вони в білорусь ніяк не могли зайти. Вони це
                // бачили. …¶Він сказав, що коли …": a paragraph with no marks and no speech verb between a paragraph that reports
                // what someone said and one that opens by reporting more of it ("He said that …") is that speech in his words,
                // first person or not; a heading (under eight words) is not. Measured: lukashenko quotes 163 -> 166, speakers
                // 201 -> 204, same 195/198 -> 204/207, cross 1189/1306 -> 1267/1387; kherson quotes 283 -> 284, speakers 315 -> 316,
                // same 122/141 -> 119/137, cross 675/948 -> 650/909 (grouping of the found quote); nothing else moves.
                Add(text, para.Start, para.Start, para.End, para.End, p, found);
                lastBlock = p;
            }

            if (found.Count == before && p > 0 && EmbeddedOriginal(text, para, article.Language, article.Paragraphs, p, marked, m) is int end)
            {
                // The post or statement in its own language pasted under the article's translation of it ("«Глубоко потрясён …», –
                // написал он в Twitter.¶Deeply shaken by the fire in the port. We will stand by every family."): the original, quoted.
                Add(text, para.Start, para.Start, end, end, p, found);
            }

            if (dialogue && found.Count > before)
            {
                // "Путин прокомментировал взрыв на Крымском мосту:¶— Был совершен очередной теракт. …¶— Я поручил ФСБ …¶— Сейчас
                // важно оказать поддержку людям …": a dash line found as speech by any rule above (the lead-in's paragraph, a
                // first-person block) is a line of dialogue, so the unattributed dash line after it goes on with the same speech.
                // Measured: crimean quotes 201 -> 202, speakers 233 -> 234, cross predicted 1345 -> 1346 (true unchanged);
                // nothing else moves.
                lastDialogue = p;
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return found;
    }

    /// <summary>
    /// Drops the dash speech found in <paramref name="para"/>, a paragraph with quote marks, that crosses a marked quote or is
    /// no dialogue (see the caller). A method of its own so that the paragraph loop allocates no closure.
    /// </summary>
    private static void RemoveBesideMarks(string text, Paragraph para, IReadOnlyList<RawQuote> marked, int m, List<RawQuote> found)
    {
        bool dialogue = TextChars.IsDash(text[para.Start]);
        found.RemoveAll(f => f.Start >= para.Start && (Crosses(f, marked, m) || !(dialogue || (f.CloseEnd < para.End && (f.OpenPos > para.Start ? TextChars.IsDash(text[f.OpenPos]) || UnmarkedSentences(text, f) : !QuoteMarkBefore(text, para.Start, f.End) && (ClauseEndBefore(text, para.Start, f.CloseEnd) || (UnmarkedSentences(text, f) && VerbOpensAttribution(text, f.CloseEnd, para.End))))))));
    }

    /// <summary>
    /// True when the dash speech <paramref name="f"/>, in a paragraph with quote marks, is sentences of unmarked speech: it starts
    /// with a capital letter and holds no quote mark and no spaced dash (an apposition between dashes: "… channel — Two Majors
    /// (Dva mayora) — wrote"). The sentences after the writer's report of speech up to the dash and its verb ("Gospodarz Kremla
    /// zaznaczył, że … "wysoce szkodliwe i błędne". I powiedziałem o tym kiedyś prezydentowi Bidenowi - podsumował.") had been
    /// dropped as no dialogue because no dash opens them. Measured: putin-biden quotes 181 -> 182, speakers 219 -> 220, cross
    /// predicted 1190 -> 1194 (true unchanged); nothing else moves.
    /// </summary>
    private static bool UnmarkedSentences(string text, RawQuote f)
    {
        if (f.Start >= f.End || !char.IsUpper(text[f.Start]))
        {
            return false;
        }

        for (int k = f.Start; k < f.End; k++)
        {
            if (TextChars.IsQuoteMark(text[k]) || (TextChars.IsDash(text[k]) && k > f.Start && char.IsWhiteSpace(text[k - 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the word right after the dash at <paramref name="dash"/> is a speech verb: Polish dash speech puts no comma before
    /// its dash ("Putin potrzebuje nowych wojsk, … po prostu ucieka – powiedział w środę w Kijowie …"), where a dateline's dash has
    /// a name after it ("NEW YORK — Donald Trump said that"), and an aside closed by a second dash before its sentence ends is the
    /// writer's ("… als – so wörtlich – "nützlicher Idiot""). Measured: putin-mobilization quotes 290 -> 291, cross predicted
    /// 1570 -> 1551 (true unchanged); nothing else moves.
    /// </summary>
    private static bool VerbOpensAttribution(string text, int dash, int to)
    {
        for (int k = dash + 2, end = Math.Min(to, dash + 1 + CueLookahead); k < end && text[k] is not ('.' or '!' or '?'); k++)
        {
            if (TextChars.IsDash(text[k]) && char.IsWhiteSpace(text[k - 1]))
            {
                return false;
            }
        }

        using var tokens = TokenWindow.RentLazy(text, dash + 1, Math.Min(to, dash + 1 + CueLookahead));
        return tokens.Has(0) && tokens[0].Kind == TokenKind.Word && char.IsLower(tokens[0].Text[0]) && AttributionCues.Match(tokens, 0) is { Cue.Role: CueRole.Verb };
    }

    /// <summary>
    /// True when [<paramref name="from"/>, <paramref name="to"/>) holds an editor's note in brackets that glosses a word inside its
    /// sentence ("втрати (на кораблі- ред.) там досить серйозні", "(the agreement – ed.)"): an editor explains words only inside a
    /// quotation. A note that closes its sentence ("… 5 listopada - przyp. red.).") is a footnote to the writer's own text.
    /// </summary>
    private static bool EditorNote(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (text[k] != ')')
            {
                continue;
            }

            int e = k;
            while (e > from && (text[e - 1] == '.' || char.IsWhiteSpace(text[e - 1])))
            {
                e--;
            }

            int b = e;
            while (b > from && char.IsLetter(text[b - 1]))
            {
                b--;
            }

            int after = k + 1;
            while (after < to && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (b > from && b < e && (text[b - 1] is '(' or ' ' or '-' or '–' or '—' or ',') && after < to && char.IsLetter(text[after])
                && EditorMarks.Contains(text.Substring(b, e - b).ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that sign an editor's note ("ред.", "red.", "ed.", "NDLR", "Anm.", "N.d.A."), compared in lower case.</summary>
    private static readonly HashSet<string> EditorMarks = new(["ред", "red", "ed", "ndlr", "anm", "nda"], StringComparer.Ordinal);

    /// <summary>True when the last character before <paramref name="dash"/> other than spaces ends a clause: a comma or a sentence's end.</summary>
    private static bool ClauseEndBefore(string text, int from, int dash)
    {
        int k = dash - 1;
        while (k > from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k] is ',' or '.' or '!' or '?' or '…';
    }

    /// <summary>True when the last character before <paramref name="end"/> other than spaces, commas and full stops is a quote mark.</summary>
    private static bool QuoteMarkBefore(string text, int from, int end)
    {
        int k = end - 1;
        while (k > from && (char.IsWhiteSpace(text[k]) || text[k] is ',' or '.'))
        {
            k--;
        }

        return k >= from && TextChars.IsQuoteMark(text[k]);
    }

    /// <summary>
    /// A quote whose opening mark was lost: a closing mark that closes nothing ("… коли кров може пролитися”, – сказав він.") with an
    /// attribution right after it. The speech runs from the paragraph's start, or from a colon after the last marked quote
    /// ("…, antes de revelar a resposta: Não, não vou … dívidas", declarou"). When the paragraph before reports speech
    /// (<paramref name="previous"/> reports speech: "وأشار … إلى أن …"), a closer that ends a sentence needs no attribution after
    /// it: the paragraph opens with the speech itself ("نحن نعمل منذ أعوام …». ومن …").
    /// </summary>
    private static void StrayCloser(ParagraphTokens paragraphs, Paragraph para, int p, IReadOnlyList<RawQuote> marked, int m, List<RawQuote> found, Paragraph? previous)
    {
        var text = paragraphs.Text;
        int regionStart = para.Start;
        int k = m;
        var s = text.AsSpan(para.Start, para.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is not ('”' or '»' or '"'))
            {
                continue;
            }

            int at = para.Start + i;
            while (k < marked.Count && marked[k].CloseEnd <= at)
            {
                regionStart = Math.Max(regionStart, marked[k].CloseEnd);
                k++;
            }

            if (k < marked.Count && marked[k].OpenPos <= at)
            {
                continue;
            }

            bool spacedCloser = QuoteMarks.IsSpacedCloserBeforeClause(s, i);
            if ((!QuoteMarks.CanCloseAt(s, i) && !spacedCloser) || (c == '"' && QuoteMarks.CanOpenAt(s, i)))
            {
                continue;
            }

            int colon = text.LastIndexOf(':', at - 1, at - regionStart);
            int start = colon >= regionStart ? colon + 1 : regionStart;
            int markFree = start;
            if (start == regionStart && regionStart != para.Start && NameOpensSpeech(text, marked[k - 1], para, c))
            {
                // ""Сергей Котов" е нов кораб, … И вече има такива опити", обяви Юсов.": the speech opens with a quoted name, and
                // its own opening mark, of the same design, was left out (a typographic rule: of two coinciding marks one is written).
                start = para.Start;
            }
            else if (start == regionStart && regionStart != para.Start)
            {
                // After a quote, the speech runs from a colon, or from the next sentence when that quote opens the paragraph or ends
                // its sentence as a sentence of its own ("… abastecida."Vamos … unidades". Mantê-los … frentes", disse Surovikin."). Measured: kherson quotes
                // 281 -> 283, same 119/138 -> 122/141, cross 658/931 -> 675/948; no other key moves.
                start = marked[k - 1].OpenPos == para.Start || QuoteIsSentence(text, para, marked[k - 1]) || LongQuoteEndsSentence(text, marked[k - 1]) ? NextSentence(text, regionStart, at) : -1;
                if (start < 0)
                {
                    return;
                }
            }

            if (HasQuoteMark(text, new Paragraph(markFree, at)))
            {
                return;
            }

            int after = at + 1;
            while (after < para.End && (char.IsWhiteSpace(text[after]) || text[after] == ',' || TextChars.IsDash(text[after])))
            {
                after++;
            }

            if (after < para.End && text[after] == '[' && text.IndexOf(']', after, Math.Min(12, para.End - after)) is int tag and > 0)
            {
                // A stray markup tag between the quote and its attribution ("negotiates,” [/b]Francis said").
                after = tag + 1;
            }

            if (AttributionFollows(text, after, Math.Min(para.End, after + CueLookahead), LostMarkCueWords, article: true)
                || (start == para.Start && markFree != start && VerbAndName(text, after, para.End))
                || (previous is { } before && start == para.Start && EndsSentence(text, at + 1, para.End) && ReportsSpeech(paragraphs, before)))
            {
                Add(text, start, start, at, at + 1, p, found);
            }

            return;
        }
    }

    /// <summary>
    /// True when <paramref name="quote"/>, a short quoted name (four words at most) that opens <paramref name="para"/>, is the subject
    /// of a sentence that goes on in lower case, and it closes with <paramref name="mark"/>, the design of the stray closer after it
    /// (""Русский добровольческий корпус" прийшов у Брянську область, … з режимом", зазначили вони."): a speech that opens with a
    /// quoted name writes one opening mark for both (ru/uk/bg typography drops one of two coinciding marks of the same design).
    /// With <see cref="VerbAndName"/> for a verb the cue lists lack ("обяви"). Measured: black-sea quotes 154 -> 158, speakers
    /// 131 -> 134, cross 141/204 -> 140/203; nothing else moves and no quote outside the keys is added.
    /// </summary>
    private static bool NameOpensSpeech(string text, RawQuote quote, Paragraph para, char mark)
    {
        if (quote.OpenPos != para.Start || quote.CloseEnd >= para.End || text[quote.CloseEnd - 1] != mark || CountWords(text, quote.Start, quote.End) > 4)
        {
            return false;
        }

        return text[quote.CloseEnd] == ' ' && quote.CloseEnd + 1 < para.End && char.IsLower(text[quote.CloseEnd + 1]);
    }

    /// <summary>
    /// True when the paragraph ends, from <paramref name="from"/>, in one lower-case word and a name of one or two capitalised words
    /// and a full stop (", обяви Юсов."): the shape of an attribution, whatever its verb.
    /// </summary>
    private static bool VerbAndName(string text, int from, int end)
    {
        int k = from;
        while (k < end && char.IsLower(text[k]))
        {
            k++;
        }

        if (k - from < 4 || k >= end || text[k] != ' ')
        {
            return false;
        }

        for (int names = 0; names < 2; names++)
        {
            k++;
            if (k >= end || !char.IsUpper(text[k]))
            {
                return false;
            }

            while (k < end && char.IsLetter(text[k]))
            {
                k++;
            }

            if (k == end - 1 && text[k] == '.')
            {
                return true;
            }

            if (k >= end || text[k] != ' ')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="quote"/> quotes a clause of five words or more that ends its sentence ("…, ma “oggi nessuno … dia alla
    /// Russia qualcosa”. . Non ci sarà nulla del genere”, ha aggiunto."): speech, not a scare quote, though it starts inside the writer's sentence.
    /// Measured: zaluzhny quotes 267 -> 268, speakers 289 -> 290; nothing else moves and no quote outside the keys is added.
    /// </summary>
    private static bool LongQuoteEndsSentence(string text, RawQuote quote) =>
        quote.CloseEnd < text.Length && text[quote.CloseEnd] is '.' or '!' or '?' && CountWords(text, quote.Start, quote.End) >= 5;

    /// <summary>True when a sentence's end follows <paramref name="from"/> (after spaces), or the paragraph ends there.</summary>
    private static bool EndsSentence(string text, int from, int end)
    {
        int k = from;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k >= end || text[k] is '.' or '!' or '?' or '…';
    }

    /// <summary>
    /// True when <paramref name="quote"/> is a sentence of its own: a sentence's end (or a colon) stands before its opening mark, and
    /// a full stop, question or exclamation mark right after its closing mark ("… abastecida."Vamos … unidades". …"), not a scare
    /// quote inside the writer's sentence ("Он назвал это "провокацией". …").
    /// </summary>
    private static bool QuoteIsSentence(string text, Paragraph para, RawQuote quote)
    {
        int k = quote.OpenPos - 1;
        while (k >= para.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return (k < para.Start || text[k] is '.' or '!' or '?' or ':') && quote.CloseEnd < text.Length && text[quote.CloseEnd] is '.' or '!' or '?';
    }

    /// <summary>
    /// Where the sentence after a quote that opens the paragraph starts, when only its full stop stands between ("“Ми … підрозділи”.
    /// Зокрема, … військовослужбовців”, - розповів він": the second sentence lost its opening mark), else -1.
    /// </summary>
    private static int NextSentence(string text, int from, int to)
    {
        int k = from;
        bool stop = false;
        while (k < to && (text[k] is '.' or '!' or '?' or '…' || char.IsWhiteSpace(text[k])))
        {
            stop |= !char.IsWhiteSpace(text[k]);
            k++;
        }

        return stop && k > from && k < to && char.IsWhiteSpace(text[k - 1]) && char.IsUpper(text[k]) ? k : -1;
    }

    /// <summary>
    /// True when <paramref name="next"/> is an attribution for <paramref name="para"/>: it opens with a dash and a speech cue among its
    /// first words ("- NATO Secretary General Jens Stoltenberg said …") or with a speech verb in lower case ("сказав Байден."), and
    /// <paramref name="para"/> neither opens nor closes with a quote mark (a marked quote has its own span).
    /// </summary>
    private static bool AttributedBelow(string text, Paragraph para, Paragraph next)
    {
        if (next.Start < 0 || next.End > text.Length || next.Length < 4 || para.Length == 0 || TextChars.IsQuoteMark(text[para.Start]) || QuoteMarkBefore(text, para.Start, para.End))
        {
            return false;
        }

        char first = text[next.Start];
        int to = Math.Min(next.End, next.Start + CueLookahead);
        if (TextChars.IsDash(first) && char.IsWhiteSpace(text[next.Start + 1]))
        {
            // "– предельно эмоционально высказался Пригожин.": adverbs may stand before the verb, as in dash speech.
            return AttributionFollows(text, next.Start + 1, to, LostMarkCueWords, adverb: true);
        }

        return char.IsLower(first) && AttributionFollows(text, next.Start, to, 1);
    }

    /// <summary>
    /// Where the statement of a quote card ends (after its last full stop), when <paramref name="para"/> closes with a share button
    /// ("Share", "Поделиться") or with a signature: two to eight capitalised words without punctuation whose second word
    /// (the surname) the article names elsewhere ("Volodymyr Zelenskyy President of Ukraine"); else -1.
    /// </summary>
    private static int CardEnd(Article article, Paragraph para)
    {
        var text = article.Text;
        if (para.Length < 20 || TextChars.IsQuoteMark(text[para.Start]))
        {
            return -1;
        }

        int end = para.End;
        int stop = -1;
        for (int k = end - 2; k > para.Start && end - k <= MaxCardTail; k--)
        {
            if (text[k] is '.' or '!' or '?' or '…' && char.IsWhiteSpace(text[k + 1]))
            {
                stop = k + 1;
                break;
            }
        }

        if (stop < 0)
        {
            return -1;
        }

        var tail = text.AsSpan(stop, end - stop).Trim();
        foreach (var button in ShareButtons)
        {
            if (tail.Equals(button, StringComparison.OrdinalIgnoreCase))
            {
                return stop;
            }
        }

        if (tail.Length == 0 || !char.IsUpper(tail[0]) || tail.IndexOfAny(".!?,;:") >= 0)
        {
            // A paragraph ending like a sentence (the common case) has no signature: nothing is allocated for it.
            return -1;
        }

        var words = tail.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The name, then a title that opens with a capital and may go on in lower case ("Belarusian dictator", "Prime minister").
        bool titled = words.Length > 2 && char.IsUpper(words[2][0]);
        if (words.Length is < 2 or > 8 || !char.IsUpper(words[0][0]) || !char.IsUpper(words[1][0])
            || HasNonNameWord(words, titled))
        {
            return -1;
        }

        bool named = text.AsSpan(0, para.Start).Contains(words[1], StringComparison.Ordinal) || text.AsSpan(para.End).Contains(words[1], StringComparison.Ordinal);
        return named ? stop : -1;
    }

    /// <summary>
    /// True when paragraph <paramref name="p"/> is the statement of a quote card printed as a paragraph of its own above a
    /// caption paragraph that names its speaker (see <see cref="QuoteCaptions.Name"/>: "…лишить нас своей истории, своих
    /// традиций, языка.¶Владимир ПутинПрезидент РФ"): a paragraph of eight words or more, in the first person, that opens with
    /// no quote mark, ends in no colon or question and crosses no marked quote, whose caption's surname the article names
    /// elsewhere (a photo caption under the writer's own paragraph, an author's box, is no quote). Measured: rdk-bryansk quotes
    /// 198 -> 202, speakers 243 -> 245, same 109/149 -> 125/168, cross 594/975 -> 611/963; putin-biden same 166/180 -> 167/181,
    /// cross 1069/1186 -> 1072/1190; nothing else moves. Without the first person (any paragraph above a caption whose name the
    /// article names): putin-carlson same 159/188 -> 150/175 and cross 1641 -> 1409 true pairs, zaluzhny speakers 290 -> 288: dropped.
    /// </summary>
    private static bool CaptionedCard(Article article, ParagraphTokens paragraphs, int p, IReadOnlyList<RawQuote> marked, int m)
    {
        if (p + 1 >= article.Paragraphs.Count)
        {
            return false;
        }

        var text = article.Text;
        var para = article.Paragraphs[p];
        var caption = article.Paragraphs[p + 1];
        if (TextChars.IsQuoteMark(text[para.Start]) || text[para.End - 1] is ':' or '?' || QuoteCaptions.Name(text, caption) is not { } name
            || CountWords(text, para.Start, para.End) < QuoteCaptions.MinStatementWords || !QuoteCaptions.NamedElsewhere(text, para, caption, name))
        {
            return false;
        }

        return FirstPersonBlock(paragraphs, para, article.Language) && !Crosses(new RawQuote(para.Start, para.Start, para.End, para.End, ' ', false, p, p), marked, m);
    }

    /// <summary>
    /// Whether a word of a card's signature is no part of a name and title: a character other than a letter, hyphen or
    /// apostrophe, or a lower-case word that is no connector, unless it is the title's (the fourth word on, after a capital).
    /// </summary>
    private static bool HasNonNameWord(string[] words, bool titled)
    {
        for (int n = 0; n < words.Length; n++)
        {
            var w = words[n];
            foreach (char c in w)
            {
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’'))
                {
                    return true;
                }
            }

            if (!char.IsUpper(w[0]) && !CardConnectors.Contains(w) && !(titled && n >= 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest words of a paragraph in another language taken as the original of a quote above it.</summary>
    private const int MinOriginalWords = 6;

    /// <summary>How many paragraphs above may hold the quote whose original a paragraph in another language is.</summary>
    private const int OriginalReach = 2;

    /// <summary>Links that pages glue to the end of an embedded post.</summary>
    private static readonly string[] PostLinks = ["pic.twitter.com", "https://t.co/", "http://t.co/", "https://t.me/", "https://x.com/", "https://twitter.com/"];

    /// <summary>
    /// Where the quote ends when <paramref name="para"/> (no quote mark) is the original of a quote just above it: at least
    /// <see cref="MinOriginalWords"/> words written in another language than the article's (another script, or a known
    /// language that scores more than twice the article's on it), within <see cref="OriginalReach"/> paragraphs after a
    /// marked quote, as pages paste the post or statement they translate (a link to the post at its end is cut off). Null
    /// otherwise, and for an article of unknown language.
    /// </summary>
    private static int? EmbeddedOriginal(string text, Paragraph para, string? articleLanguage, IReadOnlyList<Paragraph> paragraphs, int p, IReadOnlyList<RawQuote> marked, int m)
    {
        if (articleLanguage is not { Length: > 0 } || articleLanguage == Text.Languages.LanguageGuess.Undetermined)
        {
            return null;
        }

        // Most paragraphs follow no quote: that is looked at first, before the paragraph's own letters.
        bool quoteAbove = false;
        for (int q = p - 1; q >= Math.Max(1, p - OriginalReach) && !quoteAbove; q--)
        {
            quoteAbove = Quoted(paragraphs[q], marked, m);
        }

        if (!quoteAbove || IsCaption(text, para))
        {
            return null;
        }

        int end = para.End;
        foreach (var link in PostLinks)
        {
            int at = text.IndexOf(link, para.Start, para.Length, StringComparison.Ordinal);
            end = at > para.Start ? Math.Min(end, at) : end;
        }

        // The quote above (in the story, not its headline, paragraph 0, which a photo caption may follow) is a translation of
        // it: their lengths agree as a translation's do.
        bool after = false;
        for (int q = p - 1; q >= Math.Max(1, p - OriginalReach) && !after; q--)
        {
            after = Quoted(paragraphs[q], marked, m, end - para.Start);
        }

        if (!after)
        {
            return null;
        }

        var words = text.AsSpan(para.Start, end - para.Start);
        int count = 0, latin = 0, cyrillic = 0, arabic = 0;
        bool inWord = false;
        foreach (char c in words)
        {
            bool letter = char.IsLetter(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
            latin += c is >= 'A' and <= 'z' or >= '\u00C0' and <= '\u024F' ? 1 : 0;
            cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06FF' ? 1 : 0;
        }

        if (count < MinOriginalWords)
        {
            return null;
        }

        string script = arabic > latin + cyrillic ? "arabic" : cyrillic > latin ? "cyrillic" : "latin";
        string articleScript = articleLanguage is "ar" or "fa" ? "arabic" : articleLanguage is "ru" or "uk" or "bg" or "sr" or "mk" or "be" ? "cyrillic" : "latin";
        if (script != articleScript)
        {
            // Another script, and words of a language the identifier knows (not a list of names or codes in Latin letters).
            return script != "arabic" && !Text.Languages.LanguageIdentifier.Identify(words.ToString()).IsFallback ? end : null;
        }

        // In one script, only against an article language the identifier knows (a Bulgarian paragraph is no Russian original).
        string primary = Text.StopWords.Primary(articleLanguage);
        if (!Text.Languages.LanguageIdentifier.Languages.Contains(primary))
        {
            return null;
        }

        var guess = Text.Languages.LanguageIdentifier.IdentifyQuote(words.ToString(), articleLanguage);
        return !guess.IsFallback && guess.Language != primary ? end : null;
    }

    /// <summary>The most the length of an original and of its translation above may differ (ratio of character lengths).</summary>
    private const double MaxOriginalLengthRatio = 1.8;

    /// <summary>
    /// True for a photo caption ("epa11111030 Russian President … (R) and … (L) attend …": a first word holding a digit, an
    /// agency's picture number, or the (L), (R), (C) that place the people shown) or a bracketed link to another story
    /// ("[El jefe del espionaje ruso afirma …]").
    /// </summary>
    private static bool IsCaption(string text, Paragraph para)
    {
        var span = text.AsSpan(para.Start, para.Length);
        int space = span.IndexOf(' ');
        var first = space < 0 ? span : span[..space];
        return span.Length == 0 || span[0] is '[' or '(' || first.IndexOfAnyInRange('0', '9') >= 0 || span.Contains("(L)", StringComparison.Ordinal) || span.Contains("(R)", StringComparison.Ordinal)
            || span.Contains("(C)", StringComparison.Ordinal);
    }

    /// <summary>"— President Biden (@POTUS) March 26, 2024": the signature line of an embedded social-media post.</summary>
    private static bool IsPostSignature(string text, Paragraph para)
    {
        if (para.Length > 120 || !TextChars.IsDash(text[para.Start]) || !char.IsDigit(text[para.End - 1]))
        {
            return false;
        }

        int handle = text.IndexOf("(@", para.Start, para.Length, StringComparison.Ordinal);
        return handle > para.Start + 2 && text.IndexOf(')', handle, para.End - handle) > handle;
    }

    /// <summary>The paragraphs of an embedded post above its signature at <paramref name="p"/>: unmarked ones, together no longer than a post.</summary>
    private static void Post(ParagraphTokens shared, IReadOnlyList<Paragraph> paragraphs, int p, IReadOnlyList<RawQuote> marked, List<RawQuote> found)
    {
        var text = shared.Text;
        int total = 0;
        for (int q = p - 1; q >= 0; q--)
        {
            var para = paragraphs[q];
            total += para.Length;
            if (para.Start < 0 || para.End > text.Length || para.Length == 0 || total > MaxPostChars || HasQuoteMark(text, para)
                || found.Exists(f => f.End > para.Start && f.Start < para.End) || marked.Any(r => r.CloseEnd > para.Start && r.OpenPos < para.End)
                || HasSpeechVerb(shared, para))
            {
                // The writer's own paragraph ("The president wrote on X:") ends the post.
                return;
            }

            Add(text, para.Start, para.Start, para.End, para.End, q, found);
        }
    }

    /// <summary>
    /// Words of the first person ("I", "we", "our", "я", "мы", "nous"): a paragraph of them after a quote is the speaker's. In
    /// Portuguese, Spanish and Italian, which drop the subject, a verb of the first person plural counts too
    /// (<see cref="FirstPersonPluralVerb"/>: "Apelamos a que deixem as cidades", the second paragraph of a statement after
    /// "Declaração:", had been left out of it).
    /// </summary>
    private static readonly HashSet<string> FirstPersonWords = new(
        ["i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're", "we've", "we'll", "us", "our",
         "je", "j", "moi", "nous", "notre", "ich", "mich", "mir", "wir", "uns", "unser", "unsere", "unseren", "unserer",
         "yo", "nosotros", "nuestro", "nuestra", "io", "noi", "nostro", "nostra", "eu", "nós", "nosso", "nossa",
         "я", "мы", "мне", "меня", "нас", "нам", "наш", "наша", "наше", "наши", "нашей", "наших", "ми", "мені", "мене", "наші", "нашої",
         "ik", "wij", "ons", "onze", "mijn", "nostru", "noastră", "noștri", "noştri", "noastre", "mina", "ma", "meie", "minu", "meil",
         "meid", "mul", "nossos", "nossas", "نحن", "أنا"],
        StringComparer.Ordinal);

    /// <summary>Rules out most words as <see cref="FirstPersonWords"/> without making their strings.</summary>
    private static readonly WordFilter FirstPersonFilter = new(FirstPersonWords, 10);

    /// <summary>
    /// Pronouns of the first or second person that are other words in other languages, with the languages where they are pronouns:
    /// in an article of another (known) language they count for nothing.
    /// </summary>
    private static readonly Dictionary<string, string[]> PronounLanguages = new(StringComparer.Ordinal)
    {
        ["i"] = ["en"],                                      // "I"; the plural article in Italian ("I terroristi …"), "and" in Polish, opening a sentence
        ["ja"] = ["pl", "cs", "sk", "sl", "hr", "sr", "bs"], // "I"; "and" in Estonian and Finnish, "yes" in German, Dutch and the Nordic languages
        ["nos"] = ["fr", "es", "ca"],                        // "our", "us"; "in the" in Portuguese ("nos Estados Unidos")
        ["ma"] = ["fr", "et"],                               // "my", "I"; "but" in Italian, "has" in Polish
        ["mes"] = ["fr", "ca"],                              // "my"; "month" in Spanish
        ["uns"] = ["de"],                                    // "us"; "some" in Portuguese
        ["eu"] = ["pt", "ro", "gl"],                         // "I"; "had" in French
        ["we"] = ["en", "nl"],                               // "in" in Polish
        ["je"] = ["fr", "nl"],                               // "I", "you"; "is" in Czech, Slovak, Slovene and Croatian
        ["mir"] = ["de"],                                    // "me"; "peace" in Slovene and Croatian
        ["onze"] = ["nl"],                                   // "our"; "eleven" in French and Portuguese
        ["mina"] = ["et"],                                   // "I"; "mine" in Spanish and Portuguese
        ["voi"] = ["ro", "it"],                              // "you"; "I can" in Finnish
    };

    /// <summary>
    /// True when the word <paramref name="text"/> (comparison form <paramref name="norm"/>), listed as a pronoun, is one in an article of
    /// <paramref name="language"/>: "US", "EU" are no pronouns, nor the lower-case "i" ("and" in Polish, "the" in Italian), nor a word
    /// of <see cref="PronounLanguages"/> outside its languages (an unknown language keeps them all).
    /// </summary>
    private static bool PersonWordIn(string norm, string text, string language)
    {
        if ((text.Length > 1 && char.IsUpper(text[1])) || text is "i")
        {
            return false;
        }

        return !PronounLanguages.TryGetValue(norm, out var languages) || language.Length != 2 || Array.IndexOf(languages, language) >= 0;
    }

    /// <summary>The fewest words a paragraph of a block quote that lost its marks has.</summary>
    private const int BlockMinWords = 8;

    /// <summary>
    /// True when <paramref name="para"/> (a paragraph with no quote mark) reads as speech: at least <see cref="BlockMinWords"/> words,
    /// a word of the first person and no question at its end.
    /// </summary>
    private static bool FirstPersonBlock(ParagraphTokens paragraphs, Paragraph para, string language)
    {
        var text = paragraphs.Text;
        if (text[para.End - 1] is '?' or ':')
        {
            return false;
        }

        // Only the bounds and kinds of the tokens are read, and the strings of the few words the filter cannot rule out: the
        // scan runs over every paragraph without quote marks.
        var tokens = paragraphs.Of(para.Start, para.End);
        int words = 0;
        bool person = false;
        var primary = Text.StopWords.Primary(language);
        bool dropsPronoun = primary is "pt" or "es" or "it";
        for (int k = 0; k < tokens.Count && !(person && words >= BlockMinWords); k++)
        {
            if (tokens.Kind(k) != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (!person && tokens.MayBeWord(k, FirstPersonFilter))
            {
                person = FirstPersonWords.Contains(tokens[k].Norm) && PersonWordIn(tokens[k].Norm, tokens[k].Text, language);
            }

            if (!person && dropsPronoun)
            {
                // Read in place: the scan makes no string of a word it does not keep.
                person = FirstPersonPluralVerb(text.AsSpan(tokens.Start(k), tokens.Length(k)), primary);
            }
        }

        return person && words >= BlockMinWords;
    }

    /// <summary>
    /// True for a verb in the first person plural of a language that drops its subject pronoun: Portuguese and Spanish
    /// "-amos", "-emos", "-imos" ("Apelamos", "Exigimos"), with an enclitic "-mo-nos" ("Dirigimo-nos"), Italian "-iamo"
    /// ("Chiediamo"); words of six letters or more.
    /// </summary>
    private static bool FirstPersonPluralVerb(ReadOnlySpan<char> word, string language) =>
        word.Length >= 6 && (language == "it"
            ? word.EndsWith("iamo", StringComparison.OrdinalIgnoreCase)
            : word.EndsWith("amos", StringComparison.OrdinalIgnoreCase) || word.EndsWith("emos", StringComparison.OrdinalIgnoreCase)
              || word.EndsWith("imos", StringComparison.OrdinalIgnoreCase) || word.Contains("mo-nos", StringComparison.OrdinalIgnoreCase));

    /// <summary>The most paragraphs a statement opened once and never closed may run on for (<see cref="StatementTail"/>).</summary>
    private const int MaxStatementTail = 12;

    /// <summary>
    /// True when the paragraphs from <paramref name="from"/> to the end of the article (one to <see cref="MaxStatementTail"/>) hold
    /// no quote mark and no attribution, and one of them speaks in the first person: the rest of a statement whose quote opened
    /// and never closed.
    /// </summary>
    private static bool StatementTail(ParagraphTokens paragraphs, Article article, int from, IReadOnlyList<RawQuote> marked, int m)
    {
        var all = article.Paragraphs;
        if (from >= all.Count || all.Count - from > MaxStatementTail || marked.Count > m + 1)
        {
            return false;
        }

        bool firstPerson = false;
        for (int t = from; t < all.Count; t++)
        {
            var para = all[t];
            if (para.Start >= para.End || HasMarks(article.Text, para) || Cued(paragraphs, para) || ReportsSpeech(paragraphs, para))
            {
                return false;
            }

            firstPerson = firstPerson || FirstPersonBlock(paragraphs, para, article.Language);
        }

        return firstPerson;
    }

    /// <summary>True when a marked quote of <paramref name="para"/> never closes and so runs to the paragraph's end.</summary>
    private static bool EndsUnclosed(Paragraph para, IReadOnlyList<RawQuote> marked, int m)
    {
        for (int k = m; k < marked.Count && marked[k].OpenPos < para.End; k++)
        {
            if (marked[k].Unclosed && marked[k].OpenPos >= para.Start && marked[k].End >= para.End - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="previous"/>, the paragraph before the marked quote <paramref name="m"/>, ends inside a quote that
    /// opened at its start (or in a paragraph before it) and never closed: a long quote whose paragraphs each open with a mark.
    /// </summary>
    private static bool RunsOnUnclosed(Paragraph previous, IReadOnlyList<RawQuote> marked, int m)
    {
        for (int k = m - 1; k >= 0 && marked[k].CloseEnd > previous.Start; k--)
        {
            if (marked[k].Unclosed && marked[k].OpenPos <= previous.Start && marked[k].End >= previous.End - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every marked quote in <paramref name="para"/> lies inside it and has at most two words (a name, a scare quote).</summary>
    private static bool OnlyShortQuotes(string text, Paragraph para, IReadOnlyList<RawQuote> marked, int m)
    {
        for (int k = m; k < marked.Count && marked[k].OpenPos < para.End; k++)
        {
            var q = marked[k];
            if (q.OpenPos < para.Start || q.CloseEnd > para.End || q.End - q.Start > 40 || CountWords(text, q.Start, q.End) > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of words in [<paramref name="from"/>, <paramref name="to"/>): runs of letters and digits.</summary>
    private static int CountWords(string text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int k = from; k < to; k++)
        {
            bool letter = char.IsLetterOrDigit(text[k]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// True when <paramref name="para"/>, the paragraph before the marked quote <paramref name="m"/>, holds a marked quote; with
    /// <paramref name="length"/> (not 0), one whose length agrees with it as a translation's (<see cref="MaxOriginalLengthRatio"/>).
    /// </summary>
    private static bool Quoted(Paragraph para, IReadOnlyList<RawQuote> marked, int m, int length = 0)
    {
        for (int k = m - 1; k >= 0 && marked[k].CloseEnd > para.Start; k--)
        {
            int quoted = marked[k].End - marked[k].Start;
            if (marked[k].OpenPos >= para.Start && marked[k].CloseEnd <= para.End
                && (length == 0 || Math.Max(quoted, length) <= MaxOriginalLengthRatio * Math.Min(quoted, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="para"/>, the paragraph before the marked quote <paramref name="m"/>, is one marked quote from its
    /// start to its end (a closing full stop or comma aside): a paragraph of speech whose next paragraph, when it speaks in the
    /// first person, goes on with it unmarked ("На місці військових я б … якісь варіанти".¶Тому що ми тоді полегшуємо роботу агресору.").
    /// Measured: zaluzhny quotes 258 -> 262, speakers 279 -> 284, same 92/116 -> 93/117, cross 594/708 -> 625/753; nothing else moves.
    /// It needs the capital "I" read as a pronoun in English only (<see cref="PronounLanguages"/>), which keeps it off Italian
    /// "I terroristi …" (lukashenko would lose same 195 -> 175, cross 1189 -> 819); that alone moves rdk-bryansk same 109/149 ->
    /// 108/148, cross 581/962 -> 594/975.
    /// </summary>
    private static bool WhollyQuoted(string text, Paragraph para, IReadOnlyList<RawQuote> marked, int m)
    {
        for (int k = m - 1; k >= 0 && marked[k].CloseEnd > para.Start; k--)
        {
            if (marked[k].OpenPos == para.Start && marked[k].CloseEnd <= para.End && !marked[k].Unclosed)
            {
                int end = marked[k].CloseEnd;
                while (end < para.End && (char.IsWhiteSpace(text[end]) || text[end] is '.' or ','))
                {
                    end++;
                }

                return end == para.End;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="para"/> ends with a colon (white space aside): a lead-in.</summary>
    private static bool EndsWithColon(string text, Paragraph para)
    {
        int k = para.End - 1;
        while (k > para.Start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k >= para.Start && text[k] == ':';
    }

    /// <summary>How many words may stand before the speech verb of a report that opens a paragraph (see <see cref="OpensReporting"/>).</summary>
    private const int ReportOpeningWords = 6;

    /// <summary>True when <paramref name="para"/> opens with reported speech: a speech verb among its first words and a complementizer after it ("Він сказав, що …", "Шойгу отдал приказ и добавил, что …").</summary>
    private static bool OpensReporting(ParagraphTokens paragraphs, Paragraph para)
    {
        var tokens = paragraphs.Of(para.Start, para.End);
        for (int k = 0, seen = 0; k < tokens.Count && seen < ReportOpeningWords; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            seen++;
            if (AttributionCues.Match(tokens, k) is ({ Role: CueRole.Verb }, int length) && ComplementizerWithin(tokens, k + length, 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="para"/> holds a speech cue ("По словам Путина, Пригожин «…»").</summary>
    private static bool Cued(ParagraphTokens paragraphs, Paragraph para)
    {
        var tokens = paragraphs.Of(para.Start, para.End);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (AttributionCues.Match(tokens, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand between a speech verb and the complementizer of its reported clause (a verb-first subject).</summary>
    private const int ReportedClauseReach = 6;

    /// <summary>Words that open the reported clause after a speech verb ("says that", "заявил, что", "заявив, що", "a declarat că").</summary>
    private static readonly HashSet<string> ReportingComplementizers = new(
        ["that", "que", "qu", "qu'", "что", "що", "dass", "daß", "că", "che", "dat", "że", "ότι", "att", "أن", "إن", "ان", "بأن", "أنه", "إنه", "انه"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="para"/> reports speech: a speech verb followed within <see cref="ReportedClauseReach"/> words by a
    /// complementizer ("Prigozhin says that …", "лукашенко заявив, що …", "وأشار الوزير سامي حداد إلى أن …": Arabic puts the
    /// subject between). The paragraph after it, when it speaks in the first person, is the speech itself.
    /// </summary>
    private static bool ReportsSpeech(ParagraphTokens paragraphs, Paragraph para)
    {
        var tokens = paragraphs.Of(para.Start, para.End);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (AttributionCues.Match(tokens, k) is ({ Role: CueRole.Verb }, int length) && ComplementizerWithin(tokens, k + length, ReportedClauseReach))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a <see cref="ReportingComplementizers"/> word stands among the first <paramref name="reach"/> words from token <paramref name="from"/>.</summary>
    private static bool ComplementizerWithin(TokenWindow tokens, int from, int reach)
    {
        for (int j = from, words = 0; j < tokens.Count && words < reach; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (ReportingComplementizers.Contains(tokens[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words that tell of someone speaking at an event, with no reported clause after them ("Macron s'exprimait en conférence de
    /// presse …", "Speaking at a rally, …", "Выступая на форуме, …"): the paragraph after it, when it speaks in the first person, is
    /// the speech (a page that set the remarks as a block quote and lost its marks).
    /// </summary>
    private static readonly HashSet<string> SpeechEvents = new(
        ["spoke", "speaking", "s'exprimait", "s'exprime", "s'exprimant", "exprimé", "exprimée", "sprach", "sprechend", "выступил", "выступила", "выступая",
         "виступив", "виступила", "виступаючи", "habló", "hablando", "parlando", "falando", "vorbind", "sprak", "przemawiał", "przemawiając"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="para"/> tells of someone speaking at an event (<see cref="SpeechEvents"/>).</summary>
    private static bool SpeaksAt(ParagraphTokens paragraphs, Paragraph para)
    {
        var tokens = paragraphs.Of(para.Start, para.End);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens.Kind(k) == TokenKind.Word && SpeechEvents.Contains(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words a line of a block quote's tail has (see <see cref="PlainTail"/>).</summary>
    private const int PlainLineMaxWords = 30;

    /// <summary>The fewest short lines that end a page for them to be read as a list of remarks (see <see cref="PlainTail"/>).</summary>
    private const int PlainListMinLines = 3;

    /// <summary>
    /// The index of the first paragraph of the run that ends the article in which every paragraph is a plain line: one sentence
    /// of at most <see cref="PlainLineMaxWords"/> words, no quote mark, no attribution, not a question, a lead-in or an editor's
    /// note in brackets ("[EXCERPT TRUNCATED HERE]"); the paragraph count when the last paragraph is not one.
    /// </summary>
    private static int PlainTail(ParagraphTokens paragraphs, IReadOnlyList<Paragraph> all)
    {
        var text = paragraphs.Text;
        int first = all.Count;
        for (int p = all.Count - 1; p >= 0; p--)
        {
            var para = all[p];
            if (para.Start < 0 || para.End > text.Length || para.Start >= para.End || text[para.End - 1] is '?' or ':' || text[para.Start] == '['
                || HasMarks(text, para) || Cued(paragraphs, para))
            {
                break;
            }

            var tokens = paragraphs.Of(para.Start, para.End);
            int words = 0;
            bool oneSentence = true;
            for (int k = 0; k < tokens.Count && oneSentence; k++)
            {
                if (tokens.Kind(k) == TokenKind.Word)
                {
                    words++;
                }
                else if (k + 1 < tokens.Count && text[tokens.Start(k)] is '.' or '!' or '?')
                {
                    oneSentence = false;
                }
            }

            if (!oneSentence || words == 0 || words > PlainLineMaxWords)
            {
                break;
            }

            first = p;
        }

        return first;
    }

    /// <summary>The most words of a label line between an attribution and its block quote (see <see cref="IsLabel"/>).</summary>
    private const int LabelMaxWords = 2;

    /// <summary>
    /// True for a label line a page sets between a story's attribution and the block quote that follows ("This was stated by
    /// John Kirby …¶Details¶Putin should stay out of our elections. I think …"): one or two words, no sentence punctuation.
    /// </summary>
    internal static bool IsLabel(string text, Paragraph para)
    {
        if (para.Start < 0 || para.End > text.Length || para.Length == 0 || para.Length > 40)
        {
            return false;
        }

        var line = text.AsSpan(para.Start, para.Length).Trim();
        if (line.Length == 0 || !char.IsUpper(line[0]) || line.IndexOfAny(".,;:!?\"«»“”„") >= 0)
        {
            return false;
        }

        return line.Count(' ') + 1 <= LabelMaxWords;
    }

    /// <summary>True when a speech verb stands in <paramref name="para"/> ("wrote", "said", "заявил").</summary>
    private static bool HasSpeechVerb(ParagraphTokens paragraphs, Paragraph para)
    {
        var tokens = paragraphs.Of(para.Start, para.End);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="speech"/> overlaps a marked quote without containing it whole.</summary>
    private static bool Crosses(RawQuote speech, IReadOnlyList<RawQuote> marked, int from)
    {
        for (int k = from; k < marked.Count && marked[k].OpenPos < speech.CloseEnd; k++)
        {
            var q = marked[k];
            bool overlaps = q.OpenPos < speech.CloseEnd && q.CloseEnd > speech.Start;
            bool inside = q.OpenPos >= speech.Start && q.CloseEnd <= speech.End;
            if (overlaps && !inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the paragraph holds a real quote mark: the fast search for any mark first, then <see cref="HasQuoteMark"/>.</summary>
    private static bool HasMarks(string text, Paragraph para) =>
        QuoteMarks.IndexOfMark(text.AsSpan(para.Start, para.Length)) >= 0 && HasQuoteMark(text, para);

    /// <summary>True when the paragraph holds a real quote mark (not an apostrophe inside a word).</summary>
    private static bool HasQuoteMark(string text, Paragraph para)
    {
        var s = text.AsSpan(para.Start, para.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (TextChars.IsQuoteMark(s[i]) && !QuoteMarks.IsApostrophe(s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="para"/> opens with a dash and a space: a line of dash dialogue ("– Vi står …", "— Мы …").</summary>
    private static bool IsDialogueLine(string text, Paragraph para) =>
        para.Length > 2 && TextChars.IsDash(text[para.Start]) && char.IsWhiteSpace(text[para.Start + 1]);

    /// <summary>
    /// Dash dialogue: stretches that end at a dash followed by an attribution ("– powiedział Franciszek", "- Peskov said"); in a
    /// paragraph that opens with a dash, also at a comma, question or exclamation mark followed by one (the Scandinavian and
    /// Finnish convention: "– Vi står i en alvorlig situation, siger statsministeren.", "– Hvorfor nu? spørger hun.").
    /// </summary>
    private static void Dashes(string text, int from, int to, int p, List<RawQuote> found)
    {
        int speechStart = from;
        int openPos = from;
        bool dialogue = TextChars.IsDash(text[from]) && from + 1 < to && char.IsWhiteSpace(text[from + 1]);
        if (dialogue)
        {
            speechStart = from + 1;
        }

        bool open = true;
        int closedAt = -1;
        for (int i = from + 1; i + 1 < to; i++)
        {
            if (dialogue && open && text[i] is ',' or '?' or '!' && char.IsWhiteSpace(text[i + 1]) && DialogueAttribution(text, i + 1, to, namedSubject: text[from] != '-'))
            {
                // "– …, siger hun. – …": the attribution after a comma ends the speech; a dash after its sentence reopens it.
                int end = text[i] == ',' ? i : i + 1;
                Add(text, openPos, speechStart, end, end, p, found);
                open = false;
                continue;
            }

            // "…, – сказал он", and "…,– цитирует его ТАСС" with the space before the dash left out.
            if (!TextChars.IsDash(text[i]) || !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ',') || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            if (open && AttributionFollows(text, i + 1, Math.Min(to, i + 1 + CueLookahead), adverb: true))
            {
                if (openPos != from || dialogue || !(Apposition(text, from, i) || OpensWithReport(text, from, i)))
                {
                    Add(text, openPos, speechStart, i, i, p, found);
                }
                else if (!Apposition(text, from, i) && NextSentenceStart(text, from, i) is int first and > 0)
                {
                    // "Załużny przyznał, że mylił się …. To był mój błąd. … wojnę - zauważył.": the writer's report of speech opens the
                    // paragraph, and the sentences after it, up to the dash and its verb, are the speaker's own words. Measured with the
                    // rule below: zaluzhny quotes 262 -> 267, speakers 284 -> 289, same 93/117 -> 98/122, cross 628/758 -> 657/786, kherson
                    // quotes +1; no other key moves and no quote outside the keys is added.
                    Add(text, first, first, i, i, p, found);
                }

                open = false;
                closedAt = i;
                continue;
            }

            // "… - powiedział Dmitrij Pieskow. Kijowski reżim … perspektywy - dodał.": after an attribution's sentence, the sentences up
            // to the next dash and its verb are speech again, with no dash to reopen them.
            if (!open && closedAt >= 0 && AttributionFollows(text, i + 1, Math.Min(to, i + 1 + CueLookahead), adverb: true)
                && NextSentenceStart(text, closedAt, i) is int next and > 0)
            {
                Add(text, next, next, i, i, p, found);
                closedAt = i;
                continue;
            }

            // "Writer's sentence. – Speech – powiedział": a dash after a sentence opens the speech that the paragraph's start did not.
            if (open && openPos == from && !TextChars.IsDash(text[from]) && SentenceEndBefore(text, i, from))
            {
                openPos = i;
                speechStart = i + 1;
                continue;
            }

            // ". – Dalej ...": after an attribution, a dash that follows the end of a sentence reopens the speech.
            if (!open && SentenceEndBefore(text, i, from))
            {
                open = true;
                openPos = i;
                speechStart = i + 1;
            }
        }

        if (open && openPos > from)
        {
            Add(text, openPos, speechStart, to, to, p, found);
        }
    }

    /// <summary>The most words of a name before a dash that opens an apposition ("Andrii Yusov – a representative of … – claimed").</summary>
    private const int AppositionNameWords = 4;

    /// <summary>
    /// True when the stretch [<paramref name="from"/>, <paramref name="dash"/>) before a dash and a speech verb is a name and an
    /// apposition between dashes ("Andrii Yusov – a representative of the intelligence directorate – claimed …"): one spaced dash
    /// inside, up to <see cref="AppositionNameWords"/> capitalised words before it, and no comma before the closing dash (dash
    /// speech in Russian and Ukrainian puts one there: "Это — ложь, — сказал он").
    /// </summary>
    private static bool Apposition(string text, int from, int dash)
    {
        int end = dash;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == from || text[end - 1] == ',')
        {
            return false;
        }

        int inner = -1;
        for (int k = from + 1; k + 1 < end; k++)
        {
            if (TextChars.IsDash(text[k]) && char.IsWhiteSpace(text[k - 1]) && char.IsWhiteSpace(text[k + 1]))
            {
                if (inner >= 0)
                {
                    return false;
                }

                inner = k;
            }
        }

        if (inner < 0)
        {
            return false;
        }

        int words = 0;
        bool inWord = false;
        for (int k = from; k < inner; k++)
        {
            char c = text[k];
            bool letter = char.IsLetter(c) || (inWord && c is '-' or '\'' or '’' or '.');
            if (letter && !inWord && (!char.IsUpper(c) || ++words > AppositionNameWords))
            {
                return false;
            }

            if (!letter && !char.IsWhiteSpace(c))
            {
                return false;
            }

            inWord = letter;
        }

        return words > 0;
    }

    /// <summary>How many words may open a stretch before its speech verb when the writer frames reported speech ("Білоруський диктатор заявив, що …").</summary>
    private const int ReportFrameWords = 5;

    /// <summary>
    /// True when the stretch [<paramref name="from"/>, <paramref name="to"/>) opens as the writer's report of speech: a speech verb among its
    /// first <see cref="ReportFrameWords"/> words and a complementizer right after it ("Білоруський диктатор заявив, що нападники …, —
    /// пише glavcom": indirect speech that an outlet's credit closes, not dash speech).
    /// </summary>
    private static bool OpensWithReport(string text, int from, int to)
    {
        using var tokens = TokenWindow.RentLazy(text, from, Math.Min(to, from + CueLookahead));
        for (int k = 0, words = 0; words < ReportFrameWords && tokens.Has(k); k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (AttributionCues.Match(tokens, k) is not ({ Role: CueRole.Verb }, int length))
            {
                continue;
            }

            for (int j = k + length; j < k + length + 2 && tokens.Has(j); j++)
            {
                if (tokens[j].Kind == TokenKind.Word)
                {
                    return ReportingComplementizers.Contains(tokens[j].Norm);
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "Said" in Norwegian and Swedish ("– …, sa han"): a word of other languages too (Slovak "sa", Italian "sa", Romanian
    /// "sa"), so it is no cue of its own and counts only right after a comma that ends a line of dash dialogue.
    /// </summary>
    private const string NordicSaid = "sa";

    /// <summary>
    /// True when the attribution of a line of dash dialogue starts at <paramref name="from"/>, after its comma: a speech verb first
    /// ("siger statsministeren", "sagde hun", "сказал он", "a déclaré Macron", "sa han"). A subject first ("…, officials said") is the
    /// English order, where a line opening with a hyphen is a bullet of the writer's, not speech; after a dialogue dash (en or
    /// em, <paramref name="namedSubject"/>) a capitalised subject of up to <see cref="DialogueSubjectWords"/> words may stand
    /// before the verb ("– …, Vladimir Putin said according to AFP.").
    /// </summary>
    private static bool DialogueAttribution(string text, int from, int paragraphEnd, bool namedSubject)
    {
        int to = Math.Min(paragraphEnd, from + CueLookahead);
        int k = from;
        while (k < to && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        bool said = k + NordicSaid.Length < to && string.CompareOrdinal(text, k, NordicSaid, 0, NordicSaid.Length) == 0 && char.IsWhiteSpace(text[k + NordicSaid.Length]);
        // "– He has more experience. He is predictable …, Vladimir Putin said according to AFP.": after a dialogue dash (not a
        // hyphen, which opens the bullets of a summary: "- The bridge will reopen …, Moore said."), a named subject may stand
        // before the verb.
        return k < to && char.IsLetter(text[k]) && (said || AttributionFollows(text, k, to, namedSubject ? DialogueSubjectWords + 1 : 1))
            && ShortAttribution(text, k, paragraphEnd);
    }

    /// <summary>The most words of a capitalised subject before the verb of an attribution after dash dialogue ("Vladimir Putin said").</summary>
    private const int DialogueSubjectWords = 3;

    /// <summary>The most words an attribution after dash dialogue has before its sentence ends ("siger statsminister Mette Frederiksen til DR").</summary>
    private const int DialogueAttributionWords = 8;

    /// <summary>
    /// True when the words from <paramref name="from"/> reach a sentence's end, a colon, a dash or the paragraph's end <paramref name="to"/>
    /// within <see cref="DialogueAttributionWords"/> words: an attribution is short ("siger hun."), the writer's sentence of a dash bullet
    /// goes on ("- Il cancelliere tedesco, Olaf Scholz, ha ribadito il suo rifiuto alla fornitura di missili …").
    /// </summary>
    private static bool ShortAttribution(string text, int from, int to)
    {
        int words = 0;
        bool inWord = false;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c is '.' or '!' or '?' or ':' or ';' || (TextChars.IsDash(c) && char.IsWhiteSpace(text[k - 1])))
            {
                return true;
            }

            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words > DialogueAttributionWords)
            {
                return false;
            }

            inWord = letter;
        }

        return true;
    }

    /// <summary>Words that speak in the first or second person ("we", "our", "you", "мы", "nous"): reported speech shifts them to the third.</summary>
    private static readonly HashSet<string> SpeakerPronouns = new(
        ["i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're", "we've", "we'll", "us", "our", "you", "you're", "you've", "your",
         "je", "j", "moi", "nous", "notre", "nos", "mon", "ma", "mes", "vous", "votre", "vos",
         "ich", "mich", "mir", "mein", "meine", "wir", "uns", "unser", "unsere", "unseren", "unserer", "euch", "euer",
         "yo", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "io", "noi", "nostro", "nostra", "eu", "nós", "nosso", "nossa",
         "я", "мы", "нас", "нам", "наш", "наша", "наше", "наши", "вы", "ми", "наші", "ja", "my", "nasz", "nasza", "nasze",
         "ik", "wij", "ons", "onze", "mijn", "jullie", "nostru", "noastră", "noștri", "noştri", "noastre", "voi", "mina", "meie", "minu",
         "meil", "meid", "mul", "nossos", "nossas", "vocês", "ви", "мій", "моя", "мої", "мой", "мои", "نحن", "أنا"],
        StringComparer.Ordinal);

    /// <summary>The most words a bare attribution sentence has ("Trump was said to have said.").</summary>
    private const int BareAttributionWords = 8;

    /// <summary>
    /// Speech whose quote marks a copy lost, in a paragraph with none: the paragraph opens with words in the first or second
    /// person and an attribution follows them after a comma ("Any suggestion … undermines our entire security …, NATO Secretary
    /// General Jens Stoltenberg said."), or a bare attribution sentence stands between such words ("You haven't paid? Are you a
    /// delinquent? Trump was said to have said. No, I won't protect you. …"). Reported speech shifts the person, so it is not taken.
    /// </summary>
    private static void LostMarks(ParagraphTokens paragraphs, Paragraph para, int p, string language, List<RawQuote> found)
    {
        var text = paragraphs.Text;
        int sentenceStart = para.Start;
        for (int i = para.Start; i + 1 < para.End; i++)
        {
            char c = text[i];
            if (c == ',' && char.IsWhiteSpace(text[i + 1]) && sentenceStart == para.Start && AttributionFollows(text, i + 1, Math.Min(para.End, i + 1 + CueLookahead), LostMarkCueWords, pronoun: true))
            {
                if (InPerson(text, para.Start, i, language))
                {
                    Add(text, para.Start, para.Start, i, i, p, found);
                }

                return;
            }

            if (c is not ('.' or '?' or '!') || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            if (sentenceStart > para.Start && BareAttribution(text, sentenceStart, i))
            {
                if (InPerson(text, para.Start, sentenceStart, language) && InPerson(text, i + 1, para.End, language))
                {
                    Add(text, para.Start, para.Start, sentenceStart, sentenceStart, p, found);
                    Add(text, i + 1, i + 1, para.End, para.End, p, found);
                }

                return;
            }

            sentenceStart = i + 1;
            while (sentenceStart < para.End && char.IsWhiteSpace(text[sentenceStart]))
            {
                sentenceStart++;
            }
        }
    }

    /// <summary>A sentence [<paramref name="from"/>, <paramref name="to"/>) that only says who spoke: a few words, a speech verb among the first of them, and a full stop.</summary>
    private static bool BareAttribution(string text, int from, int to)
    {
        if (text[to] != '.' || !char.IsUpper(text[from]))
        {
            return false;
        }

        // Only the tokens' kinds are read: the tokenizer's bounds are walked without building the tokens, and the walk stops at the
        // first token that is no word or the first word too many (either makes the answer false).
        var sentence = text.AsSpan(from, to - from);
        int words = 0;
        for (int end = 0; Tokenizer.Next(sentence, end, out _, out end, out var kind);)
        {
            if (kind != TokenKind.Word || ++words > BareAttributionWords)
            {
                return false;
            }
        }

        return AttributionFollows(text, from, to, LostMarkCueWords);
    }

    /// <summary>True when [<paramref name="from"/>, <paramref name="to"/>) holds a word of the first or second person.</summary>
    private static bool InPerson(string text, int from, int to, string language)
    {
        using var tokens = TokenWindow.Rent(text, from, to);
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && SpeakerPronouns.Contains(tokens[k].Norm) && PersonWordIn(tokens[k].Norm, tokens[k].Text, language))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "وأضاف: سنعمل …", "He added: we will …": a cue in the last few words before a colon, unmarked words after it. Not taken: a headline
    /// (the first paragraph, with no full stop at its end nor a sentence's end before its colon: "Путин обратился к народу: любая смута
    /// - смертельная угроза" condenses the speech; a page stored with no headline opens with a paragraph of several sentences), a link prompt ("Also read: …"), and, in Cyrillic, words that do not speak in the first or second person (Russian and
    /// Ukrainian mark direct speech after a colon, so "Путин подчеркнул: в России сделают все …" reports it).
    /// </summary>
    private static void Colon(string text, Paragraph para, int p, string language, List<RawQuote> found, int lookBack = 4)
    {
        int from = para.Start, to = para.End;
        int colon = text.IndexOf(':', from, to - from);
        if (colon < 0 || colon + 1 >= to || (p == 0 && !EndsSentence(text, to - 1, to) && !SentenceEndIn(text, from, colon)))
        {
            return;
        }

        int windowStart = Math.Max(from, colon - CueLookahead);
        using var tokens = TokenWindow.Rent(text, windowStart, colon);
        int count = tokens.Count;
        if (windowStart == from && IsInstitutionLabel(tokens))
        {
            // "Минобороны России: Сегодня в 11 часов 15 минут …": the institution's label opens the paragraph; the rest is its
            // statement, in whatever person it speaks.
            Add(text, colon + 1, colon + 1, to, to, p, found);
            return;
        }

        for (int k = Math.Max(0, count - lookBack); k < count; k++)
        {
            if ((AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb or CueRole.Participle }) || (tokens[k].Kind == TokenKind.Word && LeadInWords.Contains(tokens[k].Norm))
                || IsArabicCameInIt(tokens, k))
            {
                if ((windowStart > from || !IsLinkPrompt(tokens)) && (!Cyrillic(text, colon + 1, to) || InPerson(text, colon + 1, to, language)))
                {
                    int end = language == "ar" ? EndBeforeNewCue(text, colon + 1, to) : to;
                    Add(text, colon + 1, colon + 1, end, end, p, found);
                }

                return;
            }
        }

        // "الذى قال فى مقابلة مع مجلة إيكونوميست البريطانية: تماما كما …", "who said in an interview with The Economist: just as …": a
        // speech verb further back, with only where and how he spoke between it and the colon.
        for (int k = count - lookBack - 1; k >= 0 && k >= count - lookBack - Attributor.MaxAdverbialGap - 1; k--)
        {
            if (AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb } cue && AdverbialAfterSubject(tokens, k + cue.Length, count, language == "ar"))
            {
                if (!Cyrillic(text, colon + 1, to) || InPerson(text, colon + 1, to, language))
                {
                    Add(text, colon + 1, colon + 1, to, to, p, found);
                }

                return;
            }
        }
    }

    /// <summary>
    /// True when a full stop, question or exclamation mark followed by white space stands in [<paramref name="from"/>,
    /// <paramref name="to"/>), not the last dot of an ellipsis (a headline's "الانتصارات الأوكرانية.. بوتين يستدعي …" is one line).
    /// </summary>
    private static bool SentenceEndIn(string text, int from, int to)
    {
        for (int i = from; i + 1 < to; i++)
        {
            if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]) && (i == from || text[i - 1] != '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Arabic verbs "came" and "was stated" that, with "in it" after them, open a statement's words ("بيانا جاء فيه:").</summary>
    private static readonly HashSet<string> ArabicCameVerbs = new(["جاء", "وجاء", "ورد", "وورد"], StringComparer.Ordinal);

    /// <summary>The Arabic "in it" (masculine and feminine) after <see cref="ArabicCameVerbs"/>.</summary>
    private static readonly HashSet<string> ArabicInIt = new(["فيه", "فيها"], StringComparer.Ordinal);

    /// <summary>
    /// True when the tokens at <paramref name="k"/> are the Arabic "جاء فيه" / "ورد فيها" ("in it came"): "أصدرت الوزارة بيانا جاء
    /// فيه: …", the formula that opens the words of a statement just named. With <see cref="EndBeforeNewCue"/> and the headline
    /// test's sentence end: measured il76-crash quotes 228 -> 230 (the Defence Ministry's statement in maghress), same-language
    /// true pairs 78 -> 80 (predicted 96 -> 98), cross-language 692/962 -> 691/963; nothing else moves, no unkeyed quote added.
    /// </summary>
    private static bool IsArabicCameInIt(TokenWindow tokens, int k) =>
        tokens.Has(k + 1) && tokens[k].Kind == TokenKind.Word && ArabicCameVerbs.Contains(tokens[k].Norm) && ArabicInIt.Contains(tokens[k + 1].Norm);

    /// <summary>
    /// The end of an Arabic speech after a colon that runs from <paramref name="from"/> to at most <paramref name="to"/>: the full
    /// stop before the first sentence that opens with a verb of saying ("… مرافقة. وكتب المحافظ: …" hands the word to another
    /// speaker), else <paramref name="to"/>. Without it the statement ran on over the governor's marked quote and took it (il76-crash
    /// speakers 267 -> 265).
    /// </summary>
    private static int EndBeforeNewCue(string text, int from, int to)
    {
        for (int i = text.IndexOf('.', from, to - from); i >= 0 && i + 1 < to; i = text.IndexOf('.', i + 1, to - i - 1))
        {
            if (!char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            int s = i + 1;
            while (s < to && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            using var tokens = TokenWindow.Rent(text, s, Math.Min(to, s + CueLookahead));
            if (tokens.Count > 0 && AttributionCues.Match(tokens, 0) is { Cue.Role: CueRole.Verb })
            {
                return i + 1;
            }
        }

        return to;
    }

    /// <summary>
    /// True when the tokens from <paramref name="from"/> (right after a speech verb) to <paramref name="colon"/> are an adverbial
    /// phrase (<see cref="Attributor.AdverbialPhrase"/>), or, in Arabic (<paramref name="verbFirst"/>), the verb's subject of at
    /// most <see cref="MaxInvertedSubject"/> words and then one: "وقال بوتين في كلمة له:", "وقال الضيف في كلمة له صباح اليوم
    /// السبت 07/10/2023 :". Elsewhere the words after the verb are as often its object ("Putin warnte den Westen vor dem Einsatz
    /// von Truppen: Die Konsequenzen wären tragisch", reported speech, had been taken for a quote).
    /// </summary>
    private static bool AdverbialAfterSubject(TokenWindow tokens, int from, int colon, bool verbFirst)
    {
        for (int j = from; j <= from + (verbFirst ? MaxInvertedSubject : 0) && j < colon; j++)
        {
            if (j > from && tokens[j - 1].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Attributor.AdverbialPhrase(tokens, j, colon))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="para"/> opens with an institution's label and a colon ("Минобороны России: …").</summary>
    private static bool OpensWithInstitutionLabel(string text, Paragraph para)
    {
        int colon = text.IndexOf(':', para.Start, para.Length);
        if (colon < 0 || colon - para.Start > CueLookahead)
        {
            return false;
        }

        using var tokens = TokenWindow.Rent(text, para.Start, colon);
        return IsInstitutionLabel(tokens);
    }

    /// <summary>The most words of a subject between a speech verb and the adverbial phrase before a colon (<see cref="AdverbialAfterSubject"/>).</summary>
    private const int MaxInvertedSubject = 3;

    /// <summary>True when the tokens are an institution's label of at most <see cref="MaxLabelWords"/> words, all content, one of them its head ("Минобороны России").</summary>
    private static bool IsInstitutionLabel(TokenWindow tokens)
    {
        if (tokens.Count == 0 || tokens.Count > MaxLabelWords)
        {
            return false;
        }

        bool head = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            head |= SpeakerInstitutions.IsHead(tokens[k].Norm);
        }

        return head;
    }

    /// <summary>True when the first character after white space in [<paramref name="from"/>, <paramref name="to"/>) is a quote mark: the speech is the marked quote.</summary>
    private static bool StartsWithMark(string text, int from, int to)
    {
        int k = from;
        while (k < to && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < to && QuoteMarks.IndexOfMark(text.AsSpan(k, 1)) == 0;
    }

    /// <summary>The words of a link prompt before its colon ("Also read:", "Read more:", "See also:").</summary>
    private static readonly HashSet<string> LinkPromptWords = new(["also", "read", "more", "see"], StringComparer.Ordinal);

    /// <summary>True when every word of <paramref name="tokens"/> belongs to a link prompt.</summary>
    private static bool IsLinkPrompt(TokenWindow tokens)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !LinkPromptWords.Contains(tokens[k].Norm))
            {
                return false;
            }
        }

        return tokens.Count > 0;
    }

    /// <summary>True when the first letter of [<paramref name="from"/>, <paramref name="to"/>) is Cyrillic.</summary>
    private static bool Cyrillic(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return text[k] is >= '\u0400' and <= '\u04FF';
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph ending in a colon whose last sentence has a speech verb ("Putin said:"), or a short one that names a cue or announces
    /// a quotation ("Цитата:", "Текст обращения:"). An outlet's credit is no lead-in ("РосЗМІ наводять ще низку заяв …:" heads a list
    /// of condensed statements).
    /// </summary>
    private static bool LeadsIn(string text, Paragraph previous)
    {
        if (previous.Start < 0 || previous.End > text.Length || previous.End <= previous.Start || text[previous.End - 1] != ':')
        {
            return false;
        }

        // Only the sentence that ends in the colon leads in: "Путин … рассказал о Пригожине. Главное из заявлений президента:" announces
        // a summary, not the speech.
        int from = Math.Max(previous.Start, previous.End - LeadInSentenceLookback);
        for (int k = previous.End - 2; k > from; k--)
        {
            if (text[k] is '.' or '!' or '?' && char.IsWhiteSpace(text[k + 1]) && !(text[k] == '.' && Abbreviation(text, k)))
            {
                from = k + 1;
                break;
            }
        }

        using var tokens = TokenWindow.Rent(text, from, previous.End - 1);
        if (from == previous.Start && IsLinkPrompt(tokens))
        {
            // "Also read:" announces a link, not speech.
            return false;
        }

        int words = 0;
        bool cue = false, verb = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            words += tokens[k].IsContent ? 1 : 0;
            // "According to Peskov, the termination of the deal is due to …:" names the source as a verb would.
            verb |= AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb or CueRole.Source };
            cue |= AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb or CueRole.Participle } || (tokens[k].Kind == TokenKind.Word && LeadInWords.Contains(tokens[k].Norm));
        }

        // "Минобороны России:" as a paragraph of its own: the institution's label over its statement, as a blog reprints it.
        bool label = from == previous.Start && IsInstitutionLabel(tokens);
        return verb || label || (cue && words <= LeadInMaxWords && previous.End - previous.Start <= CueLookahead);
    }

    /// <summary>How far back from a lead-in's colon its sentence, and the speech verb in it, may start ("Командующий … в ходе доклада министру … заявил о необходимости отступать … на левом берегу р. Днепр:").</summary>
    private const int LeadInSentenceLookback = 240;

    /// <summary>
    /// True when the full stop at <paramref name="dot"/> ends an abbreviation of one lower-case letter ("р. Днепр", "г. Москва"), not a
    /// sentence.
    /// </summary>
    private static bool Abbreviation(string text, int dot)
    {
        int k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]) && char.IsLower(text[k]))
        {
            k--;
        }

        int letters = dot - 1 - k;
        return letters == 1 && (k < 0 || !char.IsLetter(text[k]));
    }

    /// <summary>Articles that may open the subject of an attribution after a closing mark ("…,” the Russian president said").</summary>
    private static readonly HashSet<string> Articles = new(
        ["the", "a", "an", "le", "la", "les", "l", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "o", "os", "het", "de", "un", "une", "ein", "eine", "uno", "una", "um", "uma", "een"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when a speech cue stands among the first few words from <paramref name="from"/>: "powiedział Putin", "Peskov said",
    /// "цитирует его ТАСС"; with <paramref name="pronoun"/>, a third-person pronoun may be its subject ("…, he argued"); with
    /// <paramref name="article"/>, a subject that opens with an article ("…,” the Russian president said").
    /// </summary>
    private static bool AttributionFollows(string text, int from, int to, int maxWords = 4, bool pronoun = false, bool article = false, bool adverb = false)
    {
        if (from >= to)
        {
            return false;
        }

        using var tokens = TokenWindow.RentLazy(text, from, to);
        for (int k = 0; k < maxWords && tokens.Has(k); k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (AttributionCues.Match(tokens, k) is { Cue.Role: CueRole.Verb } || CreditVerbs.Contains(tokens[k].Norm)
                || (k == 0 && StatementCredit(tokens)))
            {
                return k == 0 || char.IsUpper(tokens[0].Text[0]) || (pronoun && k == 1 && ThirdPersonPronouns.Contains(tokens[0].Norm))
                    || (article && k > 1 && Articles.Contains(tokens[0].Norm)) || (adverb && k is 1 or 2 && IsDashAdverb(tokens[0]) && IsDashAdverb(tokens[k - 1]));
            }
        }

        return false;
    }

    /// <summary>Polish impersonal verbs that credit a statement's words ("podano", "it was given"; see <see cref="StatementCredit"/>).</summary>
    private static readonly HashSet<string> ImpersonalCredits = new(["podano", "czytamy", "napisano", "przekazano", "oświadczono"], StringComparer.Ordinal);

    /// <summary>Polish nouns, in the locative, of what a group puts its words out in: a statement, a communiqué, a post, a recording, an appeal.</summary>
    private static readonly HashSet<string> StatementNouns = new(["oświadczeniu", "komunikacie", "wpisie", "nagraniu", "poście", "apelu", "odezwie"], StringComparer.Ordinal);

    /// <summary>
    /// True when the words after a dash open with an impersonal credit of a statement ("… do izraelskich portów - podano w oświadczeniu
    /// Huti."): the unmarked words before the dash are the statement's. Only with the statement named after "w"/"we", so "- podano w
    /// sobotę" (a date) credits nothing. Measured: houthi quotes 92 -> 93, speakers 144 -> 145, same 55/75 -> 56/76, cross 136/368 ->
    /// 136/374 (the found quote joins its Polish twin's group, which holds the Houthis' other statements on ships bound for Israel);
    /// nothing else moves and no quote outside the keys is added. As a speaker cue "podano" had lost houthi two speakers.
    /// </summary>
    private static bool StatementCredit(TokenWindow tokens) =>
        tokens.Has(2) && ImpersonalCredits.Contains(tokens[0].Norm) && tokens[1].Norm is "w" or "we" && StatementNouns.Contains(tokens[2].Norm);

    /// <summary>
    /// A lower-case adverb between the dash that closes speech and its verb ("– natychmiast odpowiedzieli ukraińscy oficerowie",
    /// "— тут же ответил", "– предельно эмоционально высказался Пригожин", two at most): a word of five letters or more that
    /// is no pronoun and no negation.
    /// </summary>
    private static bool IsDashAdverb(Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(token.Text[0]) && token.Norm.Length >= 5 && !ThirdPersonPronouns.Contains(token.Norm)
        && !AttributionCues.Pronouns.Contains(token.Norm);

    /// <summary>
    /// Where the first sentence after <paramref name="from"/> and before <paramref name="to"/> starts: after a full stop, question or
    /// exclamation mark, white space and a capital letter (so "150 tys. zabitych" goes on), else -1.
    /// </summary>
    private static int NextSentenceStart(string text, int from, int to)
    {
        for (int k = from; k + 2 < to; k++)
        {
            if (text[k] is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[k + 1]) || (k > from && text[k - 1] == '.'))
            {
                continue;
            }

            int n = k + 1;
            while (n < to && char.IsWhiteSpace(text[n]))
            {
                n++;
            }

            if (n < to && char.IsUpper(text[n]))
            {
                return n;
            }
        }

        return -1;
    }

    private static bool SentenceEndBefore(string text, int dash, int from)
    {
        int k = dash - 1;
        while (k > from && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':';
    }

    /// <summary>Adds the speech [<paramref name="start"/>, <paramref name="end"/>) trimmed of spaces and a trailing comma, when it has three words or more.</summary>
    private static void Add(string text, int openPos, int start, int end, int closeEnd, int p, List<RawQuote> found)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        int words = 0;
        bool inWord = false;
        for (int k = start; k < end && words < MinWords; k++)
        {
            bool letter = char.IsLetterOrDigit(text[k]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        if (words >= MinWords)
        {
            found.Add(new RawQuote(openPos, start, end, Math.Max(end, closeEnd), TextChars.IsDash(text[openPos]) ? text[openPos] : ' ', Unclosed: false, p, p));
        }
    }
}
