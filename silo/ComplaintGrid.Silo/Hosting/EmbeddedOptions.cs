namespace ComplaintGrid.Silo.Hosting;

/// <summary>The embedded profile's database file (configuration section <c>ComplaintGrid:Embedded</c>).</summary>
public sealed class EmbeddedOptions
{
    public const string SectionName = "ComplaintGrid:Embedded";

    /// <summary>The SQLite file holding grain state and reminders; relative paths are from the working directory.</summary>
    public string DatabasePath { get; set; } = "data/complaintgrid.db";
}
