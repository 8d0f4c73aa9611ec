using System.Buffers;
using System.Text.Json;
using GovGraph.Domain.Model;

namespace GovGraph.Storage.Interchange;

/// <summary>
/// Writes the whole stored graph in the line format of Neo4j's <c>apoc.export.json.all</c> (MODEL.md): UTF-8
/// without a byte order mark, one object per line, every node before any relationship. A node's line id and its
/// <c>properties.id</c> are both its GovGraph id, so Neo4j's own import keeps the ids.
/// </summary>
public static class ApocJsonWriter
{
    private const int FlushThreshold = 64 * 1024;
    private const int ReportEvery = 1000;

    public static async Task<ExportSummary> WriteAsync(
        IGraphStore store, Stream output, IProgress<InterchangeProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);

        // Relationship lines name the labels of their ends, so each node's label is remembered on the way.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var totalNodes = await store.CountNodesAsync(new NodeCriteria(), ct);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, ApocJsonValues.WriterOptions);

        long nodes = 0;
        await foreach (var node in store.ReadAllNodesAsync(ct))
        {
            var label = Intern(node.Label);
            labels[node.Id] = label;
            WriteNode(writer, node, label);
            EndLine(writer, buffer);
            if (++nodes % ReportEvery == 0)
            {
                progress?.Report(new InterchangeProgress("exporting nodes", nodes, totalNodes, "nodes"));
            }

            await FlushIfFullAsync(buffer, output, ct);
        }

        progress?.Report(new InterchangeProgress("exporting nodes", nodes, totalNodes, "nodes"));

        long relationships = 0;
        await foreach (var relationship in store.ReadAllRelationshipsAsync(ct))
        {
            // NOTE: the two reads are separate snapshots; a relationship written between them may end at a node
            // that was not exported. It is left out, so the file always imports.
            if (!labels.TryGetValue(relationship.StartId, out var startLabel) || !labels.TryGetValue(relationship.EndId, out var endLabel))
            {
                continue;
            }

            WriteRelationship(writer, relationship, startLabel, endLabel);
            EndLine(writer, buffer);
            if (++relationships % ReportEvery == 0)
            {
                progress?.Report(new InterchangeProgress("exporting relationships", relationships, null, "relationships"));
            }

            await FlushIfFullAsync(buffer, output, ct);
        }

        progress?.Report(new InterchangeProgress("exporting relationships", relationships, null, "relationships"));
        await output.WriteAsync(buffer.WrittenMemory, ct);
        await output.FlushAsync(ct);
        return new ExportSummary(nodes, relationships);
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node, string label)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "node");
        writer.WriteString("id", node.Id);
        writer.WriteStartArray("labels");
        writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        WriteProperties(writer, node.Properties);
        writer.WriteString("id", node.Id);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship, string startLabel, string endLabel)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "relationship");
        writer.WriteString("id", relationship.Id);
        writer.WriteString("label", relationship.Type);
        WriteEnd(writer, "start", relationship.StartId, startLabel);
        WriteEnd(writer, "end", relationship.EndId, endLabel);
        writer.WriteStartObject("properties");
        WriteProperties(writer, relationship.Properties);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteEnd(Utf8JsonWriter writer, string name, string id, string label)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteStartArray("labels");
        writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (name, value) in properties)
        {
            // The id is the node's own (written last); an absent optional property is simply missing.
            if (value is null || name == "id")
            {
                continue;
            }

            writer.WritePropertyName(name);
            PropertyValueJson.Write(writer, name, value);
        }
    }

    private static void EndLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        writer.Reset();
    }

    private static async ValueTask FlushIfFullAsync(ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        if (buffer.WrittenCount >= FlushThreshold)
        {
            await output.WriteAsync(buffer.WrittenMemory, ct);
            buffer.ResetWrittenCount();
        }
    }

    private static string Intern(string label)
    {
        foreach (var known in Labels.Storable)
        {
            if (string.Equals(known, label, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return label;
    }
}
