using System.Text;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Interchange;

/// <summary>
/// Checks lines one by one as they are read and collects the graph they describe. What a line alone cannot
/// settle (a relationship end that is no earlier node line) is settled after the last line: a node line further
/// down, a node already stored, or an error.
/// </summary>
internal sealed class ImportValidator(ImportOptions options)
{
    private readonly List<ImportError> _errors = [];

    // Node lines by their line id: the GovGraph id, label and line of each.
    private readonly Dictionary<string, NodeLine> _nodeLines = new(StringComparer.Ordinal);

    // Line of each GovGraph node id and relationship id seen, for duplicates.
    private readonly Dictionary<string, int> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _relationshipIds = new(StringComparer.Ordinal);

    // Line ids of node lines that were refused, so relationships using them add no second error.
    private readonly HashSet<string> _refusedNodeLines = new(StringComparer.Ordinal);

    private readonly GraphWriteBatch _batch = new() { ReplaceAll = options.Replace };
    private readonly List<PendingRelationship> _relationships = [];

    /// <summary>True once the error limit is reached while reading: later lines are not read.</summary>
    public bool Stopped { get; private set; }

    public int Lines { get; set; }

    public void Add(int line, ReadOnlySpan<byte> json)
    {
        if (IsBlank(json))
        {
            return;
        }

        try
        {
            var parsed = ApocLineParser.Parse(json);
            switch (parsed.Type)
            {
                case "node":
                    AddNode(line, parsed);
                    break;
                case "relationship":
                    AddRelationship(line, parsed);
                    break;
                case null:
                    throw new ApocLineException("missing \"type\" (expected \"node\" or \"relationship\")");
                default:
                    throw new ApocLineException($"unknown type \"{parsed.Type}\" (expected \"node\" or \"relationship\")");
            }
        }
        catch (ApocLineException e)
        {
            Fail(line, e.Message);
        }

        Stopped = _errors.Count >= options.MaxErrors;
    }

    /// <summary>Settles the relationship ends that are not earlier node lines and checks node ids against the store.</summary>
    public async Task CheckAgainstStoreAsync(IGraphStore store, CancellationToken ct)
    {
        // Ends that name a later node line are errors by the format; the rest may be stored nodes.
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in _relationships)
        {
            SkipIfRefusedEnd(r);
            CheckLaterLine(r, r.StartRef, r.Start, "start");
            CheckLaterLine(r, r.EndRef, r.End, "end");
            if (!r.Refused)
            {
                AddIfUnresolved(wanted, r.Start, r.StartRef);
                AddIfUnresolved(wanted, r.End, r.EndRef);
            }
        }

