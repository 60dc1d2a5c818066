using Judge.Core.Integrity;

namespace Judge.Tests.Integrity;

[TestFixture]
public sealed class SourceTokenizerTests
{
    private static string Normalised(string source, string language) =>
        string.Join(" ", SourceTokenizer.Tokenize(source, language).Select(t => t.Text));

    [Test]
    public void CSharp_DropsCommentsAndFoldsEveryKindOfString()
    {
        var source = "x = \"a // b\"; // c\n/* d\n e */ y = @\"f\"\"g\" + $\"{z}\" + 'h' + \"\"\"raw \" \"\"\";";
        Assert.That(Normalised(source, "csharp"), Is.EqualTo("I = S ; I = S + S + S + S ;"));
    }

    [Test]
    public void Python_DropsHashCommentsAndFoldsPrefixedAndTripleQuotedStrings()
    {
        var source = "x = \"a # b\"  # c\ny = '''d\n# e\n''' + r\"\\d\" + f'{z}' + b\"\\x01\"\nreturn x // 2";
        Assert.That(Normalised(source, "python"), Is.EqualTo("I = S I = S + S + S + S return I // N"));
    }

    [Test]
    public void Java_DropsCommentsAndFoldsCharsAndTextBlocks()
    {
        var source = "String s = \"/* no */\"; // c\n/* block\n */ char q = '\\''; String t = \"\"\"\n  a \" b\n  \"\"\";";
        Assert.That(Normalised(source, "java"), Is.EqualTo("String I = S ; char I = S ; String I = S ;"));
    }

    [Test]
    public void Cpp_TakesIncludesAsOneTokenAndFoldsRawStringsAndDigitSeparators()
    {
        var source = "#include <bits/stdc++.h>\n// c\nauto s = R\"x(a\")b)x\"; long long n = 1'000'000LL; /* c */ double d = 1.5e-3;";
        Assert.That(Normalised(source, "cpp"), Is.EqualTo("#include auto I = S ; long long I = N ; double I = N ;"));
    }

    [Test]
    public void JavaScript_FoldsTemplateLiteralsWithNestedBracesAndDropsComments()
    {
        var source = "const t = `a${b + {c: 1}.c}d`; // e\n/* f */ let u = 'g' + \"h\";";
        Assert.That(Normalised(source, "javascript"), Is.EqualTo("const I = S ; let I = S + S ;"));
    }

    [TestCase("csharp", "var best = System.Math.Max(a[0], total);", "var I = System . Math . Max ( I [ N ] , I ) ;")]
    [TestCase("python", "best = max(len(xs), total)", "I = max ( len ( I ) , I )")]
    [TestCase("java", "long best = Math.max(a.length, total);", "long I = Math . max ( I . length , I ) ;")]
    [TestCase("cpp", "long long best = max((long long)a.size(), total);", "long long I = max ( ( long long ) I . size ( ) , I ) ;")]
    [TestCase("javascript", "let best = Math.max(a.length, total);", "let I = Math . max ( I . length , I ) ;")]
    public void Names_BecomeOneToken_ButKeywordsAndLibraryNamesStay(string language, string source, string expected) =>
        Assert.That(Normalised(source, language), Is.EqualTo(expected));

    [Test]
    public void Tokens_KeepTheirLinesAndColumnsInTheOriginalText()
    {
        var tokens = SourceTokenizer.Tokenize("def f(a):\n    # note\n    return \"x\ny\"\n", "python");
        var text = tokens.First(t => t.Text == SourceTokenizer.StringLiteral);
        var ret = tokens.Single(t => t.Text == "return");
        Assert.Multiple(() =>
        {
            Assert.That(ret, Is.EqualTo(new SourceToken("return", 3, 5, 3, 10)));
            // An unterminated single-quoted string stops at the end of its line rather than swallowing the file.
            Assert.That((text.StartLine, text.StartColumn, text.EndLine), Is.EqualTo((3, 12, 3)));
            Assert.That(tokens[^1].StartLine, Is.EqualTo(4));
        });
    }

    [Test]
    public void UnknownLanguage_IsRejected() =>
        Assert.That(() => SourceTokenizer.Tokenize("x", "cobol"), Throws.ArgumentException.With.Message.Contains("cobol"));
}
