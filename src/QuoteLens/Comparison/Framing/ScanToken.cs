using QuoteLens.Text;

namespace QuoteLens.Comparison.Framing;

/// <summary>A token of an article's story, and whether it stands inside a quote.</summary>
/// <param name="Token">The token (offsets in the article's text).</param>
/// <param name="Quoted">True when the token is inside one of the article's quotes.</param>
internal readonly record struct ScanToken(Token Token, bool Quoted)
{
    /// <summary>The token's comparison form.</summary>
    public string Norm => Token.Norm;
}
