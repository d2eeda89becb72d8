using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>The closed word classes the attribution rules read, French and English together.</summary>
internal static class WordLists
{
    public static readonly WordSet Determiners = Set(
        "le", "la", "les", "l’", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre",
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "mon", "ma", "mes", "ton", "ta", "tes", "nos", "votre", "vos");

    public static readonly WordSet Pronouns = Set("il", "elle", "ils", "elles", "he", "she", "they", "it", "lui", "him", "her", "them", "eux");

    /// <summary>Prepositions that open a complement to skip (not "de"/"of", which extend a noun phrase).</summary>
    public static readonly WordSet Prepositions = Set(
        "à", "au", "aux", "dans", "en", "lors", "pour", "sur", "sous", "par", "avec", "devant", "auprès", "chez", "vers", "après", "avant", "depuis", "pendant", "durant", "près", "parmi", "malgré",
        "to", "in", "at", "on", "for", "with", "by", "from", "during", "after", "before", "via", "per", "into", "onto", "outside", "inside", "near", "over");

    /// <summary>Words that link the parts of a noun phrase or a name.</summary>
    public static readonly WordSet NounLinks = Set("de", "d’", "d'", "du", "des", "of", "for", "la", "le", "l’", "l'", "les", "the");

    /// <summary>Lowercase particles inside personal names: Staffan de Mistura, Ludwig van Beethoven.</summary>
    public static readonly WordSet NameParticles = Set("de", "du", "des", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ben", "ibn", "abu", "y", "le", "la", "d’", "d'",
        "del", "della", "dos", "das", // "Correo del Altiplano", "José dos Santos"
        "ten", "ter"); // "Erik ten Hag", "Gerard ter Borch": Dutch particles, lower-case only between capitalised words

    /// <summary>Auxiliaries and adverbs between a subject and its speech verb, or after the verb.</summary>
    public static readonly WordSet Fillers = Set(
        "a", "avait", "ont", "avaient", "aurait", "auraient", "est", "sont", "était", "s’", "s'", "se", "ne", "n’", "pas", "has", "had", "have", "was", "were",
        "sera", "seront", "serait", "seraient", "aura", "auront",
        "is", "will", "would", "also", "later", "then", "again", "previously", "earlier", "further", "once", "simply", "just", "only", "reportedly", "even",
        "également", "aussi", "encore", "déjà", "notamment", "pourtant", "ensuite", "alors", "toutefois", "cependant", "néanmoins", "enfin",
        "lui-même", "elle-même", "même", "bien", "plus", "tard", "y", "en");

