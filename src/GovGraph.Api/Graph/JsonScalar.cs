using GraphQL.Types;
using GraphQLParser.AST;

namespace GovGraph.Api.Graph;

/// <summary>
/// The <c>JSON</c> scalar: any JSON value as it is, for open-ended maps such as a change's properties before and
/// after. Output only in practice; as input it takes a literal or variable unchanged.
/// </summary>
public sealed class JsonScalar : ScalarGraphType
{
    public JsonScalar()
    {
        Name = "JSON";
        Description = "Any JSON value, as is: here a map of property names to strings, numbers, booleans or string lists.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string or bool or long or int or double or float or decimal => value,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Serialize(p.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Serialize(p.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Serialize).ToList(),
        _ => value.ToString(),
    };

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (string)s.Value,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLEnumValue e => (string)e.Name.Value,
        GraphQLListValue l => (l.Values ?? []).Select(ParseLiteral).ToList(),
        GraphQLObjectValue o => (o.Fields ?? []).ToDictionary(f => (string)f.Name.Value, f => ParseLiteral(f.Value), StringComparer.Ordinal),
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;
}
