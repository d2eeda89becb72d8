using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The verbs that introduce reported speech, in French and English, as data: add a verb to a list
/// and all its forms news uses are recognised. Regular verbs are listed once (infinitive) and
/// expanded; irregular forms are listed as written.
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>French -er verbs: expanded to présent, passé simple, imparfait and participle forms.</summary>
    private static readonly string[] FrenchErVerbs =
    {
        "affirmer", "ajouter", "annoncer", "assurer", "asséner", "assener", "déclarer", "expliquer", "indiquer", "insister", "juger",
        "estimer", "souligner", "préciser", "confier", "raconter", "rappeler", "déplorer", "dénoncer", "regretter", "lancer", "martèler",
        "marteler", "résumer", "observer", "noter", "commenter", "confirmer", "démentir", "avouer", "témoigner", "tweeter", "twitter",
        "réagir", "répliquer", "rétorquer", "protester", "s'exclamer", "exclamer", "exhorter", "implorer", "prévenir", "alerter", "appeler",
        "conseiller", "considérer", "constater", "critiquer", "qualifier", "décrire", "détailler", "développer", "enchaîner", "glisser",
        "ironiser", "s'insurger", "insurger", "jurer", "lâcher", "menacer", "murmurer", "plaider", "poursuivre", "proclamer", "raisonner",
        "reconnaître", "relever", "répéter", "signaler", "s'indigner", "indigner", "s'inquiéter", "inquiéter", "s'interroger", "interroger",
        "souhaiter", "suggérer", "tempérer", "trancher", "nuancer", "fustiger", "saluer", "s'alarmer", "alarmer", "défendre", "argumenter",
        "démontrer", "informer", "mentionner", "demander", "crier", "hurler", "s'emporter", "souffler", "avancer", "clamer", "certifier",
        "préconiser", "recommander", "assurer", "admettre", "commencer", "continuer", "conclure", "interpeller", "tonner", "pester", "fanfaronner",
        "féliciter", "remarquer", "plaisanter", "analyser", "renchérir", "compléter", "annoncer", "signifier", "objecter", "dire", "évoquer", "poster", "publier",
        "rapporter", "pointer", "révéler", "réclamer", "exiger", "revendiquer", "accuser", "reprocher", "condamner", "justifier", "exprimer",
        "terminer", "riposter", "relater", "rectifier", "s'étonner", "étonner", "soupirer", "s'amuser", "amuser", "s'agacer", "agacer",
        "s'offusquer", "offusquer", "désoler", "fulminer", "s'enthousiasmer", "enthousiasmer", "confesser", "espérer", "encourager", "rassurer",
        // Ways of saying (the manner: « … », maugrée un manifestant; « … » scandent-ils) and of answering back.
        "maugréer", "grommeler", "marmonner", "bougonner", "ronchonner", "chuchoter", "bredouiller", "balbutier", "vociférer",
        "tempêter", "scander", "s'écrier", "écrier", "railler", "persifler", "s'esclaffer", "esclaffer", "claironner", "supplier",
        "nier", "contester", "réfuter", "récuser", "concéder", "réitérer", "attester", "narrer", "prôner", "tacler", "blâmer",
        "chanter", "entonner", // sung words: « Au revoir Benalla », a chanté un groupe de Gilets jaunes
        // Speaking of, and giving as the cause: « La chercheuse parle d'une découverte « … » », « La compagnie invoque un taux « … » ».
        "parler", "invoquer",
        // Savouring and playing down, as sports and feature copy writes them (« … », a savouré l'entraîneur; relativise le capitaine).
        "savourer", "jubiler", "exulter", "relativiser", "positiver", "philosopher",
    };

    /// <summary>French irregular forms (3rd person and participles).</summary>
    private static readonly string[] FrenchForms =
    {
        "dit", "dite", "disent", "disait", "disaient", "dirent", "dira", "redit",
        "écrit", "écrite", "écrivent", "écrivait", "écrivit", "décrit", "décrite",
        "répond", "répondu", "répondent", "répondait", "répondit", "repris", "reprend", "reprit",
        "reconnu", "reconnaît", "reconnait", "reconnut", "admis", "admet", "admit", "promis", "promet", "promit",
        "soutenu", "soutient", "soutenait", "soutint", "prévenu", "prévient", "prévenait", "prévint",
        "averti", "avertit", "avertissait", "conclu", "conclut", "concluait", "poursuivi", "poursuit", "poursuivait", "poursuivit",
        "maintenu", "maintient", "maintenait", "convenu", "convient", "reconnaissait", "estime", "juge", "rétorque", "assure",
        "interrogé", "interrogée", "questionné", "questionnée", "selon", "s'est", "se", "exclamé", "exclamée", "insurgé", "insurgée", "félicité",
        "démenti", "dément", "démentait", "démentit", "réagi", "réagit", "réagissait", "renchéri", "renchérit", "renchérissait",
        "lança", "appelle", "rappelle", "appellent", "rappellent", "jeta", "lâcha",
        "inquiété", "inquiétée", "indigné", "indignée", "emporté", "emportée", "alarmé", "alarmée", "défendu", "défend", "défendait",
        "réjoui", "réjouie", "réjouis", "réjouit", "réjouissent", "réjouissait",
        "sourit", "souri", "rit",
        "grommelle", "grommellent",
        "souvient", "souvenait", "souvint", "souvenu", "souvenue", // « … », se souvient-elle
        "relève", "relèvent", "relevé", "relevée", "relevait", // « … », relève un rapport parlementaire: notes
    };

    /// <summary>English regular verbs: expanded to -s, -ed and -ing forms.</summary>
    private static readonly string[] EnglishVerbs =
    {
        "add", "affirm", "announce", "argue", "ask", "assert", "claim", "comment", "complain", "concede", "conclude", "confirm", "continue",
        "declare", "demand", "deny", "describe", "emphasise", "emphasize", "explain", "exclaim", "insist", "joke", "maintain", "mention",
        "note", "observe", "plead", "pledge", "point", "predict", "promise", "recall", "recount", "reiterate", "remark", "repeat", "reply",
        "report", "respond", "retort", "reveal", "scream", "shout", "sigh", "snap", "state", "stress", "suggest", "tweet", "urge", "vow",
        "warn", "whisper", "yell", "acknowledge", "admit", "agree", "allege", "answer", "boast", "caution", "charge", "cry", "estimate",
        "describe", "question", "reason", "testify", "underline", "assure", "characterize", "characterise", "counter", "posit", "quip", "express", "post",
        "call", "propose", "recommend", "request", "appeal", "inform", "defend", "condemn", "opine", "muse", "lament", "contend", "clarify", "elaborate", "laugh", "chuckle", "scoff", "fume", "reflect", "remind", "reassure",
        // Reacting, summing up, challenging, talking ("Wikinews talked with her": not before "to"/"with", see CueRules.IsVerb).
        "react", "summarise", "summarize", "challenge", "talk",
        // Ways of saying ("…," muttered one protester; crowds chanted "…") and of answering back.
        "mutter", "mumble", "grumble", "groan", "stammer", "chant", "hiss", "blurt", "interject", "rave", "gush", "sneer",
        "taunt", "refute", "reaffirm", "recite", "confess", "disclose", "proclaim", "implore",
        // Asking oneself aloud and threatening ("wonders "what the nation would look like …"", "threatened to "call the riot
        // police""), as French "s'interroger" and "menacer" are listed.
        "wonder", "threaten",
        // Declaring oneself ("professed himself "deeply concerned"").
        "profess",
        // Exhorting ("encouraged people to "get off the shoreline"", "advised residents to "…""), as French "exhorter",
        // "encourager" and "conseiller" are listed.
        "encourage", "advise",
        // Indicating ("the President indicated its Christian citizens were "…""), as French "indiquer" is listed.
        "indicate",
        // Apologising ("the Prime Minister apologised to the people of his country for "having an idiot as economy minister"").
        "apologise", "apologize",
        // Beaming and enthusing ("…," beamed the coach), as "gush" and "rave" are listed.
        "beam", "enthuse",
        // Confiding ("…," he confides), as French "confier" is listed.
        "confide",

        // Verbs that characterise in the speaker's own words ("accused Biden of "siding with criminals"", "labeled the report as "fake news""):
        "accuse", "label", "criticise", "criticize", "praise", "denounce", "slam", "blast", "hail", "dismiss", "decry", "brand", "term", "specify",
    };

    /// <summary>English irregular forms.</summary>
    private static readonly string[] EnglishForms =
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written", "writing",
        "speak", "speaks", "spoke", "spoken", "add", "added",
        "admitted", "admitting", "regretted", "agreeing", "agreed", "quipped", "snapped",
        "concur", "concurs", "concurred", "rebut", "rebuts", "rebutted", "beg", "begs", "begged", "addressed",
        // Writing on a blog ("Matt blogs about a short film …: "…""), as "write" and "post" are listed (not "blog", a noun as often:
        // "Lebanese blog Beirut Walls", "his blog posed the question").
        "blogs", "blogged",
        // Characterising ("Politico regarded the debate as "markedly more civil""); not "regarding", a preposition.
        "regarded", "deem", "deems", "deemed", "dub", "dubs", "dubbed",
        // Holding a view ("Odessablogger - who believes that "the football is the wrong stick …""), as French "estimer" and
        // "juger" are listed; not "thought" or "hopes", nouns as often.
        "believes", "believed", "thinks", "feels",
        // Giving as the cause ("the company blamed "unusually warm water"", "It credited "round-the-clock ranger patrols""); not
        // "blaming" ("Following a report blaming North Korea, …": the report's, in a phrase before the subject).
        "blame", "blames", "blamed", "credited",
    };

    private static readonly HashSet<string> Forms = Build();

    /// <summary>The infinitives of the French -er verbs: speech only after a verb of wanting ("a tenu à préciser").</summary>
    private static readonly HashSet<string> FrenchInfinitives = BuildInfinitives();

    /// <summary>Verbs that take the speech verb as an infinitive in an incise: "a tenu à préciser", "a voulu rappeler".</summary>
    private static readonly HashSet<string> WantingVerbs = new(IgnoreCaseComparer.Instance)
    {
        "tenu", "tient", "tenait", "voulu", "veut", "voulait", "souhaité", "souhaite", "souhaitait", "préféré", "préfère", "choisi",
        "entend", "entendent", "entendait", // "L'association entend ainsi décrire": means to
        "venu", "venue", "venus", "venues", "vient", "viennent", // "La sœur de l'accusé est venue témoigner": came to
    };

    /// <summary>Whether <paramref name="word"/> is a verb of wanting that takes a speech verb's infinitive ("tenu", "veut", "entend").</summary>
    public static bool IsWanting(string word) => WantingVerbs.Contains(word);

    /// <summary>Whether <paramref name="word"/> (any case) is a form of a speech verb.</summary>
    public static bool IsSpeechVerb(string word)
    {
        // Asked of most tokens a cue is looked for in: the tokens' lower-case forms are kept (WordStrings.Lower, the
        // same characters as ToLowerInvariant), where a capitalised word was lower-cased into a new string each time.
        var lower = WordStrings.Lower(word);
        if (Forms.Contains(lower))
        {
            return true;
        }

        // Inversions: "ajoute-t-il", "estime-t-elle", "a-t-il" (followed by a participle, handled by the caller). The
        // part before the hyphen is cut through the word table, so "Jean-Marc", "a-t-il" cost no new string each time.
        var dash = lower.IndexOf('-');
        return dash > 0 && Forms.Contains(WordStrings.Get(WordStrings.Table, lower, 0, dash));
    }

    /// <summary>A word written in lower case that is a speech verb's form ("the United States is" holds no verb "States").</summary>
    public static bool IsLowerCaseForm(Token token) => token.IsWord && !token.IsCapitalized && IsSpeechVerb(token.Text);

    /// <summary>"a fait savoir que", "a fait part de": the forms of "faire" that make "savoir" and "part" a speech verb.</summary>
    private static readonly HashSet<string> FaireForms = new(IgnoreCaseComparer.Instance) { "fait", "faisait", "font", "fera" };

    /// <summary>"L'Élysée a fait savoir que …", "a fait part de sa « profonde tristesse »": "savoir" or "part" right after a form of "faire".</summary>
    public static bool IsMadeKnown(string word, string previous) =>
        (string.Equals(word, "savoir", StringComparison.Ordinal) || string.Equals(word, "part", StringComparison.Ordinal)) && FaireForms.Contains(previous);

    /// <summary>
    /// A French speech verb in the infinitive right after a verb of wanting, directly or through
    /// "à"/"de": "a cependant tenu à tempérer X", "a voulu rappeler". (An infinitive alone is no cue:
    /// "pour déclarer", "refuse de commenter".)
    /// </summary>
    public static bool IsWantedSpeech(string word, string previous, string? beforePrevious)
    {
        // (Called for every word a cue is looked for in: no lower-case copies.)
        if (word.Length < 4 || !(word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ire", StringComparison.OrdinalIgnoreCase))
            || !FrenchInfinitives.Contains(word))
        {
            return false;
        }

        // "entend ainsi décrire": one adverb may stand between.
        var wanting = previous is "à" or "de" or "d'" or "d’" or "ainsi" or "donc" or "aussi" or "également" ? beforePrevious : previous;
        return wanting is not null && WantingVerbs.Contains(wanting);
    }

    /// <summary>
    /// A speech verb's infinitive, lower case: "déclarer", "dire"; in English (after "to", which leaves no other form) any form but
    /// the participles, "say", "declare".
    /// </summary>
    public static bool IsInfinitive(Token token, bool english) =>
        token.IsWord && !token.IsCapitalized && (english ? IsSpeechVerb(token.Text) && !token.Lower.EndsWith("ed", StringComparison.Ordinal)
            && !token.Lower.EndsWith("ing", StringComparison.Ordinal) : FrenchInfinitives.Contains(token.Text));

    /// <summary>
    /// Speech verbs only in an incise, inverted ("« … », poursuit-il", "souhaite-t-elle", "continued Smith"):
    /// written before their quote inside a clause that another speech verb reports ("affirme que le
    /// ministre souhaite « … »"), they say what the report says, not who speaks.
    /// </summary>
    public static bool IsInciseOnly(string word) => InciseOnlyForms.Contains(word);

    private static readonly HashSet<string> InciseOnlyForms = BuildInciseOnly();

    private static HashSet<string> BuildInciseOnly()
    {
        var forms = new HashSet<string>(IgnoreCaseComparer.Instance)
        {
            "poursuit", "poursuivi", "poursuivait", "poursuivit", "poursuivent", "commençait", "commençaient", "commença",
            "continue", "continues", "continued", "continuing",
            "admit", "admits", "admitted", "admitting", // "said its clinics had admitted 1,900 children, "…"": took in
        };

        foreach (var stem in new[] { "commenc", "continu", "souhait", "termin", "espér", "espèr" })
        {
            foreach (var ending in new[] { "é", "ée", "és", "ées", "e", "ent", "a", "ait", "aient", "era", "ant" })
            {
                forms.Add(stem + ending);
            }
        }

        return forms;
    }

    private static HashSet<string> BuildInfinitives()
    {
        var infinitives = new HashSet<string>(IgnoreCaseComparer.Instance);
        foreach (var verb in FrenchErVerbs)
        {
            var bare = verb.StartsWith("s'", StringComparison.Ordinal) ? verb.Substring(2) : verb;
            if (bare.EndsWith("er", StringComparison.Ordinal) || bare.EndsWith("ire", StringComparison.Ordinal))
            {
                infinitives.Add(bare); // "préciser", and "dire", "décrire"
            }
        }

        return infinitives;
    }

    /// <summary>
    /// The stem as written before an ending: "dénonc" + "ant" → "dénonçant", "partag" + "ait" → "partageait" (a soft c or g keeps its
    /// sound before "a" with a cedilla or an "e").
    /// </summary>
    private static string BeforeEnding(string stem, string ending) =>
        ending[0] != 'a' ? stem
        : stem.EndsWith("c", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) + "ç"
        : stem.EndsWith("g", StringComparison.Ordinal) ? stem + "e"
        : stem;

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verb in FrenchErVerbs)
        {
            var bare = verb.StartsWith("s'", StringComparison.Ordinal) ? verb.Substring(2) : verb;
            if (!bare.EndsWith("er", StringComparison.Ordinal))
            {
                forms.Add(bare);
                continue;
            }

            var stem = bare.Substring(0, bare.Length - 2);
            foreach (var ending in new[] { "é", "ée", "és", "ées", "e", "ent", "a", "ait", "aient", "èrent", "era", "ant" })
            {
                forms.Add(BeforeEnding(stem, ending) + ending);
            }

            // Stem changes of the présent: "asséner" → "assène", "répéter" → "répète".
            var grave = GraveStem(stem);
            if (grave is not null)
            {
                forms.Add(grave + "e");
                forms.Add(grave + "ent");
            }
        }

        foreach (var form in FrenchForms)
        {
            forms.Add(form);
        }

        foreach (var verb in EnglishVerbs)
        {
            forms.Add(verb.EndsWith("y", StringComparison.Ordinal) && !verb.EndsWith("ay", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1) + "ies" : verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ss", StringComparison.Ordinal) ? verb + "es" : verb + "s");
            forms.Add(verb.EndsWith("e", StringComparison.Ordinal) ? verb + "d" : verb.EndsWith("y", StringComparison.Ordinal) && !verb.EndsWith("ay", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1) + "ied" : verb + "ed");
            forms.Add(verb.EndsWith("e", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1) + "ing" : verb + "ing");
            if (verb is "snap" or "quip" or "slam")
            {
                forms.Add(verb + verb[verb.Length - 1] + "ed");
            }
        }

        foreach (var form in EnglishForms)
        {
            forms.Add(form);
        }

        forms.Remove("selon");
        forms.Remove("se");
        forms.Remove("s'est");
        forms.Remove("according");
        return forms;
    }

    private static string? GraveStem(string stem)
    {
        var i = stem.LastIndexOf('é');
        return i >= 0 && i >= stem.Length - 3 ? stem.Substring(0, i) + "è" + stem.Substring(i + 1) : null;
    }
}
