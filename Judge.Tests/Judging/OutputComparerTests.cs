using System.Text.Json.Nodes;
using Judge.Worker.Judging;
using ValueType = Judge.Problems.Model.ValueType;

namespace Judge.Tests.Judging;

[TestFixture]
public sealed class OutputComparerTests
{
    [TestCase("6", "6", "long", true)]
    [TestCase("6", "6.0", "long", false)]
    [TestCase("6", "true", "long", false)]
    [TestCase("6", "\"6\"", "long", false)]
    [TestCase("6", "null", "long", false)]
    [TestCase("3999999999", "-294967297", "long", false)]
    [TestCase("0.1", "0.1000000001", "double", true)]
    [TestCase("0.1", "0.1001", "double", false)]
    [TestCase("1e12", "1000000000000.5", "double", true)]
    [TestCase("[1,2,3]", "[1,2,3]", "int[]", true)]
    [TestCase("[1,2,3]", "[1,2]", "int[]", false)]
    [TestCase("[1,2,3]", "[1,3,2]", "int[]", false)]
    [TestCase("[[1],[2,3]]", "[[1],[2,3]]", "int[][]", true)]
    [TestCase("\"ab\"", "\"AB\"", "string", false)]
    [TestCase("true", "1", "bool", false)]
    public void AreEqual_ComparesByReturnType(string expected, string actual, string type, bool equal) =>
        Assert.That(OutputComparer.AreEqual(JsonNode.Parse(expected), JsonNode.Parse(actual), ValueType.Parse(type)), Is.EqualTo(equal));

    [Test]
    public void AreEqual_MatchesValuesBuiltFromClrTypes_WithParsedText()
    {
        // Expected values come from YAML (CLR ints and longs); actual values are parsed from the harness's JSON.
        Assert.Multiple(() =>
        {
            Assert.That(OutputComparer.AreEqual(JsonValue.Create(6), JsonNode.Parse("6"), ValueType.Parse("long")), Is.True);
            Assert.That(OutputComparer.AreEqual(JsonValue.Create(6L), JsonNode.Parse("6"), ValueType.Parse("int")), Is.True);
        });
    }

    [Test]
    public void Show_ShortensLongValues()
    {
        var big = new JsonArray([.. Enumerable.Range(0, 1000).Select(i => (JsonNode)JsonValue.Create(i))]);
        Assert.That(OutputComparer.Show(big), Has.Length.EqualTo(201).And.EndsWith("…"));
    }
}
