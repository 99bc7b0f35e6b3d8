using ComplaintGrid.Silo.Hosting;

SiloApp.Create(args).Run();

/// <summary>The silo's entry point, visible to test hosts.</summary>
public partial class Program;
