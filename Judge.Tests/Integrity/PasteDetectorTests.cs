using Judge.Core.Integrity;

namespace Judge.Tests.Integrity;

/// <summary>Large pastes between consecutive saves of a draft: what counts (new code inserted at once) and what does not (typing, moves, undo, re-indentation).</summary>
[TestFixture]
public sealed class PasteDetectorTests
{
    private const string Skeleton = "def solution(grid):\n    pass\n";

    /// <summary>A count-islands solution of some 420 characters, none of its lines in <see cref="Skeleton"/>.</summary>
    private const string Pasted = """
            rows, cols = len(grid), len(grid[0])
            seen = [[False] * cols for _ in range(rows)]
            count = 0
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == '#' and not seen[r][c]:
                        count += 1
                        stack = [(r, c)]
                        seen[r][c] = True
                        while stack:
                            y, x = stack.pop()
                            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                                if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == '#' and not seen[ny][nx]:
                                    seen[ny][nx] = True
                                    stack.append((ny, nx))
            return count

        """;

    private static string Solution => "def solution(grid):\n" + Pasted;

    [Test]
    public void Inserted_IsTheTextBetweenCommonPrefixAndSuffix()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PasteDetector.Inserted("abcdef", "abcXYZdef"), Is.EqualTo((3, 3)));
            Assert.That(PasteDetector.Inserted("abcdef", "abdef"), Is.EqualTo((2, 0)));
            Assert.That(PasteDetector.Inserted("", "abc"), Is.EqualTo((0, 3)));
            Assert.That(PasteDetector.Inserted("abc", "abc"), Is.EqualTo((3, 0)));
            // Repeated text: prefix and suffix never overlap.
            Assert.That(PasteDetector.Inserted("aa", "aaaa"), Is.EqualTo((2, 2)));
            Assert.That(PasteDetector.Inserted("old body", "new code"), Is.EqualTo((0, 8)));
        });
    }

    [Test]
    public void Scan_FindsThePaste_WhenOneSaveInsertsAWholeSolution()
    {
        var pastes = PasteDetector.Scan(Skeleton, ["def solution(grid):\n    \n", Solution]);
        var paste = pastes[1];
        Assert.Multiple(() =>
        {
            Assert.That(pastes[0], Is.Null);
            Assert.That(paste, Is.Not.Null);
            Assert.That(paste!.Characters, Is.InRange(Pasted.Length - 8, Pasted.Length));
            Assert.That(paste.NewCharacters, Is.GreaterThanOrEqualTo(PasteDetector.DefaultThreshold));
            Assert.That(paste.Excerpt, Does.Contain("stack.append((ny, nx))"));
            Assert.That(paste.ExcerptTruncated, Is.False);
            Assert.That((paste.StartLine, paste.EndLine), Is.EqualTo((2, 17)));
        });
    }

    [Test]
    public void Scan_FindsThePaste_InTheFirstSave_ComparedWithTheStartingCode()
    {
        var pastes = PasteDetector.Scan(Skeleton, [Solution]);
        Assert.That(pastes[0], Is.Not.Null);
    }

    [Test]
    public void Scan_FindsNothing_WhenTheCodeIsTypedAFewCharactersPerSave()
    {
        var versions = new List<string>();
        for (var length = 10; length < Pasted.Length; length += 25)
        {
            versions.Add("def solution(grid):\n" + Pasted[..length]);
        }

        versions.Add(Solution);
        Assert.That(PasteDetector.Scan(Skeleton, versions), Has.All.Null);
    }

    [Test]
    public void Scan_FindsThePaste_WhenTypingAndAPasteShareOneSave()
    {
        var typed = "def solution(grid):\n    # islands\n";
        var pastes = PasteDetector.Scan(Skeleton, [typed, typed + "    # count them" + Pasted[4..]]);
        Assert.That(pastes[1], Is.Not.Null);
    }

    [Test]
    public void Scan_FindsNothing_WhenThePasteIsSmall()
    {
        var smallPaste = "    best = max(best, current)\n    current = max(0, current)\n"; // ~50 characters
        var pastes = PasteDetector.Scan(Skeleton, ["def solution(grid):\n" + smallPaste]);
        Assert.That(pastes[0], Is.Null);
    }

    [Test]
    public void Scan_FindsNothing_WhenAnUndoBringsBackDeletedCode()
    {
        var deleted = "def solution(grid):\n    return 0\n";
        var pastes = PasteDetector.Scan(Skeleton, [Solution, deleted, "def solution(grid):\n    # thinking\n    return 0\n", Solution]);
        Assert.Multiple(() =>
        {
            Assert.That(pastes[0], Is.Not.Null, "the first time the solution appeared");
            Assert.That(pastes.Skip(1), Has.All.Null);
        });
    }

    [Test]
    public void Scan_FindsNothing_WhenTheCandidateMovesOrDuplicatesTheirOwnCode()
    {
        var helper = "def helper(grid):\n" + Pasted;
        var before = helper + "\ndef solution(grid):\n    return helper(grid)\n";
        var moved = "def solution(grid):\n    return helper(grid)\n\n" + helper;
        var duplicated = before + "\n" + helper.Replace("def helper", "def helper2", StringComparison.Ordinal);
        var pastes = PasteDetector.Scan(Skeleton, [before, moved, duplicated]);
        Assert.That(pastes.Skip(1), Has.All.Null);
    }

    [Test]
    public void Scan_FindsNothing_WhenCodeIsReindented()
    {
        var wrapped = "def solution(grid):\n    if grid:\n" + string.Join('\n', Pasted.Split('\n').Select(l => l.Length == 0 ? l : "    " + l));
        var pastes = PasteDetector.Scan(Skeleton, [Solution, wrapped]);
        Assert.That(pastes[1], Is.Null);
    }

    [Test]
    public void Scan_FindsThePaste_WhenItReplacesTheWholeCode()
    {
        // Select all, paste: the inserted text is the whole new code.
        var own = "def solution(grid):\n    total = 0\n    for row in grid:\n        total += row.count('#')\n    return total\n";
        var pastes = PasteDetector.Scan(Skeleton, [own, Solution.Replace("grid", "g", StringComparison.Ordinal)]);
        Assert.That(pastes[1], Is.Not.Null);
    }

    [Test]
    public void Find_CutsTheExcerpt_WhenThePasteIsLong()
    {
        var huge = string.Concat(Enumerable.Range(0, 200).Select(i => $"    value_{i} = compute({i}) * {i}\n"));
        var paste = PasteDetector.Find(Skeleton, "def solution(grid):\n" + huge, new HashSet<string>());
        Assert.Multiple(() =>
        {
            Assert.That(paste, Is.Not.Null);
            Assert.That(paste!.Characters, Is.GreaterThan(PasteDetector.ExcerptLimit));
            Assert.That(paste.Excerpt, Has.Length.EqualTo(PasteDetector.ExcerptLimit));
            Assert.That(paste.ExcerptTruncated, Is.True);
            Assert.That(paste.EndLine, Is.EqualTo(201));
        });
    }

    [Test]
    public void Find_DoesNotCountBlankLines()
    {
        var blank = "def solution(grid):\n" + new string(' ', 300) + "\n" + new string('\n', 100) + "\t\t\n    pass\n";
        Assert.That(PasteDetector.Find(Skeleton, blank, new HashSet<string>()), Is.Null);
    }
}
