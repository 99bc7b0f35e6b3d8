namespace ComplaintGrid.Silo.Hosting;

/// <summary><c>dotnet run --project silo/ComplaintGrid.Silo -- migrate</c>: applies the configured profile's migrations and exits.</summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var settings = SiloSettings.Read(builder.Configuration);
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggerFactory.CreateLogger("ComplaintGrid.Migrate");
        var applied = await StorageProfileSetup.MigrateAsync(settings, logger);
        Console.WriteLine(applied.Count == 0
            ? $"{settings.Silo.Profile}: schema already current; nothing to apply."
            : $"{settings.Silo.Profile}: applied {string.Join(", ", applied)}.");
        return 0;
    }
}
