using System.Security.Cryptography;
using System.Text;
using Judge.Problems.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Judge.Problems.Loading;

/// <summary>Reads a task folder (problem.yaml, statement, solutions, scripts) into a <see cref="ProblemSpec"/>.</summary>
public static class ProblemSpecLoader
{
    public const string SpecFileName = "problem.yaml";

    /// <summary>No test gets less CPU than this, however fast the reference: start-up noise must not fail anyone.</summary>
    public const int DefaultTimeFloorMs = 1000;

    private static readonly Validation.ProblemSpecValidator Validator = new();

    private static readonly string[] Difficulties = ["easy", "medium", "hard"];
    private static readonly string[] SolutionExtensions = [".cs", ".py", ".java", ".cpp", ".js"];
    private static readonly string[] Verdicts = ["OK", "WRONG_ANSWER", "TIMEOUT", "RUNTIME_ERROR", "MEMORY_LIMIT", "OUTPUT_LIMIT", "COMPILE_ERROR"];

    public static ProblemSpec Load(string directory)
    {
        var path = Path.Combine(directory, SpecFileName);
        var file = Path.GetRelativePath(Directory.GetParent(directory)?.FullName ?? directory, path);
        if (!File.Exists(path))
        {
            throw new SpecException(file, 0, 0, $"no {SpecFileName} in {directory}");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SpecException(file, e.Start.Line, e.Start.Column, $"not valid YAML: {e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) when the text ends inside a construct.
            throw new SpecException(file, File.ReadLines(path).Count(), 1, "not valid YAML: the file ends inside an unclosed [ ], { } or quote");
        }

        var y = new YamlNodes(file);
        if (stream.Documents.Count != 1)
        {
            throw new SpecException(file, 1, 1, "expected exactly one YAML document");
        }

        var root = y.Mapping(stream.Documents[0].RootNode, "the spec");
        y.OnlyKeys(root, "the spec", "id", "title", "difficulty", "statement", "signature", "limits", "complexity", "checker", "examples", "groups", "solutions");

        var id = y.String(y.Required(root, "id", "the spec"), "id");
        if (id != Path.GetFileName(directory))
        {
            throw y.Error(y.Required(root, "id", "the spec"), $"id '{id}' must equal its folder name '{Path.GetFileName(directory)}'");
        }

        var difficultyNode = y.Required(root, "difficulty", "the spec");
        var difficulty = y.String(difficultyNode, "difficulty");
        if (!Difficulties.Contains(difficulty))
        {
            throw y.Error(difficultyNode, $"difficulty '{difficulty}' is not one of {string.Join(", ", Difficulties)}");
        }

        var statementNode = y.Required(root, "statement", "the spec");
        var statementFile = ExistingFile(y, directory, statementNode, "statement");
        var signature = ReadSignature(y, y.Required(root, "signature", "the spec"));
        var limits = ReadLimits(y, y.Required(root, "limits", "the spec"));
        var complexity = ReadComplexity(y, directory, y.Required(root, "complexity", "the spec"), signature);
        var checker = YamlNodes.Optional(root, "checker") is { } checkerNode ? Relative(directory, ExistingFile(y, directory, checkerNode, "checker")) : null;
        var examples = y.Sequence(y.Required(root, "examples", "the spec"), "examples").Children
            .Select((node, i) => ReadCase(y, node, signature, $"example-{i + 1}", $"examples[{i}]"))
            .ToList();
        var groups = ReadGroups(y, directory, y.Required(root, "groups", "the spec"), signature);
        var solutions = ReadSolutions(y, directory, y.Required(root, "solutions", "the spec"));

        var spec = new ProblemSpec
        {
            Id = id,
            Title = y.String(y.Required(root, "title", "the spec"), "title"),
            Difficulty = difficulty,
            Statement = File.ReadAllText(statementFile),
            Signature = signature,
            Limits = limits,
            Complexity = complexity,
            Checker = checker,
            Examples = examples,
            Groups = groups,
            Solutions = solutions,
            SpecHash = HashFolder(directory),
            Directory = directory,
            ExamplesAt = YamlNodes.At(y.Required(root, "examples", "the spec")),
            GroupsAt = YamlNodes.At(y.Required(root, "groups", "the spec")),
            SolutionsAt = YamlNodes.At(y.Required(root, "solutions", "the spec")),
        };

        // Rules across the whole spec (unique names, a reference, ...) run on the loaded model.
        var failure = Validator.Validate(spec).Errors.FirstOrDefault();
        if (failure is not null)
        {
            var at = failure.CustomState as SourcePosition ?? SourcePosition.Unknown;
            throw new SpecException(file, at.Line, at.Column, failure.ErrorMessage);
        }

        return spec;
    }

    private static Signature ReadSignature(YamlNodes y, YamlNode node)
    {
        var map = y.Mapping(node, "signature");
        y.OnlyKeys(map, "signature", "returns", "params");
        var parameters = new List<Parameter>();
        foreach (var p in y.Sequence(y.Required(map, "params", "signature"), "signature.params").Children)
        {
            var pm = y.Mapping(p, "a parameter");
            y.OnlyKeys(pm, "a parameter", "name", "type");
            var name = y.String(y.Required(pm, "name", "a parameter"), "parameter name");
            if (parameters.Any(x => x.Name == name))
            {
                throw y.Error(p, $"parameter '{name}' is declared twice");
            }

            parameters.Add(new Parameter(name, ReadType(y, y.Required(pm, "type", "a parameter"))));
        }

        return new Signature(ReadType(y, y.Required(map, "returns", "signature")), parameters);
    }

    private static Model.ValueType ReadType(YamlNodes y, YamlNode node)
    {
        var text = y.String(node, "a type");
        return Model.ValueType.TryParse(text, out var type)
            ? type
            : throw y.Error(node, $"type '{text}' is not supported; allowed: {string.Join(", ", Model.ValueType.Scalars)} and arrays of them (int[], string[][], ...)");
    }

    private static Limits ReadLimits(YamlNodes y, YamlNode node)
    {
        var map = y.Mapping(node, "limits");
        y.OnlyKeys(map, "limits", "memory_mb", "time_factor", "time_floor_ms");
        return new Limits(
            y.Int(y.Required(map, "memory_mb", "limits"), "limits.memory_mb", 32, 2048),
            y.Int(y.Required(map, "time_factor", "limits"), "limits.time_factor", 1, 100),
            YamlNodes.Optional(map, "time_floor_ms") is { } floor ? y.Int(floor, "limits.time_floor_ms", 100, 20_000) : DefaultTimeFloorMs);
    }

    private static ComplexitySpec ReadComplexity(YamlNodes y, string directory, YamlNode node, Signature signature)
    {
        var map = y.Mapping(node, "complexity");
        y.OnlyKeys(map, "complexity", "expected", "size", "generator", "family", "sweeps");
        var expected = ReadComplexityClass(y, y.Required(map, "expected", "complexity"), "complexity.expected");
        var size = ReadSizeExpression(y, y.Required(map, "size", "complexity"), "complexity.size", signature);
        var generator = Relative(directory, ExistingFile(y, directory, y.Required(map, "generator", "complexity"), "complexity.generator"));
        var sweeps = new List<ComplexitySweep>();
        if (YamlNodes.Optional(map, "sweeps") is { } sweepsNode)
        {
            var list = y.Sequence(sweepsNode, "complexity.sweeps").Children;
            for (var i = 0; i < list.Count; i++)
            {
                var what = $"complexity.sweeps[{i}]";
                var sweep = y.Mapping(list[i], what);
                y.OnlyKeys(sweep, what, "size", "expected", "generator");
                sweeps.Add(new ComplexitySweep(
                    ReadSizeExpression(y, y.Required(sweep, "size", what), $"{what}.size", signature),
                    ReadComplexityClass(y, y.Required(sweep, "expected", what), $"{what}.expected"),
                    Relative(directory, ExistingFile(y, directory, y.Required(sweep, "generator", what), $"{what}.generator"))));
            }
        }

        // The probe's input family: the first seed of the generator's worst-case family (seeds 1-99 by default).
        var family = YamlNodes.Optional(map, "family") is { } familyNode ? y.Int(familyNode, "complexity.family", 1, 1_000_000) : 1;
        return new ComplexitySpec(expected, size, generator) { Sweeps = sweeps, Family = family };
    }

    /// <summary>What a probe's N measures: an int parameter, or the length of an array or string parameter.</summary>
    private static string ReadSizeExpression(YamlNodes y, YamlNode node, string what, Signature signature)
    {
        var size = y.String(node, what);
        var name = size.EndsWith(".length", StringComparison.Ordinal) ? size[..^".length".Length] : size;
        var param = signature.Params.FirstOrDefault(p => p.Name == name);
        var fits = param is not null && (size.EndsWith(".length", StringComparison.Ordinal) ? param.Type.IsArray || param.Type.Scalar == "string" : param.Type is { Rank: 0, Scalar: "int" or "long" });
        return fits
            ? size
            : throw y.Error(node, $"{what} '{size}' must name an int parameter or '<array or string parameter>.length'; parameters: {string.Join(", ", signature.Params.Select(p => $"{p.Type} {p.Name}"))}");
    }

    private static string ReadComplexityClass(YamlNodes y, YamlNode node, string what)
    {
        var text = y.String(node, what);
        return ComplexitySpec.Classes.Contains(text)
            ? text
            : throw y.Error(node, $"{what} '{text}' is not one of {string.Join(", ", ComplexitySpec.Classes)}");
    }

    private static string Relative(string directory, string fullPath) =>
        Path.GetRelativePath(directory, fullPath).Replace('\\', '/');

    private static TestCase ReadCase(YamlNodes y, YamlNode node, Signature signature, string name, string what)
    {
        var map = y.Mapping(node, what);
        y.OnlyKeys(map, what, "name", "args", "expected");
        var argsNode = y.Sequence(y.Required(map, "args", what), $"{what}.args");
        if (argsNode.Children.Count != signature.Params.Count)
        {
            throw y.Error(argsNode, $"{what}.args has {argsNode.Children.Count} values but the signature takes {signature.Params.Count} ({string.Join(", ", signature.Params.Select(p => $"{p.Type} {p.Name}"))})");
        }

        var args = new System.Text.Json.Nodes.JsonArray();
        for (var i = 0; i < argsNode.Children.Count; i++)
        {
            var param = signature.Params[i];
            args.Add(y.Value(argsNode.Children[i], param.Type, $"{what}.args[{i}] ({param.Name})"));
        }

        var caseName = YamlNodes.Optional(map, "name") is { } n ? y.String(n, $"{what}.name") : name;
        return new TestCase(caseName, args, y.Value(y.Required(map, "expected", what), signature.Returns, $"{what}.expected"));
    }

    private static List<TestGroup> ReadGroups(YamlNodes y, string directory, YamlNode node, Signature signature)
    {
        var groups = new List<TestGroup>();
        foreach (var g in y.Sequence(node, "groups").Children)
        {
            var map = y.Mapping(g, "a group");
            y.OnlyKeys(map, "a group", "name", "kind", "cases", "generate");
            var name = y.String(y.Required(map, "name", "a group"), "group name");
            var kindNode = y.Required(map, "kind", $"group '{name}'");
            var kind = y.String(kindNode, "kind") switch
            {
                "correctness" => GroupKind.Correctness,
                "performance" => GroupKind.Performance,
                var other => throw y.Error(kindNode, $"kind '{other}' is not one of correctness, performance"),
            };

            var casesNode = YamlNodes.Optional(map, "cases");
            var generateNode = YamlNodes.Optional(map, "generate");
            if ((casesNode is null) == (generateNode is null))
            {
                throw y.Error(g, $"group '{name}' needs exactly one of 'cases' or 'generate'");
            }

            if (casesNode is not null)
            {
                var cases = y.Sequence(casesNode, $"group '{name}' cases").Children
                    .Select((c, i) => ReadCase(y, c, signature, $"{name}-{i + 1}", $"group '{name}' cases[{i}]"))
                    .ToList();
                groups.Add(new TestGroup(name, kind, cases) { At = YamlNodes.At(g) });
            }
            else
            {
                var gen = y.Mapping(generateNode!, "generate");
                y.OnlyKeys(gen, "generate", "script", "n", "seeds");
                var script = y.String(y.Required(gen, "script", "generate"), "generate.script");
                ExistingFile(y, directory, y.Required(gen, "script", "generate"), "generate.script");
                var seeds = y.Sequence(y.Required(gen, "seeds", "generate"), "generate.seeds").Children
                    .Select(s => y.Int(s, "a seed", 0, int.MaxValue))
                    .ToList();
                groups.Add(new TestGroup(name, kind, [], new GeneratorSpec(script, y.Int(y.Required(gen, "n", "generate"), "generate.n", 0, 10_000_000), seeds)) { At = YamlNodes.At(g) });
            }
        }

        return groups;
    }

    private static List<DeclaredSolution> ReadSolutions(YamlNodes y, string directory, YamlNode node)
    {
        var solutions = new List<DeclaredSolution>();
        foreach (var s in y.Sequence(node, "solutions").Children)
        {
            var map = y.Mapping(s, "a solution");
            y.OnlyKeys(map, "a solution", "file", "expect", "complexity");
            var fileNode = y.Required(map, "file", "a solution");
            ExistingFile(y, directory, fileNode, "solution file");
            var expectNode = y.Required(map, "expect", "a solution");
            var expect = y.String(expectNode, "expect");
            if (!Verdicts.Contains(expect))
            {
                throw y.Error(expectNode, $"expect '{expect}' is not one of {string.Join(", ", Verdicts)}");
            }

            var file = y.String(fileNode, "file");
            if (!SolutionExtensions.Contains(Path.GetExtension(file)))
            {
                throw y.Error(fileNode, $"solution '{file}' has no known language; file extensions: {string.Join(", ", SolutionExtensions)}");
            }

            var complexity = YamlNodes.Optional(map, "complexity") is { } c ? ReadComplexityClass(y, c, "solution complexity") : null;
            solutions.Add(new DeclaredSolution(file, expect, complexity) { At = YamlNodes.At(fileNode) });
        }

        return solutions;
    }

    private static string ExistingFile(YamlNodes y, string directory, YamlNode node, string what)
    {
        var relative = y.String(node, what);
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (!full.StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw y.Error(node, $"{what} '{relative}' must stay inside the task folder");
        }

        return File.Exists(full) ? full : throw y.Error(node, $"{what} '{relative}' does not exist");
    }

    /// <summary>Hashes relative paths and contents of every file, in a fixed order.</summary>
    public static string HashFolder(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
