namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>The word stock names are made of: real countries first, then made-up places, people and outlets.</summary>
internal static class Words
{
    public static IReadOnlyList<(string Name, string Code)> Countries { get; } =
    [
        ("Iran", "IRN"), ("Syria", "SYR"), ("Iraq", "IRQ"), ("Lebanon", "LBN"), ("Yemen", "YEM"),
        ("Russia", "RUS"), ("China", "CHN"), ("United States", "USA"), ("Saudi Arabia", "SAU"), ("Turkey", "TUR"),
        ("Israel", "ISR"), ("Egypt", "EGY"), ("Jordan", "JOR"), ("Qatar", "QAT"), ("United Arab Emirates", "ARE"),
        ("Germany", "DEU"), ("France", "FRA"), ("United Kingdom", "GBR"), ("India", "IND"), ("Pakistan", "PAK"),
        ("Afghanistan", "AFG"), ("Kuwait", "KWT"), ("Oman", "OMN"), ("Bahrain", "BHR"), ("Libya", "LBY"),
        ("Sudan", "SDN"), ("Ethiopia", "ETH"), ("Somalia", "SOM"), ("Algeria", "DZA"), ("Morocco", "MAR"),
        ("Tunisia", "TUN"), ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"), ("Kazakhstan", "KAZ"),
        ("Ukraine", "UKR"), ("Belarus", "BLR"), ("Japan", "JPN"), ("Brazil", "BRA"), ("Venezuela", "VEN"),
    ];

    // Made-up words for the rest: onset + middle + ending gives thousands of pronounceable names.
    public static IReadOnlyList<string> Onsets { get; } =
        ["Al", "Bar", "Cor", "Dar", "El", "Far", "Gal", "Har", "Is", "Jan", "Kel", "Lor", "Mar", "Nor", "Os",
         "Par", "Qas", "Ros", "Sel", "Tar", "Ul", "Var", "Wen", "Yar", "Zan"];

    public static IReadOnlyList<string> Middles { get; } = ["", "a", "e", "i", "o", "u", "an", "ed", "ir", "ov"];

    public static IReadOnlyList<string> Endings { get; } = ["a", "an", "ia", "or", "en", "is", "et", "um", "ar", "ik"];

    public static IReadOnlyList<(string Word, string Kind)> OrganisationWords { get; } =
    [
        ("Front", "group"), ("Brigade", "group"), ("Movement", "group"), ("Militia", "group"), ("Party", "group"),
        ("Council", "organisation"), ("Authority", "organisation"), ("Fund", "organisation"),
        ("Bank", "organisation"), ("Alliance", "organisation"), ("Company", "company"),
    ];

    public static IReadOnlyList<(string Word, string Kind)> OutletWords { get; } =
    [
        ("Times", "newspaper"), ("Herald", "newspaper"), ("Daily", "newspaper"), ("Post", "newspaper"),
        ("Radio", "broadcaster"), ("TV", "broadcaster"), ("News", "broadcaster"),
        ("Agency", "news_agency"), ("Wire", "news_agency"), ("Press", "news_agency"),
        ("Institute", "think_tank"), ("Center", "think_tank"), ("Forum", "think_tank"),
        ("Ministry", "government"), ("Office", "government"),
        ("Watch", "ngo"), ("Monitor", "ngo"), ("Relief", "ngo"),
    ];

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Lena", "Omar", "Nadia", "Karim", "Sara", "Yusuf", "Maria", "Ivan", "Leila", "Tomas", "Amira", "David",
        "Farah", "Hassan", "Elena", "Jonas", "Mina", "Pavel", "Rania", "Samir", "Ana", "Kenji", "Zara", "Ali",
        "Ines", "Marc", "Dina", "Reza", "Noor", "Felix", "Hana", "Tariq", "Olga", "Yara", "Bilal", "Claire",
        "Nasser", "Lucia", "Emre", "Aisha",
    ];

    public static IReadOnlyList<string> Surnames { get; } =
    [
        "Haddad", "Karimi", "Petrov", "Nasser", "Schmidt", "Rahimi", "Khoury", "Novak", "Sadeghi", "Costa",
        "Aziz", "Moreau", "Hosseini", "Yilmaz", "Farouk", "Ivanova", "Mansour", "Tehrani", "Bauer", "Saleh",
        "Lindqvist", "Okafor", "Rossi", "Jaber", "Kowalski", "Darwish", "Sato", "Hamdan", "Weber", "Qureshi",
        "Abbasi", "Fischer", "Nouri", "Levy", "Mendes", "Bakr", "Orlov", "Rahman", "Dubois", "Shehadeh",
    ];

    public static IReadOnlyList<string> Roles { get; } =
    [
        "economist", "defence analyst", "senior fellow", "former finance minister", "UN special envoy",
        "government spokesperson", "opposition spokesperson", "central bank governor", "researcher",
        "journalist", "aid official", "energy analyst", "member of parliament", "military adviser",
    ];

    public static IReadOnlyList<string> Notes { get; } =
    [
        "estimate", "includes credit lines", "excludes humanitarian aid", "figure given in an interview",
        "according to unnamed officials", "from leaked budget papers", "the recipient denies the figure",
        "rounded in the article", "contract value, not deliveries", "as reported, not confirmed",
    ];
}
