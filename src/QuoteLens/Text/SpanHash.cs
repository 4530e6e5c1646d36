namespace QuoteLens.Text;

/// <summary>The hash the kit's span tables (word and form lookups by their characters) share.</summary>
internal static class SpanHash
{
    /// <summary>FNV-1a over the characters and the tag, then mixed: cheap for the short words looked up.</summary>
    internal static uint Of(ReadOnlySpan<char> chars, int tag)
    {
        uint h = 2166136261u ^ ((uint)tag * 0x9E3779B1u);
        foreach (char c in chars)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h;
    }
}
