using GovGraph.Api.Changes.Feed;
using GovGraph.Storage.Editing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Api.Changes.Mutations;

public static class MutationExtensions
{
    /// <summary>The graph editor the mutations run, and who they run as.</summary>
    public static IHostApplicationBuilder AddGovGraphMutations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ActorResolver>();
        builder.Services.AddSingleton<GraphEditor>();
        builder.Services.TryAddSingleton<IChangePublisher, NoChangePublisher>();
        return builder;
    }
}
