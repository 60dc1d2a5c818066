using Judge.Core.Judging;

namespace Judge.Core.Integrity;

/// <summary>
/// Turns a submission into the normalised token stream that similarity compares: comments and
/// whitespace dropped, every name the candidate chose becomes <see cref="Identifier"/>, numbers
/// <see cref="Number"/>, string and character literals <see cref="StringLiteral"/>; keywords, operators and
/// well-known library names stay as written. Renaming, reformatting and re-commenting therefore
/// change nothing.
/// </summary>
/// <remarks>
/// A lexer, not a parser: it never fails. What it does not model is approximated the same way in
/// both submissions of a comparison — JavaScript regular-expression literals lex as operators and
/// names, and the code inside interpolated or template strings is part of the string.
/// </remarks>
public static class SourceTokenizer
{
    public const string Identifier = "I";
    public const string Number = "N";
    public const string StringLiteral = "S";

    /// <summary>Tokens of <paramref name="source"/> in <paramref name="language"/> (one of <see cref="LanguageNames.All"/>).</summary>
    public static IReadOnlyList<SourceToken> Tokenize(string source, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Lexer(source, LanguageLexicon.For(language)).Run();
    }

    private sealed class Lexer(string text, LanguageLexicon lexicon)
    {
        private readonly List<SourceToken> _tokens = [];
        private int _pos;
        private int _line = 1;
        private int _column = 1;

        public List<SourceToken> Run()
        {
            while (_pos < text.Length)
            {
                var c = text[_pos];
                if (char.IsWhiteSpace(c))
                {
                    Advance(1);
                }
                else if (StartsWith(lexicon.LineComment))
                {
                    AdvanceWhile(ch => ch != '\n');
                }
                else if (lexicon.BlockComments && StartsWith("/*"))
                {
                    var end = text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                    Advance((end < 0 ? text.Length : end + 2) - _pos);
                }
                else if (lexicon.Name == LanguageNames.Cpp && c == '#')
                {
                    Directive();
                }
                else if (TryString())
                {
                    continue;
                }
                else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
                {
                    NumberLiteral();
                }
                else if (IsNameStart(c) || (c == '@' && lexicon.Name == LanguageNames.CSharp && IsNameStart(Peek(1))))
                {
                    Name();
                }
                else
                {
                    var op = lexicon.Operators.FirstOrDefault(StartsWith);
                    Emit(op ?? c.ToString(), op?.Length ?? 1);
                }
            }

            return _tokens;
        }

        /// <summary>
        /// A preprocessor line: <c>#include</c> lines become one token (the header is boilerplate
        /// every solution shares); other directives keep their name and lex on as code.
        /// </summary>
        private void Directive()
        {
            var length = 1;
            while (char.IsWhiteSpace(Peek(length)) && Peek(length) != '\n')
            {
                length++;
            }

            while (IsNamePart(Peek(length)))
            {
                length++;
            }

            var word = "#" + text.Substring(_pos + 1, length - 1).Trim();
            if (word == "#include")
            {
                var end = text.IndexOf('\n', _pos);
                length = (end < 0 ? text.Length : end) - _pos;
            }

            Emit(word, length);
        }

        private bool TryString()
        {
            var start = _pos;
            var prefix = 0;
            while (prefix < 3 && IsStringPrefix(Peek(prefix)))
            {
                prefix++;
            }

            var quote = Peek(prefix);
            if (quote is not ('"' or '\'' or '`') || (quote == '`' && lexicon.Name != LanguageNames.JavaScript))
            {
                return false;
            }

            if (prefix > 0 && !IsPrefixAllowed(text.AsSpan(start, prefix)))
            {
                return false;
            }

            var prefixText = text.AsSpan(start, prefix);
            var open = quote == '`' ? "`" : TripleQuoted(prefix, quote) ? new string(quote, 3) : quote.ToString();
            var i = start + prefix + open.Length;
            if (lexicon.Name == LanguageNames.Cpp && prefixText.EndsWith("R") && quote == '"')
            {
                // C++ raw string: R"delim( ... )delim"
                var paren = text.IndexOf('(', i);
                var close = paren < 0 ? -1 : text.IndexOf(")" + text[i..paren] + "\"", paren, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + (paren - i) + 2;
            }
            else
            {
                var verbatim = lexicon.Name == LanguageNames.CSharp && prefixText.Contains('@');
                var raw = lexicon.Name == LanguageNames.Python && (prefixText.Contains('r') || prefixText.Contains('R'));
                i = StringEnd(i, open, verbatim, raw);
            }

            Emit(StringLiteral, i - start);
            return true;
        }

        private int StringEnd(int i, string open, bool verbatim, bool raw)
        {
            var depth = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (open.Length == 1 && ch == '\n' && open != "`" && !verbatim)
                {
                    return i; // unterminated on its line: stop there rather than swallow the file
                }

                if (ch == '\\' && !verbatim)
                {
                    i += raw ? 1 : 2;
                    continue;
                }

                if (open == "`" && ch == '$' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    depth++;
                    i += 2;
                    continue;
                }

                if (depth > 0)
                {
                    depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                    i++;
                    continue;
                }

                if (string.CompareOrdinal(text, i, open, 0, open.Length) == 0)
                {
                    if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i += 2; // "" inside a verbatim string
                        continue;
                    }

                    return i + open.Length;
                }

                i++;
            }

