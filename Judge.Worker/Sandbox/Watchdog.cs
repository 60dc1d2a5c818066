namespace Judge.Worker.Sandbox;

/// <summary>
/// A wall-clock deadline that the reader of result records moves as tests start; when it
/// passes, the sandbox kills the container. Thread-safe: armed from the reader, awaited by the runner.
/// </summary>
public sealed class Watchdog(TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private long _deadline = long.MaxValue;
    private CancellationTokenSource _rearmed = new();

    public void Arm(TimeSpan fromNow)
    {
        lock (_gate)
        {
            _deadline = time.GetTimestamp() + (long)(fromNow.TotalSeconds * time.TimestampFrequency);
            var old = _rearmed;
            _rearmed = new CancellationTokenSource();
            old.Cancel();
            old.Dispose();
        }
    }

    /// <summary>Completes when the deadline passes; re-arming moves it.</summary>
    public async Task WaitExpiredAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            CancellationToken rearmed;
            TimeSpan remaining;
            lock (_gate)
            {
                rearmed = _rearmed.Token;
                var ticks = _deadline == long.MaxValue ? long.MaxValue : _deadline - time.GetTimestamp();
                if (ticks <= 0)
                {
                    return;
                }

                remaining = ticks == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds((double)ticks / time.TimestampFrequency);
            }

            using var both = CancellationTokenSource.CreateLinkedTokenSource(rearmed, cancellationToken);
            try
            {
                await Task.Delay(remaining, time, both.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Re-armed: loop and wait for the new deadline.
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _rearmed.Dispose();
        }
    }
}
