namespace Judge.Problems.Model;

/// <summary>Renders a task's signature as the starting code a candidate sees in each language (design: "Task format").</summary>
public static class SkeletonRenderer
{
    public static IReadOnlyDictionary<string, string> All(Signature signature) => new Dictionary<string, string>
    {
        ["csharp"] = CSharp(signature),
        ["python"] = Python(signature),
        ["java"] = Java(signature),
        ["cpp"] = Cpp(signature),
        ["javascript"] = JavaScript(signature),
    };

    public static string CSharp(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var ps = string.Join(", ", signature.Params.Select(p => $"{CSharpType(p.Type)} {p.Name}"));
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            class Solution
            {
                public {{CSharpType(signature.Returns)}} solution({{ps}})
                {
                    // write your code here
                    return {{CSharpDefault(signature.Returns)}};
                }
            }

            """;
    }

    public static string Python(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return $"def solution({string.Join(", ", signature.Params.Select(p => p.Name))}):\n    # write your code here\n    return {PythonDefault(signature.Returns)}\n";
    }

    public static string Java(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var ps = string.Join(", ", signature.Params.Select(p => $"{JavaType(p.Type)} {p.Name}"));
        return $$"""
            import java.util.*;

            class Solution {
                public {{JavaType(signature.Returns)}} solution({{ps}}) {
                    // write your code here
                    return {{JavaDefault(signature.Returns)}};
                }
            }

            """;
    }

    public static string Cpp(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var ps = string.Join(", ", signature.Params.Select(p => p.Type.IsArray || p.Type.Scalar == "string" ? $"{CppType(p.Type)}& {p.Name}" : $"{CppType(p.Type)} {p.Name}"));
        return $$"""
            #include <bits/stdc++.h>
            using namespace std;

            {{CppType(signature.Returns)}} solution({{ps}}) {
                // write your code here
                return {{CppDefault(signature.Returns)}};
            }

            """;
    }

    public static string JavaScript(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return $"function solution({string.Join(", ", signature.Params.Select(p => p.Name))}) {{\n    // write your code here\n    return {PythonDefault(signature.Returns).Replace("False", "false", StringComparison.Ordinal)};\n}}\n";
    }

    private static string Brackets(ValueType t) => string.Concat(Enumerable.Repeat("[]", t.Rank));

    private static string CSharpType(ValueType t) => t.Scalar + Brackets(t);

    private static string JavaType(ValueType t) => (t.Scalar switch { "bool" => "boolean", "string" => "String", var s => s }) + Brackets(t);

    private static string CppType(ValueType t)
    {
        var scalar = t.Scalar switch { "long" => "long long", var s => s };
        for (var i = 0; i < t.Rank; i++)
        {
            scalar = $"vector<{scalar}>";
        }

        return scalar;
    }

    private static string CSharpDefault(ValueType t) => t.IsArray
        ? $"new {t.Scalar}[0]{string.Concat(Enumerable.Repeat("[]", t.Rank - 1))}"
        : t.Scalar switch { "bool" => "false", "string" => "\"\"", _ => "0" };

    private static string JavaDefault(ValueType t) => t.IsArray
        ? $"new {JavaType(t.Element with { Rank = 0 })}[0]{string.Concat(Enumerable.Repeat("[]", t.Rank - 1))}"
        : t.Scalar switch { "bool" => "false", "string" => "\"\"", _ => "0" };

    private static string CppDefault(ValueType t) => t.IsArray ? "{}" : t.Scalar switch { "bool" => "false", "string" => "\"\"", _ => "0" };

    private static string PythonDefault(ValueType t) => t.IsArray ? "[]" : t.Scalar switch { "bool" => "False", "string" => "\"\"", _ => "0" };
}
