namespace ClaimLang.Binding.Meaning;

/// <summary>The small facts of a <see cref="ClaimMeaning"/>, packed into one byte.</summary>
[Flags]
internal enum MeaningFlags : byte
{
    IsRate = 1,

    /// <summary>Two bits: the <see cref="RateUnit"/>, shifted left by one.</summary>
    RateUnitMask = 6,

    HasStatus = 8,

    LowIsExact = 16,

    HighIsExact = 32,
}
