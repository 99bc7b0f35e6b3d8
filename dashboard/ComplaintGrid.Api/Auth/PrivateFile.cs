namespace ComplaintGrid.Api.Auth;

/// <summary>Writes a file that only the process's user can read, replacing any earlier one whole.</summary>
internal static class PrivateFile
{
    public static void WriteAllLines(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Created private before anything is written into it, then moved over the old one, so no reader ever sees a
        // half-written file or one with wider permissions.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temporary, System.Text.Encoding.UTF8, create))
        {
            foreach (var line in lines)
                writer.WriteLine(line);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
