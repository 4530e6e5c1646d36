using System.Text;

namespace QuoteLens.Notebooks;

/// <summary>Collects the outputs of the running cell in order; console text is merged into stream outputs as Jupyter does.</summary>
internal sealed class CellOutputSink
{
    private readonly List<CellOutput> _outputs = [];
    private readonly Lock _gate = new();
    private StringBuilder? _stream;
    private string? _streamName;

    public void Write(string streamName, string text)
    {
        lock (_gate)
        {
            if (_streamName != streamName)
            {
                Flush();
                _stream = new StringBuilder();
                _streamName = streamName;
            }

            _stream!.Append(text);
        }
    }

    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            Flush();
            _outputs.Add(output);
        }
    }

    public IReadOnlyList<CellOutput> Outputs()
    {
        lock (_gate)
        {
            Flush();
            return [.. _outputs];
        }
    }

    private void Flush()
    {
        if (_stream is { Length: > 0 })
        {
            _outputs.Add(new StreamOutput(_streamName!, _stream.ToString()));
        }

        _stream = null;
        _streamName = null;
    }
}
