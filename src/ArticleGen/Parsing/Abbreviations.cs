namespace ArticleGen.Parsing;

/// <summary>
/// Abbreviations whose period ends no sentence, in one place: the sentence splitter reads all of them, the
/// tokeniser the titles and ranks written before a name (a rank added for one was once missing from the other).
/// </summary>
internal static class Abbreviations
{
    /// <summary>
    /// Titles and ranks written before a name with a period: "said Prof. Brian Cox", "Lt. Gen. Thomas Bussiere",
    /// "Mme. Dupont". Written as they are capitalised; the tokeniser compares them ordinally.
    /// </summary>
    public static readonly string[] BeforeNames =
    {
        "Mr", "Dr", "Mme", "Ms", "Mrs", "St", "Pr", "Sen", "Gov", "Rep", "Gen", "Prof", "Lt", "Col", "Capt", "Sgt", "Maj", "Cpl", "Det", "Supt", "Insp", "Brig", "Adm", "Cmdr",
        "Rev", "Hon", "Msgr", "Fr", "Ald", "Rt", "Pvt", "Cdr", "Atty", "Amb", "Pres",
    };

    /// <summary>
    /// The others a sentence goes on after: forms of address the tokeniser reads otherwise ("M.", "MM."), months,
    /// company suffixes, "etc", "vs", "U.S" (before its last period).
    /// </summary>
    public static readonly string[] Others =
    {
        "M", "MM", "Mmes", "Mlle", "Ste", "Sr", "Jr", "Gén", "Mgr", "Me", "No", "Nos", "vs", "etc", "cf", "env", "av", "apr", "J.-C",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "U.S", "U.K",
    };
}
