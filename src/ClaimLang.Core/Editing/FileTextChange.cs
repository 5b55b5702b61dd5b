using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// One edit of one file of a compilation: a rename or a quick fix may touch several files, so
/// each change names the file (the path its syntax tree was parsed with) it applies to.
/// </summary>
/// <param name="FilePath">The <see cref="Syntax.SyntaxTree.FilePath"/> of the file to change.</param>
/// <param name="Change">The edit, counted in that file's text as it is now.</param>
public readonly record struct FileTextChange(string FilePath, TextChange Change);
