using System.Net;
using System.Text;

namespace GovGraph.Storage.Tests.Neo4j.Client;

/// <summary>One request the client sent, as the server would have seen it.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method, string Url, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>Answers each request with the next scripted response and records what was sent.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingHandler Respond(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });
        return this;
    }

    public RecordingHandler Fail(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    /// <summary>
    /// Never answers; the request ends only when its token is cancelled. <paramref name="reached"/> runs once the
    /// request is in flight, so a test can cancel at that moment instead of after a guessed delay.
    /// </summary>
    public RecordingHandler Hang(Action? reached = null)
    {
        _script.Enqueue(async ct =>
        {
            reached?.Invoke();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        Requests.Add(new RecordedRequest(
            request.Method, request.RequestUri!.ToString(), body, request.Content?.Headers.ContentType?.MediaType, headers));
        if (!_script.TryDequeue(out var next))
        {
            throw new InvalidOperationException($"No scripted response left for {request.Method} {request.RequestUri}.");
        }

        return await next(ct);
    }
}
