using System.Text.RegularExpressions;

namespace ComplaintGrid.Tests;

/// <summary>
/// The docs a newcomer reads stay whole: every relative link in README.md, BENCHMARKS.md and docs/ reaches a file or
/// folder (and, for <c>#anchor</c> into a markdown file, a heading), and every path in README's layout tree exists.
/// Read from the repository itself, never from copies in the test output.
/// </summary>
public sealed partial class DocsTests
{
    private static readonly string Root = RepositoryRoot.Path;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in DocumentPaths())
            data.Add(Path.GetRelativePath(Root, path).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLink_Resolves(string document)
    {
        var file = Path.Combine(Root, document);
        var broken = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(File.ReadAllText(file))))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                continue;
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
                broken.Add($"{target}: no such file or folder");
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(resolved).Contains(anchor))
                broken.Add($"{target}: no such heading");
        }
        Assert.True(broken.Count == 0, $"{document} has broken links:\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void ReadmeLayout_NamesOnlyPathsThatExist()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var layout = Regex.Match(readme, @"## Layout\s+```[a-z]*\n(?<tree>.*?)\n```", RegexOptions.Singleline).Groups["tree"].Value;
        Assert.NotEmpty(layout);

        // An entry is indented two spaces a level and starts with its path; deeper lines continue a description.
        var parents = new List<string>();
        var missing = new List<string>();
        var entries = 0;
        foreach (var line in layout.Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            if (line.Trim().Length == 0 || indent >= 8)
                continue;
            var level = indent / 2;
            var name = line.Trim().Split(' ')[0];
            var path = string.Concat(parents.Take(level)) + name;
            if (parents.Count > level)
                parents.RemoveRange(level, parents.Count - level);
            parents.Add(name.EndsWith('/') ? name : name + "/");
            entries++;
            var full = Path.Combine(Root, path);
            if (!File.Exists(full) && !Directory.Exists(full))
                missing.Add(path);
        }
        Assert.True(entries > 20, $"README's layout has only {entries} entries: is the tree still indented two spaces a level?");
        Assert.True(missing.Count == 0, $"README's layout names paths that do not exist:\n{string.Join('\n', missing)}");
    }

    /// <summary>GitHub's heading anchors: lower case, spaces to '-', punctuation other than '-' and '_' dropped; repeats get -1, -2.</summary>
    internal static HashSet<string> Anchors(string markdownFile)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(Fence().Replace(File.ReadAllText(markdownFile), "")))
        {
            var text = heading.Groups["text"].Value.Trim().ToLowerInvariant();
            var slug = new string(text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-');
            var candidate = slug;
            for (var n = 1; !anchors.Add(candidate); n++)
                candidate = $"{slug}-{n}";
        }
        return anchors;
    }

    private static IEnumerable<string> DocumentPaths()
    {
        yield return Path.Combine(Root, "README.md");
        yield return Path.Combine(Root, "BENCHMARKS.md");
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return path;
    }

    /// <summary>Fenced blocks and inline code are not links or headings.</summary>
    private static string WithoutCode(string markdown) => InlineCode().Replace(Fence().Replace(markdown, ""), "");

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.+?)[ \t]*#*[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();
}
