using FluentValidation;
using Judge.Problems.Model;

namespace Judge.Problems.Validation;

/// <summary>
/// Rules that span a whole spec, checked after the YAML is read. Each failure carries the
/// <see cref="SourcePosition"/> it is about as its custom state, so the loader reports file:line:column.
/// </summary>
public sealed class ProblemSpecValidator : AbstractValidator<ProblemSpec>
{
    /// <summary>Enough to explain the task; more belongs in the hidden groups.</summary>
    public const int MaxExamples = 5;

    public ProblemSpecValidator()
    {
        RuleFor(s => s.Examples)
            .Must(e => e.Count is >= 1 and <= MaxExamples)
            .WithMessage($"examples must list 1 to {MaxExamples} cases; candidates see them, so they explain the task")
            .WithState(s => s.ExamplesAt);

        RuleFor(s => s.Groups)
            .Must(g => g.Any(x => x.Kind == GroupKind.Correctness))
            .WithMessage("groups must include at least one correctness group")
            .WithState(s => s.GroupsAt);

        RuleFor(s => s.Groups).Custom((groups, context) =>
        {
            foreach (var repeated in groups.GroupBy(g => g.Name, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure("groups", $"group name '{repeated.Name}' is used twice; group names must be unique") { CustomState = repeated.At });
            }
        });

        RuleFor(s => s.Solutions)
            .Must(s => s.Any(x => x.Expect == "OK" && x.Language == "csharp"))
            .WithMessage("solutions must include a C# reference (a .cs file with expect: OK); generated tests take their expected outputs from it")
            .WithState(s => s.SolutionsAt);

        RuleFor(s => s.Solutions).Custom((solutions, context) =>
        {
            foreach (var repeated in solutions.GroupBy(x => x.File, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure("solutions", $"solution '{repeated.File}' is declared twice") { CustomState = repeated.At });
            }
        });
    }
}
