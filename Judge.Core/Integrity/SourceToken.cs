namespace Judge.Core.Integrity;

/// <summary>
/// One token of a submission after normalisation: <see cref="Text"/> is what comparisons see
/// (a keyword or operator as written, <see cref="SourceTokenizer.Identifier"/> for any name the
/// candidate chose, <see cref="SourceTokenizer.Number"/> / <see cref="SourceTokenizer.StringLiteral"/>
/// for literals); the span (1-based lines and columns, end inclusive) points back at the original text.
/// </summary>
public readonly record struct SourceToken(string Text, int StartLine, int StartColumn, int EndLine, int EndColumn);
