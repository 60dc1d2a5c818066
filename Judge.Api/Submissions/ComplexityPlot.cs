using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Judge.Api.Submissions;

/// <summary>
/// Draws a complexity result as a self-contained, accessible SVG: CPU time per call against input
/// size on log-log axes, the submission and the reference as two polylines. No script, no external
/// resources; every number is written in the invariant culture and every text is escaped by XLinq.
/// </summary>
public static class ComplexityPlot
{
    public const string ContentType = "image/svg+xml";

    /// <summary>
    /// Okabe–Ito blue and vermillion: told apart with the common colour-vision deficiencies, and
    /// 5.2:1 and 3.9:1 against white (WCAG 2.2 non-text contrast asks for 3:1). Shape and dash
    /// tell the series apart too: circles on a solid line, squares on a dashed one.
    /// </summary>
    public const string SubmissionColour = "#0072B2";

    public const string ReferenceColour = "#D55E00";

    public const string Background = "#FFFFFF";

    private const string InkColour = "#1A1A1A";
    private const string GridColour = "#D9D9D9";
    private const double Width = 640;
    private const double Height = 420;
    private const double Left = 84;
    private const double Right = Width - 24;
    private const double Top = 80;
    private const double Bottom = Height - 64;

    /// <summary>More labelled ticks than this on an axis would collide; every second (third, …) is kept.</summary>
    private const int MaxTicks = 8;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(ComplexityView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        // Log axes cannot place a zero or negative time (an empty call's cost is subtracted, so a
        // tiny call can measure as 0): such points are left out and the description says so.
        var submission = Plottable(view.Points);
        var reference = Plottable(view.ReferencePoints);
        var all = submission.Concat(reference).ToList();
        var x = Axis.For(all.Select(p => (double)p.N), fallbackLo: 16, fallbackHi: 65_536);
        var y = Axis.For(all.Select(p => p.CpuMs), fallbackLo: 0.001, fallbackHi: 1);

        var root = new XElement(Svg + "svg",
            new XAttribute("width", Num(Width)),
            new XAttribute("height", Num(Height)),
            new XAttribute("viewBox", $"0 0 {Num(Width)} {Num(Height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "complexity-title complexity-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", "complexity-title"), Title(view)),
            new XElement(Svg + "desc", new XAttribute("id", "complexity-desc"), Description(view, submission.Count, reference.Count)),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", Background)),
            new XElement(Svg + "text", new XAttribute("x", Num(Left)), new XAttribute("y", "22"), new XAttribute("font-size", "14"),
                new XAttribute("font-weight", "600"), new XAttribute("fill", InkColour), Heading(view)));

        root.Add(Grid(x, y));
        root.Add(Legend(view));
        root.Add(Series("submission", submission, x, y, SubmissionColour, dashed: false, Circle));
        root.Add(Series("reference", reference, x, y, ReferenceColour, dashed: true, Square));
        if (all.Count == 0)
        {
            root.Add(new XElement(Svg + "text", new XAttribute("x", Num((Left + Right) / 2)), new XAttribute("y", Num((Top + Bottom) / 2)),
                new XAttribute("text-anchor", "middle"), new XAttribute("fill", InkColour), "No measurements to plot"));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Title(ComplexityView view) => $"Time complexity: {view.Summary}";

    private static string Heading(ComplexityView view) =>
        view.Detected is null
            ? $"Undetermined{(view.Alternatives.Count > 1 ? ": " + string.Join(" or ", view.Alternatives) : "")}; expected {view.Expected}"
            : $"Detected {view.Detected}{(view.Confident ? "" : " (not confident)")}; expected {view.Expected}";

    private static string Description(ComplexityView view, int submissionPlotted, int referencePlotted)
    {
        var text = new StringBuilder();
        text.Append(view.Summary).Append(' ');
        text.Append("Log-log plot of CPU time per call in milliseconds against input size N. ");
        text.Append("Submission (blue solid line, circles): ").Append(Range(view.Points)).Append(' ');
        text.Append("Reference ").Append(view.Reference).Append(" (orange dashed line, squares): ").Append(Range(view.ReferencePoints));
        var left = view.Points.Count - submissionPlotted + view.ReferencePoints.Count - referencePlotted;
        if (left > 0)
        {
            text.Append(' ').Append(left.ToString(CultureInfo.InvariantCulture)).Append(left == 1 ? " point" : " points")
                .Append(" with no measurable time could not be drawn on a log scale.");
        }

        return text.ToString();
    }

    private static string Range(IReadOnlyList<ComplexityPoint> points)
    {
        if (points.Count == 0)
        {
            return "no points.";
        }

        var first = points[0];
        var last = points[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"{points.Count} points, from {first.CpuMs:G3} ms at N = {first.N} to {last.CpuMs:G3} ms at N = {last.N}.");
    }

    private static List<ComplexityPoint> Plottable(IReadOnlyList<ComplexityPoint> points) =>
        [.. points.Where(p => p.N > 0 && p.CpuMs > 0 && double.IsFinite(p.CpuMs)).OrderBy(p => p.N)];

    private static XElement Grid(Axis x, Axis y)
    {
        var g = new XElement(Svg + "g", new XAttribute("id", "axes"), new XAttribute("fill", InkColour));
        foreach (var (value, label) in x.Ticks)
        {
            var px = Num(x.ToPixel(value, Left, Right));
            g.Add(Line(px, Num(Top), px, Num(Bottom), GridColour));
            g.Add(Line(px, Num(Bottom), px, Num(Bottom + 5), InkColour));
            g.Add(new XElement(Svg + "text", new XAttribute("x", px), new XAttribute("y", Num(Bottom + 19)), new XAttribute("text-anchor", "middle"), label));
        }

        foreach (var (value, label) in y.Ticks)
        {
            var py = Num(y.ToPixel(value, Bottom, Top));
            g.Add(Line(Num(Left), py, Num(Right), py, GridColour));
            g.Add(Line(Num(Left - 5), py, Num(Left), py, InkColour));
            g.Add(new XElement(Svg + "text", new XAttribute("x", Num(Left - 8)), new XAttribute("y", py), new XAttribute("dy", "0.35em"), new XAttribute("text-anchor", "end"), label));
        }

        g.Add(new XElement(Svg + "rect", new XAttribute("x", Num(Left)), new XAttribute("y", Num(Top)), new XAttribute("width", Num(Right - Left)),
            new XAttribute("height", Num(Bottom - Top)), new XAttribute("fill", "none"), new XAttribute("stroke", InkColour)));
        g.Add(new XElement(Svg + "text", new XAttribute("x", Num((Left + Right) / 2)), new XAttribute("y", Num(Height - 18)),
            new XAttribute("text-anchor", "middle"), "Input size N (log scale)"));
        g.Add(new XElement(Svg + "text", new XAttribute("transform", $"translate(18 {Num((Top + Bottom) / 2)}) rotate(-90)"),
            new XAttribute("text-anchor", "middle"), "CPU time per call, ms (log scale)"));
        return g;
    }

    private static XElement Legend(ComplexityView view)
    {
        var g = new XElement(Svg + "g", new XAttribute("id", "legend"), new XAttribute("fill", InkColour));
        var submissionLabel = view.Detected is null ? "Submission (undetermined)" : $"Submission ({view.Detected}{(view.Confident ? "" : "?")})";
        var referenceLabel = $"Reference {Path.GetFileName(view.Reference)} (expected {view.Expected})";
        g.Add(LegendEntry(Left, 44, SubmissionColour, dashed: false, Circle, submissionLabel));
        g.Add(LegendEntry(Left, 62, ReferenceColour, dashed: true, Square, referenceLabel));
        return g;
    }

    private static XElement LegendEntry(double x, double y, string colour, bool dashed, Func<double, double, string, XElement> marker, string label) =>
        new(Svg + "g",
            Styled(Line(Num(x), Num(y), Num(x + 28), Num(y), colour), dashed),
            marker(x + 14, y, colour),
            new XElement(Svg + "text", new XAttribute("x", Num(x + 36)), new XAttribute("y", Num(y)), new XAttribute("dy", "0.35em"), label));

    private static XElement Series(string name, List<ComplexityPoint> points, Axis x, Axis y, string colour, bool dashed, Func<double, double, string, XElement> marker)
    {
        var coordinates = points.Select(p => (X: x.ToPixel(p.N, Left, Right), Y: y.ToPixel(p.CpuMs, Bottom, Top), Point: p)).ToList();
        var polyline = new XElement(Svg + "polyline",
            new XAttribute("class", name),
            new XAttribute("points", string.Join(' ', coordinates.Select(c => $"{Num(c.X)},{Num(c.Y)}"))),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", colour),
            new XAttribute("stroke-width", "2"),
            new XAttribute("stroke-linejoin", "round"));
        var g = new XElement(Svg + "g", new XAttribute("id", name), Styled(polyline, dashed));
        foreach (var c in coordinates)
        {
            var m = marker(c.X, c.Y, colour);
            m.Add(new XElement(Svg + "title", string.Create(CultureInfo.InvariantCulture, $"{name}: N = {c.Point.N}, {c.Point.CpuMs:G4} ms per call")));
            g.Add(m);
        }

        return g;
    }

    private static XElement Styled(XElement line, bool dashed)
    {
        if (dashed)
        {
            line.Add(new XAttribute("stroke-dasharray", "7 4"));
        }

        return line;
    }

    private static XElement Line(string x1, string y1, string x2, string y2, string colour) =>
        new(Svg + "line", new XAttribute("x1", x1), new XAttribute("y1", y1), new XAttribute("x2", x2), new XAttribute("y2", y2),
            new XAttribute("stroke", colour), new XAttribute("stroke-width", "1"));

    private static XElement Circle(double x, double y, string colour) =>
        new(Svg + "circle", new XAttribute("cx", Num(x)), new XAttribute("cy", Num(y)), new XAttribute("r", "4"), new XAttribute("fill", colour));

    private static XElement Square(double x, double y, string colour) =>
        new(Svg + "rect", new XAttribute("x", Num(x - 4)), new XAttribute("y", Num(y - 4)), new XAttribute("width", "8"), new XAttribute("height", "8"), new XAttribute("fill", colour));

    private static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A log axis from a power of ten (or of two, when the data spans under two decades) to another, with its labelled ticks.</summary>
    private sealed record Axis(double Lo, double Hi, IReadOnlyList<(double Value, string Label)> Ticks)
    {
        public double ToPixel(double value, double from, double to) =>
            from + (Math.Log(value) - Math.Log(Lo)) / (Math.Log(Hi) - Math.Log(Lo)) * (to - from);

        public static Axis For(IEnumerable<double> values, double fallbackLo, double fallbackHi)
        {
            var list = values.ToList();
            var min = list.Count == 0 ? fallbackLo : list.Min();
            var max = list.Count == 0 ? fallbackHi : list.Max();
            var lo10 = (int)Math.Floor(Math.Log10(min));
            var hi10 = (int)Math.Ceiling(Math.Log10(max));
            if (hi10 - lo10 >= 2)
            {
                return new Axis(Math.Pow(10, lo10), Math.Pow(10, hi10), Thin([.. Enumerable.Range(lo10, hi10 - lo10 + 1).Select(e => (Math.Pow(10, e), PowerOfTen(e)))]));
            }

            var lo2 = (int)Math.Floor(Math.Log2(min));
            var hi2 = Math.Max((int)Math.Ceiling(Math.Log2(max)), lo2 + 1);
            return new Axis(Math.Pow(2, lo2), Math.Pow(2, hi2), Thin([.. Enumerable.Range(lo2, hi2 - lo2 + 1).Select(e => (Math.Pow(2, e), PowerOfTwo(e)))]));
        }

        private static List<(double, string)> Thin(List<(double, string)> ticks)
        {
            var step = (ticks.Count + MaxTicks - 1) / MaxTicks;
            return step <= 1 ? ticks : [.. ticks.Where((_, i) => i % step == 0)];
        }

        private static string PowerOfTen(int e) =>
            e is >= -3 and <= 3 ? Math.Pow(10, e).ToString("0.###", CultureInfo.InvariantCulture) : "10" + Superscript(e);

        private static string PowerOfTwo(int e) =>
            e is >= 0 and <= 10 ? Math.Pow(2, e).ToString("0", CultureInfo.InvariantCulture) : "2" + Superscript(e);

        private static string Superscript(int e) =>
            string.Concat(e.ToString(CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));
    }
}
