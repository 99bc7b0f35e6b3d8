using System.Globalization;
using System.Text;

namespace ComplaintGrid;

/// <summary>
/// Writes RFC 4180 CSV: a field holding a comma, a double quote, a CR or an LF is quoted, with its quotes doubled; every
/// record ends with CRLF. Numbers are written in the invariant culture, a null as an empty field.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _text = new();
    private bool _fieldWritten;

    /// <summary>Appends one field to the current record.</summary>
    public CsvWriter Field(string? value)
    {
        if (_fieldWritten)
            _text.Append(',');
        _fieldWritten = true;
        if (value is null)
            return this;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return this;
        }
        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return this;
    }

    /// <summary>Appends a whole number.</summary>
    public CsvWriter Field(long value) => Field(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a number, or an empty field for null.</summary>
    public CsvWriter Field(double? value) => Field(value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends an exact decimal.</summary>
    public CsvWriter Field(decimal value) => Field(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a local date as yyyy-MM-dd.</summary>
    public CsvWriter Field(DateOnly value) => Field(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Ends the current record.</summary>
    public CsvWriter EndRecord()
    {
        _text.Append("\r\n");
        _fieldWritten = false;
        return this;
    }

    /// <summary>Appends a whole record.</summary>
    public CsvWriter Record(params IEnumerable<string?> fields)
    {
        foreach (var field in fields)
            Field(field);
        return EndRecord();
    }

    /// <summary>The CSV written so far.</summary>
    public override string ToString() => _text.ToString();
}