    /// <summary>
    /// Common Chinese and Korean family names, which their bearers write first ("Zhang Qisheng", "Park Geun-hye", "Leung
    /// Kwok-hung"): a later "Zhang said" names the surname alone, the name's first word. From general knowledge; no word that
    /// is also a common English or French word ("He", "Song", "Long", "Ma" are left out).
    /// </summary>
    public static readonly WordSet FamilyNamesWrittenFirst = Set(
        "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo",
        "Zheng", "Liang", "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Cai", "Jiang",
        "Yu", "Du", "Cheng", "Wei", "Su", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan", "Wen", "Xi", "Qin", "Bo", "Hua", "Geng",
        "Leung", "Cheung", "Wong", "Chan", "Lam", "Lau", "Tsang", "Kwan", "Yip", "Chow", "Tse", "Lai", "Tsai", "Ng",
        "Kim", "Park", "Choi", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Moon", "Ban");

    /// <summary>Days and times that sit between an inverted verb and its subject: "a déclaré jeudi X".</summary>
    public static readonly WordSet TimeWords = Set(
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd’hui", "aujourd'hui", "soir", "matin", "midi", "après-midi", "dernier", "dernière",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "morning", "evening", "afternoon", "last", "week", "night");

    /// <summary>
    /// Number words that open a noun phrase as its count: "One attendee", "Two officials", "Eighty members", "Hundreds of
    /// protesters", "Deux témoins". (A hyphened count, "Twenty-five", is two of them: <see cref="IsCount"/>.)
    /// </summary>
    public static readonly WordSet CountWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "millions", "scores",
        "sept", "huit", "dix", "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "soixante");

    /// <summary>
    /// Plural nouns of people that open a clause with their capital and describe who speaks, not name them: "Residents of
    /// the town said", "Members of the upper house of Parliament said". (Only before a lower-case complement, so
    /// "Reporters Without Borders" stays a name.)
    /// </summary>
    public static readonly WordSet PeopleNouns = Set(
        "residents", "members", "officials", "witnesses", "critics", "supporters", "opponents", "activists", "analysts", "experts",
        "observers", "lawmakers", "legislators", "politicians", "doctors", "nurses", "teachers", "students", "parents", "workers",
        "employees", "villagers", "locals", "citizens", "voters", "fans", "investigators", "prosecutors", "scientists", "researchers",
        "economists", "leaders", "diplomats", "sources", "organisers", "organizers", "participants", "delegates", "campaigners",
        "relatives", "families", "survivors", "victims", "neighbours", "neighbors", "users", "netizens", "bloggers", "commentators",
        "journalists", "reporters", "protesters", "protestors", "demonstrators", "farmers", "soldiers", "troops", "rebels", "officers",
        "representatives", "senators", "ministers", "lawyers", "attorneys", "advocates", "authorities", "executives", "staff",
        "habitants", "manifestants", "témoins", "responsables", "militants", "élus", "riverains", "médecins", "enseignants",
        "salariés", "observateurs", "opposants", "partisans", "proches", "policiers", "gendarmes", "soignants", "députés",
        "sénateurs", "élèves", "étudiants", "chercheurs", "syndicalistes");

    /// <summary>Nouns of a span of time after a count, which then opens a time phrase, not a subject: "One day,", "Deux ans plus tard,".</summary>
    public static readonly WordSet TimeSpans = Set(
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "time", "decade", "decades",
        "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "heure", "heures");

    /// <summary>Participles of a passive that reports how someone spoke of something: "est décrit comme « … » par X".</summary>
    public static readonly WordSet PassiveSpeechParticiples = Set(
        "décrit", "décrite", "décrits", "décrites", "qualifié", "qualifiée", "qualifiés", "qualifiées", "présenté", "présentée", "présentés", "présentées",
        "described", "called", "labelled", "labeled", "branded", "dubbed", "termed", "characterised", "characterized",
        // Judging words ("jugé « fragile mais bien réel » par le médiateur", "deemed "unlawful" by the court").
        "jugé", "jugée", "jugés", "jugées", "estimé", "estimée", "estimés", "estimées", "considéré", "considérée", "considérés", "considérées",
        "deemed", "hailed", "dismissed", "criticised", "criticized", "condemned", "praised", "slammed");

    /// <summary>The auxiliary right before such a participle: "est", "a été", "was", "has been".</summary>
    public static readonly WordSet PassiveAuxiliaries = Set(
        "est", "sont", "été", "était", "étaient", "sera", "is", "are", "was", "were", "been", "being");

    /// <summary>"be", "been", "is", "was" …: the English forms of "be" that make a participle after them passive (lower case).</summary>
    public static bool IsEnglishFormOfBe(string lower) => lower is "be" or "been" or "being" or "is" or "are" or "was" or "were";

    /// <summary>
    /// Auxiliaries of action and modals that end a subject opening its sentence: "Les députés veulent", "Le préfet
    /// a". (Not "est"/"is": "Les sommes perçues sont …", "The helmet is …" describe things, not speakers.)
    /// </summary>
    public static readonly WordSet SubjectVerbs = Set(
        "a", "ont", "avait", "avaient", "veut", "veulent", "voudrait", "voudraient", "souhaite", "souhaitent",
        "doit", "doivent", "peut", "peuvent", "va", "vont", "has", "have", "had", "will", "would", "wants", "want", "could", "should", "can");

    /// <summary>Words that end the clause a subject is looked for in.</summary>
    public static readonly WordSet ClauseBoundaries = Set(
        "que", "qu’", "qu'", "qui", "et", "mais", "puis", "où", "lorsque", "lorsqu’", "quand", "car", "puisque", "tandis", "alors",
        "dont", "laquelle", "lequel", "lesquels", "lesquelles", "auquel", "duquel",
        "that", "and", "but", "which", "who", "when", "while", "because", "since", "although", "whereas", "as", "if", "what");

    /// <summary>Forms of address among the titles: dropped from names, but no role ("Mme Grand" has none).</summary>
    public static readonly WordSet FormsOfAddress = Set(
        "m.", "m", "mm.", "mme", "mme.", "mmes", "mlle", "me", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "dr", "dr.");

    /// <summary>
    /// The titles and ranks both <see cref="Titles"/> (dropped from names) and the role words of
    /// <see cref="PersonNames.IsTitle"/> (a heading that is a title) hold: a rank or honorific added for one belongs here, for both.
    /// </summary>
    internal static readonly string[] TitlesAndRanks =
    {
        "professor", "ceo", "executive", "admiral", "speaker", "minister", "ministre", "secretary", "senator", "governor", "mayor", "president",
        "premier", "chancellor", "director", "commissioner", "general", "colonel", "captain", "sergeant", "lieutenant", "judge", "officer", "dr",
        "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "m.", "mme", "mlle", "prof", "prof.", "sir", "dame", "lord", "lady", "king", "queen",
        "prince", "princess", "pope", "reverend", "rev.", "père", "président", "présidente", "directeur", "directrice", "maire", "député", "députée",
        "sénateur", "sénatrice", "juge", "général", "chef", "representative", "rep.", "sen.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "maj.",
        "cpl.", "det.", "supt.", "insp.", "brig.", "adm.", "cmdr.", "pr.", "chief", "administrator", // "NASA Administrator Charles Bolden"
    };

    /// <summary>Titles and honorifics dropped from names (M. Ayrault → Ayrault): <see cref="TitlesAndRanks"/> and these.</summary>
    public static readonly WordSet Titles = new(System.Linq.Enumerable.Concat(TitlesAndRanks, new[]
    {
        "m", "mm.", "mme.", "mmes", "pr", "professeur", "docteur", "prime", "capitaine", "gouverneur", "pape", "roi", "reine", "princesse",
        "chancelière", "saint", "st.", "secrétaire", "commissaire", "corporal", "commandant", "lieutenant-colonel", "adjudant", "brigadier",
        "caporal", "sergent", "amiral", "monseigneur", "mgr", "archbishop", "archevêque", "évêque", "father", "rabbi", "imam", "cheikh", "sheikh", "sheik", "ayatollah", "emir", "émir", "mp",
        "mps", "mep", "meps", "msp", "pdg", "p-dg", // "le PDG Jean Dupont", "a déclaré le PDG"
        "pm", // "PM Rishi Sunak", "the PM said"
        // British police ranks, abbreviated without periods: "Det Ch Insp Mark Hall said", "Supt Jane Cole".
        "det", "insp", "supt", "sgt", "dci", "ch",
        // British councillors: "Cllr Ann Webb said".
        "cllr", "cllr.",
        // Written with their period (Abbreviations.BeforeNames): "the Rev. Jesse Jackson", "the Rt. Hon. Jack Straw", "Msgr. Guido
        // Marini", "Fr. Michael Pfleger", "Ald. Ed Burke", "Pvt. Bradley Manning", "Atty. Gen. Eric Holder".
        "hon.", "msgr.", "fr.", "ald.", "rt.", "pvt.", "cdr.", "atty.", "amb.", "pres.",
        // (not "major": "a major Wall Street bank said")
    }));

    /// <summary>
    /// Office nouns by the kind of office they name, so a later noun of the same kind finds the holder:
    /// "le dirigeant" after "le PDG de Aérosud, Denis Cavaillé", "l'élu" after "le maire de Montreuil-Bellay".
    /// (The kinds are keys of their own, written with a colon so no word can be one.)
    /// </summary>
    public static readonly WordMap OfficeKinds = Kinds(
        ("kind:leader", new[] { "pdg", "p-dg", "président-directeur", "patron", "patronne", "dirigeant", "dirigeante", "directeur", "directrice", "ceo", "chairman", "chairwoman", "boss", "fondateur", "fondatrice", "founder", "executive" }),
        ("kind:elected", new[] { "maire", "édile", "député", "députée", "sénateur", "sénatrice", "parlementaire", "élu", "élue", "conseiller", "conseillère", "mayor", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "parliamentarian", "councillor", "councilor", "mp" }),
        ("kind:union", new[] { "syndicaliste", "délégué", "déléguée", "convenor", "unionist" }),
        ("kind:lawyer", new[] { "avocat", "avocate", "lawyer", "attorney", "barrister", "solicitor" }),
        ("kind:prosecutor", new[] { "procureur", "procureure", "prosecutor", "magistrat", "magistrate" }), // "Pour la magistrate" after "La procureure …"
        ("kind:rector", new[] { "recteur", "rectrice" }),
        ("kind:prefect", new[] { "préfet", "préfète" }),
        ("kind:coach", new[] { "entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse", "coach", "manager" }),
        // "L'officier en tire une leçon" after "le capitaine Romain Delmas": a rank is an officer's.
        ("kind:officer", new[] { "officier", "officer", "capitaine", "captain", "commandant", "commander", "lieutenant", "colonel", "major", "sergent", "sergeant" }));

    /// <summary>
    /// Offices that lead an organisation, whatever their noun: "le PDG de la SNCF" after "Guillaume Pepy, président de la SNCF",
    /// "the head of Boeing" after "Dennis Muilenburg, chief executive of Boeing". (The leaders' kind, with the presidents and chiefs.)
    /// </summary>
    public static readonly WordSet LeadingOffices = Set(
        "pdg", "p-dg", "président-directeur", "patron", "patronne", "dirigeant", "dirigeante", "directeur", "directrice", "ceo", "chairman", "chairwoman",
        "boss", "président", "présidente", "president", "chef", "cheffe", "head", "chief", "leader", "responsable");

    /// <summary>A word of an office: a title ("ministre", "Senator") or a noun of an office's kind ("élu", "lawmaker").</summary>
    public static bool IsOfficeWord(string word) => Titles.Contains(word) || OfficeKinds.ContainsKey(word);

    /// <summary>Words that make an office another one before its noun: "deputy minister", "vice-président" written apart, "junior minister".</summary>
    public static readonly WordSet OfficeRanks = Set("deputy", "vice", "junior", "shadow", "assistant", "acting", "adjoint", "adjointe", "sous", "délégué", "déléguée");

    /// <summary>
    /// Nouns that name a kind of organisation, by kind: "le groupe laitier Lacto-Normandie" … "l'entreprise", "the RMT
    /// union" … "the union": a later definite description by a noun of the same kind is that organisation.
    /// </summary>
    public static readonly WordMap OrganisationKinds = Kinds(OrganisationKindLists());

    /// <summary>The keys of <see cref="OrganisationKinds"/>' kinds, in order ("org:company", "org:union" …).</summary>
    public static readonly string[] OrganisationKindKeys = System.Array.ConvertAll(OrganisationKindLists(), kind => kind.Kind);

    private static (string Kind, string[] Words)[] OrganisationKindLists() => new[]
    {
        ("org:company", new[] { "entreprise", "groupe", "société", "firme", "compagnie", "constructeur", "fabricant", "enseigne", "company", "group", "firm", "carmaker", "manufacturer", "retailer", "airline" }),
        ("org:union", new[] { "syndicat", "union" }),
        ("org:charity", new[] { "association", "ong", "charity", "ngo", "organisation", "organization" }),
        ("org:club", new[] { "club" }),
        ("org:council", new[] { "council" }),
        ("org:body", new[] { "body", "watchdog", "regulator", "organisme", "régulateur", "board", "authority", "commission", "agency" }),
    };

    /// <summary>
    /// Lower-case nouns of bodies, documents and unnamed sources that speak as such, never an epithet for a person named
    /// before: "the police", "le parquet", "the spokesman", "the website".
    /// </summary>
    public static readonly WordSet SpeakingBodies = Set(
        "police", "government", "gouvernement", "army", "armée", "parquet", "court", "cour", "ministry", "ministère", "embassy", "ambassade",
        "authorities", "autorités", "league", "party", "parti", "council", "conseil", "préfecture", "journal", "newspaper", "paper",
        "website", "site", "team", "équipe", "source", "spokesman", "spokeswoman", "spokesperson", "porte-parole", "prosecutor", "procureur");

    /// <summary>Words an outlet's name ends with after an acronym: "PC World", "BBC News", "CBS Radio", "ABC Online".</summary>
    public static readonly WordSet OutletKindWords = Set("World", "Today", "Online", "Radio", "Sport", "Sports", "Magazine", "Weekly", "Daily", "TV", "Info", "Media");

    /// <summary>Social platforms, named on their own before a person's name: "on Twitter West accused", "sur Facebook Jean Dupont".</summary>
    public static readonly WordSet Platforms = Set("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "LinkedIn", "Snapchat", "WhatsApp", "Weibo", "Reddit");

    /// <summary>Acronyms that open a sports club's name rather than standing alone: "l'AS Plabennec", "le FC Nantes".</summary>
    public static readonly WordSet ClubPrefixes = Set("AS", "FC", "RC", "AC", "OGC", "AJ", "SC", "SCO", "ESTAC", "SM", "AFC", "CF", "CD", "FK", "SK");

    /// <summary>The Crown's prefix of British bodies, no name on its own: "HM Coastguard", "HM Inspectorate of Prisons", "HMP Belmarsh".</summary>
    public static readonly WordSet CrownPrefixes = Set("HM", "HMP");

    /// <summary>
    /// Capitalised words that start sentences without being names. Compared ignoring case, so no word
    /// here may also be a surname ("Quant", "Vu", "Si" are left out: Mary Quant, Vu Duc Dam).
    /// </summary>
    public static readonly WordSet NotNames = Set(
        "le", "la", "les", "l’", "l'", "un", "une", "des", "du", "de", "d’", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
        "eux", "lui", "moi", "toi", // stressed pronouns opening a sentence: "Eux d'ajouter que …"
        "si", "s'il", "s’il", "s'ils", "s’ils", // "Si elle regrettait « … », son partenaire …": a conjunction opening the sentence
        "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll", "not", "once",
        "thank", "thanks", // "Thank you to those who said, "…"": a verb opening the sentence
        // Other pronouns' contractions opening a sentence ("We’ve had our share of ups and downs."): no one's name.
        "we've", "we’ve", "we're", "we’re", "we'll", "we’ll", "we'd", "we’d", "you've", "you’ve", "you're", "you’re", "you'll", "you’ll",
        "they've", "they’ve", "they're", "they’re", "they'll", "they’ll", "it's", "it’s", "that's", "that’s", "there's", "there’s",
        "here's", "here’s", "let's", "let’s", "what's", "what’s", "he's", "he’s", "she's", "she’s", "wherever", "whenever", "whatever", "whoever",
        "mais", "et", "ou", "donc", "or", "ni", "car", "selon", "pour", "d’après", "après", "avant", "en", "dans", "sur", "par", "avec", "à", "au", "aux",
        "the", "a", "an", "he", "she", "they", "we", "you", "i", "it", "this", "that", "these", "those", "but", "and", "or", "so", "according", "for",
        "in", "on", "at", "by", "with", "from", "to", "as", "if", "when", "while", "after", "before", "his", "her", "their", "its", "our", "my", "there", "here",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "instead", "still", "yet", "also", "then", "later", "earlier",
        "now", "today", "yesterday", "finally", "indeed", "first", "further", "ainsi", "ensuite", "enfin", "puis", "désormais", "hier", "pourtant",
        "cependant", "toutefois", "néanmoins",
        "ne", // "Ne connaissant aucun acteur, ils …": a negation opening a sentence
        // Sentence adverbs ("Anyway, I passed through the sit-in … I will say "from their side""): no one's name.
        "anyway", "anyhow", "besides", "otherwise", "nonetheless", "likewise", "similarly", "additionally", "accordingly", "consequently",
        "thus", "hence", "therefore", "apparently", "obviously", "clearly", "surely", "perhaps", "maybe", "fortunately", "unfortunately",
        "sadly", "hopefully", "luckily", "ironically", "interestingly", "notably", "naturally", "certainly", "admittedly",
        "rather", "overall", "again", "even", "only", "often", "sometimes", "recently", "currently", "previously", "initially", "eventually",
        "ultimately", "originally", "officially", "reportedly", "allegedly", "separately", "elsewhere", "altogether",
        "afterwards", "afterward", "subsequently", "thereafter",
        "since", "without", "despite", "although", "though", "because", "unlike", "among", "amid", "following", "regarding", "upon", "until",
        // ("Alongside discussions on … Guantanamo Bay detainees, he described …", "Other taunts called UKIP …": prepositions and
        // words that open a sentence capitalised, no one's name.)
        // (Not "against", "under", "beyond", "through": "Residents Against Racism", "Under Armour", "Through the Eye of the Needle".)
        "alongside", "throughout", "amongst", "beside", "other", "shortly",
        // ("Outside court, a lawyer for the family said: "…"", "During the hearing, …": prepositions of place and time opening a
        // sentence; not "Inside", "Within": "Inside Climate News" is an outlet.)
        "outside", "during", "across", "behind",
        "trop", "beaucoup", "peu", "assez", "tant", "autant", "très", // "Trop de canons à neige, pas assez d'anticipation : la Cour …"
        "celle-ci", "celui-ci", "ceux-ci", "celles-ci", "celle-là", "celui-là",
        "parmi", "concernant", "se", "sans", "malgré", "lors", "dès", "comme", "outre", "depuis", "pendant", "entre", "contre", "vers", "environ",
        "some", "many", "both", "all", "several", "most", "few", "others", "each", "every", "another", "no", "none",
        "more", "less", "having", "being", "plus", "moins",
        "everybody", "everyone", "nobody", "somebody", "someone", "anyone", "anybody", "personne", "quelqu’un", "quelqu'un", "certains", "plusieurs", "tous", "toutes",
        "chacun", "chacune", "aucun", "aucune", // "Chacun avait des travaux à réaliser": a pronoun opening its sentence
        "interrogé", "interrogée", "interrogés", "interrogées", "contacté", "contactée", "contactés", "invité", "invitée",
        "interviewé", "interviewée", "questionné", "questionnée", "sollicité", "sollicitée", "cité", "citée", "asked", "speaking", "interviewed",
        "contacted", "reached", "quoted", "writing",
        // Participles that open news sentences on trends: "Rising fuel costs have cut his income" (no surname among them).
        "rising", "growing", "falling", "mounting", "soaring", "increasing", "declining", "worsening", "widening", "shrinking",
        // French sentences that open on an inverted verb: "Vient ensuite le tour de Trump", "Reste la question".
        "vient", "viennent", "reste", "restent", "suit", "suivent", "figurent", "arrive", "arrivent", "s’ensuit", "s'ensuit",
        "it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "here’s", "what's", "what’s", "let's", "let’s",
        "ça", "cela", "ceci", "c’est", "c’", "c'", "d'", "qu'", "m’", "m'", "t’", "t'", "qu’", "que", "s’", "s'", "n’", "n'", "j’", "j'", "qui", "quoi", "pourquoi", "comment", "why", "what", "how", "who", "where", "yes", "no", "oui", "non");

    /// <summary>
    /// French adjectives of time before an office's noun, which leave the office as it is: "l'ancien ministre", "la nouvelle
    /// directrice", "le futur président", "l'actuelle maire". Compared ignoring case.
    /// </summary>
    public static readonly WordSet FrenchTimeAdjectives = Set("ancien", "ancienne", "nouveau", "nouvelle", "futur", "future", "actuel", "actuelle");

    /// <summary>
    /// The French auxiliaries of a compound past that an incise inverts: "a-t-il ajouté",
    /// "», avait de son côté affirmé X". Compared ignoring case.
    /// </summary>
    public static readonly WordSet FrenchAuxiliaries = Set("a", "avait", "aurait", "ont", "avaient");

    /// <summary>
    /// Auxiliaries that end a subject ("Les autorités ont par la suite confirmé") or show a verb
    /// phrase; English "a" and "is"/"are" are left to each caller, since they are also an article
    /// and a copula.
    /// </summary>
    public static readonly WordSet SubjectEndingAuxiliaries = Set("ont", "avait", "avaient", "est", "sont", "has", "have", "had", "was", "were");

    /// <summary>
    /// French finite verbs that open a predicate: « est une insulte », « a été un échec », « vont coûter 10 milliards »,
    /// « doit être revue » (forms of être, avoir, aller, devoir, pouvoir).
    /// </summary>
    public static readonly WordSet FrenchPredicateOpeners = Set(
        "est", "était", "sont", "étaient", "sera", "serait", "seront", "a", "avait", "aurait", "ont", "va", "vont", "allait", "allaient",
        "doit", "doivent", "devrait", "devraient", "peut", "peuvent", "pourrait", "pourraient");

    /// <summary>
    /// English auxiliaries and modals: opening a sentence before a subject pronoun, they ask a question
    /// ("Can you clarify …", "Did he say …"), so they are no name there.
    /// </summary>
    public static readonly WordSet Auxiliaries = Set(
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had");

    /// <summary>
    /// The word after the article in French press titles: the article is part of the name ("Le Figaro",
    /// "La Croix", "Les Échos"), also where it opens the sentence and is written with a capital anyway.
    /// </summary>
    public static readonly WordSet FrenchPressTitles = Set(
        "Figaro", "Monde", "Parisien", "Point", "Progrès", "Télégramme", "Dauphiné", "Canard", "Temps", "Soir", "Devoir", "Nouvel",
        "Croix", "Tribune", "Dépêche", "Provence", "Voix", "Montagne", "Marseillaise", "Échos", "Inrockuptibles", "Républicain");

    /// <summary>Interjections that open a spoken sentence, before a comma: "Well, …", "Oh, …", "Bon, …".</summary>
    public static readonly WordSet Interjections = Set("well", "oh", "ah", "yes", "yeah", "yep", "no", "nope", "okay", "ok", "so", "now", "bon", "eh", "ben", "alors", "voilà", "hélas");

    /// <summary>Nouns of what a study or an outlet found, whose owner speaks through them: "PC World's recent analysis … concluded".</summary>
    public static readonly WordSet FindingNouns = Set("analysis", "report", "study", "survey", "review", "research", "investigation", "findings", "editorial", "decree", "décret", "ruling", "judgment", "judgement", "jugement", "verdict",
        "rapport", "étude", "enquête");

    /// <summary>Nouns whose "de X" names the speaker: le communiqué de l’armée → l’armée.</summary>
    public static readonly WordSet StatementNouns = Set(
        "communiqué", "déclaration", "texte", "message", "appel", "statement", "release", "notice", "announcement", "message", "call", "note", "lettre", "letter", "tweet", "post", "discours", "speech",
        "celle", "celui", "celles", "ceux", "quote", "quotation", "remark", "remarks", "comment", "comments", "words", "citation", "propos",
        "warning", "bulletin", "advisory", "alert", "avertissement", "alerte", "analyse", "avis");

    /// <summary>"celle", "celui", "celles", "ceux": in <see cref="StatementNouns"/> for "celle de X", they stand for a statement named before.</summary>
    private static readonly WordSet DemonstrativeStandIns = Set("celle", "celui", "celles", "ceux");

    /// <summary>A statement noun itself ("communiqué", "statement"), not a demonstrative standing for one ("celle").</summary>
    public static bool IsStatementNounItself(string word) => StatementNouns.Contains(word) && !DemonstrativeStandIns.Contains(word);

    /// <summary>
    /// Nouns of a claim whose author follows it and whose content a "que"/"that" clause gives: "suite à l'affirmation du député
    /// Dupont-Aignan que c'étaient « … »", "the claim by Senator X that "…"".
    /// </summary>
    public static readonly WordSet ClaimNouns = Set(
        "affirmation", "affirmations", "déclaration", "déclarations", "propos", "annonce", "accusation", "accusations", "assertion", "assertions",
        "allégation", "allégations", "promesse", "claim", "claims", "allegation", "allegations", "statement", "statements",
        "announcement", "promise", "insistence", "suggestion", "argument");

    /// <summary>Words that introduce the title of a work even a word away: titled "…", intitulé « … », une émission intitulée Morandini Live.</summary>
    public static readonly WordSet TitleMarkers = Set(
        "titled", "entitled", "headlined", "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés", "baptisées");

    /// <summary>
    /// French nouns of nationality, written with a capital before the person they describe:
    /// "le Britannique Boris Johnson", "l'homme d'affaires Italo-Suisse Pablo Victor Dana". Country
    /// names only: regional ones are often surnames too (Breton, Picard, Lombard).
    /// </summary>
    public static readonly WordSet Demonyms = Set(
        "Afghan", "Afghane", "Algérien", "Algérienne", "Allemand", "Allemande", "Américain", "Américaine", "Anglais", "Anglaise",
        "Argentin", "Argentine", "Australien", "Australienne", "Autrichien", "Autrichienne", "Belge", "Brésilien", "Brésilienne",
        "Britannique", "Bulgare", "Camerounais", "Camerounaise", "Canadien", "Canadienne", "Chilien", "Chilienne", "Chinois", "Chinoise",
        "Colombien", "Colombienne", "Congolais", "Congolaise", "Coréen", "Coréenne", "Croate", "Cubain", "Cubaine", "Danois", "Danoise",
        "Écossais", "Écossaise", "Égyptien", "Égyptienne", "Espagnol", "Espagnole", "Éthiopien", "Éthiopienne", "Finlandais", "Finlandaise",
        "Français", "Française", "Gallois", "Galloise", "Grec", "Grecque", "Hongrois", "Hongroise", "Indien", "Indienne", "Irakien", "Irakienne",
        "Iranien", "Iranienne", "Irlandais", "Irlandaise", "Islandais", "Islandaise", "Israélien", "Israélienne", "Italien", "Italienne",
        "Ivoirien", "Ivoirienne", "Japonais", "Japonaise", "Kényan", "Kényane", "Libanais", "Libanaise", "Libyen", "Libyenne",
        "Luxembourgeois", "Luxembourgeoise", "Malien", "Malienne", "Marocain", "Marocaine", "Mexicain", "Mexicaine", "Néerlandais", "Néerlandaise",
        "Nigérian", "Nigériane", "Norvégien", "Norvégienne", "Pakistanais", "Pakistanaise", "Palestinien", "Palestinienne", "Polonais", "Polonaise",
        "Portugais", "Portugaise", "Québécois", "Québécoise", "Roumain", "Roumaine", "Russe", "Saoudien", "Saoudienne", "Sénégalais", "Sénégalaise",
        "Serbe", "Slovaque", "Slovène", "Somalien", "Somalienne", "Suédois", "Suédoise", "Suisse", "Syrien", "Syrienne", "Tchèque",
        "Tunisien", "Tunisienne", "Turc", "Turque", "Ukrainien", "Ukrainienne", "Vénézuélien", "Vénézuélienne", "Vietnamien", "Vietnamienne",
        // (Thirty-sixth session: "le Malgache Tojo Rakotomalala" was read as a body, "le X" with a capital, not a person.)
        "Malgache", "Haïtien", "Haïtienne", "Guinéen", "Guinéenne", "Burkinabé", "Burkinabée", "Béninois", "Béninoise", "Togolais", "Togolaise",
        "Gabonais", "Gabonaise", "Tchadien", "Tchadienne", "Rwandais", "Rwandaise", "Burundais", "Burundaise", "Mauritanien", "Mauritanienne",
        "Nigérien", "Nigérienne", "Sud-Africain", "Sud-Africaine", "Néo-Zélandais", "Néo-Zélandaise", "Ghanéen", "Ghanéenne", "Ougandais",
        "Ougandaise", "Soudanais", "Soudanaise", "Érythréen", "Érythréenne", "Thaïlandais", "Thaïlandaise", "Philippin",
        "Indonésien", "Indonésienne", "Estonien", "Estonienne", "Letton", "Lettone", "Lituanien", "Lituanienne", "Biélorusse", "Géorgien",
        "Géorgienne", "Arménien", "Arménienne", "Jordanien", "Jordanienne", "Koweïtien", "Koweïtienne", "Yéménite", "Péruvien", "Péruvienne",
        "Bolivien", "Bolivienne", "Équatorien", "Équatorienne", "Uruguayen", "Uruguayenne", "Paraguayen", "Paraguayenne", "Jamaïcain",
        "Jamaïcaine", "Monégasque", "Maltais", "Maltaise", "Chypriote", "Albanais", "Albanaise", "Bosnien", "Bosnienne", "Kosovar", "Moldave",
        "Azerbaïdjanais", "Kazakh", "Ouzbek", "Émirati", "Qatari", "Bahreïni", "Omanais", "Omanaise", "Népalais", "Népalaise",
        "Sri-Lankais", "Sri-Lankaise", "Bangladais", "Bangladaise", "Birman", "Birmane", "Cambodgien", "Cambodgienne", "Taïwanais",
        "Taïwanaise", "Mongol", "Mongole", "Angolais", "Angolaise", "Mozambicain", "Mozambicaine", "Zimbabwéen", "Zimbabwéenne",
        "Zambien", "Zambienne", "Namibien", "Namibienne", "Tanzanien", "Tanzanienne", "Centrafricain", "Centrafricaine", "Comorien",
        "Comorienne", "Djiboutien", "Djiboutienne", "Nicaraguayen", "Guatémaltèque", "Hondurien", "Hondurienne", "Salvadorien",
        "Salvadorienne", "Costaricien", "Costaricienne", "Panaméen", "Panaméenne", "Dominicain", "Dominicaine", "Portoricain", "Portoricaine");

    /// <summary>A noun of nationality, French (<see cref="Demonyms"/>) or English (<see cref="EnglishDemonyms"/>): "Canadien", "Portuguese".</summary>
    public static bool IsNationalityNoun(string word) => Demonyms.Contains(word) || EnglishDemonyms.Contains(word);

    /// <summary>
    /// English nouns of nationality that name one person ("The Portuguese added", "the Spaniard said"), as sports and agency
    /// copy calls someone just named. Not "British", "French", "English", "Dutch", "Welsh", "Irish", which name a people.
    /// </summary>
    public static readonly WordSet EnglishDemonyms = Set(
        "Afghan", "Albanian", "Algerian", "American", "Angolan", "Argentine", "Argentinian", "Armenian", "Australian", "Austrian", "Belgian",
        "Bolivian", "Bosnian", "Brazilian", "Briton", "Bulgarian", "Cameroonian", "Canadian", "Chilean", "Chinese", "Colombian", "Croat",
        "Croatian", "Cuban", "Czech", "Dane", "Dutchman", "Ecuadorian", "Egyptian", "Englishman", "Englishwoman", "Estonian", "Ethiopian",
        "Filipino", "Finn", "Frenchman", "Frenchwoman", "German", "Ghanaian", "Greek", "Hungarian", "Icelander", "Indian", "Indonesian",
        "Iranian", "Iraqi", "Irishman", "Irishwoman", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian", "Kenyan",
        "Korean", "Latvian", "Lebanese", "Lithuanian", "Malaysian", "Mexican", "Moroccan", "Nigerian", "Norwegian", "Pakistani",
        "Palestinian", "Peruvian", "Pole", "Portuguese", "Romanian", "Russian", "Saudi", "Scot", "Scotsman", "Senegalese", "Serb",
        "Serbian", "Slovak", "Slovenian", "Spaniard", "Swede", "Swiss", "Syrian", "Thai", "Tunisian", "Turk", "Ugandan", "Ukrainian",
        "Uruguayan", "Venezuelan", "Vietnamese", "Welshman", "Zimbabwean", "Kiwi", "Aussie");

    /// <summary>
    /// Head nouns of French organisations, whose names go on in lower case: "l'Organisation mondiale de la
    /// santé", "le Conseil constitutionnel", "la Haute Autorité pour la transparence de la vie publique".
    /// </summary>
    public static readonly HashSet<string> FrenchOrganisationHeads = new(StringComparer.Ordinal)
    {
        "Organisation", "Agence", "Conseil", "Cour", "Parti", "Front", "Ligue", "Fédération", "Union", "Assemblée", "Association",
        "Autorité", "Comité", "Commission", "Confédération", "Syndicat", "Institut", "Observatoire", "Ministère", "Office", "Banque",
        "Caisse", "Centre", "Mouvement", "Tribunal", "Automobile", "Société", "Chambre", "Conférence", "Collectif", "Coordination",
        "Direction", "Inspection", "Haute", "Haut", "Secours", "Parquet", "Cnil", "Fondation", "Mutualité", "Académie", "Ordre",
        "Rassemblement", "Parlement", "Police", "Gendarmerie", "Éducation", "Sécurité", "Alliance", "Mission", "Fonds", "Festival", "Stade", "Olympique", "Racing",
    };

    /// <summary>
    /// Heads of French organisations' names written without an article, whose name goes on in lower case, over "sans",
    /// "contre" and "du" too: "Force ouvrière a dénoncé", "Médecins sans frontières", "Action contre la faim".
    /// </summary>
    public static readonly HashSet<string> ArticlelessFrenchOrganisationHeads = new(StringComparer.Ordinal)
    {
        "Force", "Lutte", "Médecins", "Reporters", "Avocats", "Ingénieurs", "Action", "Secours", "Confédération",
    };

    /// <summary>Connectives that may open a sentence before its first phrase: "Mais, pour X, « … »", "However, according to X".</summary>
    public static readonly WordSet SentenceConnectives = Set(
        "mais", "et", "or", "donc", "pourtant", "cependant", "toutefois", "néanmoins", "enfin", "ainsi",
        "but", "and", "yet", "however", "still", "meanwhile");

    /// <summary>
    /// Connectives of two words that open a sentence as one: "en effet", "par ailleurs", "in fact". Apart from
    /// <see cref="SentenceConnectives"/> because their words alone are no connective ("en" opens "En France").
    /// </summary>
    public static bool IsTwoWordConnective(string first, string second) => (first, second) switch
    {
        ("en", "effet") or ("par", "ailleurs") or ("en", "revanche") or ("de", "plus") or ("en", "outre") or ("du", "reste") => true,
        ("in", "fact") or ("in", "addition") or ("of", "course") or ("by", "contrast") => true,
        _ => false,
    };

    /// <summary>
    /// Names of countries, English and French as news writes them, for the labels and lead-ins that name a country without its
    /// speaking ("Mozambique: "…"", a Global Voices headline). Compared ignoring case; names of several words as written.
    /// </summary>
    public static readonly WordSet Countries = Set(
        "Afghanistan", "Albania", "Albanie", "Algeria", "Algérie", "Andorra", "Andorre", "Angola", "Argentina", "Argentine", "Armenia", "Arménie",
        "Australia", "Australie", "Austria", "Autriche", "Azerbaijan", "Azerbaïdjan", "Bahamas", "Bahrain", "Bahreïn", "Bangladesh", "Barbados",
        "Barbade", "Belarus", "Biélorussie", "Belgium", "Belgique", "Belize", "Benin", "Bénin", "Bhutan", "Bhoutan", "Bolivia", "Bolivie",
        "Bosnia", "Bosnie", "Botswana", "Brazil", "Brésil", "Brunei", "Bulgaria", "Bulgarie", "Burkina Faso", "Burundi", "Cambodia", "Cambodge",
        "Cameroon", "Cameroun", "Canada", "Chad", "Tchad", "Chile", "Chili", "China", "Chine", "Colombia", "Colombie", "Comoros", "Comores",
        "Congo", "Costa Rica", "Croatia", "Croatie", "Cuba", "Cyprus", "Chypre", "Czech Republic", "Czechia", "Tchéquie", "Denmark", "Danemark",
        "Djibouti", "Dominica", "Dominique", "Dominican Republic", "Ecuador", "Équateur", "Egypt", "Égypte", "Eritrea", "Érythrée", "Estonia",
        "Estonie", "Eswatini", "Ethiopia", "Éthiopie", "Fiji", "Fidji", "Finland", "Finlande", "France", "Gabon", "Gambia", "Gambie", "Georgia",
        "Géorgie", "Germany", "Allemagne", "Ghana", "Greece", "Grèce", "Grenada", "Grenade", "Guatemala", "Guinea", "Guinée", "Guyana", "Haiti",
        "Haïti", "Honduras", "Hungary", "Hongrie", "Iceland", "Islande", "India", "Inde", "Indonesia", "Indonésie", "Iran", "Iraq", "Irak",
        "Ireland", "Irlande", "Israel", "Israël", "Italy", "Italie", "Jamaica", "Jamaïque", "Japan", "Japon", "Jordan", "Jordanie", "Kazakhstan",
        "Kenya", "Kiribati", "Kosovo", "Kuwait", "Koweït", "Kyrgyzstan", "Kirghizistan", "Laos", "Latvia", "Lettonie", "Lebanon", "Liban",
        "Lesotho", "Liberia", "Libéria", "Libya", "Libye", "Liechtenstein", "Lithuania", "Lituanie", "Luxembourg", "Madagascar", "Malawi",
        "Malaysia", "Malaisie", "Maldives", "Mali", "Malta", "Malte", "Mauritania", "Mauritanie", "Mauritius", "Maurice", "Mexico", "Mexique",
        "Moldova", "Moldavie", "Monaco", "Mongolia", "Mongolie", "Montenegro", "Monténégro", "Morocco", "Maroc", "Mozambique", "Myanmar",
        "Birmanie", "Namibia", "Namibie", "Nauru", "Nepal", "Népal", "Netherlands", "Pays-Bas", "New Zealand", "Nouvelle-Zélande", "Nicaragua",
        "Niger", "Nigeria", "Nigéria", "North Korea", "Corée du Nord", "North Macedonia", "Macédoine", "Norway", "Norvège", "Oman", "Pakistan",
        "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Pérou", "Philippines", "Poland", "Pologne", "Portugal", "Qatar",
        "Romania", "Roumanie", "Russia", "Russie", "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Arabie saoudite", "Senegal", "Sénégal",
        "Serbia", "Serbie", "Seychelles", "Sierra Leone", "Singapore", "Singapour", "Slovakia", "Slovaquie", "Slovenia", "Slovénie", "Somalia",
        "Somalie", "South Africa", "Afrique du Sud", "South Korea", "Corée du Sud", "South Sudan", "Soudan du Sud", "Spain", "Espagne",
        "Sri Lanka", "Sudan", "Soudan", "Suriname", "Sweden", "Suède", "Switzerland", "Suisse", "Syria", "Syrie", "Taiwan", "Taïwan",
        "Tajikistan", "Tadjikistan", "Tanzania", "Tanzanie", "Thailand", "Thaïlande", "Togo", "Tonga", "Trinidad and Tobago",
        "Trinidad & Tobago", "Trinité-et-Tobago", "Tunisia", "Tunisie", "Turkey", "Turquie", "Turkmenistan", "Turkménistan", "Tuvalu", "Uganda",
        "Ouganda", "Ukraine", "United Arab Emirates", "Émirats arabes unis", "United Kingdom", "Royaume-Uni", "United States", "États-Unis",
        "Uruguay", "Uzbekistan", "Ouzbékistan", "Vanuatu", "Venezuela", "Vietnam", "Viêt Nam", "Yemen", "Yémen", "Zambia", "Zambie", "Zimbabwe");

    /// <summary>
    /// English adjectives of nationality and names of languages that are not also nouns of a person (those are in
    /// <see cref="EnglishDemonyms"/>): "Arab men", "Turkish language", "Yemeni law enforcement officials".
    /// </summary>
    public static readonly WordSet NationalityAdjectives = Set(
        "Arab", "Arabic", "Turkish", "British", "French", "Spanish", "English", "Irish", "Scottish", "Welsh", "Polish", "Danish", "Swedish",
        "Finnish", "Kurdish", "Yemeni", "Sudanese", "Somali", "Congolese", "Burmese", "Nepalese", "Maltese", "Taiwanese", "Bangladeshi",
        "Kuwaiti", "Qatari", "Omani", "Emirati", "Bahraini", "Libyan", "Hindi", "Urdu", "Hebrew", "Persian", "Farsi", "Mandarin", "Cantonese",
        "Tibetan", "Uighur", "Uyghur", "Chechen", "Georgian", "Belarusian", "Kazakh", "Uzbek", "Tamil", "Sinhalese", "Punjabi", "Bengali");

    /// <summary>Continents and world regions, English and French, compared as <see cref="Countries"/> are.</summary>
    public static readonly WordSet Regions = Set(
        "Africa", "Afrique", "Europe", "Asia", "Asie", "America", "Amérique", "Latin America", "Amérique latine", "North America",
        "South America", "Amérique du Nord", "Amérique du Sud", "Oceania", "Océanie", "Antarctica", "Antarctique", "Middle East",
        "Moyen-Orient", "Balkans", "Caribbean", "Caraïbes", "Maghreb", "Sahel");

    /// <summary>A country or a world region by its name alone: a place, never whom "he" or "she" stands for.</summary>
    public static bool IsCountryOrRegion(string name) => Countries.Contains(name) || Regions.Contains(name);

    /// <summary>Words that introduce the source of a quote: "selon X", "d’après X", "according to X".</summary>
    public static readonly WordSet SourceMarkers = Set("selon", "d’après", "d'après", "according");

    /// <summary>An English plural's ending: "-s", not "-ss" ("members", "claims"; not "press", "boss"). Length and case are the caller's.</summary>
    public static bool EndsAsPlural(string word) =>
        word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>A count word, or two joined by a hyphen: "Eighty", "Twenty-five", "vingt-deux".</summary>
    public static bool IsCount(string word)
    {
        if (CountWords.Contains(word))
        {
            return true;
        }

        // (Asked of every capitalised word by the name rules: the halves are cut through the word table, so "Jean-Marc" costs no
        // new string each time.)
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1
            && CountWords.Contains(WordStrings.Get(WordStrings.Table, word, 0, hyphen))
            && CountWords.Contains(WordStrings.Get(WordStrings.Table, word, hyphen + 1, word.Length - hyphen - 1));
    }

    private static WordSet Set(params string[] words) => new(words);

    private static WordMap Kinds(params (string Kind, string[] Words)[] kinds)
    {
        var byWord = new Dictionary<string, string>(IgnoreCaseComparer.Instance);
        foreach (var (kind, words) in kinds)
        {
            foreach (var word in words)
            {
                byWord.Add(word, kind);
            }
        }

        return new WordMap(byWord);
    }
}
