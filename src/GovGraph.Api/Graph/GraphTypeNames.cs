using GraphQL.Types;

namespace GovGraph.Api.Graph;

/// <summary>GraphQL names derived from CLR graph types (<c>VillageType</c> → <c>Village</c>).</summary>
public static class GraphTypeNames
{
    public static string Of<TGraphType>() where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        foreach (var suffix in new[] { "GraphType", "Interface", "Type" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
