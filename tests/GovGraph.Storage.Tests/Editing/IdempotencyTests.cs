using GovGraph.Domain.Model;
using GovGraph.Domain.Rules;
using GovGraph.Storage.Editing;
using static GovGraph.Storage.Tests.SampleGraph;

namespace GovGraph.Storage.Tests.Editing;

public sealed class IdempotencyTests : EditingTests
{
    private static readonly CreateNode NewPerson = new(Labels.Person, null, Values((Props.Name, "新人")), null);

    [Fact]
    public async Task ARepeatReturnsTheFirstResultAndChangesNothing()
    {
        var store = await StoreAsync();
        var key = IdempotencyKey.For("tester", "createPerson", "m-1");

        var first = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, NewPerson, key, ct));
        var state = await StateAsync(store);
        var repeat = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, NewPerson, key, ct));

        // The id is generated, so only a replay can return the same one.
        Assert.Equal(first.Value!.Id, repeat.Value!.Id);
        Assert.Single(first.Events);
        Assert.Empty(repeat.Events);
        Assert.Equal(state, await StateAsync(store));
    }

    [Fact]
    public async Task ARepeatedLinkReturnsTheRelationshipEvenOnceEnded()
    {
        var store = await StoreAsync();
        var key = IdempotencyKey.For("tester", "assignInstructor", "m-2");
        var instruct = new Link(RelTypes.Instructs, Zhao, Xicun, Values());

        var first = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, instruct, key, ct));
        await EditAsync(store, (e, tx, ct) => e.UnlinkAsync(tx, new Unlink(RelTypes.Instructs, Zhao, Xicun), null, ct));
        var repeat = await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, instruct, key, ct));

        Assert.Equal(first.Value!.Id, repeat.Value!.Id);
        Assert.Equal(TodayIso, repeat.Value.GetString(Props.Until));
        Assert.Empty(repeat.Events);
    }

    [Fact]
    public async Task OtherActorsAndOtherMutationsDoNotShareAKey()
    {
        var store = await StoreAsync();

        var first = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, NewPerson, IdempotencyKey.For("甲", "createPerson", "m-1"), ct));
        var otherActor = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, NewPerson, IdempotencyKey.For("乙", "createPerson", "m-1"), ct));
        var otherMutation = await EditAsync(store, (e, tx, ct) => e.CreateNodeAsync(tx, NewPerson, IdempotencyKey.For("甲", "createAgency", "m-1"), ct));

        Assert.Equal(3, new[] { first.Value!.Id, otherActor.Value!.Id, otherMutation.Value!.Id }.Distinct().Count());
    }

    [Fact]
    public async Task ARefusalIsNotRecordedSoARetryMaySucceed()
    {
        var store = await StoreAsync();
        var key = IdempotencyKey.For("tester", "unlinkHousehold", "m-3");
        var unlink = new Unlink(RelTypes.Instructs, Zhao, Xicun);

        await AssertRefusedAsync(store, RuleCodes.RelationshipNotFound, "to", (e, tx, ct) => e.UnlinkAsync(tx, unlink, key, ct));
        await EditAsync(store, (e, tx, ct) => e.LinkAsync(tx, new Link(RelTypes.Instructs, Zhao, Xicun, Values()), null, ct));
        var retry = await EditAsync(store, (e, tx, ct) => e.UnlinkAsync(tx, unlink, key, ct));

        Assert.Single(retry.Events);
    }

    [Fact]
    public async Task ADeleteRepeatReturnsTheSameIds()
    {
        var store = await StoreAsync();
        var key = IdempotencyKey.For("tester", "deleteNode", "m-4");

        var first = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(XicunGroup, Cascade: true), key, ct));
        var repeat = await EditAsync(store, (e, tx, ct) => e.DeleteNodeAsync(tx, new DeleteNode(XicunGroup, Cascade: true), key, ct));

        Assert.Equal([Household(5), XicunGroup], first.Value.Ids);
        Assert.Equal(first.Value.Ids, repeat.Value.Ids);
        Assert.Empty(repeat.Events);
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public void AMalformedClientMutationIdIsInvalidInput(string clientMutationId)
    {
        var refused = Assert.Throws<DomainRuleException>(() => IdempotencyKey.For("tester", "createPerson", clientMutationId));

        Assert.Equal((RuleCodes.InvalidInput, "clientMutationId"), (refused.Code, refused.Field));
    }

    [Fact]
    public void NoClientMutationIdMeansNoKey() => Assert.Null(IdempotencyKey.For("tester", "createPerson", null));
}
