using System.Security.Cryptography;
using System.Text;

namespace Judge.Api.Infrastructure;

/// <summary>
/// Bearer secrets (invitation tokens, API keys): 256 random bits, URL-safe, and stored only as
/// their SHA-256, so a copy of the database cannot be used to open an invitation or call the API.
/// A plain hash is enough here (unlike passwords): the secret has full entropy, nothing to guess.
/// </summary>
public static class SecretTokens
{
    /// <summary>Bytes of randomness: 256 bits, twice the 128 the issue asks for.</summary>
    public const int RandomBytes = 32;

    /// <summary>43 characters of base64url; anything longer cannot be one of ours and is not hashed.</summary>
    public const int MaxLength = 64;

    public static string New(string prefix = "") => prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A cheap shape check before any database lookup.</summary>
    public static bool LooksValid(string? token) =>
        !string.IsNullOrEmpty(token) && token.Length <= MaxLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
