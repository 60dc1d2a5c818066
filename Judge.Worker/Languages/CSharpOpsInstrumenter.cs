using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Judge.Worker.Languages;

/// <summary>
/// Rewrites a candidate's Solution.cs for the complexity probe so that it counts operations in
/// <c>JudgeOps.Count</c> (Harness/JudgeOps.cs): one per loop iteration and per method, local
/// function or lambda call, plus the cost of library calls that are not O(1) (sorts, scans, tree
/// operations), charged at run time from the actual sizes. The rewrite adds no line breaks, so
/// diagnostics and stack traces keep the candidate's line numbers.
/// </summary>
public static class CSharpOpsInstrumenter
{
    /// <summary>The rewritten tree, or null when it could not keep the line numbers.</summary>
    /// <param name="Complete">False when the program calls a library method, taking or called on a collection or string, that the cost model does not know.</param>
    /// <param name="Unknown">Those methods, for diagnostics.</param>
    public sealed record Result(SyntaxTree Tree, bool Complete, IReadOnlyList<string> Unknown);

    public static Result? Instrument(CSharpCompilation compilation, SyntaxTree candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(candidate);
        var rewriter = new Rewriter(compilation.GetSemanticModel(candidate));
        var root = rewriter.Visit(candidate.GetRoot(cancellationToken));
        var text = root.ToFullString();
        var original = candidate.GetText(cancellationToken);
        // Re-parsed from text so that every later stage sees an ordinary tree; same lines or nothing.
        var rewritten = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)candidate.Options, candidate.FilePath, original.Encoding, cancellationToken);
        if (rewritten.GetText(cancellationToken).Lines.Count != original.Lines.Count)
        {
            return null;
        }

        return new Result(rewritten, rewriter.Unknown.Count == 0, [.. rewriter.Unknown.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The generated part of JudgeOps that tells the harness whether the program's count is complete.</summary>
    public static SyntaxTree CompletenessTree(bool complete, CSharpParseOptions options) => CSharpSyntaxTree.ParseText(
        $"internal static partial class JudgeOps {{ public static readonly bool Complete = {(complete ? "true" : "false")}; }}", options, "JudgeOpsComplete.cs", System.Text.Encoding.UTF8);

    private enum Kind
    {
        Const,

        /// <summary>Linear in the operand's size.</summary>
        Lin,

        /// <summary>log2 of the operand's size.</summary>
        Lg,

        /// <summary>size·log2(size).</summary>
        Sort,

        /// <summary>The size of the string the call returns.</summary>
        Result,

        /// <summary>List.Insert/RemoveAt: the tail after the index argument.</summary>
        Shift,

        /// <summary>The value of an int argument (Array.Resize's length).</summary>
        Num,
    }

    /// <summary>Operand -1: the receiver (or an extension method's source); otherwise an argument index.</summary>
    private readonly record struct Rule(Kind Kind, int Operand = -1);

    private static Dictionary<string, Rule> Rules(Kind kind, int operand, params string[] names) => names.ToDictionary(n => n, _ => new Rule(kind, operand));

    // Later parts win: a type's general rule first, its exceptions after.
    private static Dictionary<string, Rule> Merge(params Dictionary<string, Rule>[] parts)
    {
        var merged = new Dictionary<string, Rule>();
        foreach (var (name, rule) in parts.SelectMany(p => p))
        {
            merged[name] = rule;
        }

        return merged;
    }

    private static readonly string[] TreeOps = ["Add", "Remove", "Contains", "ContainsKey", "TryGetValue", "TryAdd", "Enqueue", "Dequeue", "TryDequeue", "EnqueueDequeue", "DequeueEnqueue", "GetViewBetween", "Peek", "TryPeek", "IndexOfKey", "Min", "Max", "get_Item", "set_Item"];

    private static readonly string[] HashOps = ["Add", "Remove", "Contains", "ContainsKey", "TryGetValue", "TryAdd", "GetValueOrDefault", "Push", "Pop", "Peek", "TryPop", "TryPeek", "Enqueue", "Dequeue", "TryDequeue", "AddFirst", "AddLast", "AddBefore", "AddAfter", "RemoveFirst", "RemoveLast", "Clear", "EnsureCapacity", "TrimExcess", "GetEnumerator", "get_Item", "set_Item", "Equals", "GetHashCode", "ToString", "GetType"];

    private static readonly string[] SetOps = ["UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith", "IsSubsetOf", "IsSupersetOf", "IsProperSubsetOf", "IsProperSupersetOf", "Overlaps", "SetEquals", "AddRange", "EnqueueRange"];

    private static readonly string[] Scans = ["ToArray", "CopyTo", "ContainsValue", "Contains", "IndexOf", "LastIndexOf", "Reverse", "RemoveAll", "Exists", "Find", "FindIndex", "FindLast", "FindLastIndex", "FindAll", "TrueForAll", "ForEach", "ConvertAll", "GetRange", "RemoveRange", "Remove", "RemoveWhere", "Clone", "Fill", "Clear", "Copy", "ConstrainedCopy", "IndexOfAny", "LastIndexOfAny", "Split", "ToCharArray", "Equals", "CompareTo", "GetHashCode", "ToString", "Insert", "Replace", "Normalize"];

    private const string Generic = "System.Collections.Generic.";

    /// <summary>The cost model: per library type (namespace.MetadataName), per member; members not listed are unknown.</summary>
    private static readonly FrozenDictionary<string, Dictionary<string, Rule>> Model = new Dictionary<string, Dictionary<string, Rule>>
    {
        [Generic + "List`1"] = Merge(
            Rules(Kind.Const, -1, "Add", "get_Item", "set_Item", "Clear", "EnsureCapacity", "TrimExcess", "GetEnumerator", "AsReadOnly", "GetType"),
            Rules(Kind.Lin, -1, Scans),
            Rules(Kind.Lin, 0, "AddRange", "InsertRange"),
            Rules(Kind.Shift, 0, "Insert", "RemoveAt"),
            Rules(Kind.Sort, -1, "Sort"),
            Rules(Kind.Lg, -1, "BinarySearch")),
        ["System.Array"] = Merge(
            Rules(Kind.Lin, 0, Scans),
            Rules(Kind.Lin, -1, "Clone", "CopyTo"),
            Rules(Kind.Const, -1, "GetLength", "GetValue", "SetValue", "GetType", "Empty", "GetEnumerator"),
            Rules(Kind.Sort, 0, "Sort"),
            Rules(Kind.Lg, 0, "BinarySearch"),
            Rules(Kind.Num, 1, "Resize")),
        [Generic + "Dictionary`2"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Const, -1, HashOps)),
        [Generic + "HashSet`1"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Const, -1, HashOps), Rules(Kind.Lin, 0, SetOps)),
        [Generic + "Stack`1"] = Merge(Rules(Kind.Const, -1, HashOps), Rules(Kind.Lin, -1, Scans)), // Contains/Remove(value) scan here
        [Generic + "Queue`1"] = Merge(Rules(Kind.Const, -1, HashOps), Rules(Kind.Lin, -1, Scans)), // Contains/Remove(value) scan here
        [Generic + "LinkedList`1"] = Merge(Rules(Kind.Const, -1, HashOps), Rules(Kind.Lin, -1, Scans)), // Contains/Remove(value) scan here
        [Generic + "SortedSet`1"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Lg, -1, TreeOps), Rules(Kind.Lin, 0, SetOps)),
        [Generic + "SortedDictionary`2"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Lg, -1, TreeOps)),
        [Generic + "SortedList`2"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Lg, -1, TreeOps), Rules(Kind.Lin, -1, "Add", "Remove", "RemoveAt", "set_Item")),
        [Generic + "PriorityQueue`2"] = Merge(Rules(Kind.Lin, -1, Scans), Rules(Kind.Lg, -1, TreeOps), Rules(Kind.Const, -1, "Peek", "TryPeek", "Clear"), Rules(Kind.Lin, 0, SetOps)),
        [Generic + "CollectionExtensions"] = Rules(Kind.Const, -1, "GetValueOrDefault", "TryAdd", "Remove", "AsReadOnly"),
        ["System.String"] = Merge(
            Rules(Kind.Lin, -1, Scans),
            Rules(Kind.Result, -1, "Substring", "PadLeft", "PadRight", "Replace", "Insert", "Remove", "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Join", "Concat", "Format", "Create"),
            Rules(Kind.Lin, 0, "StartsWith", "EndsWith", "Compare", "CompareOrdinal"),
            Rules(Kind.Const, -1, "get_Chars", "IsNullOrEmpty", "IsNullOrWhiteSpace", "GetType", "GetEnumerator", "ToString")),
        ["System.Text.StringBuilder"] = Merge(
            Rules(Kind.Lin, -1, "ToString", "Insert", "Remove", "Replace", "Equals", "CopyTo"),
            Rules(Kind.Const, -1, "Append", "AppendLine", "AppendJoin", "Clear", "get_Chars", "set_Chars", "EnsureCapacity", "GetType")),
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> LinqScans = new[]
    {
        "ToList", "ToArray", "ToHashSet", "ToDictionary", "ToLookup", "Sum", "Min", "Max", "MinBy", "MaxBy", "Average", "Aggregate", "Contains",
        "SequenceEqual", "Distinct", "DistinctBy", "Reverse", "Where", "Select", "SelectMany", "Skip", "SkipWhile", "Take", "TakeWhile", "TakeLast",
        "SkipLast", "Concat", "Zip", "GroupBy", "Join", "GroupJoin", "Union", "UnionBy", "Intersect", "IntersectBy", "Except", "ExceptBy", "All",
        "Append", "Prepend", "Cast", "OfType", "Chunk", "CountBy", "AggregateBy", "Index", "DefaultIfEmpty", "AsEnumerable", "LastOrDefault",
        "Last", "Single", "SingleOrDefault", "LongCount",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> LinqSorts = new[] { "OrderBy", "OrderByDescending", "Order", "OrderDescending" }.ToFrozenSet();

    // O(1) on a source that knows its size (and predicate forms pay through the counted lambda); a lazy source pays its walk.
    private static readonly FrozenSet<string> LinqCheap = new[] { "First", "FirstOrDefault", "Any", "Count", "ElementAt", "ElementAtOrDefault", "TryGetNonEnumeratedCount" }.ToFrozenSet();

    // Library types whose members never take time growing with a collection's size (or whose
    // string arguments are tokens, not inputs: parsing a number, printing a debug line).
    private static readonly FrozenSet<string> ConstTypes = new[]
    {
        "System.Math", "System.MathF", "System.Console", "System.Convert", "System.Int32", "System.Int64", "System.Double", "System.Char", "System.Boolean",
        "System.Object", "System.Diagnostics.Debug", "System.Diagnostics.Trace", "System.Numerics.BitOperations", "System.Single", "System.Decimal",
        "System.UInt32", "System.UInt64", "System.Int16", "System.Byte", "System.Collections.Generic.EqualityComparer`1", "System.Collections.Generic.Comparer`1",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.KeyValuePair", "System.Tuple", "System.Nullable`1", "System.Enum",
    }.ToFrozenSet();

    private static string FullName(INamedTypeSymbol type) =>
        (type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "") + type.OriginalDefinition.MetadataName;

    private sealed class Rewriter(SemanticModel model) : CSharpSyntaxRewriter
    {
        private static readonly StatementSyntax Tick = SyntaxFactory.ParseStatement("global::JudgeOps.Count++; ");

        public HashSet<string> Unknown { get; } = [];

        // Loops: one per iteration, at the body's entry.
        public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
        {
            var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
        {
            var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
        {
            var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
        {
            var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
        {
            var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
            return visited.WithStatement(Counted(visited.Statement));
        }

        private static BlockSyntax Counted(StatementSyntax body) => body is BlockSyntax block
            ? block.WithStatements(block.Statements.Insert(0, Tick))
            : SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.List([Tick, body]),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));

        // Calls: one per entry of a method, constructor, local function, accessor or lambda.
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            if (visited.Body is { } body)
            {
                return visited.WithBody(body.WithStatements(body.Statements.Insert(0, Tick)));
            }

            return visited.ExpressionBody is { } arrow && model.GetDeclaredSymbol(node) is { IsAsync: false } method
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, method.ReturnsVoid, visited.SemicolonToken))
                : visited;
        }

        public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
            if (visited.Body is { } body)
            {
                return visited.WithBody(body.WithStatements(body.Statements.Insert(0, Tick)));
            }

            return visited.ExpressionBody is { } arrow && model.GetDeclaredSymbol(node) is IMethodSymbol { IsAsync: false } method
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, method.ReturnsVoid, visited.SemicolonToken))
                : visited;
        }

        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
            return visited.Body is { } body ? visited.WithBody(body.WithStatements(body.Statements.Insert(0, Tick))) : visited;
        }

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
        {
            var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
            return visited.Body is { } body ? visited.WithBody(body.WithStatements(body.Statements.Insert(0, Tick))) : visited;
        }

        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Lambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => Lambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

        public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
            return visited.Body is BlockSyntax body ? visited.WithBody(body.WithStatements(body.Statements.Insert(0, Tick))) : visited;
        }

        private LambdaExpressionSyntax Lambda(LambdaExpressionSyntax node, LambdaExpressionSyntax visited)
        {
            // Expression trees take no statement bodies; async lambdas are left as they are.
            if (model.GetTypeInfo(node).ConvertedType is INamedTypeSymbol { Name: "Expression" } || node.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword))
            {
                return visited;
            }

            if (visited.Block is { } body)
            {
                return visited.WithBlock(body.WithStatements(body.Statements.Insert(0, Tick)));
            }

            if (visited.ExpressionBody is { } expression && model.GetSymbolInfo(node).Symbol is IMethodSymbol method)
            {
                var arrow = SyntaxFactory.ArrowExpressionClause(expression);
                return visited.WithExpressionBody(null).WithBlock(Block(arrow, method.ReturnsVoid, default));
            }

            return visited;
        }

        /// <summary>`=> e` as `{ Count++; return e; }`, with the arrow's and semicolon's trivia kept.</summary>
        private static BlockSyntax Block(ArrowExpressionClauseSyntax arrow, bool returnsVoid, SyntaxToken semicolon)
        {
            var expression = arrow.Expression;
            StatementSyntax statement = expression switch
            {
                ThrowExpressionSyntax t => SyntaxFactory.ThrowStatement(t.ThrowKeyword, t.Expression, SyntaxFactory.Token(SyntaxKind.SemicolonToken)),
                _ when returnsVoid => SyntaxFactory.ExpressionStatement(expression),
                _ => SyntaxFactory.ReturnStatement(SyntaxFactory.Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(SyntaxFactory.Space), expression, SyntaxFactory.Token(SyntaxKind.SemicolonToken)),
            };
            var open = SyntaxFactory.Token(SyntaxKind.OpenBraceToken)
                .WithLeadingTrivia(arrow.ArrowToken.LeadingTrivia)
                .WithTrailingTrivia(arrow.ArrowToken.TrailingTrivia.Add(SyntaxFactory.Space));
            var close = SyntaxFactory.Token(SyntaxKind.CloseBraceToken)
                .WithLeadingTrivia(SyntaxFactory.Space)
                .WithTrailingTrivia(semicolon.IsKind(SyntaxKind.None) ? default : semicolon.LeadingTrivia.AddRange(semicolon.TrailingTrivia));
            return SyntaxFactory.Block(open, SyntaxFactory.List([Tick, statement]), close);
        }

        // Library calls.
        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            var symbol = model.GetSymbolInfo(node).Symbol as IMethodSymbol;
            var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
            if (symbol is null || symbol.MethodKind is MethodKind.DelegateInvoke || IsCandidates(symbol))
            {
                return visited;
            }

            var definition = symbol.ReducedFrom ?? symbol;
            var type = FullName(definition.ContainingType);
            var isExtension = symbol.ReducedFrom is not null;

            if (type == "System.Linq.Enumerable")
            {
                return Linq(node, visited, symbol);
            }

            if (type == "System.MemoryExtensions")
            {
                // Span helpers on an array or string: all scan their source except the views.
                return symbol.Name is "AsSpan" or "AsMemory" ? visited : Apply(node, visited, symbol, new Rule(symbol.Name == "Sort" ? Kind.Sort : Kind.Lin, isExtension ? -1 : 0));
            }

            if (Model.TryGetValue(type, out var members) && members.TryGetValue(symbol.Name, out var rule))
            {
                // LinkedList.Remove(node) is O(1); Remove(value) scans.
                if (type == Generic + "LinkedList`1" && symbol.Name == "Remove" && symbol.Parameters is [{ Type.Name: "LinkedListNode" }])
                {
                    return visited;
                }

                return Apply(node, visited, symbol, rule);
            }

            if (!ConstTypes.Contains(type) && TouchesCollections(symbol, node))
            {
                Unknown.Add(symbol.ContainingType.Name + "." + symbol.Name);
            }

            return visited;
        }

        private SyntaxNode Linq(InvocationExpressionSyntax node, InvocationExpressionSyntax visited, IMethodSymbol symbol)
        {
            var helper = LinqSorts.Contains(symbol.Name) ? "SeqSort"
                : LinqCheap.Contains(symbol.Name) ? "SeqLazy"
                : LinqScans.Contains(symbol.Name) ? "Seq"
                : null;
            if (helper is null)
            {
                // ThenBy works on an OrderBy already charged; Range/Repeat/Empty are lazy and paid by their consumer.
                if (symbol.Name is not ("ThenBy" or "ThenByDescending" or "Range" or "Repeat" or "Empty"))
                {
                    Unknown.Add("Enumerable." + symbol.Name);
                }

                return visited;
            }

            return Replace(visited, symbol.ReducedFrom is not null ? -1 : 0, operand => Call(helper, operand)) ?? Missed(visited, symbol);
        }

        private SyntaxNode Apply(InvocationExpressionSyntax node, InvocationExpressionSyntax visited, IMethodSymbol symbol, Rule rule)
        {
            switch (rule.Kind)
            {
                case Kind.Const:
                    return visited;
                case Kind.Result:
                    return symbol.ReturnType.SpecialType == SpecialType.System_String ? Call("Str", visited) : visited;
                case Kind.Num:
                    return Replace(visited, rule.Operand, operand => Call("Num", operand)) ?? Missed(visited, symbol);
                case Kind.Shift:
                    {
                        var sized = Sized(node, -1);
                        var receiverSet = sized is null ? null : Replace(visited, -1, operand => Call("Pend", operand, sized));
                        return (receiverSet is null ? null : Replace(receiverSet, 0, operand => Call("At", operand))) ?? Missed(visited, symbol);
                    }

                default:
                    {
                        var sized = Sized(node, symbol.IsStatic && symbol.ReducedFrom is null && rule.Operand < 0 ? 0 : rule.Operand);
                        var helper = rule.Kind switch { Kind.Lin => "Lin", Kind.Lg => "Lg", _ => "Sort" };
                        var operandIndex = symbol.IsStatic && symbol.ReducedFrom is null && rule.Operand < 0 ? 0 : rule.Operand;
                        return (sized is null ? null : Replace(visited, operandIndex, operand => Call(helper, operand, sized))) ?? Missed(visited, symbol);
                    }
            }
        }

        private SyntaxNode Missed(SyntaxNode visited, IMethodSymbol symbol)
        {
            Unknown.Add(symbol.ContainingType.Name + "." + symbol.Name);
            return visited;
        }

        /// <summary>The property that sizes the operand ("Length", "Count"), when it is a reference type that has one.</summary>
        private string? Sized(InvocationExpressionSyntax node, int operand)
        {
            var expression = Operand(node, operand);
            return expression is null ? null : SizeProperty(model.GetTypeInfo(expression).Type);
        }

        private static string? SizeProperty(ITypeSymbol? type)
        {
            if (type is null || !type.IsReferenceType || type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic || type.IsAnonymousType)
            {
                return null;
            }

            if (type is IArrayTypeSymbol { Rank: 1 } || type.SpecialType == SpecialType.System_String || type.Name == "StringBuilder")
            {
                return "Length";
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                if (t.GetMembers("Count").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_Int32 && !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public))
                {
                    return "Count";
                }
            }

            return type.AllInterfaces.Any(i => i.Name is "ICollection" or "IReadOnlyCollection") && type.TypeKind == TypeKind.Interface ? "Count" : null;
        }

        private static ExpressionSyntax? Operand(InvocationExpressionSyntax node, int operand)
        {
            if (operand < 0)
            {
                return node.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && receiver is not BaseExpressionSyntax ? receiver : null;
            }

            return operand < node.ArgumentList.Arguments.Count && node.ArgumentList.Arguments[operand] is { NameColon: null, RefKindKeyword.RawKind: 0 } argument
                ? argument.Expression
                : null;
        }

        private static InvocationExpressionSyntax? Replace(InvocationExpressionSyntax visited, int operand, Func<ExpressionSyntax, ExpressionSyntax> wrap)
        {
            if (operand < 0)
            {
                return visited.Expression is MemberAccessExpressionSyntax { Expression: var receiver } access && receiver is not BaseExpressionSyntax
                    ? visited.WithExpression(access.WithExpression(wrap(receiver)))
                    : null;
            }

            if (operand >= visited.ArgumentList.Arguments.Count || visited.ArgumentList.Arguments[operand] is not { NameColon: null, RefKindKeyword.RawKind: 0 } argument)
            {
                return null;
            }

            return visited.WithArgumentList(visited.ArgumentList.WithArguments(visited.ArgumentList.Arguments.Replace(argument, argument.WithExpression(wrap(argument.Expression)))));
        }

        private static InvocationExpressionSyntax Call(string helper, ExpressionSyntax operand, string? sizeProperty = null)
        {
            var template = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression(
                sizeProperty is null ? $"global::JudgeOps.{helper}(__x)" : $"global::JudgeOps.{helper}(__x, static __c => __c.{sizeProperty})");
            var argument = template.ArgumentList.Arguments[0];
            // The operand keeps its own trivia (line breaks included) inside the call.
            return template.WithArgumentList(template.ArgumentList.WithArguments(template.ArgumentList.Arguments.Replace(argument, argument.WithExpression(operand.WithoutTrivia()))))
                .WithLeadingTrivia(operand.GetLeadingTrivia())
                .WithTrailingTrivia(operand.GetTrailingTrivia());
        }

        private bool TouchesCollections(IMethodSymbol symbol, InvocationExpressionSyntax node)
        {
            var receiver = symbol.IsStatic ? null : (node.Expression as MemberAccessExpressionSyntax)?.Expression;
            var receiverType = receiver is null ? null : model.GetTypeInfo(receiver).Type;
            return IsCollection(receiverType) || (symbol.ReducedFrom ?? symbol).Parameters.Any(p => IsCollection(p.Type));
        }

        private static bool IsCollection(ITypeSymbol? type) => type is not null && (
            type.SpecialType is SpecialType.System_String or SpecialType.System_Collections_IEnumerable
            || type is IArrayTypeSymbol
            || type.Name is "Span" or "ReadOnlySpan" or "StringBuilder"
            || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));

        private static bool IsCandidates(ISymbol symbol) => symbol.Locations.Any(l => l.IsInSource);

        // SortedSet.Min/Max and a sorted dictionary's indexer are tree walks too.
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            var visited = (MemberAccessExpressionSyntax)base.VisitMemberAccessExpression(node)!;
            if (model.GetSymbolInfo(node).Symbol is IPropertySymbol { Name: "Min" or "Max" } property && FullName(property.ContainingType) == Generic + "SortedSet`1"
                && SizeProperty(model.GetTypeInfo(node.Expression).Type) is { } size)
            {
                return visited.WithExpression(Call("Lg", visited.Expression, size));
            }

            return visited;
        }

        public override SyntaxNode? VisitElementAccessExpression(ElementAccessExpressionSyntax node)
        {
            var visited = (ElementAccessExpressionSyntax)base.VisitElementAccessExpression(node)!;
            if (model.GetSymbolInfo(node).Symbol is IPropertySymbol { IsIndexer: true } indexer
                && FullName(indexer.ContainingType) is Generic + "SortedDictionary`2" or Generic + "SortedList`2"
                && SizeProperty(model.GetTypeInfo(node.Expression).Type) is { } size)
            {
                return visited.WithExpression(Call("Lg", visited.Expression, size));
            }

            return visited;
        }

        // new List<T>(collection), new HashSet<T>(collection), new string(chars): the collection's size; a sorted one sorts.
        public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node) => Creation(node, (BaseObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!);

        public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node) => Creation(node, (BaseObjectCreationExpressionSyntax)base.VisitImplicitObjectCreationExpression(node)!);

        private SyntaxNode Creation(BaseObjectCreationExpressionSyntax node, BaseObjectCreationExpressionSyntax visited)
        {
            if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol constructor || IsCandidates(constructor) || node.ArgumentList is null || visited.ArgumentList is null)
            {
                return visited;
            }

            if (constructor.ContainingType.SpecialType == SpecialType.System_String)
            {
                return Call("Str", visited);
            }

            var sorted = constructor.ContainingType.Name is "SortedSet" or "SortedDictionary" or "SortedList" or "PriorityQueue";
            var arguments = visited.ArgumentList.Arguments;
            for (var i = 0; i < Math.Min(constructor.Parameters.Length, node.ArgumentList.Arguments.Count); i++)
            {
                var parameter = constructor.Parameters[i];
                if (!IsCollection(parameter.Type) || node.ArgumentList.Arguments[i] is not { NameColon: null, RefKindKeyword.RawKind: 0 } original)
                {
                    continue;
                }

                var size = SizeProperty(model.GetTypeInfo(original.Expression).Type);
                ExpressionSyntax? wrapped = size is not null ? Call(sorted ? "Sort" : "Lin", arguments[i].Expression, size)
                    : parameter.Type is INamedTypeSymbol { Name: "IEnumerable", IsGenericType: true } && !sorted ? Call("Seq", arguments[i].Expression)
                    : null;
                if (wrapped is null)
                {
                    Unknown.Add(constructor.ContainingType.Name + "..ctor");
                    continue;
                }

                arguments = arguments.Replace(arguments[i], arguments[i].WithExpression(wrapped));
            }

            return visited.WithArgumentList(visited.ArgumentList.WithArguments(arguments));
        }

        // s + t builds a new string: its length.
        public override SyntaxNode? VisitBinaryExpression(BinaryExpressionSyntax node)
        {
            var visited = base.VisitBinaryExpression(node)!;
            return node.IsKind(SyntaxKind.AddExpression) && model.GetTypeInfo(node).Type?.SpecialType == SpecialType.System_String && !model.GetConstantValue(node).HasValue
                ? Call("Str", (ExpressionSyntax)visited)
                : visited;
        }
    }
}