            return text.Length;
        }

        private bool TripleQuoted(int prefix, char quote) =>
            (lexicon.Name is LanguageNames.Python || (quote == '"' && lexicon.Name is LanguageNames.Java or LanguageNames.CSharp))
            && Peek(prefix + 1) == quote && Peek(prefix + 2) == quote;

        private bool IsStringPrefix(char c) => lexicon.Name switch
        {
            LanguageNames.Python => "rRbBfFuU".Contains(c, StringComparison.Ordinal),
            LanguageNames.CSharp => c is '@' or '$',
            LanguageNames.Cpp => "uUL8R".Contains(c, StringComparison.Ordinal),
            _ => false,
        };

        private bool IsPrefixAllowed(ReadOnlySpan<char> prefix) => lexicon.Name switch
        {
            LanguageNames.Python => prefix.Length <= 2,
            LanguageNames.CSharp => prefix.Length <= 2 || prefix is "$$$",
            _ => prefix is "u8" or "u" or "U" or "L" or "R" or "u8R" or "uR" or "UR" or "LR",
        };

        private void NumberLiteral()
        {
            var length = 0;
            while (true)
            {
                var ch = Peek(length);
                var previous = length > 0 ? Peek(length - 1) : '\0';
                var exponentSign = ch is '+' or '-' && previous is 'e' or 'E' && !HexNumber();
                var separator = ch == '\'' && lexicon.Name == LanguageNames.Cpp && char.IsAsciiHexDigit(Peek(length + 1));
                var dot = ch == '.' && char.IsAsciiDigit(Peek(length + 1));
                if (!(char.IsAsciiLetterOrDigit(ch) || ch == '_' || dot || exponentSign || separator))
                {
                    break;
                }

                length++;
            }

            Emit(Number, length);
        }

        private bool HexNumber() => Peek(0) == '0' && Peek(1) is 'x' or 'X';

        private void Name()
        {
            var length = text[_pos] == '@' ? 1 : 0;
            while (IsNamePart(Peek(length)))
            {
                length++;
            }

            var word = text.Substring(_pos, length);
            var kept = lexicon.Keywords.Contains(word) || lexicon.LibraryNames.Contains(word);
            Emit(kept ? word : Identifier, length);
        }

        private bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || (c == '$' && lexicon.Name is LanguageNames.JavaScript or LanguageNames.Java);

        private bool IsNamePart(char c) => IsNameStart(c) || char.IsDigit(c);

        private char Peek(int offset) => _pos + offset < text.Length ? text[_pos + offset] : '\0';

        private bool StartsWith(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private void AdvanceWhile(Func<char, bool> predicate)
        {
            var length = 0;
            while (_pos + length < text.Length && predicate(text[_pos + length]))
            {
                length++;
            }

            Advance(length);
        }

        private void Emit(string normalised, int length)
        {
            var (line, column) = (_line, _column);
            Advance(length - 1);
            _tokens.Add(new SourceToken(normalised, line, column, _line, _column));
            Advance(1);
        }

        private void Advance(int count)
        {
            for (var i = 0; i < count && _pos < text.Length; i++)
            {
                if (text[_pos] == '\n')
                {
                    _line++;
                    _column = 1;
                }
                else
                {
                    _column++;
                }

                _pos++;
            }
        }
    }
}
