using System.ComponentModel.DataAnnotations;

namespace GovGraph.Api.Store;

/// <summary>Which store serves the graph (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary><c>sqlite</c> (the embedded default) or <c>neo4j</c> (the <c>Neo4j</c> section says where).</summary>
    [Required, RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "Store:Provider must be 'sqlite' or 'neo4j'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file (created with its folder when missing); unused on Neo4j.</summary>
    [Required]
    public string Path { get; set; } = "./data/govgraph.db";

    /// <summary><c>ningguo</c> seeds an empty store with the Ningguo dataset at start; <c>none</c> leaves it empty.</summary>
    [Required, RegularExpression("^(ningguo|none)$", ErrorMessage = "Store:Seed must be 'ningguo' or 'none'.")]
    public string Seed { get; set; } = "ningguo";
}
