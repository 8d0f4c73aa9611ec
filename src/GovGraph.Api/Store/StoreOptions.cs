using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Store;

/// <summary>Which store serves the graph (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary><c>sqlite</c> (the embedded default).</summary>
    [Required, RegularExpression("^(sqlite)$", ErrorMessage = "Store:Provider must be 'sqlite'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file (created with its folder when missing).</summary>
    [Required]
    public string Path { get; set; } = "./data/govgraph.db";

    /// <summary><c>ningguo</c> seeds an empty store with the Ningguo dataset at start; <c>none</c> leaves it empty.</summary>
    [Required, RegularExpression("^(ningguo|none)$", ErrorMessage = "Store:Seed must be 'ningguo' or 'none'.")]
    public string Seed { get; set; } = "ningguo";
}
