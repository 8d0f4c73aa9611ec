using GovGraph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GovGraph.Api.Limits;

/// <summary>
/// Refuses an operation with more aliased fields than <see cref="GraphQLOptions.MaxAliases"/>. Aliases are what
/// let one request ask for the same expensive field many times; a fragment spread counts its fragment's aliases
/// again each time, so a fragment bomb (fragments spreading fragments) is measured by what it expands to.
/// </summary>
internal sealed class AliasLimitRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxAliases;
        if (context.Operation is { } operation)
        {
            var counter = new Counter(context.Document, max);
            var count = counter.Count(operation.SelectionSet);
            if (count > max)
            {
                context.ReportError(new ValidationError(
                    $"The operation holds more than {max} aliased fields (fragments counted each time they are spread); " +
                    "ask for fewer or split the request.")
                { Code = ErrorCodes.TooManyAliases });
            }
        }

        return default;
    }

    /// <summary>Counts with each fragment's total remembered, stopping as soon as the limit is passed.</summary>
    private sealed class Counter(GraphQLDocument document, int max)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public long Count(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count += selection switch
                {
                    GraphQLField field => (field.Alias is null ? 0 : 1) + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };

                // Past the limit the exact figure no longer matters, and a bomb's figure would overflow.
                if (count > max)
                {
                    return count;
                }
            }

            return count;
        }

        private long CountFragment(string name)
        {
            if (_totals.TryGetValue(name, out var known))
            {
                return known;
            }

            // An unknown fragment or a cycle is another rule's error; here it counts nothing.
            if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
            {
                return 0;
            }

            var total = Count(fragment.SelectionSet);
            _visiting.Remove(name);
            _totals[name] = total;
            return total;
        }
    }
}
