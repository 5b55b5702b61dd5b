namespace ClaimLang.Core.Tests.Generators;

/// <summary>
/// One token of a generated member. <see cref="MayTouchPrevious"/> marks the places where the
/// language lets two tokens touch (<c>14..15</c>, <c>USD/yr</c>, <c>Iran-&gt;Syria</c>, <c>~80</c>,
/// <c>label:</c>); everywhere else the generator puts trivia between tokens.
/// </summary>
internal sealed record Piece(string Text, bool MayTouchPrevious = false)
{
    public static Piece Touching(string text) => new(text, MayTouchPrevious: true);
}