        // A replace empties the store first, so then nothing stored counts; an empty store needs no lookup.
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!options.Replace && !await store.IsEmptyAsync(ct))
        {
            foreach (var id in _nodeIds.Keys)
            {
                wanted.Add(id);
            }

            if (wanted.Count > 0)
            {
                foreach (var node in await store.GetNodesAsync(wanted, ct))
                {
                    stored[node.Id] = node.Label;
                }
            }

            foreach (var (id, line) in _nodeIds)
            {
                if (stored.ContainsKey(id))
                {
                    Fail(line, $"node id \"{id}\" already exists in the store");
                }
            }
        }

        foreach (var r in _relationships)
        {
            if (r.Refused)
            {
                continue;
            }

            r.Start ??= ResolveStored(r, r.StartRef, stored, "start");
            r.End ??= ResolveStored(r, r.EndRef, stored, "end");
            if (r.Start is { } start && r.End is { } end)
            {
                CheckRule(r, start, end);
            }
        }
    }

    public ImportResult Result()
    {
        if (_errors.Count > 0)
        {
            var errors = _errors.OrderBy(e => e.Line).Take(options.MaxErrors).ToList();
            return new ImportResult(null, errors, _errors.Count, Stopped, Lines);
        }

        foreach (var r in _relationships)
        {
            _batch.CreateRelationships.Add(new GraphRelationship(r.Id, r.Type, r.Start!.Value.Id, r.End!.Value.Id, r.Properties));
        }

        return new ImportResult(_batch, [], 0, false, Lines);
    }

    private void AddNode(int line, ApocLine parsed)
    {
        var lineId = parsed.Id ?? parsed.PropertyId;
        try
        {
            AddCheckedNode(line, parsed, lineId);
        }
        catch (ApocLineException) when (lineId is not null)
        {
            _refusedNodeLines.Add(lineId);
            throw;
        }
    }

    private void AddCheckedNode(int line, ApocLine parsed, string? lineId)
    {
        // A Neo4j export's line id is Neo4j's own; the GovGraph id travels in properties.id.
        var id = parsed.PropertyId ?? parsed.Id;
        if (id is null || lineId is null)
        {
            throw new ApocLineException("node has no \"id\" (neither the line's nor properties.id)");
        }

        if (!NodeIds.IsWellFormed(id))
        {
            throw new ApocLineException($"malformed node id {Quote(id)} (empty, longer than {NodeIds.MaxLength} characters or holding control characters)");
        }

        var label = parsed.Labels switch
        {
            null or [] => throw new ApocLineException("node has no label (\"labels\" must hold exactly one known label)"),
            [var only] when Labels.IsStorable(only) => only,
            [var only] => throw new ApocLineException($"unknown label {Quote(only)} (known: {string.Join(", ", Labels.Storable)})"),
            var many => throw new ApocLineException(
                $"node has {many.Count} labels ({string.Join(", ", many.Select(Quote))}); exactly one known label is required"),
        };

        if (_nodeIds.TryGetValue(id, out var first))
        {
            throw new ApocLineException($"duplicate node id {Quote(id)} (first defined on line {first})");
        }

        if (_nodeLines.TryGetValue(lineId, out var sameLine))
        {
            throw new ApocLineException($"duplicate node line id {Quote(lineId)} (also used on line {sameLine.Line})");
        }

        _nodeIds.Add(id, line);
        _nodeLines.Add(lineId, new NodeLine(id, label, line));
        _batch.CreateNodes.Add(new GraphNode(id, label, parsed.Properties));
    }

    private void AddRelationship(int line, ApocLine parsed)
    {
        var id = parsed.PropertyId ?? parsed.Id;
        if (id is null)
        {
            throw new ApocLineException("relationship has no \"id\"");
        }

        if (!NodeIds.IsWellFormed(id))
        {
            throw new ApocLineException($"malformed relationship id {Quote(id)} (empty, longer than {NodeIds.MaxLength} characters or holding control characters)");
        }

        if (parsed.Label is null)
        {
            throw new ApocLineException("relationship has no \"label\" (its type)");
        }

        if (!RelTypes.IsStorable(parsed.Label))
        {
            throw new ApocLineException($"unknown relationship type {Quote(parsed.Label)}");
        }

        if (parsed.StartId is null || parsed.EndId is null)
        {
            throw new ApocLineException($"relationship has no {(parsed.StartId is null ? "start" : "end")}.id");
        }

        if (_relationshipIds.TryGetValue(id, out var first))
        {
            throw new ApocLineException($"duplicate relationship id {Quote(id)} (first defined on line {first})");
        }

        _relationshipIds.Add(id, line);
        var r = new PendingRelationship(line, id, parsed.Label, parsed.StartId, parsed.EndId, parsed.Properties)
        {
            Start = _nodeLines.TryGetValue(parsed.StartId, out var start) ? start : null,
            End = _nodeLines.TryGetValue(parsed.EndId, out var end) ? end : null,
        };
        _relationships.Add(r);
        if (r.Start is { } s && r.End is { } e)
        {
            CheckRule(r, s, e);
        }
        else
        {
            SkipIfRefusedEnd(r);
        }
    }

    private static void AddIfUnresolved(HashSet<string> wanted, NodeLine? resolved, string reference)
    {
        if (resolved is null)
        {
            wanted.Add(reference);
        }
    }

    // A relationship to a refused node line is not reported again: the node's own error says it all.
    private void SkipIfRefusedEnd(PendingRelationship r)
    {
        if ((r.Start is null && _refusedNodeLines.Contains(r.StartRef) && !_nodeLines.ContainsKey(r.StartRef))
            || (r.End is null && _refusedNodeLines.Contains(r.EndRef) && !_nodeLines.ContainsKey(r.EndRef)))
        {
            r.Refused = true;
        }
    }

    private void CheckLaterLine(PendingRelationship r, string reference, NodeLine? resolved, string end)
    {
        if (r.Refused || resolved is not null || !_nodeLines.TryGetValue(reference, out var later))
        {
            return;
        }

        Refuse(r, $"{end} node {Quote(reference)} is defined after this relationship (on line {later.Line}); nodes must come before the relationships that use them");
    }

    private NodeLine? ResolveStored(PendingRelationship r, string reference, Dictionary<string, string> stored, string end)
    {
        if (r.Refused)
        {
            return null;
        }

        if (stored.TryGetValue(reference, out var label))
        {
            return new NodeLine(reference, label, 0);
        }

        var where = options.Replace ? "not in the file (and the stored graph is being replaced)" : "in neither the file nor the store";
        var hint = _nodeIds.TryGetValue(reference, out var line)
            ? $"; it is the properties.id of the node on line {line}, but relationships refer to node lines by their line \"id\""
            : string.Empty;
        Refuse(r, $"{end} node {Quote(reference)} is {where}{hint}");
        return null;
    }

    private void CheckRule(PendingRelationship r, NodeLine start, NodeLine end)
    {
        if (RelationshipRules.IsAllowed(r.Type, start.Label, end.Label))
        {
            return;
        }

        var allowed = string.Join(", ", RelationshipRules.EndpointsOf(r.Type).Select(a => $"{a.From} → {a.To}"));
        Refuse(r, $"{r.Type} may not join {start.Label} {Quote(start.Id)} → {end.Label} {Quote(end.Id)} (allowed: {allowed})");
    }

    private void Refuse(PendingRelationship r, string reason)
    {
        r.Refused = true;
        Fail(r.Line, reason);
    }

    private void Fail(int line, string reason) => _errors.Add(new ImportError(line, reason));

    private static bool IsBlank(ReadOnlySpan<byte> json) => json.Trim(" \t\r"u8).IsEmpty;

    // Quotes for a message; ids longer than a message should hold are cut.
    private static string Quote(string value)
    {
        var shown = value.Length > 80 ? value[..80] + "…" : value;
        var escaped = new StringBuilder(shown.Length + 2).Append('"');
        foreach (var c in shown)
        {
            escaped.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return escaped.Append('"').ToString();
    }

    private readonly record struct NodeLine(string Id, string Label, int Line);

    private sealed class PendingRelationship(
        int line, string id, string type, string startRef, string endRef, IReadOnlyDictionary<string, object?> properties)
    {
        public int Line { get; } = line;

        public string Id { get; } = id;

        public string Type { get; } = type;

        /// <summary>The line's start.id: a node line's id, or a stored node's GovGraph id.</summary>
        public string StartRef { get; } = startRef;

        public string EndRef { get; } = endRef;

        public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

        public NodeLine? Start { get; set; }

        public NodeLine? End { get; set; }

        public bool Refused { get; set; }
    }
}
