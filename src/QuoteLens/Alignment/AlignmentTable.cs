using QuoteLens.Quotes;
using QuoteLens.Text;

namespace QuoteLens.Alignment;

/// <summary>One version's row in an alignment table: a cell per slot, <c>null</c> where the version has no token.</summary>
/// <param name="Member">The quote this row shows.</param>
/// <param name="Cells">One entry per slot of the table.</param>
public sealed record AlignedRow(Quote Member, IReadOnlyList<Token?> Cells);

/// <summary>
/// All versions of a group aligned token by token: a row per version, a column per slot. Built so
/// that the table does not depend on the order in which the versions are given.
/// </summary>
/// <param name="GroupId">The group aligned.</param>
/// <param name="Rows">The rows, sorted by article id.</param>
/// <param name="Width">The number of slots.</param>
public sealed record AlignmentTable(string GroupId, IReadOnlyList<AlignedRow> Rows, int Width)
{
    /// <summary>True when the versions do not all read the same in this slot (a gap counts as a reading).</summary>
    public bool IsVaried(int slot) => Rows.Select(r => r.Cells[slot]?.Norm).Distinct().Count() > 1;
}
