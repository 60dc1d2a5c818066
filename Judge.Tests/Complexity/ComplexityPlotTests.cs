using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Judge.Api.Submissions;

namespace Judge.Tests.Complexity;

/// <summary>The SVG plot of a complexity result, parsed back with XLinq.</summary>
[TestFixture]
public sealed partial class ComplexityPlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void Render_DrawsTwoPolylines_WithPointsAscendingInX()
    {
        var svg = Parse(ComplexityPlot.Render(Quadratic()));
        var polylines = svg.Descendants(Svg + "polyline").ToList();

        Assert.That(polylines, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            foreach (var polyline in polylines)
            {
                var xs = Coordinates(polyline).Select(c => c.X).ToList();
                Assert.That(xs, Has.Count.EqualTo(5));
                Assert.That(xs, Is.Ordered.Ascending);
                Assert.That(xs.Distinct().Count(), Is.EqualTo(xs.Count), "strictly ascending");
            }

            // Log-log: N ×2 steps are equally spaced, and O(n^2) climbs twice as steeply as O(n).
            var submission = Coordinates(polylines[0]);
            var reference = Coordinates(polylines[1]);
            Assert.That(submission[2].X - submission[1].X, Is.EqualTo(submission[1].X - submission[0].X).Within(0.2));
            Assert.That(submission[0].Y - submission[4].Y, Is.EqualTo(2 * (reference[0].Y - reference[4].Y)).Within(0.5));
        });
    }

    [Test]
    public void Render_DescribesBothCurvesAndTheClasses_InTitleAndDesc()
    {
        var svg = Parse(ComplexityPlot.Render(Quadratic()));
        var title = svg.Element(Svg + "title");
        var desc = svg.Element(Svg + "desc");

        Assert.Multiple(() =>
        {
            Assert.That(svg.Attribute("role")?.Value, Is.EqualTo("img"));
            Assert.That(title, Is.Not.Null);
            Assert.That(desc, Is.Not.Null);
            Assert.That(svg.Attribute("aria-labelledby")?.Value, Is.EqualTo($"{title!.Attribute("id")!.Value} {desc!.Attribute("id")!.Value}"));
            Assert.That(title.Value, Does.Contain("O(n^2) detected; the task expects O(n)."));
            Assert.That(desc.Value, Does.Contain("O(n^2)").And.Contain("O(n)"));
            Assert.That(desc.Value, Does.Contain("Submission (blue solid line, circles): 5 points, from 0.001 ms at N = 1000 to 0.256 ms at N = 16000."));
            Assert.That(desc.Value, Does.Contain("Reference reference.cs (orange dashed line, squares): 5 points"));
            Assert.That(svg.Descendants(Svg + "script"), Is.Empty);
        });
    }

    [Test]
    public void Render_TellsTheSeriesApartByMarkerShapeAndDash_NotColourAlone()
    {
        var svg = Parse(ComplexityPlot.Render(Quadratic()));
        var submission = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "submission");
        var reference = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "reference");

        Assert.Multiple(() =>
        {
            Assert.That(submission.Elements(Svg + "circle").Count(), Is.EqualTo(5));
            Assert.That(submission.Elements(Svg + "rect"), Is.Empty);
            Assert.That(reference.Elements(Svg + "rect").Count(), Is.EqualTo(5));
            Assert.That(reference.Elements(Svg + "circle"), Is.Empty);
            Assert.That(submission.Element(Svg + "polyline")!.Attribute("stroke-dasharray"), Is.Null);
            Assert.That(reference.Element(Svg + "polyline")!.Attribute("stroke-dasharray"), Is.Not.Null);
            Assert.That(svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "legend").Value,
                Does.Contain("Submission (O(n^2))").And.Contain("Reference reference.cs (expected O(n))"));
        });
    }

    [TestCase(ComplexityPlot.SubmissionColour)]
    [TestCase(ComplexityPlot.ReferenceColour)]
    public void SeriesColours_MeetWcagNonTextContrast_AgainstTheBackground(string colour) =>
        Assert.That(Contrast(colour, ComplexityPlot.Background), Is.GreaterThanOrEqualTo(3.0));

    [Test]
    public void Render_WritesInvariantNumbers_WhenTheCultureUsesDecimalCommas()
    {
        var saved = CultureInfo.CurrentCulture;
        var commas = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commas.NumberFormat.NumberDecimalSeparator = ",";
        commas.NumberFormat.NumberGroupSeparator = ".";
        string text;
        try
        {
            CultureInfo.CurrentCulture = commas;
            text = ComplexityPlot.Render(Quadratic());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        var svg = Parse(text);
        var numeric = new[] { "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height" };
        var values = svg.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => numeric.Contains(a.Name.LocalName) && a.Value != "100%").Select(a => a.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(values, Is.Not.Empty);
            Assert.That(values, Has.All.Match(NumberPattern()));
            Assert.That(svg.Descendants(Svg + "polyline").SelectMany(Coordinates), Has.All.Matches<(double X, double Y)>(c => c.X > 0 && c.Y > 0));
            Assert.That(svg.Element(Svg + "desc")!.Value, Does.Contain("0.001 ms").And.Contain("N = 16000"));
        });
    }

    [Test]
    public void Render_EscapesText_FromTheStoredResult()
    {
        var view = Quadratic() with { Reference = "<script>alert('x')</script> & \"more\"" };
        var text = ComplexityPlot.Render(view);
        var svg = Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(svg.Descendants().Where(e => e.Name.LocalName == "script"), Is.Empty);
            Assert.That(text, Does.Not.Contain("<script>"));
            Assert.That(svg.Element(Svg + "desc")!.Value, Does.Contain("<script>alert('x')</script> & \"more\""));
        });
    }

    [Test]
    public void Render_LabelsTicksAtPowersOfTen_WhenTheDataSpansDecades()
    {
        var svg = Parse(ComplexityPlot.Render(Quadratic()));
        var labels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "axes").Elements(Svg + "text").Select(t => t.Value).ToList();

        // N from 1000 to 16000: the axis runs 10^3..10^5; ms from 0.001 to 0.256: 10^-3..10^0.
        Assert.That(labels, Is.SupersetOf(new[] { "1000", "10⁴", "10⁵", "0.001", "0.01", "0.1", "1" }));
    }

    [Test]
    public void Render_LabelsTicksAtPowersOfTwo_WhenTheDataSpansLessThanTwoDecades()
    {
        var flat = Quadratic() with
        {
            Points = [new(16, 0.003), new(32, 0.0031), new(64, 0.0032)],
            ReferencePoints = [new(16, 0.0035), new(32, 0.0036), new(64, 0.004)],
        };
        var svg = Parse(ComplexityPlot.Render(flat));
        var labels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "axes").Elements(Svg + "text").Select(t => t.Value).ToList();

        Assert.That(labels, Is.SupersetOf(new[] { "16", "32", "64", "2⁻⁹", "2⁻⁸" }));
    }

    [Test]
    public void Render_LeavesOutPointsWithNoMeasurableTime_AndSaysSo()
    {
        var view = Quadratic() with { ReferencePoints = [new(1000, 0), new(2000, 0.002), new(4000, 0.004)] };
        var svg = Parse(ComplexityPlot.Render(view));

        Assert.Multiple(() =>
        {
            Assert.That(Coordinates(svg.Descendants(Svg + "polyline").Last()), Has.Count.EqualTo(2));
            Assert.That(svg.Element(Svg + "desc")!.Value, Does.Contain("1 point with no measurable time"));
        });
    }

    [Test]
    public void Render_StillDrawsAxesAndTwoEmptyPolylines_WhenNothingWasMeasured()
    {
        var view = Quadratic() with { State = "Failed", Points = [], ReferencePoints = [], Detected = null, Confident = false, Summary = "Measurement stopped early." };
        var svg = Parse(ComplexityPlot.Render(view));

        Assert.Multiple(() =>
        {
            Assert.That(svg.Descendants(Svg + "polyline").Select(p => p.Attribute("points")!.Value), Is.EqualTo(new[] { "", "" }));
            Assert.That(svg.Value, Does.Contain("No measurements to plot"));
        });
    }

    private static ComplexityView Quadratic() => new(
        "Measured", "O(n)", "O(n^2)", true, [], "O(n^2) detected; the task expects O(n).",
        [new(1000, 0.001), new(2000, 0.004), new(4000, 0.016), new(8000, 0.064), new(16000, 0.256)],
        [new(1000, 0.001), new(2000, 0.002), new(4000, 0.004), new(8000, 0.008), new(16000, 0.016)],
        "reference.cs", null, "/api/submissions/00000000-0000-0000-0000-000000000000/complexity.svg");

    private static XElement Parse(string text)
    {
        var root = XElement.Parse(text);
        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        return root;
    }

    private static List<(double X, double Y)> Coordinates(XElement polyline) =>
        [.. polyline.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var parts = pair.Split(',');
            Assert.That(parts, Has.Length.EqualTo(2).And.All.Match(NumberPattern()), pair);
            return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        })];

    /// <summary>WCAG 2.2 contrast ratio of two sRGB colours written #RRGGBB.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();
}
