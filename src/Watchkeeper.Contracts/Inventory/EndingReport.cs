namespace Watchkeeper.Contracts;

/// <summary>What ends: a contract, or a device's warranty.</summary>
public enum EndingKind
{
    /// <summary>A contract with a vendor.</summary>
    Contract,
    /// <summary>A device's warranty.</summary>
    Warranty,
}

/// <summary>Contracts and warranties that end within a number of days, soonest first.</summary>
/// <param name="Today">The first day of the window (UTC date).</param>
/// <param name="Until">The last day of the window.</param>
/// <param name="Entries">What ends in the window, by date.</param>
public sealed record EndingReportDto(DateOnly Today, DateOnly Until, IReadOnlyList<EndingEntryDto> Entries);

/// <summary>One contract or warranty that ends soon.</summary>
/// <param name="Kind">Contract or warranty.</param>
/// <param name="Id">The contract's id, or the device's for a warranty.</param>
/// <param name="Name">The contract's reference, or the device's name.</param>
/// <param name="Detail">For a contract its vendor and kind; for a warranty "Warranty".</param>
/// <param name="EndDate">Its last day.</param>
/// <param name="DaysRemaining">Days from today to the end date (0: ends today).</param>
/// <param name="Covers">What it covers: a contract's items, or the device itself.</param>
public sealed record EndingEntryDto(EndingKind Kind, long Id, string Name, string Detail, DateOnly EndDate, int DaysRemaining, IReadOnlyList<NamedRef> Covers);
