using System.Runtime.CompilerServices;
using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>The fast path's token objects: those of a <see cref="LightTokenSet"/>, reused member after member.</summary>
internal readonly struct LightTokenObjects(LightTokenSet set) : ITokenObjects
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public IToken Get(int position) => set.Get(position);

    // The fast path gives up at the first mistake instead of recovering.
    public ITokenSource? Source => null;
}
