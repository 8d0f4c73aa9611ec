using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovGraph.Bench;

/// <summary>
/// The API as a child process on 127.0.0.1 and a free port, on an already seeded store (<c>Store:Seed=none</c>),
/// its output drained to a log file. Disposing kills it (this process's own child, by its handle).
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ApiProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<ApiProcess> StartAsync(
        string apiDll, string storePath, string logPath, CancellationToken ct, IEnumerable<string>? settings = null)
    {
        if (!File.Exists(apiDll))
        {
            throw new FileNotFoundException($"Build the API in Release first (dotnet build -c Release): {apiDll} is missing.", apiDll);
        }

        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: the API's own appsettings.json sits beside its dll.
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The limiter is off: one sequential client (or a thousand sockets from one address) measures latency, not quota.
        // The escalation service is off: the bench's stores hold the generator's history at its fixed reference time,
        // so every open case is overdue and the first passes would write while the queries are measured.
        foreach (var arg in new[]
                 {
                     apiDll, "--urls", $"http://127.0.0.1:{port}", $"--Store:Path={storePath}", "--Store:Seed=none",
                     "--RateLimit:Enabled=false", "--ServiceRequests:Escalation:Enabled=false",
                 }.Concat(settings ?? []))
        {
            info.ArgumentList.Add(arg);
        }

        var log = new StreamWriter(logPath, append: false) { AutoFlush = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the API process.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, log, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await api.WaitReadyAsync(TimeSpan.FromSeconds(120), ct);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} before it was ready; see its log.");
            }

            try
            {
                using var response = await http.GetAsync("health/ready", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A probe timed out while the API was still starting.
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"The API was not ready within {timeout.TotalSeconds} s.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
