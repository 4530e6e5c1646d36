using System.Globalization;
using System.Text;

namespace QuoteLens.Corpus;

/// <summary>
/// Guesses the single-byte encoding of text that is not UTF-8. Russian words are runs of high bytes, while
/// Western European text has isolated accented letters among ASCII ones: long runs mean Cyrillic. Windows-1251
/// and KOI8-R place the same letters at different bytes, so each is decoded and scored by how common its
/// letters are in Russian; the wrong one yields rare letters (and mostly capitals).
/// </summary>
internal static class LegacyEncodingGuesser
{
    /// <summary>Mean length of runs of bytes ≥ 0x80 above which the text is taken to be Cyrillic.</summary>
    private const double CyrillicMeanRun = 2.5;

    /// <summary>Relative frequency (per mille) of Russian letters, а to я; ё last.</summary>
    private static readonly int[] RussianFrequency =
    [
        80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20, 1,
    ];

    /// <summary>The encoding's web name and what the guess rests on.</summary>
    public static (string Encoding, string Reason) Guess(ReadOnlySpan<byte> bytes)
    {
        double meanRun = MeanHighByteRun(bytes);
        if (meanRun < CyrillicMeanRun)
        {
            return ("windows-1252", string.Create(CultureInfo.InvariantCulture, $"isolated non-ASCII letters (mean run {meanRun:0.0} bytes, as in Western European text)"));
        }

        long cp1251 = Score(Encoding.GetEncoding("windows-1251").GetString(bytes));
        long koi8 = Score(Encoding.GetEncoding("koi8-r").GetString(bytes));
        return cp1251 >= koi8
            ? ("windows-1251", "Russian letter frequencies (Windows-1251 fits better than KOI8-R)")
            : ("koi8-r", "Russian letter frequencies (KOI8-R fits better than Windows-1251)");
    }

    private static double MeanHighByteRun(ReadOnlySpan<byte> bytes)
    {
        int runs = 0, high = 0;
        bool inRun = false;
        foreach (byte b in bytes)
        {
            bool isHigh = b >= 0x80;
            runs += isHigh && !inRun ? 1 : 0;
            high += isHigh ? 1 : 0;
            inRun = isHigh;
        }

        return runs == 0 ? 0 : (double)high / runs;
    }

    /// <summary>Sum of letter frequencies, with capitals weighing a third: Russian prose is mostly small letters.</summary>
    private static long Score(string text)
    {
        long score = 0;
        foreach (char c in text)
        {
            char lower = char.ToLowerInvariant(c);
            int index = lower == 'ё' ? 32 : lower - 'а';
            if ((uint)index < (uint)RussianFrequency.Length)
            {
                score += c == lower ? RussianFrequency[index] * 3 : RussianFrequency[index];
            }
        }

        return score;
    }
}
