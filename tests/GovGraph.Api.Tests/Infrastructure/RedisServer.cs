using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>
/// Real redis-server processes for the tests: the shared one that tests/run.sh starts (its address in
/// <c>GOVGRAPH_TEST_REDIS</c>), or a private one a test starts, stops and restarts itself.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string SharedVariable = "GOVGRAPH_TEST_REDIS";
    private Process? _process;

    private RedisServer(int port) => Port = port;

    /// <summary>The shared server's address, or null when the test run has none.</summary>
    public static string? Shared => Environment.GetEnvironmentVariable(SharedVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Why a test that needs the shared server is skipped.</summary>
    public const string NoSharedReason = "No Redis: " + SharedVariable + " is not set (tests/run.sh starts a redis-server and sets it).";

    /// <summary>The redis-server program, or null when it is not installed.</summary>
    public static string? Program { get; } = FindProgram();

    /// <summary>Why a test that starts its own server is skipped.</summary>
    public const string NoProgramReason = "No redis-server on this machine (tests/run.sh installs it).";

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Starts a private server on a free port and waits until it accepts connections.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var server = NotStarted();
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>A private server on a free port that is not running yet (Redis down from the start).</summary>
    public static RedisServer NotStarted() => new(FreePort());

    /// <summary>Starts the server (again) on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var info = new ProcessStartInfo(Program ?? throw new InvalidOperationException(NoProgramReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await AcceptsAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not accept connections.");
    }

    /// <summary>Kills the server, as an outage would, and waits until it has gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindProgram()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':') ?? [];
        return path.Append("/usr/bin").Append("/usr/local/bin")
            .Select(dir => System.IO.Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}
