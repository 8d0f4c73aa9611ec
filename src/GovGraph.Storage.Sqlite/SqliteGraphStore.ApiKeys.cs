using System.Globalization;
using System.Text.Json;
using GovGraph.Storage.Security;
using Microsoft.Data.Sqlite;

namespace GovGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IApiKeyStore
{
    private const string ApiKeyColumns = "id, name, role, scope, pii, salt, hash, documents, created_at, revoked_at";

    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        StoreException.ThrowIfMalformedId(key.Id, "API key");
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await _connections.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO api_keys ({ApiKeyColumns})
                VALUES (@id, @name, @role, @scope, @pii, @salt, @hash, @documents, @created, @revoked);
                """;
            command.Parameters.AddWithValue("@id", key.Id);
            command.Parameters.AddWithValue("@name", key.Name);
            command.Parameters.AddWithValue("@role", key.Role);
            command.Parameters.AddWithValue("@scope", (object?)key.Scope ?? DBNull.Value);
            command.Parameters.AddWithValue("@pii", key.PersonalData ? 1L : 0L);
            command.Parameters.AddWithValue("@salt", key.Salt);
            command.Parameters.AddWithValue("@hash", key.Hash);
            command.Parameters.AddWithValue("@documents", JsonSerializer.Serialize(key.Documents));
            command.Parameters.AddWithValue("@created", Instant(key.CreatedAt));
            command.Parameters.AddWithValue("@revoked", key.RevokedAt is { } revoked ? Instant(revoked) : DBNull.Value);
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (SqliteException e) when (SqliteErrors.IsUniqueViolation(e))
            {
                throw SqliteErrors.DuplicateId("API key", key.Id);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<ApiKeyRecord?> FindApiKeyAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ApiKeyColumns} FROM api_keys WHERE id = @id;";
        command.Parameters.AddWithValue("@id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadApiKey(reader) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ApiKeyColumns} FROM api_keys ORDER BY created_at, id;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(ct))
        {
            keys.Add(ReadApiKey(reader));
        }

        return keys;
    }

    public async Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await _connections.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL;";
            command.Parameters.AddWithValue("@id", id);
            command.Parameters.AddWithValue("@at", Instant(at));
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>ISO 8601 in UTC with a fixed number of digits, so instants sort as text.</summary>
    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static ApiKeyRecord ReadApiKey(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetInt64(4) != 0,
        reader.GetString(5),
        reader.GetString(6),
        JsonSerializer.Deserialize<string[]>(reader.GetString(7)) ?? [],
        DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.IsDBNull(9) ? null : DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
