namespace BankRecon.TestKit;

/// <summary>A settable clock for tests (Microsoft's FakeTimeProvider package is not in our registry).</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public FakeClock() : this(new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.Zero)) { }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Elapsed time (GetTimestamp/GetElapsedTime) follows <see cref="Now"/> too, in ticks.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.UtcTicks;

    public void Advance(TimeSpan by) => Now += by;
}
