using FluentValidation;

namespace Judge.Api.Recruiters;

/// <summary>The body of POST /api/recruiters/sign-up: a new organisation and its first recruiter.</summary>
public sealed record SignUpRequest(string? Organisation, string? Name, string? Email, string? Password);

/// <summary>The body of POST /api/recruiters: a colleague joining the caller's organisation.</summary>
public sealed record AddRecruiterRequest(string? Name, string? Email, string? Password);

/// <summary>The body of POST /api/recruiters/sign-in.</summary>
public sealed record SignInRequest(string? Email, string? Password);

/// <summary>The body of POST /api/recruiters/api-keys.</summary>
public sealed record CreateApiKeyRequest(string? Name);

/// <summary>The signed-in recruiter.</summary>
public sealed record RecruiterView(Guid Id, string Name, string Email, Guid OrganisationId, string Organisation);

/// <summary>An API key as listed: never the key itself.</summary>
public sealed record ApiKeyView(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A new API key: the only time the secret is shown.</summary>
public sealed record ApiKeyCreated(Guid Id, string Name, string Prefix, string Key, DateTimeOffset CreatedAt);

/// <summary>Rules shared by sign-up and adding a recruiter.</summary>
internal static class AccountRules
{
    /// <summary>Length over composition rules (NIST SP 800-63B); 128 caps the hashing work per request.</summary>
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;

    public static void Apply<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string?>> name, System.Linq.Expressions.Expression<Func<T, string?>> email, System.Linq.Expressions.Expression<Func<T, string?>> password)
    {
        v.RuleFor(name).NotEmpty().WithMessage("name is required").MaximumLength(200).WithMessage("name is at most 200 characters").OverridePropertyName("name");
        v.RuleFor(email).NotEmpty().WithMessage("email is required").MaximumLength(254).WithMessage("email is at most 254 characters")
            .EmailAddress().WithMessage("email must be an e-mail address").OverridePropertyName("email");
        v.RuleFor(password).NotEmpty().WithMessage("password is required")
            .MinimumLength(MinPasswordLength).WithMessage($"password must have at least {MinPasswordLength} characters")
            .MaximumLength(MaxPasswordLength).WithMessage($"password is at most {MaxPasswordLength} characters").OverridePropertyName("password");
    }
}

public sealed class SignUpRequestValidator : AbstractValidator<SignUpRequest>
{
    public SignUpRequestValidator()
    {
        RuleFor(r => r.Organisation).NotEmpty().WithMessage("organisation is required (the name of your company)")
            .MaximumLength(200).WithMessage("organisation is at most 200 characters").OverridePropertyName("organisation");
        AccountRules.Apply(this, r => r.Name, r => r.Email, r => r.Password);
    }
}

public sealed class AddRecruiterRequestValidator : AbstractValidator<AddRecruiterRequest>
{
    public AddRecruiterRequestValidator() => AccountRules.Apply(this, r => r.Name, r => r.Email, r => r.Password);
}

public sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("email is required").OverridePropertyName("email");
        RuleFor(r => r.Password).NotEmpty().WithMessage("password is required")
            .MaximumLength(AccountRules.MaxPasswordLength).WithMessage($"password is at most {AccountRules.MaxPasswordLength} characters").OverridePropertyName("password");
    }
}

public sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator() =>
        RuleFor(r => r.Name).NotEmpty().WithMessage("name is required (say what the key is for)")
            .MaximumLength(100).WithMessage("name is at most 100 characters").OverridePropertyName("name");
}
