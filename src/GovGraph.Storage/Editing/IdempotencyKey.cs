using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;

namespace GovGraph.Storage.Editing;

/// <summary>
/// The key a write's result is recorded under when the client sends a <c>clientMutationId</c>: the same actor
/// repeating the same mutation with the same id gets the first result back instead of a second change.
/// Different actors or mutations never share a key.
/// </summary>
public static class IdempotencyKey
{
    private const char Separator = '\u001f';

    /// <summary>The key, or null without a <paramref name="clientMutationId"/>; INVALID_INPUT when the id is malformed.</summary>
    public static string? For(string actor, string mutation, string? clientMutationId)
    {
        if (clientMutationId is null)
        {
            return null;
        }

        // Same shape as a node id: printable and bounded, so the key is safe to store and log.
        if (!NodeIds.IsWellFormed(clientMutationId))
        {
            throw new DomainRuleException(RuleCodes.InvalidInput,
                $"`clientMutationId` must be 1–{NodeIds.MaxLength} printable characters.", "clientMutationId");
        }

        return string.Concat(actor, Separator.ToString(), mutation, Separator.ToString(), clientMutationId);
    }
}
