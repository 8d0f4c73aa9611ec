using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovGraph.Storage.Interchange;

/// <summary>
/// JSON settings of the interchange file. Property values are written as every store writes them
/// (<see cref="PropertyValueJson"/>), which makes export → import → export exact.
/// </summary>
internal static class ApocJsonValues
{
    // Chinese names stay readable in the file; it never reaches HTML.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };
}
