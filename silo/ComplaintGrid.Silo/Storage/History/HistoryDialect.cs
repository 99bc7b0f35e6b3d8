using System.Globalization;

namespace ComplaintGrid.Silo.Storage.History;

/// <summary>
/// Where SQLite and PostgreSQL differ for the history read model: how times and booleans are written and read back,
/// and how free text is matched. Everything else (the tables, the upsert, the keyset) is the same SQL on both.
/// </summary>
public sealed class HistoryDialect
{
    /// <summary>The fixed-width UTC text SQLite stores times as, so they sort and compare as text.</summary>
    public const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>SQLite: times as fixed-width UTC text, booleans as 0/1, FTS5 for text.</summary>
    public static HistoryDialect Sqlite { get; } = new(
        time: at => at.UtcDateTime.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture),
        @bool: value => value is null ? null : value.Value ? 1L : 0L,
        readTime: column => column,
        readBool: column => column,
        readText: column => column,
        // The unary + keeps SQLite from driving the query by the matches' rowids (look up each, then sort them all):
        // the matches become a lookup table and the newest-first index is walked until a page is full.
        textMatch: "+h.rowid IN (SELECT rowid FROM complaint_history_text WHERE complaint_history_text MATCH @text)",
        textCandidates: "SELECT h.complaint_id FROM complaint_history h WHERE h.rowid IN "
            + "(SELECT rowid FROM complaint_history_text WHERE complaint_history_text MATCH @text LIMIT @cap)",
        // Dapper expands a list into IN (@departments1, …); an empty list matches nothing.
        @in: (expression, parameter) => $"{expression} IN @{parameter}",
        textQuery: FtsQuery);

    /// <summary>PostgreSQL: timestamptz and boolean columns, read back as text the record parses; tsvector for text.</summary>
    public static HistoryDialect Postgres { get; } = new(
        time: at => at.ToUniversalTime(),
        @bool: value => value,
        readTime: column => $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"0Z\"')",
        readBool: column => $"({column})::int::bigint",
        readText: column => $"({column})::text",
        textMatch: "h.search_vector @@ plainto_tsquery('simple', @text)",
        textCandidates: "SELECT h.complaint_id FROM complaint_history h WHERE h.search_vector @@ plainto_tsquery('simple', @text) LIMIT @cap",
        // Npgsql sends a list as one array parameter.
        @in: (expression, parameter) => $"{expression} = ANY(@{parameter})",
        textQuery: text => string.Join(' ', ComplaintSearchQuery.Words(text)));

    private HistoryDialect(Func<DateTimeOffset, object> time, Func<bool?, object?> @bool, Func<string, string> readTime,
        Func<string, string> readBool, Func<string, string> readText, string textMatch, string textCandidates, Func<string, string, string> @in,
        Func<string, string> textQuery)
    {
        Time = time;
        Bool = @bool;
        ReadTime = readTime;
        ReadBool = readBool;
        ReadText = readText;
        TextMatch = textMatch;
        TextCandidates = textCandidates;
        In = @in;
        DepartmentIn = @in("h.department_id", "departments");
        TextQuery = textQuery;
    }

    /// <summary>A time as a parameter value.</summary>
    public Func<DateTimeOffset, object> Time { get; }

    /// <summary>A boolean as a parameter value.</summary>
    public Func<bool?, object?> Bool { get; }

    /// <summary>An expression that reads a time column as <see cref="SqliteTimeFormat"/> text.</summary>
    public Func<string, string> ReadTime { get; }

    /// <summary>An expression that reads a boolean column as 0/1.</summary>
    public Func<string, string> ReadBool { get; }

    /// <summary>An expression that reads a numeric column as its exact text.</summary>
    public Func<string, string> ReadText { get; }

    /// <summary>The condition that the row's text matches <c>@text</c>.</summary>
    public string TextMatch { get; }

    /// <summary>
    /// A query for up to <c>@cap</c> ids of complaints whose text matches <c>@text</c>, in no order, through the full-text
    /// index alone: cheap for a rare word (few entries) and for a common one (the first rows match).
    /// </summary>
    public string TextCandidates { get; }

    /// <summary>The condition that an expression (first) is one of the list parameter named second.</summary>
    public Func<string, string, string> In { get; }

    /// <summary>The condition that the row's department is one of <c>@departments</c>.</summary>
    public string DepartmentIn { get; }

    /// <summary>The <c>@text</c> value for a caller's words.</summary>
    public Func<string, string> TextQuery { get; }

    /// <summary>
    /// The caller's words as an FTS5 query in which every word must appear: each word quoted, so nothing the caller
    /// types (quotes, operators, column names) is read as FTS5 syntax.
    /// </summary>
    public static string FtsQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ComplaintSearchQuery.Words(text);
        return words.Count == 0 ? "\"\"" : string.Join(' ', words.Select(w => $"\"{w}\""));
    }
}
