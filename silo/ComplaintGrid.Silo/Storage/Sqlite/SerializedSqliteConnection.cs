using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ComplaintGrid.Silo.Storage.Sqlite;

/// <summary>
/// A <see cref="SqliteConnection"/> that holds its file's gate from Open until Close or Dispose, so that it is
/// the only open connection to that file in the process. It derives from <see cref="SqliteConnection"/> rather
/// than wrapping one because Orleans rejects a data source whose connections are not of the provider's type.
/// </summary>
internal sealed class SerializedSqliteConnection : SqliteConnection
{
    // Long enough to queue behind every other user of the file under load; short enough that a connection
    // leaked without Dispose surfaces as an error rather than a silo that silently stops writing.
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate;
    private readonly string _pragmas;
    private int _holdsGate;

    public SerializedSqliteConnection(string connectionString, SemaphoreSlim gate, TimeSpan busyTimeout)
        : base(connectionString)
    {
        _gate = gate;
        // busy_timeout first, so the other two wait out a lock held by another process instead of failing.
        // WAL: readers and the writer do not block each other, and a commit appends to the log instead of
        // rewriting pages. synchronous=NORMAL: in WAL mode a commit is durable against a crash of this
        // process (the log is in the OS page cache and is replayed on the next open); only a power loss or
        // OS crash can lose the last commits, never corrupt the file. FULL would fsync on every commit.
        // journal_mode is stored in the file and is a no-op once set; the other two are per connection.
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    }

    /// <summary>Blocks the thread while another connection is open; for synchronous callers only.</summary>
    public override void Open()
    {
        if (State == ConnectionState.Open)
            return;
        if (!_gate.Wait(GateTimeout))
            throw GateTimedOut();
        OpenHoldingGate();
    }

    /// <summary>Waits asynchronously for the file's turn, then opens.</summary>
    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (State == ConnectionState.Open)
            return;
        if (!await _gate.WaitAsync(GateTimeout, cancellationToken).ConfigureAwait(false))
            throw GateTimedOut();
        OpenHoldingGate();
    }

    public override void Close()
    {
        try
        {
            base.Close();
        }
        finally
        {
            ReleaseGate();
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            if (disposing)
                ReleaseGate();
        }
    }

    private void OpenHoldingGate()
    {
        Volatile.Write(ref _holdsGate, 1);
        try
        {
            base.Open();
            using var command = CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
        catch
        {
            Close();
            throw;
        }
    }

    // Close and Dispose both end up here (Dispose calls Close); only the first one releases.
    private void ReleaseGate()
    {
        if (Interlocked.Exchange(ref _holdsGate, 0) == 1)
            _gate.Release();
    }

    private TimeoutException GateTimedOut() => new(
        $"No turn on the SQLite database '{DataSource}' within {GateTimeout.TotalSeconds:0} s: another connection to it has been open that long.");
}
