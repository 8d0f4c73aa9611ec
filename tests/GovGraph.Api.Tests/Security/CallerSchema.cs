using GovGraph.Api.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Security;

/// <summary>
/// A schema whose fields show the caller of the DI scope they resolve in: <c>caller</c> for queries, and the
/// subscription <c>callers</c>, whose two events resolve in the per-event scopes.
/// </summary>
public sealed class CallerSchema : GraphQL.Types.Schema
{
    public CallerSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("caller").Resolve(context => Describe(context.RequestServices!));
        Query = query;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<StringGraphType>("callers")
            .ResolveStream(_ => new TwoEvents())
            .Resolve(context => Describe(context.RequestServices!));
        Subscription = subscription;
    }

    /// <summary>The scope's caller as <c>name|role|scope|pii</c>.</summary>
    private static string Describe(IServiceProvider services)
    {
        var caller = services.GetRequiredService<CallerContext>().Current;
        return $"{caller.Name}|{caller.Role}|{caller.Scope}|{caller.PersonalDataClaim}";
    }

    private sealed class TwoEvents : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnNext(new object());
            observer.OnNext(new object());
            observer.OnCompleted();
            return new Nothing();
        }

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
