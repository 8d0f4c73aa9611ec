using GovGraph.Api.Tests.Infrastructure;
using GovGraph.Storage;
using GovGraph.Storage.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Tests.Changes;

/// <summary>
/// An API of its own over the <see cref="SmallCounty"/>, for one test class that writes. Tests of a class run one
/// after another, so each may compare the change log before and after itself; they touch their own nodes.
/// </summary>
public sealed class SmallCountyFactory() : GovGraphFactory("none"), IAsyncLifetime
{
    public async Task InitializeAsync() => await Store.WriteAsync(SmallCounty.Build(), CancellationToken.None);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>The events committed after a cursor, read from the change log itself.</summary>
    public async Task<IReadOnlyList<GovGraph.Domain.Changes.ChangeEvent>> EventsAfterAsync(long cursor) =>
        (await Store.ReadChangesAsync(new ChangeQuery(cursor, 500), CancellationToken.None)).Events;
}
