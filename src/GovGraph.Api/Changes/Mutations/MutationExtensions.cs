using GovGraph.Storage.Editing;

namespace GovGraph.Api.Changes.Mutations;

public static class MutationExtensions
{
    /// <summary>The graph editor the mutations run, and who they run as.</summary>
    public static IHostApplicationBuilder AddGovGraphMutations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ActorResolver>();
        builder.Services.AddSingleton<GraphEditor>();
        return builder;
    }
}
