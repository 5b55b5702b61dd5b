namespace ClaimLang.Binding.Meaning;

/// <summary>What a rate is per: <c>/yr</c> or <c>/year</c>, <c>/mo</c> or <c>/month</c>, <c>/day</c>.</summary>
internal enum RateUnit
{
    Year,
    Month,
    Day,
}
