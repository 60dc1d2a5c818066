using Npgsql;

namespace Judge.Worker.Bench;

/// <summary>
/// The database the scale bench judges in: one it creates (judge_bench_&lt;random&gt;, on the server of
/// an admin connection, dropped at the end) or one given with --connection, used as is and kept.
/// Its own database keeps the bench's jobs away from the workers of a running stack and theirs
/// away from the bench's workers.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _createdName;

    private BenchDatabase(string connectionString, string? adminConnectionString, string? createdName)
    {
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _createdName = createdName;
    }

    public string ConnectionString { get; }

    /// <summary>What the report says about where it ran (never the password).</summary>
    public string Description
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"{(_createdName is null ? "given" : "created and dropped by the bench")}: database {b.Database} on {b.Host}:{b.Port}";
        }
    }

    public static BenchDatabase Given(string connectionString) => new(connectionString, null, null);

    /// <summary>Creates a fresh database through <paramref name="adminConnectionString"/> (a role allowed to CREATE DATABASE).</summary>
    public static async Task<BenchDatabase> CreateAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var name = $"judge_bench_{Guid.NewGuid():N}"[..24];
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        Console.Error.WriteLine($"bench-scale: created database {name}");
        return new BenchDatabase(connectionString, adminConnectionString, name);
    }

    /// <summary>
    /// The superuser over the Unix socket of the Postgres deploy/up.sh started from <paramref name="root"/>
    /// (its socket directory is private to root and postgres, and trusted there), or null without one.
    /// </summary>
    public static string? LocalAdminConnectionString(string root)
    {
        var env = Path.Combine(root, ".local", "postgres.env");
        var socket = Path.Combine(root, ".local", "pgsock");
        if (!File.Exists(env) || !Directory.Exists(socket))
        {
            return null;
        }

        var port = File.ReadLines(env).Select(l => l.Split('=', 2)).FirstOrDefault(p => p[0] == "JUDGE_PG_PORT")?[1];
        return port is null ? null : new NpgsqlConnectionStringBuilder { Host = socket, Port = int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), Username = "postgres", Database = "postgres" }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_createdName is null || _adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync(CancellationToken.None);
        // FORCE: a worker that was killed may still hold a connection for a moment.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_createdName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(CancellationToken.None);
        Console.Error.WriteLine($"bench-scale: dropped database {_createdName}");
    }
}
