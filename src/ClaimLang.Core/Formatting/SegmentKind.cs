namespace ClaimLang.Formatting;

/// <summary>What a <see cref="Segment"/> of text is, which decides the whitespace around it.</summary>
internal enum SegmentKind : byte
{
    /// <summary>A token: keyword, name, number, date, string or punctuation.</summary>
    Token,

    /// <summary>A line comment, or the first line of a block comment.</summary>
    Comment,

    /// <summary>A later line of a block comment. Its own indentation is part of the comment, so no indentation is put before it.</summary>
    CommentContinuation,
}
