using GraphQLParser.AST;

namespace GovGraph.Api.Transport;

/// <summary>
/// How many fields a document stands for once every fragment spread is expanded, computed in time linear in the
/// document: each fragment is measured once, then reused. A "billion laughs" document (each fragment spreading
/// the one below twice) is a few hundred bytes but stands for 2^n fields, and GraphQL.NET's own validation and
/// complexity analysis expand the spreads one by one, so it must be refused before they run.
/// </summary>
internal static class ExpandedSize
{
    /// <summary>The expanded field count of every operation together, saturating just above <paramref name="cap"/>.</summary>
    public static long Of(GraphQLDocument document, long cap)
    {
        var fragments = new Dictionary<string, (long Own, List<string> Spreads)>(StringComparer.Ordinal);
        var operations = new List<(long Own, List<string> Spreads)>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, Measure(fragment.SelectionSet));
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(Measure(operation.SelectionSet));
                    break;
            }
        }

        var sizes = SizeFragments(fragments, cap);
        long total = 0;
        foreach (var (own, spreads) in operations)
        {
            total = Add(total, own, cap);
            foreach (var spread in spreads)
            {
                total = Add(total, sizes.GetValueOrDefault(spread), cap);
            }
        }

        return total;
    }

    /// <summary>
    /// Each fragment's expanded size, bottom-up with an explicit stack (a chain of thousands of fragments must not
    /// overflow the thread's stack). A fragment in a cycle counts its part of the cycle once; validation refuses
    /// the cycle itself.
    /// </summary>
    private static Dictionary<string, long> SizeFragments(Dictionary<string, (long Own, List<string> Spreads)> fragments, long cap)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var entered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in fragments.Keys)
        {
            var stack = new Stack<(string Name, bool Children)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (name, childrenDone) = stack.Pop();
                if (sizes.ContainsKey(name) || !fragments.TryGetValue(name, out var fragment))
                {
                    continue;
                }

                if (!childrenDone)
                {
                    if (!entered.Add(name))
                    {
                        continue;
                    }

                    stack.Push((name, true));
                    foreach (var spread in fragment.Spreads.Where(s => !sizes.ContainsKey(s) && !entered.Contains(s)))
                    {
                        stack.Push((spread, false));
                    }

                    continue;
                }

                var size = fragment.Own;
                foreach (var spread in fragment.Spreads)
                {
                    size = Add(size, sizes.GetValueOrDefault(spread), cap);
                }

                sizes[name] = size;
            }
        }

        return sizes;
    }

    /// <summary>The fields of one selection set (nested ones included) and the fragments it spreads, once per spread.</summary>
    private static (long Own, List<string> Spreads) Measure(GraphQLSelectionSet? root)
    {
        long own = 0;
        var spreads = new List<string>();
        var pending = new Stack<GraphQLSelectionSet>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        own++;
                        if (field.SelectionSet is not null)
                        {
                            pending.Push(field.SelectionSet);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        spreads.Add(spread.FragmentName.Name.StringValue);
                        break;
                }
            }
        }

        return (own, spreads);
    }

    private static long Add(long a, long b, long cap) => Math.Min(a + b, cap + 1);
}
