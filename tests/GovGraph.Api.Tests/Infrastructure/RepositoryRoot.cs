namespace GovGraph.Api.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding GovGraph.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GovGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
