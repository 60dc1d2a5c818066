using System.Buffers;
using System.Text;

namespace Judge.Worker.Sandbox;

/// <summary>Turns a byte stream into UTF-8 lines, delivering each complete line once.</summary>
internal sealed class LineSplitter(Action<string> onLine)
{
    private readonly ArrayBufferWriter<byte> _pending = new();

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        while (true)
        {
            var newline = bytes.IndexOf((byte)'\n');
            if (newline < 0)
            {
                _pending.Write(bytes);
                return;
            }

            _pending.Write(bytes[..newline]);
            onLine(Encoding.UTF8.GetString(_pending.WrittenSpan));
            _pending.ResetWrittenCount();
            bytes = bytes[(newline + 1)..];
        }
    }

    /// <summary>A last line without a newline is still a line (it can never be a complete record, though).</summary>
    public void Flush()
    {
        if (_pending.WrittenCount > 0)
        {
            onLine(Encoding.UTF8.GetString(_pending.WrittenSpan));
            _pending.ResetWrittenCount();
        }
    }
}
